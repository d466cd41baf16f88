"""那A类违章呢 after a rate: a new measure, its name holding a Latin letter, replaces what was counted in the same
scope; it is not glued before the old question (A类违章，…线损率是多少)."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from tests.answer.conversation_fixtures import history_of


def test_a_lettered_measure_replaces_the_rate():
    last = conversation_state(history_of("滨江供电所2024年线损率是多少？"))
    asked = resolve("那A类违章呢？", last).question
    assert asked.startswith("滨江供电所2024年A类违章") and "线损率" not in asked


def test_other_wordings():
    last = conversation_state(history_of("东港码头2023年货物吞吐量是多少？"))
    asked = resolve("B级以上质量事故呢？", last).question
    assert "B级以上质量事故" in asked and "吞吐量" not in asked and "2023年" in asked
    last = conversation_state(history_of("南岭水库管理站2024年巡查多少次？"))
    asked = resolve("IV级以上险情呢？", last).question
    assert "IV级以上险情" in asked and "巡查" not in asked
