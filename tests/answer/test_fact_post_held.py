"""谁兼工会主席 / 谁担任组织委员: the post held is what the sentence must name, not the verb holding it."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import wanted_types
from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

TEAM = "石门县供销社党委2024年度党建工作总结"
CHUNKS = [
    make_chunk(TEAM, "党委书记、主任高振邦，党委副书记、工会主席范丽君，纪委书记尹家和。", ("一、班子建设",), position=0),
    make_chunk(TEAM, "全年召开党委会16次。", ("二、组织建设",), position=1),
]  # fmt: skip


@pytest.mark.parametrize(("question", "post"), [("谁兼工会主席？", "工会主席"), ("谁担任纪委书记", "纪委书记")])
def test_the_post_is_the_anchor(question, post):
    assert wanted_types(question)[0].anchor == post


@pytest.mark.parametrize("question", ["谁兼工会主席？"])
def test_the_holder_is_answered(question):
    answer = Assistant(FakeSource(CHUNKS)).ask(question)
    assert not answer.refused and "范丽君" in answer.text, answer.text
