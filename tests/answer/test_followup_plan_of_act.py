"""今年全年计划发展多少 after 发展了几名党员: the period and the plan word before the act say when and how; what is
counted is still the members the last turn counted (not 年计划, read as a thing of its own)."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from tests.answer.conversation_fixtures import history_of


def test_a_plan_of_the_same_act_counts_the_same_thing():
    last = conversation_state(history_of("南湖街道党工委2024年上半年发展了几名党员？"))
    asked = resolve("今年全年计划发展多少？", last).question
    assert "计划发展多少党员" in asked


def test_other_wordings():
    last = conversation_state(history_of("东岭煤矿党委2024年发展了几名党员？"))
    assert "拟发展多少党员" in resolve("2025年全年拟发展多少？", last).question
    last = conversation_state(history_of("西河村党支部2024年培训了多少名入党积极分子？"))
    assert "入党积极分子" in resolve("今年全年计划培训多少？", last).question
