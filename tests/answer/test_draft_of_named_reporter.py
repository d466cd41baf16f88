"""根据某某的述职报告写一段他的履职小结: 他/她 of the request is the 述职人 the question named, so the request names no
topic of its own — the whole 述职 is the source."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

ANNUAL_TITLE = "北湾区市场监督管理局机关党委2024年度党建工作总结"
ANNUAL = """北湾区市场监督管理局机关党委2024年度党建工作总结
一、主要工作
全年开展食品安全抽检1860批次，办结投诉举报2310件。
二、存在问题
一是党建与监管业务结合不够紧密。
"""

DUTY_TITLE = "北湾区市场监督管理局机关党委书记邬雅琴2024年度述职报告"
DUTY = """北湾区市场监督管理局机关党委书记邬雅琴2024年度述职报告
一、履行职责情况
（一）带头抓理论武装
本人全年主持党委理论学习中心组学习12次，讲专题党课3次。
（二）带头抓基层基础
到所属党支部调研指导18次，推动解决基层问题27项，与党员干部谈心谈话64人次。
（三）带头抓作风建设
牵头开展“守护舌尖安全”专项行动，督办群众反映问题41件。
二、存在的不足
一是调研成果转化不够。
"""


@pytest.mark.parametrize(
    "question",
    [
        "根据邬雅琴的述职报告，写一段她去年抓党建的履职小结",
        "用邬雅琴2024年度述职报告，帮我写一段她的履职情况",
        "按邬雅琴的述职报告起草一段他本人抓党建工作的总结",
    ],
)
def test_the_reporter_named_by_a_pronoun_takes_the_whole_duty_report(question):
    source = FakeSource(chunks_of(ANNUAL_TITLE, ANNUAL), chunks_of(DUTY_TITLE, DUTY))
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    assert "12次" in answer.text and "18次" in answer.text and "41件" in answer.text, answer.text
    assert "1860批次" not in answer.text, answer.text
