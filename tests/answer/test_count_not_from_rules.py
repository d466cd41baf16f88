"""A figure a body reported for a period (气象局去年党费收了多少) is refused when its report does not state it:
the article of a regulation on the same thing (党员应当按月交纳党费) sets a duty, not what was collected."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk
from tests.answer.test_lookup_fixtures import regulation

REPORT = "中共丰原市气象局机关委员会2024年度党建工作总结"
DUES_RULES = regulation(
    "中国共产党党费收缴管理办法（示例）",
    [
        (
            "第二章　收缴",
            [
                "第五条　党员应当按月交纳党费，党组织应当做好党费收缴、使用和管理工作，党费收缴情况每年公布一次。",
                "第六条　收缴党费应当足额，不得减免。",
            ],
        )
    ],
)
SOURCE = FakeSource(
    DUES_RULES,
    [
        make_chunk(REPORT, "2024年，局机关党委组织集中学习12次，开展主题党日活动12次。", ("一、主要工作",), position=0),
        make_chunk(REPORT, "全年发展党员2名，按期转正1名。", ("一、主要工作",), position=1),
    ],
)


@pytest.mark.parametrize("question", ["气象局去年收缴党费多少", "局里去年党费收缴了多少", "去年党费收缴多少？"])
def test_a_bodys_figure_of_a_period_is_not_answered_by_a_rule(question):
    answer = answer_extractively(understand(question, None), SOURCE)
    assert answer.refused and "第五条" not in answer.text.split("相关内容")[0], answer.text
