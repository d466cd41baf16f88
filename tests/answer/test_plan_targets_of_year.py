"""A half's figure against its year's target: the rate a target table states is quoted (完成率40.0%), a rate or a
gap computed divides by the whole year's target, never by the plan a 上半年 report sets for its second half."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

LIBRARY = "青川县图书馆党支部2025年上半年党建工作报告"
LIBRARY_DOC = [
    make_chunk(
        LIBRARY,
        "上半年开展全民阅读推广活动18场，新建流动借阅点6个，发展党员1名。",
        ("一、上半年工作情况",),
        position=0,
    ),
    make_chunk(
        LIBRARY,
        "上半年重点指标完成情况如下：\n"
        "流动借阅点（个）15：上半年完成6，完成率40.0%。\n"
        "古籍修复（册）：全年目标200，上半年完成90，完成率45.0%。",
        ("二、指标完成情况",),
        position=1,
    ),
    make_chunk(
        LIBRARY,
        "一是力争再建成流动借阅点9个；二是开展全民阅读推广活动22场；三是完成古籍修复110册。",
        ("三、下半年工作打算",),
        position=2,
    ),
]
PLAN = "青川县图书馆党支部2025年党建工作要点"
PLAN_DOC = [make_chunk(PLAN, "全年开展全民阅读推广活动不少于40场。", ("二、重点任务",), position=0)]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(LIBRARY_DOC, PLAN_DOC))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("图书馆上半年流动借阅点完成率是多少", "40.0%"),
        ("青川县图书馆上半年古籍修复的完成率是多少？", "45.0%"),
    ],
)
def test_a_rate_the_target_table_states_is_quoted(assistant, question, said):
    answer = assistant.ask(question)
    assert said in answer.text and "66.7%" not in answer.text and "81.8%" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("青川县图书馆上半年全民阅读推广活动完成率是多少？",),
        ("青川县图书馆上半年全民阅读推广活动搞了多少场？", "完成率呢？"),
    ],
)
def test_a_computed_rate_is_of_the_whole_years_target(assistant, turns):
    answer = converse(assistant, *turns)[-1]
    assert "45%" in answer.text and "40场" in answer.text and "81.8%" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("青川县图书馆今年上半年全民阅读推广活动搞了多少场？", "今年全年要求搞多少场？", "还差多少场？"),
        ("青川县图书馆去年借阅了多少册？", "今年上半年全民阅读推广活动搞了多少场？", "全年要求多少场？", "还差几场？"),
    ],
)
def test_what_is_left_of_a_target_is_the_whole_target_less_the_half_done(assistant, turns):
    answer = converse(assistant, *turns)[-1]
    assert "22场" in answer.text and "目标" in answer.text and "上半年完成" in answer.text, answer.text
