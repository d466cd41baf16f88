"""A count asked of a person by name (韩某2024年讲了几次党课) is answered from that person's own 述职报告, whose
sentences are theirs though they say 本人; another person's name still gets no figure of the reporter's."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

TITLE = "云溪县港航中心党委书记2024年度抓基层党建工作述职报告"
REPORT = f"""{TITLE}
述职人：韩振华（中心党委书记）
一、履行第一责任人职责情况
2024年，本人主持召开党委会18次，本人讲党课3次，带队到基层支部调研9次。
二、存在的问题
对青年职工思想动态掌握不够及时。
"""
UNIT_TITLE = "云溪县港航中心党委2024年度工作总结"
UNIT = f"""{UNIT_TITLE}
一、组织建设
中心党委下设党支部4个，党委副书记郑秋云分管组织工作，各支部书记讲党课共8次。
"""


def source() -> FakeSource:
    return FakeSource(chunks_of(TITLE, REPORT) + chunks_of(UNIT_TITLE, UNIT))


@pytest.mark.parametrize(
    ("question", "figure"), [("韩振华2024年讲了几次党课", "3次"), ("韩振华2024年主持召开了几次党委会", "18次")]
)
def test_the_reporters_own_figures_answer_a_count_asked_by_name(question, figure):
    answer = ask_source(source(), question)
    assert not answer.refused and figure in answer.text, answer.text


def test_another_person_gets_no_figure_of_the_reporter():
    answer = ask_source(source(), "郑秋云2024年讲了几次党课")
    assert "3次" not in answer.text and "8次" not in answer.text.split("相关内容")[0], answer.text
