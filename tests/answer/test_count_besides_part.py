"""除了X还剩多少: the whole less the one 其中 part named, as one sentence states them, worked out beside the
cited sentence; asked alone and as a follow-up after the whole or its part (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_remainders import BESIDES
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, grounded, make_chunk

DEPOT = "鹿鸣市轨道交通集团党委2024年度党建工作总结"
DEPOT_REPORT = [
    make_chunk(DEPOT, "全年投入党建活动经费64.8万元，其中用于党群服务中心改造27.5万元。", ("二、基础保障",)),
    make_chunk(DEPOT, "召开党委会21次、党员大会4次。", ("一、组织建设",), position=1),
]
VILLAGE = "栗山村党支部2024年度工作总结"
VILLAGE_REPORT = [
    make_chunk(VILLAGE, "硬化村组道路2.6公里，投入资金38万元，其中镇级配套12万元。", ("三、基础设施",)),
    make_chunk(VILLAGE, "全年发展党员2名，培养入党积极分子5名。", ("一、队伍建设",), position=1),
]


def ask(question: str):
    return grounded(Assistant(FakeSource(DEPOT_REPORT, VILLAGE_REPORT)).ask(question))


@pytest.mark.parametrize(
    ("question", "left", "worked"),
    [
        ("鹿鸣轨道交通集团2024年党建活动经费除了党群服务中心改造还剩多少", "37.3万元", "64.8万元－27.5万元"),
        ("栗山村2024年道路投入资金除去镇级配套以外还有多少钱", "26万元", "38万元－12万元"),
    ],
)
def test_the_whole_less_the_part_named(question, left, worked):
    answer = ask(question)
    assert not answer.refused and left in answer.text and worked in answer.text and "〔1〕" in answer.text


def test_no_remainder_of_a_figure_that_is_no_part():
    """党员大会4次 is no 其中 part of 党委会21次: nothing is subtracted."""
    answer = ask("鹿鸣轨道交通集团2024年党委会除了党员大会还有多少次")
    assert "17" not in answer.text


@pytest.mark.parametrize(
    ("turns", "left"),
    [
        (
            ("鹿鸣轨道交通集团2024年党建活动经费投了多少", "其中党群服务中心改造用了多少", "除了服务中心改造还剩多少"),
            "37.3万元",
        ),
        (("栗山村2024年道路投入资金多少", "除了镇级配套还有多少"), "26万元"),
    ],
)
def test_the_remainder_asked_as_a_follow_up(turns, left):
    answers = converse(Assistant(FakeSource(DEPOT_REPORT, VILLAGE_REPORT)), *turns)
    assert left in grounded(answers[-1]).text


def test_the_follow_up_asks_of_the_whole_counted():
    route = understood("鹿鸣轨道交通集团2024年党建活动经费投了多少", "其中改造用了多少", "除了改造还剩多少")
    assert "党建活动经费" in route.question and "除了改造还剩多少" in route.question


@pytest.mark.parametrize(
    ("text", "asked"),
    [("除了上级拨款还有多少", True), ("扣除专项经费剩下多少钱", True), ("除了党课还有哪些活动", False)],
)
def test_besides_asks_a_remainder_only_of_a_quantity(text, asked):
    assert bool(BESIDES.search(text)) is asked
