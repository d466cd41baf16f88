"""What was done against the plan: 比计划多了几名 / 离目标还差多少 after a plan or an actual figure, 比全年计划
还差几名 after a half-year's figure; 原来打算 asks the plan, 还有几个没改完 the items still open."""

from __future__ import annotations

import pytest

from assistant.answer.periods import Figure, main_figure
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.plan_gaps import asks_gap_to_plan
from assistant.core.schema import Answer
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

LIBRARY = "临溪县图书馆党支部2024年度工作总结"
LIBRARY_DOC = [
    make_chunk(LIBRARY, "全年原计划吸收新党员2名，实际吸收新党员3名。", ("二、队伍建设",), position=0),
    make_chunk(
        LIBRARY,
        "阅读推广（场）：计划50，完成58，完成率116%。\n党员轮训（人次）：计划120，完成104，完成率87%。",
        ("三、指标完成情况",),
        position=1,
    ),
    make_chunk(LIBRARY, "巡察反馈问题8个，已整改7个，尚有1个正在推进整改。", ("四、巡察整改",), position=2),
]
FARM = "北坡农场党委2025年上半年工作总结"
FARM_DOC = [
    make_chunk(FARM, "上半年新发展党员2名；按照年初安排，全年计划发展党员6名。", ("一、组织建设",), position=0),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(LIBRARY_DOC, FARM_DOC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比计划多了几名", True),
        ("比原计划少了几次？", True),
        ("离目标还差多少", True),
        ("和计划比差了几场", True),
        ("与年度计划相比多了几场", True),
        ("比年初计划多几名", True),
        ("距离目标还有多少差距", True),
        ("计划多少", False),
        ("计划定的是多少", False),
        ("计划发展几名", False),
        ("比去年多了几个", False),
        ("原来打算吸收几名", False),
    ],
)
def test_a_gap_to_the_plan_is_asked_by_a_plan_word_and_a_difference(text, expected):
    assert asks_gap_to_plan(text) is expected


@pytest.mark.parametrize(
    ("turns", "figures", "gap"),
    [
        (("临溪县图书馆2024年计划吸收几名新党员", "实际吸收了多少", "比计划多了几名"), ("2名", "3名"), "多1名"),
        (("临溪县图书馆2024年实际吸收了几名新党员", "比原计划多了几名？"), ("2名", "3名"), "多1名"),
        (("临溪县图书馆2024年阅读推广计划搞几场", "比计划多搞了几场"), ("50场", "58场"), "多8场"),
        (("临溪县图书馆2024年党员轮训实际搞了多少人次", "比计划少了多少"), ("120人次", "104人次"), "少16人次"),
        (("北坡农场上半年发展了几名党员", "比全年计划还差几名？"), ("2名", "6名"), "少4名"),
    ],
)
def test_what_was_done_is_set_against_the_plan(assistant, turns, figures, gap):
    last = converse(assistant, *turns)[-1]
    assert all(f in last.text for f in figures) and gap in last.text, last.text
    assert answer_problems(last) == []


def test_the_plan_asked_in_other_words(assistant):
    answers = converse(assistant, "临溪县图书馆2024年实际吸收了几名新党员", "原来打算吸收几名")
    assert "2名" in answers[1].text and "3名" not in answers[1].text, answers[1].text


def test_the_items_still_open_asked_as_clerks_say_it(assistant):
    answers = converse(assistant, "临溪县图书馆巡察反馈问题有多少个", "已整改几个", "还有几个没改完")
    assert "7个" in answers[1].text
    assert "尚有1个" in answers[2].text and "7个" not in answers[2].text, answers[2].text


@pytest.mark.parametrize("question", ["原来打算吸收几名", "原定发展多少名党员", "本来准备讲几回党课"])
def test_words_of_an_earlier_intention_ask_the_plan_and_count_nothing(question):
    from assistant.answer.asked_quantity import read_asked

    asked = read_asked(question)
    assert asked.plan and not any(w in asked.words for w in ("原来", "原定", "本来")), asked


def test_the_gap_is_taken_with_the_same_organisations_earlier_figure(assistant):
    last = converse(
        assistant,
        "临溪县图书馆2024年实际吸收了几名新党员",
        "北坡农场上半年发展了几名党员",
        "临溪县图书馆2024年原计划吸收几名",
        "差几个？",
    )[-1]
    assert "2名" in last.text and "3名" in last.text and "1名" in last.text, last.text
    assert "北坡" not in last.resolved_question


@pytest.mark.parametrize(
    ("question", "figures", "gap"),
    [
        ("临溪县图书馆2024年吸收新党员比原计划多了几名", ("2名", "3名"), "多1名"),
        ("临溪县图书馆2024年阅读推广比计划多搞了几场", ("50场", "58场"), "多8场"),
        ("临溪县图书馆2024年党员轮训离计划还差多少人次", ("120人次", "104人次"), "少16人次"),
        ("北坡农场上半年发展党员比全年计划还差几名", ("2名", "6名"), "少4名"),
    ],
)
def test_a_question_naming_what_it_sets_against_the_plan(assistant, question, figures, gap):
    answer = converse(assistant, question)[0]
    assert all(f in answer.text for f in figures) and gap in answer.text, answer.text
    assert answer_problems(answer) == []


def test_the_done_and_planned_questions_keep_the_act_and_the_plans_period():
    from assistant.answer.plan_gaps import gap_questions

    assert gap_questions("石桥社区2025年比计划多发展了几名党员") == (
        "石桥社区2025年发展了几名党员",
        "石桥社区2025年计划发展了几名党员",
    )
    assert gap_questions("石桥社区上半年发展党员比全年计划还差几名")[1] == "石桥社区全年计划发展党员几名"
    assert gap_questions("比计划多了几名") is None  # names nothing: a follow-up on the conversation's figures


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("远航公司全年计划开多少次党委会", 24),
        ("远航公司二季度开了几次党委会", 6),
        ("远航公司二季度实际开了几次党委会", 6),
    ],
)
def test_a_plan_beside_the_done_figure_is_the_figure_of_a_plan_question(question: str, value: int) -> None:
    answer = Answer("二季度召开党委会6次（全年计划召开24次）〔1〕。", "count")
    assert main_figure(answer, question) == Figure(value, "次")
