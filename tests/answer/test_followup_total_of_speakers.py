"""一共呢 after the same count asked of three people or units in turn: all three are added, not the last two."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    "turns",
    [
        ("青石镇党委书记2024年讲了几次党课", "镇长呢", "各村支部书记呢"),
        ("江北中学第一党支部2023年开展家访多少次", "第二党支部呢", "第三党支部呢"),
    ],
)
def test_a_total_adds_every_one_asked_in_turn(turns):
    resolved = understand("一共呢", history_of(*turns))
    assert resolved.summed and len(resolved.compared) == 2, resolved
    assert len({resolved.question, *resolved.compared}) == 3, resolved


def test_a_total_after_a_different_count_keeps_the_last_two():
    turns = ("青石镇党委2024年发展党员几名", "青石镇党委书记2024年讲了几次党课", "镇长呢")
    resolved = understand("一共呢", history_of(*turns))
    assert len(resolved.compared) <= 1, resolved
