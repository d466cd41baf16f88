"""换成X呢，去年立案了没 after 立案几件 asks whether, not 立案了没有多少; 那X今年上半年呢 after a question about X
itself swaps only the period (X is not a new thing to count), and asks the documents of that period."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_turns import Organisations
from tests.answer.conversation_fixtures import history_of

KNOWN = ("水务集团", "图书馆", "城北供电所")
known = Organisations(lambda text: next((name for name in KNOWN if text.startswith(name)), ""))


def test_whether_and_then_another_period_of_the_same_organisation():
    last = conversation_state(history_of("水务集团2024年立案几件？"), known)
    whether = resolve("换成图书馆呢，2024年立案了没？", last, False, known)
    assert whether.question == "图书馆2024年立案了没有？"
    last = conversation_state(history_of("水务集团2024年立案几件？", "换成图书馆呢，2024年立案了没？"), known)
    half = resolve("那图书馆2025年上半年呢？", last, False, known)
    assert half.question == "图书馆2025年上半年立案了没有？" and not half.refers_back


def test_other_wordings():
    last = conversation_state(history_of("城北供电所2024年发生几起安全事故？"), known)
    asked = resolve("那城北供电所2025年上半年呢？", last, False, known)
    assert asked.question.count("城北供电所") == 1 and "2025年上半年" in asked.question
    assert "安全事故" in asked.question
    last = conversation_state(history_of("水务集团2023年处分了几名党员？"), known)
    assert "多少" not in resolve("换成图书馆呢，2023年处分了没？", last, False, known).question
