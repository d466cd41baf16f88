"""Halves and next years: an annual report whose plan table has 上半年｜下半年 columns answers for a half when no
half-year report exists; 明年 is the year after the one the organisation's newest report is of."""

from __future__ import annotations

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.scope import asked_period, scope_for, with_relative_years

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
