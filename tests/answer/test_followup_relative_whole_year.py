"""今年全年要求多少 after a turn about 今年上半年: the year said with 全年 is the turn's own period, so the half
said before is not kept (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.question import slots_of
from assistant.answer.routing import understand

PLACEHOLDER = "（回答）〔1〕"


def understood(*turns: str) -> str:
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": PLACEHOLDER}]
    return understand(turns[-1], history).question


@pytest.mark.parametrize(
    "turns",
    [
        ("青松水厂去年开展了几次安全巡查？", "今年上半年呢？", "今年全年计划巡查多少次？"),
        ("白杨镇卫生院今年上半年义诊了几场？", "今年全年目标是多少场？"),
        ("东湖林场今年上半年植树多少亩？", "那今年全年的任务是多少亩"),
    ],
)
def test_a_whole_year_said_with_its_year_drops_the_half(turns: tuple[str, ...]) -> None:
    question = understood(*turns)
    assert "上半年" not in question and "今年全年" in question, question


def test_the_whole_year_is_one_period_slot() -> None:
    assert slots_of("青松水厂去年全年巡查了几次").period == "去年全年"
