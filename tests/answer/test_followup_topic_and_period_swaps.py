"""A turn that swaps two slots at once, or a new topic after a plan (documents and wordings of our own):
2025年上半年集中学习呢 after a 其中 part of 2024年集中学习 asks the whole of that half; 换成X的主题党日呢 asks it of X
even when the activity comes from an earlier turn; 积极分子有几个 after 全年计划几名 asks of the report's own half."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.question import slots_of
from tests.answer.conversation_fixtures import understood as understood_with

COVERED = {
    "松岭街道党工委": ("2024年", "2025年上半年"),
    "梅园社区党委": ("2024年",),
    "白沙水厂党支部": ("2023年", "2024年上半年"),
    "红星农场": ("2023年",),
}
known = Organisations(
    lambda text: next((n for n in COVERED if text.startswith(n)), ""),
    lambda organisation, period: period in COVERED.get(organisation, (period,)),
)


def understood(*turns: str | tuple[str, str]) -> str:
    """The last turn's question; a (question, answer) pair gives the answer said to a turn."""
    return understood_with(*turns, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("松岭街道党工委2024年组织集中学习多少次", "其中专题研讨呢", "2025年上半年集中学习呢"),
            "松岭街道党工委2025年上半年组织集中学习多少次",
        ),
        (
            ("白沙水厂党支部2023年开展志愿服务几次", "其中进社区的呢", "2024年上半年志愿服务呢"),
            "白沙水厂党支部2024年上半年开展志愿服务几次",
        ),
    ],
)
def test_the_whole_of_another_period_after_a_part(turns, expected):
    question = understood(*turns)
    assert question.startswith(expected) and "其中" not in question


@pytest.mark.parametrize(
    ("turns", "organisation", "counted"),
    [
        (
            (
                "松岭街道党工委2024年主题党日开了几次",
                "换成2025年上半年的呢",
                "那集中学习呢",
                "换成梅园社区党委的主题党日呢",
            ),
            "梅园社区党委",
            "主题党日",
        ),
        (
            ("白沙水厂党支部2023年党课讲了几次", "那志愿服务呢", "换成红星农场的党课呢"),
            "红星农场",
            "党课",
        ),
    ],
)
def test_another_organisation_and_an_earlier_topic(turns, organisation, counted):
    question = understood(*turns)
    assert question.startswith(organisation) and counted in question
    assert "松岭" not in question and "白沙" not in question


@pytest.mark.parametrize(
    ("turns", "period"),
    [
        (("松岭街道党工委2025年上半年发展了谁", "全年计划几名", "入党积极分子有几个"), "2025年上半年"),
        (("白沙水厂党支部2024年上半年完成了几项实事", "下半年计划几项", "志愿者有多少人"), "2024年上半年"),
    ],
)
def test_a_new_topic_after_a_plan_of_the_same_year(turns, period):
    question = understood(*turns)
    assert slots_of(question).period == period and "计划" not in question


def test_a_plan_of_another_year_stays_the_period():
    turns = ("白沙水厂党支部2023年发展了几名党员", "2024年计划发展几名", "入党积极分子有几个")
    assert slots_of(understood(*turns)).period == "2024年"
