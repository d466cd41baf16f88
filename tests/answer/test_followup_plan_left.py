"""What is left of a plan and what there is now: 还剩几个没完成 / 还差几个 after a plan and what was done of it
(the whole done, never a 其中 part asked in between), 现在有多少个 after a plan's figure (the report's count,
not the plan's 全年), a plan's figure of the period asked when it states two, and a target set for every
branch (各支部…不低于) asked of one branch."""

from __future__ import annotations

import pytest

from assistant.answer.periods import Figure, main_figure
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.plan_remainders import asks_left_of_plan
from assistant.core.schema import Answer
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, make_chunk

DEPOT = "东湖公交集团党委2025年上半年党建工作情况报告"
DEPOT_DOC = [
    make_chunk(
        DEPOT,
        "上半年计划发展党员12名，实际发展党员9名，其中一线驾驶员7名。",
        ("二、组织建设",),
        position=0,
    ),
    make_chunk(
        DEPOT,
        "第一车队：党员数40名，党员示范线路5条。\n第二车队：党员数52名，党员示范线路7条。\n"
        "合计：党员数92名，党员示范线路12条。",
        ("三、党建品牌",),
        position=1,
    ),
    make_chunk(
        DEPOT,
        "存在问题：个别车队学习组织不够经常，第二车队党支部上半年学习参学率仅为81%。\n"
        "下半年打算：一是确保各支部参学率不低于95%；二是拟新增党员示范线路6条，全年达到18条。",
        ("五、存在问题及下半年打算",),
        position=2,
    ),
]
CLINIC = "柳岸社区卫生服务中心党支部2024年度工作总结"
CLINIC_DOC = [
    make_chunk(
        CLINIC,
        "全年计划开展家庭医生签约宣传活动20场，实际开展16场，其中进村入户11场。",
        ("一、服务群众",),
    ),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(DEPOT_DOC, CLINIC_DOC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("还剩几个没完成", True),
        ("还差几个", True),
        ("还差多少名？", True),
        ("还有几个没完成", True),
        ("剩下多少没落实", True),
        ("还有几个", False),
        ("还剩几个支部没换届", False),
        ("差了几个党员", False),
    ],
)
def test_what_is_left_is_asked_naming_nothing_else(text, expected):
    assert asks_left_of_plan(text) is expected


@pytest.mark.parametrize(
    ("turns", "figures", "gap", "part"),
    [
        (
            ("东湖公交集团2025年上半年计划发展多少党员", "实际呢", "其中一线驾驶员几名", "还剩几个没完成"),
            ("12名", "9名"),
            "少3名",
            "7名",
        ),
        (
            ("柳岸社区卫生服务中心2024年计划开展几场签约宣传活动", "实际开展了几场", "其中进村入户的几场", "还差几场"),
            ("20场", "16场"),
            "少4场",
            "11场",
        ),
    ],
)
def test_what_is_left_is_the_plan_against_the_whole_done(assistant, turns, figures, gap, part):
    last = converse(assistant, *turns)[-1]
    assert all(f in last.text for f in figures) and gap in last.text, last.text
    assert part not in last.text, last.text  # the 其中 part is no figure of what was done
    assert answer_problems(last) == []


def test_what_is_left_needs_a_plan_and_a_figure_done():
    route = understood("柳岸社区卫生服务中心2024年开展了几场签约宣传活动", "还剩几个没完成")
    assert not route.compared


@pytest.mark.parametrize(
    ("plan", "now", "figure", "not_figure"),
    [
        ("东湖公交集团2025年党员示范线路全年计划多少条", "现在有多少条", "12条", "18条"),
        ("东湖公交集团2025年党员示范线路全年计划多少条", "目前有几条", "12条", "18条"),
    ],
)
def test_now_after_a_plan_asks_what_there_is(assistant, plan, now, figure, not_figure):
    answers = converse(assistant, plan, now)
    asked = answers[1].resolved_question
    assert "示范线路" in asked and "全年" not in asked and "计划" not in asked, asked
    assert figure in answers[1].text and not_figure not in answers[1].text, answers[1].text


def test_now_after_a_planned_act_asks_what_was_done():
    route = understood("东湖公交集团2025年上半年计划发展多少党员", "现在有多少")
    assert route.question.startswith("东湖公交集团2025年上半年实际发展") and "计划" not in route.question


def test_the_gap_after_now_takes_the_plans_figure_of_the_year(assistant):
    last = converse(assistant, "东湖公交集团2025年党员示范线路全年计划多少条", "现在有多少条", "还差几条")[-1]
    assert "少6条" in last.text and "多" not in last.text.split("\n")[-1], last.text


@pytest.mark.parametrize(
    ("text", "question", "value"),
    [
        ("二是拟新增党员示范线路6条，全年达到18条。", "党员示范线路全年计划多少条", 18.0),
        ("计划新建驿站2个，全年达到9个。", "全年计划建成几个驿站", 9.0),
    ],
)
def test_a_plans_figure_of_the_period_asked(text, question, value):
    assert main_figure(Answer(text, "count", [], []), question) == Figure(value, text[-2])


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("东湖公交集团2025年下半年第二车队党支部参学率要达到多少", "95%", "81%"),
        ("东湖公交集团2025年上半年第二车队党支部参学率是多少", "81%", "95%"),
    ],
)
def test_a_target_for_every_branch_holds_for_the_one_asked(assistant, question, figure, other):
    answer = converse(assistant, question)[0]
    assert figure in answer.text and other not in answer.text and not answer.refused, answer.text
