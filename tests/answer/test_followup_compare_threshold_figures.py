"""A figure the question itself states (收入超过50万元的村 / 党员30名以上的支部) describes what is counted: the
compared figures are the counts, never that threshold (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, grounded, make_chunk

TOWN = "云岭镇党委2024年度工作总结"
TOWN_PLAN = "云岭镇党委2025年工作要点"
SOURCE = FakeSource(
    [make_chunk(TOWN, "全镇村级集体经济收入超过30万元的村6个，党员人数40名以上的村党组织4个。", ("二、集体经济",))],
    [make_chunk(TOWN_PLAN, "力争村级集体经济收入超过30万元的村达到9个。", ("二、主要目标",))],
)


@pytest.mark.parametrize(
    "turns",
    [
        ("云岭镇2024年集体经济收入超过30万元的村有几个", "2025年计划达到多少个", "差几个"),
        ("云岭镇2025年计划集体经济收入超过30万元的村达到几个", "2024年实际有几个", "还差几个"),
    ],
)
def test_the_threshold_in_the_question_is_no_compared_figure(turns):
    answer = grounded(converse(Assistant(SOURCE), *turns)[-1])
    # which figure is named first (多3个 / 少3个) depends on the order asked; never the 30万元 of the question
    assert "3个（9个－6个）" in answer.text and "30万元－" not in answer.text, answer.text
    assert answer_problems(answer) == []
