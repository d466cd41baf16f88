"""Labels of a comparison: a period said plainly against its own plan is what was done in it."""

from __future__ import annotations

from assistant.answer.periods import Figure, difference_sentence, done_beside_plan


def test_a_plain_period_beside_its_plan_is_the_actual():
    assert done_beside_plan(["2025年", "2025年计划"]) == ["2025年实际", "2025年计划"]
    assert done_beside_plan(["2025年上半年", "2025年目标"]) == ["2025年上半年", "2025年目标"]
    assert done_beside_plan(["2024年", "2023年"]) == ["2024年", "2023年"]


def test_equal_figures_of_a_plan_and_its_actual_are_said_to_be_level():
    text, value = difference_sentence(["2025年实际", "2025年计划"], [Figure(4, "个"), Figure(4, "个")])
    assert text.startswith("两者持平") and value == 4
