"""Figures whose clause says the question's words apart or leaves their thing to the words before it:
参加线上培训320人次 for 线上培训参加的人次, 组织…4场，参加人员210人次 for 参加的人次 of that activity, and a done
figure whose thing (问题) is named by the sentence before it in its own section."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

YARD = "北岭港务集团党委2024年度党建工作总结"
YARD_CHUNKS = [
    make_chunk(YARD, "全年召开理论学习中心组学习会10次，组织党员参加网络专题学习415人次，开展主题党日22次。", ("一、思想建设",), position=0),
    make_chunk(YARD, "深化廉洁文化建设；组织廉洁警示教育6场，参加人员288人次；开展谈心谈话47人次。", ("二、作风建设",), position=1),
]  # fmt: skip
MEETING = "北岭港务集团党委2024年度民主生活会情况报告"
MEETING_CHUNKS = [
    make_chunk(MEETING, "班子共查摆问题19个，其中思想方面7个。", ("二、查摆问题",), position=0),
    make_chunk(MEETING, "班子对查摆出的问题逐条明确责任人。截至2025年4月底，已整改到位15个，其余4个正在整改。", ("三、整改落实",), position=1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("网络专题学习参加的人次是多少", "415人次"),
        ("参加网络专题学习的一共多少人次", "415人次"),
        ("廉洁警示教育参加的有多少人次", "288人次"),
        ("去年警示教育参加的有多少人次", "288人次"),
        ("民主生活会到4月底整改完了多少问题", "15个"),
    ],
)
def test_the_figure_is_answered(question, figure):
    answer = Assistant(FakeSource(YARD_CHUNKS, MEETING_CHUNKS)).ask(question)
    assert not answer.refused and figure in answer.text.split("\n")[0], answer.text
