"""今年/去年/前年 are counted from the present of the organisation's newest document, not the calendar."""

from __future__ import annotations

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.scope import scope_for


def record(title: str, text: str) -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


HALF_YEAR = [
    record("丰源村党支部2022年度工作总结", "2022年，丰源村党支部召开支委会12次。"),
    record("丰源村党支部2023年上半年工作总结", "今年上半年，丰源村党支部召开支委会6次。"),
]
ANNUAL = [
    record(
        "中共望江镇委员会2023年党建工作总结及2024年工作计划",
        "2023年，望江镇党委发展党员15名。\n二、2024年工作计划\n计划发展党员不少于12名。",
    ),
]


def test_after_a_half_year_report_last_year_is_the_year_before_it():
    assert scope_for("丰源村去年开了几次支委会？", HALF_YEAR).doc_ids == {"丰源村党支部2022年度工作总结"}
    assert scope_for("丰源村今年上半年开了几次支委会", HALF_YEAR).doc_ids == {"丰源村党支部2023年上半年工作总结"}


def test_after_an_annual_report_last_year_is_its_year():
    doc = "中共望江镇委员会2023年党建工作总结及2024年工作计划"
    assert scope_for("望江镇去年发展了多少名党员？", ANNUAL).doc_ids in (None, {doc})
    assert scope_for("望江镇去年发展了多少名党员？", ANNUAL).refusal is None
    assert scope_for("望江镇今年计划发展多少名党员", ANNUAL).refusal is None


def test_a_year_before_every_document_is_refused_with_what_there_is():
    refused = scope_for("丰源村前年开了几次支委会？", HALF_YEAR)
    assert refused.doc_ids == frozenset() and "2021" in refused.refusal


PLAN = [record("白溪社区党委2024年党建工作要点", "2024年，社区党委计划发展党员3名。\n中共白溪社区委员会\n2024年1月8日")]


def test_a_plan_is_written_in_the_year_it_plans():
    # 今年 is 2024, the plan's own year (not 2025, as after a 2024年度 summary): nothing is refused.
    for question in ("白溪社区今年计划发展几名党员？", "白溪社区党委今年打算开展哪些工作？"):
        scope = scope_for(question, PLAN)
        assert scope.refusal is None and (scope.doc_ids is None or PLAN[0].doc_id in scope.doc_ids)
    assert scope_for("白溪社区去年发展了几名党员？", PLAN).refusal  # 2023: no document


# Two organisations at different years: one with a 2023 summary and a 2024上半年 report, one with a 2021 summary.
MIXED = [
    record("红枫街道党工委2023年度党建工作总结", "2023年，组建“党员帮办队”，全年帮办群众事项640件。"),
    record("红枫街道党工委2024年上半年党建工作报告", "上半年，“党员帮办队”帮办群众事项290件。"),
    record("石桥乡党委2021年度党建工作总结", "2021年，石桥乡党委开展主题党日24次。"),
]


def test_last_year_of_no_organisation_is_each_organisations_own():
    """去年 names nobody's year: each organisation's 去年 is counted back from its own newest document, so a half
    report of the year after is not read for it (and the other organisation's 去年 stays in)."""
    for question in (
        "党员帮办队去年帮办了多少件群众事项",
        "去年帮办队一共帮群众办了多少件事",
        "去年开展主题党日多少次",
    ):
        scope = scope_for(question, MIXED)
        assert scope.doc_ids == {"红枫街道党工委2023年度党建工作总结", "石桥乡党委2021年度党建工作总结"}
    assert scope_for("今年上半年帮办了多少件", MIXED).doc_ids == {"红枫街道党工委2024年上半年党建工作报告"}
