"""A turn saying what was done about a thing of its own, after a turn asking a person's or a body's plan for the
year, is of the period the conversation asked before the plan (a 2024 述职's 今年打算 is its 2025 plan: nothing
of it is done in that report)."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    ("counted", "plan", "done", "word"),
    [
        ("韩立新去年讲了几次党课", "他今年打算讲几次", "他谈心谈话搞了多少人次", "谈心谈话"),
        ("石门站党支部去年开了几次主题党日", "今年计划开几次", "志愿服务搞了多少场", "志愿服务"),
        ("龚雪梅2024年讲了几次党课", "她今年打算讲几次", "她走访慰问了多少户", "走访慰问"),
    ],
)
def test_a_new_thing_said_done_after_a_plan_is_of_the_period_before_it(counted, plan, done, word):
    question = understand(done, history_of(counted, plan)).question
    assert "今年" not in question and word in question, question


def test_the_planned_thing_said_done_keeps_the_plans_year():
    """讲了几次 after 今年打算讲几次 asks how far this year's plan has got: still 今年."""
    question = understand("讲了几次", history_of("韩立新去年讲了几次党课", "他今年打算讲几次")).question
    assert "今年" in question, question
