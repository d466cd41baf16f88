"""去年呢 of another organisation after a half-year question: the half is kept where that organisation reports on
halves, and the year is asked whole where it has only the whole year's report."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.routing import understand

KNOWN = ("青屿图书馆", "南岸水文站", "北湾公路段")
# The periods each one's documents report on: 南岸水文站 only whole years, 北湾公路段 halves too.
COVERED = {
    "青屿图书馆": ("今年上半年", "去年", "今年"),
    "南岸水文站": ("去年", "前年"),
    "北湾公路段": ("去年上半年", "去年"),
}


def named(text: str) -> str:
    return next((name for name in KNOWN if text.startswith(name)), "")


def covers(organisation: str, period: str) -> bool:
    return period.removesuffix("全年") in COVERED.get(organisation, (period,))


def resolved(*turns: str) -> str:
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "（回答）〔1〕"}]
    return understand(turns[-1], history, organisations=Organisations(named, covers)).question


@pytest.mark.parametrize(
    "turns",
    [
        ("青屿图书馆今年上半年讲了几次党课？", "南岸水文站去年呢？"),
        ("青屿图书馆今年上半年发展了几名党员", "那南岸水文站去年呢"),
    ],
)
def test_a_year_said_of_an_organisation_with_whole_year_reports_only_is_asked_whole(turns):
    question = resolved(*turns)
    assert question.startswith("南岸水文站去年") and "上半年" not in question, question


def test_a_year_said_of_an_organisation_reporting_on_halves_keeps_the_half():
    question = resolved("青屿图书馆今年上半年讲了几次党课？", "北湾公路段去年呢？")
    assert question.startswith("北湾公路段去年上半年"), question
