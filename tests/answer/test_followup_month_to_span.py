"""那全年呢 / 那上半年呢 after a question of one month: the month is replaced with the period, not kept inside it
(documents and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.periods import with_period
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


def understood(*turns: str) -> str:
    """The last turn's question after turns that were each refused."""
    return understand(turns[-1], history_of(*((turn, "知识库中没有相关材料。") for turn in turns[:-1]))).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("青石街道2023年10月份召开了几次支委会", "那全年呢"), "青石街道2023年全年召开了几次支委会"),
        (("北岭林场2024年3月开展了几次巡山宣讲", "那上半年呢"), "北岭林场2024年上半年开展了几次巡山宣讲"),
    ],
)
def test_a_span_replaces_the_month(turns, expected):
    assert understood(*turns).startswith(expected)


@pytest.mark.parametrize(
    ("question", "period", "expected"),
    [
        ("北岭林场2024年3月底有多少名党员", "2024年第一季度", "北岭林场2024年第一季度有多少名党员"),
        ("青石街道2023年十月份开了几次会", "2023年度", "青石街道2023年度开了几次会"),
        ("青石街道2023年10月份开了几次会", "2022年", "青石街道2022年10月份开了几次会"),  # a year keeps the month
        ("河湾派出所今年上半年发展了几名党员", "去年上半年", "河湾派出所去年上半年发展了几名党员"),
        ("河湾派出所今年上半年发展党员计划多少", "全年", "河湾派出所今年全年发展党员计划多少"),
        ("河湾派出所2025年上半年发展了几名", "上半年", "河湾派出所上半年发展了几名"),
    ],
)
def test_with_period(question, period, expected):
    assert with_period(question, period) == expected


def test_a_period_compared_replaces_the_whole_period_said():
    history = [
        {"role": "user", "content": "河湾派出所今年上半年发展了多少党员"},
        {"role": "assistant", "content": "上半年发展党员4名〔1〕。"},
    ]
    route = understand("比去年上半年多了多少", history)
    assert route.compared == ("河湾派出所去年上半年发展了多少党员？",)
