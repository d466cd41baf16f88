"""Labels of a comparison: a period said plainly against its own plan is what was done in it."""

from __future__ import annotations

from assistant.answer.periods import Figure, difference_sentence, done_beside_plan, label_of


def test_a_plain_period_beside_its_plan_is_the_actual():
    assert done_beside_plan(["2025年", "2025年计划"]) == ["2025年实际", "2025年计划"]
    # a part of the year beside the year's target is what was done of it
    assert done_beside_plan(["2025年上半年", "2025年目标"]) == ["2025年上半年完成", "2025年目标"]
    assert done_beside_plan(["2024年", "2023年"]) == ["2024年", "2023年"]


def test_equal_figures_of_a_plan_and_its_actual_are_said_to_be_level():
    text, value = difference_sentence(["2025年实际", "2025年计划"], [Figure(4, "个"), Figure(4, "个")])
    assert text.startswith("两者持平") and value == 4


def test_a_target_said_without_a_plan_word_and_its_half_are_labelled_so():
    labels = [label_of("档案馆今年全年要求开展档案进社区多少场？"), label_of("档案馆今年上半年开展档案进社区多少场？")]
    assert done_beside_plan(labels) == ["今年全年目标", "今年上半年完成"]
    assert label_of("档案馆去年第三季度接待查档多少人次？") == "去年第三季度"
