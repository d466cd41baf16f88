"""那2024年呢 after a question of a half-year: the half is carried when the organisation has material of that
half; when it has only the year's report, the year itself is asked (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.routing import understand

PLACEHOLDER = "（回答）〔1〕"
# The periods each organisation's documents report on.
COVERED = {
    "青松水厂": ("2025年上半年", "2024年"),
    "白杨镇卫生院": ("2025年上半年", "2024年上半年", "2024年"),
    "东湖林场": ("2025年第一季度", "2024年"),
}


def named(text: str) -> str:
    return next((name for name in COVERED if text.startswith(name)), "")


def covers(organisation: str, period: str) -> bool:
    return period in COVERED.get(organisation, (period,))


known = Organisations(named, covers)


def understood(*turns: str) -> str:
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": PLACEHOLDER}]
    return understand(turns[-1], history, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("青松水厂2025年上半年讲了几次党课", "那2024年呢"), "青松水厂2024年讲了几次党课"),
        (("青松水厂今年上半年讲了几次党课", "那2024年呢"), "青松水厂2024年讲了几次党课"),
        (("青松水厂2025年上半年排查了多少隐患", "还剩几个没整改", "那2024年呢"), "青松水厂2024年"),
        (("东湖林场今年第一季度开了几次支委会", "那2024年呢"), "东湖林场2024年开了几次支委会"),
    ],
)
def test_the_year_alone_when_only_its_report_is_there(turns, expected):
    question = understood(*turns)
    assert question.startswith(expected) and "半年" not in question and "季度" not in question


def test_the_half_is_carried_when_the_organisation_has_it():
    assert understood("白杨镇卫生院今年上半年讲了几次党课", "那2024年呢").startswith("白杨镇卫生院2024年上半年")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("港务站上半年志愿服务搞了几次", "其中二季度呢", "那一季度呢", "下半年计划搞几次"),
            "港务站下半年计划志愿服务搞几次？",
        ),
        (("城北小学上半年主题党日开了几次", "其中5月份呢", "下半年呢"), "城北小学下半年主题党日开了几次？"),
        (
            ("南岸所2023年一共开了几次支委会", "其中第三季度开了几次", "换成2024年上半年的呢"),
            "南岸所2024年上半年一共开了几次支委会？",
        ),
    ],
)
def test_another_half_is_asked_of_its_whole_not_of_the_quarter_picked_before(turns, expected):
    assert understood(*turns) == expected


def test_a_part_that_is_no_period_stays_with_another_year():
    assert understood("城北小学2024年发展了几名党员", "其中女党员呢", "2023年呢") == (
        "城北小学2023年发展了几名党员，其中女党员是多少？"
    )
