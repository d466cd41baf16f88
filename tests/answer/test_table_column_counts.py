"""A per-branch table's bare column (党课6场) answers 讲了几场党课 of its branch over a 述职's figure done at that
branch (到联系点…讲党课2场); 各支部一共 is the table's 合计 row; a count in 万 with no measure word after a counted noun
(粉丝总数突破85万) is a count, not money, and two such figures are compared."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.answer.period_figures import cell_figures
from tests.answer.support import FakeSource, ask_source, make_chunk

REPORT = "东江市税务局党委2024年度党建工作总结"
TABLE = (
    "表2  2024年各党支部“三会一课”开展情况\n"
    "征管科党支部：党员数20名，支委会12次，党课6场，党课参加150人次。\n"
    "稽查科党支部：党员数18名，支委会12次，党课3场，党课参加90人次。\n"
    "纳税服务科党支部：党员数15名，支委会10次，党课4场，党课参加60人次。\n"
    "合计：党员数53名，支委会34次，党课13场，党课参加300人次。"
)
SPEECH = "东江市税务局党委书记孟凡2024年度抓基层党建工作述职报告"
OWN = "带头讲专题党课5场，其中到基层联系点征管科党支部讲党课2场，为稽查科党支部讲党课1场。"
DOCS = (
    [make_chunk(REPORT, TABLE, ("二、主要工作", "（一）组织建设"), position=0)],
    [make_chunk(SPEECH, OWN, ("一、履职情况",), position=0)],
)


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("征管科党支部2024年讲党课讲了几场？", "6场", "2场"),
        ("稽查科党支部去年讲了几场党课", "3场", "1场"),
        ("全局各支部2024年一共讲了多少场党课？", "13场", "6场"),
        ("税务局各党支部2024年总共讲了几场党课", "13场", "5场"),
    ],
)
def test_the_tables_own_figures_answer(question, figure, not_figure):
    answer = ask_source(FakeSource(*DOCS), question)
    assert figure in answer.text and not answer.refused, answer.text
    assert not_figure not in answer.text, answer.text


MEDIA = "南岭县融媒体中心党支部2024年度工作总结"
PROSE = "全年短视频账号粉丝总数突破85万，同比增长12%。全年广告经费投入230万，其中线上投放90万。"


def test_a_bare_wan_after_a_counted_noun_is_a_count_not_money():
    facts = {f.number_text: f for f in extract_facts(make_chunk(MEDIA, PROSE, ("一、主要工作",)))}
    assert (facts["85万"].number, facts["85万"].family) == (850_000, "other")
    assert facts["230"].unit == "万元"  # after a money word it stays money


@pytest.mark.parametrize("question", ["融媒体中心2024年短视频粉丝有多少？", "南岭县融媒体中心去年粉丝总数是多少"])
def test_a_bare_wan_count_answers(question):
    answer = ask_source(FakeSource([make_chunk(MEDIA, PROSE, ("一、主要工作",))]), question)
    assert "85万" in answer.text and not answer.refused, answer.text


def test_bare_wan_figures_are_compared_in_wan():
    assert cell_figures("粉丝（万）：上半年完成76万") == [(76.0, "万")]
    assert cell_figures("粉丝总数突破85万") == [(85.0, "万")]
