"""两个加起来一共多少 names no kind: the last two figures of the same thing the conversation gave are added;
a later turn about a sum of money (罚没款 / 捐款) is a new thing, counted in its own unit."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    ("turns", "total"),
    [
        (("松岭税务所2023年办结涉税投诉多少件", "那2024年上半年呢"), "两个加起来一共多少件"),
        (("石门社区2024年开展义诊多少场", "那2023年呢"), "这俩一共多少场"),
    ],
)
def test_a_bare_pair_adds_the_last_two_figures(turns, total):
    resolved = understand(total, history_of(*turns))
    asked = [resolved.question, *resolved.compared]
    assert resolved.summed and len(asked) == 2, resolved
    assert all("加起来" not in q and "一共" not in q for q in asked), asked


@pytest.mark.parametrize(
    ("turns", "money", "word"),
    [
        (
            ("松岭税务所2023年办结涉税投诉多少件", "那2024年上半年呢", "两个加起来一共多少件"),
            "那上半年罚没款多少",
            "罚没款",
        ),
        (("石门社区2024年开展义诊多少场",), "收到捐款多少", "捐款"),
    ],
)
def test_a_sum_of_money_is_a_thing_of_its_own(turns, money, word):
    question = understand(money, history_of(*turns)).question
    assert word in question and "件" not in question and "场" not in question, question
    assert "加起来" not in question and "义诊" not in question and "投诉" not in question, question
