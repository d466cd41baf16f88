"""Cells of a table row rendered as a sentence: a bare figure takes its column's family before the row's unit."""

from __future__ import annotations

from assistant.answer.facts import extract_facts
from tests.answer.support import make_chunk


def test_a_rate_column_is_a_rate_not_the_rows_measure_word():
    rows = "支部换届（个）：全年目标4，上半年完成3，完成率75。\n读书班（期）：全年计划6，已办4，参学率96。"
    facts = extract_facts(make_chunk("东坡区档案局机关党委2025年上半年党建工作报告", rows, ("一、主要指标",)))
    rates = [f for f in facts if f.predicate.endswith("率")]
    assert [(f.number_text, f.unit, f.family) for f in rates] == [("75", "", "percent"), ("96", "", "percent")]
    assert {f.said for f in facts if f.family != "percent"} == {
        "支部换届（个）：全年目标4个",
        "支部换届（个）：上半年完成3个",
        "读书班（期）：全年计划6期",
        "读书班（期）：已办4期",
    }
