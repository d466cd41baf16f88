"""Quarters and months: a year's or a half's figures do not say what one quarter or month did."""

from __future__ import annotations

import pytest

from assistant.core.schema import Period
from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile, periods_in
from assistant.search.periods import asked_period
from assistant.search.scope import scope_for

DOCS = {
    "白鹭湾社区党委2024年度工作总结": "2024年，社区党委召开党委会12次，发展党员2名。\n中共白鹭湾社区委员会\n2025年1月6日",
    "白鹭湾社区党委2025年上半年工作总结": "今年上半年，社区党委召开党委会7次。\n中共白鹭湾社区委员会\n2025年7月3日",
    "桐溪小学党支部2024年度工作总结": "2024年，支部讲党课8次。\n季度　党课（次）\n第四季度　3\n中共桐溪小学支部委员会\n2025年1月8日",
    "松岭水厂党支部2025年第二季度党建工作情况报告": (
        "二季度，支部召开支委会3次，开展主题党日3次。\n三、第三季度工作打算\n计划开展主题党日3次。\n"
        "中共松岭水厂支部委员会\n2025年7月1日"
    ),
}


def record(title: str, text: str) -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


RECORDS = [record(t, x) for t, x in DOCS.items()]


def scope(question: str):
    return scope_for(question, RECORDS, lambda name: False, lambda words, doc_id: words in DOCS[doc_id])


@pytest.mark.parametrize(
    ("line", "period"),
    [
        ("松岭水厂党支部2025年第二季度党建工作情况报告", Period(2025, "第二季度")),
        ("2025年三季度工作小结", Period(2025, "第三季度")),
        ("2025年第4季度支部工作总结", Period(2025, "第四季度")),
    ],
)
def test_a_quarter_in_a_title_is_the_period_reported(line, period):
    assert periods_in(line)[0] == [period]


def test_a_quarter_report_plans_the_next_quarter():
    assert RECORDS[0].profile.periods == (Period(2024),)
    water = RECORDS[3].profile
    assert water.periods == (Period(2025, "第二季度"),) and water.plan_periods == (Period(2025, "第三季度"),)


@pytest.mark.parametrize(
    "question", ["白鹭湾社区2024年第三季度开了几次党委会", "白鹭湾社区2025年一季度召开党委会多少次？"]
)
def test_a_quarter_no_document_reports_on_is_refused(question):
    result = scope(question)
    assert result.doc_ids == frozenset()
    assert "季度" in result.refusal and "白鹭湾社区" in result.refusal


def test_a_quarter_report_answers_its_own_quarter_and_plans_the_next():
    assert scope("松岭水厂2025年第二季度开了几次支委会").doc_ids == {"松岭水厂党支部2025年第二季度党建工作情况报告"}
    assert "松岭水厂党支部2025年第二季度党建工作情况报告" in scope("松岭水厂三季度计划开展几次主题党日").doc_ids
    assert scope("松岭水厂2025年上半年开了几次支委会").refusal  # a quarter is not the half


@pytest.mark.parametrize("question", ["白鹭湾社区2025年3月份开了几次党委会", "白鹭湾社区五月份发展了多少名党员"])
def test_a_month_is_not_answered_from_a_longer_period(question):
    assert asked_period(question).month
    result = scope(question)
    assert result.doc_ids == frozenset() and "月份" in result.refusal


def test_a_month_that_names_an_event_is_no_period():
    assert not asked_period("白鹭湾社区3月份开展了什么活动").month  # the text may tell it
    assert not asked_period("3月召开的党员大会有几人参加").month


def test_a_year_report_that_tells_the_quarter_apart_answers_for_it():
    assert scope("桐溪小学第四季度讲了几次党课").doc_ids == {"桐溪小学党支部2024年度工作总结"}
    assert scope("桐溪小学2024年四季度讲了几次党课").doc_ids == {"桐溪小学党支部2024年度工作总结"}
    assert scope("桐溪小学2024年第一季度讲了几次党课").refusal  # no row of that quarter
