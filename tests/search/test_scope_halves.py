"""Halves and next years: an annual report whose plan table has 上半年｜下半年 columns answers for a half when no
half-year report exists; 明年 is the year after the one the organisation's newest report is of."""

from __future__ import annotations

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.periods import asked_period, with_relative_years
from assistant.search.scope import scope_for

DOCS = {
    "云岭县水务公司党委2025年度党建工作总结": (
        "管网巡检（次）：上半年计划50，上半年完成56，下半年计划60，下半年完成58。\n"
        "四、2026年工作打算\n2026年计划发展党员7名。\n中共云岭县水务公司委员会\n2025年12月20日"
    ),
    "石门镇卫生院党支部2024年度工作总结": "全年开展健康讲座20场。\n中共石门镇卫生院支部委员会\n2025年1月6日",
}


def record(title: str, text: str) -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


RECORDS = [record(t, x) for t, x in DOCS.items()]


def scope(question: str):
    return scope_for(question, RECORDS, lambda name: False, lambda words, doc_id: words in DOCS[doc_id])


def test_an_annual_report_telling_the_halves_apart_answers_for_a_half():
    assert scope("云岭县水务公司下半年计划管网巡检多少次").doc_ids == {RECORDS[0].doc_id}


def test_an_annual_report_that_names_no_half_does_not():
    assert scope("石门镇卫生院上半年开展了几场健康讲座").refusal


def test_next_year_is_the_year_after_the_newest_report():
    asked = with_relative_years(
        "水务公司明年计划发展几名党员", asked_period("水务公司明年计划发展几名党员"), RECORDS[:1]
    )
    assert asked.years == {2026}


HALF_AND_PLAN = {
    "北川县档案馆党支部2025年上半年党建工作报告": (
        "上半年接收移交档案1200卷。\n二、下半年打算\n下半年计划开展档案宣传3场。\n中共北川县档案馆支部委员会\n2025年7月2日"
    ),
    "北川县档案馆党支部2025年党建工作要点": (
        "全年计划接收档案2500卷，下半年重点开展档案宣传。\n中共北川县档案馆支部委员会\n2025年1月6日"
    ),
}
HALF_AND_PLAN_RECORDS = [
    DocRecord(t, f"{t}.txt", t, "report", "h", 0.0, 1, len(x), build_profile(t, x, "report", f"{t}.txt"))
    for t, x in HALF_AND_PLAN.items()
]


def test_the_other_half_named_by_a_half_years_plans_or_the_years_plan_is_not_reported():
    # Only a year's report tells a half apart; 下半年打算 and a 要点's 下半年重点… plan it.
    def scope_of(question: str):
        return scope_for(
            question, HALF_AND_PLAN_RECORDS, lambda name: False, lambda words, doc_id: words in HALF_AND_PLAN[doc_id]
        )

    for question in ("档案馆2025年下半年实际接收了多少卷档案", "档案馆下半年实际搞了几场档案宣传"):
        refusal = scope_of(question).refusal
        assert refusal and "上半年" in refusal, question
    assert not scope_of("档案馆2025年下半年计划开展几场档案宣传").refusal
