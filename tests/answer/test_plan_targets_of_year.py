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


MUSEUM = "白沙县博物馆党支部2024年度党建工作总结"
MUSEUM_PLAN = "白沙县博物馆党支部2025年党建工作要点"
MUSEUM_HALF = "白沙县博物馆党支部2025年上半年党建工作报告"
MUSEUM_DOCS = [
    [make_chunk(MUSEUM, "全年举办流动展览活动36场，接待观众5.2万人次。", ("一、主要工作",), position=0)],
    [make_chunk(MUSEUM_PLAN, "全年举办流动展览活动不少于40场，其中进乡村展览不少于15场。", ("二、重点任务",))],
    [
        make_chunk(MUSEUM_HALF, "上半年举办流动展览活动18场，接待观众2.4万人次。", ("一、主要工作",), position=0),
        make_chunk(MUSEUM_HALF, "流动展览（场）：全年目标40，上半年完成18，完成率45.0%。", ("二、指标",), position=1),
        make_chunk(
            MUSEUM_HALF, "一是拟举办流动展览活动25场；二是开好组织生活会。", ("三、下半年工作安排",), position=2
        ),
    ],
]
AFTER_A_PART = ("博物馆去年流动展览活动搞了多少场？", "其中进乡村的多少？")


@pytest.mark.parametrize(
    ("turns", "said", "unsaid"),
    [
        ((*AFTER_A_PART, "今年计划搞多少场？"), "40场", "15场"),
        ((*AFTER_A_PART, "今年计划搞多少场？", "上半年完成了多少，完成率多少？"), "45", "15场"),
        (
            (*AFTER_A_PART, "今年计划搞多少场？", "上半年完成了多少，完成率多少？", "下半年还要搞多少场？"),
            "22场",
            "15场",
        ),
        (("博物馆今年计划举办流动展览活动多少场？", "上半年办了多少场？", "下半年还得办几场？"), "22场", "58场"),
    ],
)
def test_a_part_asked_once_is_not_carried_into_the_target_and_what_is_left(turns, said, unsaid):
    answer = converse(Assistant(FakeSource(*MUSEUM_DOCS)), *turns)[-1]
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("博物馆今年上半年流动展览活动办了多少场？", "完成了全年计划的百分之多少？"),
        ("博物馆今年上半年流动展览活动完成率是多少？",),
    ],
)
def test_a_second_half_plan_is_no_years_target(turns):
    answer = converse(Assistant(FakeSource(*MUSEUM_DOCS)), *turns)[-1]
    assert "45" in answer.text and "25场" not in answer.text and "72%" not in answer.text, answer.text
    assert "今年上半年" not in answer.text.replace("2025年上半年", ""), answer.text


ARCHIVE = "临湖县档案局党组2024年度党建工作总结"
ARCHIVE_HALF = "临湖县档案局党组2025年上半年党建工作报告"
ARCHIVE_PLAN = "临湖县档案局党组2025年党建工作要点"
ARCHIVE_DOCS = [
    [make_chunk(ARCHIVE, "局党组理论学习中心组全年集中学习13次，其中专题研讨5次。", ("一、理论学习",))],
    [make_chunk(ARCHIVE_HALF, "上半年局党组理论学习中心组集中学习6次。", ("一、理论学习",))],
    [make_chunk(ARCHIVE_PLAN, "全年开展局党组理论学习中心组集中学习不少于14次。", ("一、理论学习",))],
]


@pytest.mark.parametrize(
    "turns",
    [
        (
            "档案局去年中心组集中学习了几次？",
            "其中专题研讨几次？",
            "那今年上半年集中学习几次？",
            "今年全年要求学多少次？",
            "还差多少次？",
        ),
        ("档案局中心组今年上半年集中学习了几次？", "今年全年要求学多少次？", "还差几次？"),
    ],
)
def test_what_is_left_of_a_required_figure_is_computed(turns):
    answer = converse(Assistant(FakeSource(*ARCHIVE_DOCS)), *turns)[-1]
    assert "8次" in answer.text and "14次" in answer.text and "6次" in answer.text, answer.text
