"""N个X党支部一共…: a total over a kind of unit, asked after one unit at a time, is not asked of the last unit
(documents and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from tests.answer.conversation_fixtures import understood as understood_with

NAMES = ("化工学院", "城南社区")
known = Organisations(lambda text: next((n for n in NAMES if text.startswith(n)), ""), lambda name, period: True)


def understood(*turns: str | tuple[str, str]) -> str:
    """The last turn's question; a (question, answer) pair gives the answer said to a turn."""
    return understood_with(*turns, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "unit", "total"),
    [
        (
            (
                ("化工学院本科生第一党支部2023年发展了几名党员", "本科生第一党支部：发展党员7名〔1〕。"),
                ("换成研究生第二党支部的呢", "研究生第二党支部：发展党员2名〔1〕。"),
                "3个学生党支部一共发展了多少",
            ),
            "第二党支部",
            "化工学院3个学生党支部",
        ),
        (
            (
                ("城南社区第一网格党支部2024年开展了几次志愿服务", "第一网格党支部：志愿服务8次〔1〕。"),
                ("换成第三网格党支部的呢", "第三网格党支部：志愿服务5次〔1〕。"),
                "五个网格党支部一共开展了几次",
            ),
            "第三网格",
            "城南社区五个网格党支部",
        ),
    ],
)
def test_a_total_over_a_kind_of_unit(turns, unit, total):
    question = understood(*turns)
    assert question.startswith(total) and unit not in question
