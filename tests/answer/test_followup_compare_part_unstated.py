"""A comparison asked after a 其中 part, when the other period's report states no such part: the wholes are
compared (the same measure), never the part of one period with the whole of the other (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.period_figures import compared_measures
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.core.schema import Answer
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

FULL = "松岭县审计局机关党支部2023年度工作总结"
HALF = "松岭县审计局机关党支部2024年上半年工作总结"
SOURCE = FakeSource(
    [make_chunk(FULL, "全年参与审计项目38个，发现问题线索64条。", ("二、业务融合",), position=0)],
    [make_chunk(HALF, "上半年参与审计项目15个，其中专项审计项目4个。", ("二、业务融合",), position=0)],
)
COURT = "青柏区人民法院机关党委2023年度工作总结"
COURT_HALF = "青柏区人民法院机关党委2024年上半年工作总结"
COURT_SOURCE = FakeSource(
    [make_chunk(COURT, "全年开展巡回审判92场。", ("三、司法为民",), position=0)],
    [make_chunk(COURT_HALF, "上半年开展巡回审判40场，其中进村入户巡回审判11场。", ("三、司法为民",), position=0)],
)


@pytest.mark.parametrize(
    ("source", "turns", "gap", "wrong"),
    [
        (
            SOURCE,
            (
                "松岭县审计局2023年参与审计项目多少个",
                "那2024年上半年呢",
                "其中专项审计项目几个",
                "和2023年全年比少了多少",
            ),
            "少23个",
            "34",
        ),
        (
            COURT_SOURCE,
            ("青柏区法院2023年开展巡回审判多少场", "2024年上半年呢", "其中进村入户的有几场", "比2023年少了几场"),
            "少52场",
            "81",
        ),
    ],
)
def test_the_wholes_are_compared_when_the_other_period_states_no_part(source, turns, gap, wrong):
    answer = converse(Assistant(source), *turns)[-1]
    assert gap in answer.text and wrong not in answer.text, answer.text
    assert answer_problems(answer) == []


def test_compared_measures():
    asked = ["甲2024年上半年项目多少个，其中专项几个？", "甲2023年项目多少个，其中专项几个？"]
    both = [Answer("项目15个〔1〕。其中专项4个〔1〕。", "count"), Answer("项目38个，其中专项9个〔1〕。", "count")]
    one = [both[0], Answer("项目38个〔1〕。", "count")]
    assert compared_measures(asked, both) == asked
    assert compared_measures(asked, one) == ["甲2024年上半年项目多少个？", "甲2023年项目多少个？"]
