"""A plan asked beside or after what was done: a later part naming the plan document (要点里定的目标是多少) asks
the plan of the same figure; 2025年计划发展的比2024年实际多几个 compares the plan of one year with what another
year did; 打算给哪几个支部换届 lists what a plan names although no plan sentence says 打算."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, make_chunk

COLLEGE = "化工学院党委2024年度党建工作总结"
COLLEGE_DOC = [make_chunk(COLLEGE, "2024届本科生考研录取率31.5%，全年发展学生党员22名。", ("三、育人成效",))]
COLLEGE_PLAN = "化工学院党委2024年党建工作要点"
COLLEGE_PLAN_DOC = [
    make_chunk(COLLEGE_PLAN, "本科生考研录取率不低于30%，全年计划发展学生党员25名。", ("三、服务人才培养",)),
]
PORT = "南港物流公司党委2024年度党建工作总结"
PORT_DOC = [make_chunk(PORT, "2024年全年发展党员5名，新建党员责任区4个。", ("二、组织建设",))]
PORT_PLAN = "南港物流公司党委2025年党建工作要点"
PORT_PLAN_DOC = [
    make_chunk(
        PORT_PLAN,
        "全年计划发展党员9名，其中一线职工不少于6名。完成仓储党支部、运输党支部、机关党支部3个党支部的按期换届。",
        ("二、夯实基层组织",),
    ),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(COLLEGE_DOC, COLLEGE_PLAN_DOC, PORT_DOC, PORT_PLAN_DOC))


@pytest.mark.parametrize(
    ("question", "done", "planned"),
    [
        ("化工学院2024届本科生考研录取率多少？工作要点里定的目标是多少？", "31.5%", "30%"),
        ("化工学院2024年发展了多少名学生党员？要点里计划的是多少？", "22名", "25名"),
    ],
)
def test_a_later_part_naming_the_plan_asks_the_plan_of_the_same_figure(assistant, question, done, planned):
    answer = converse(assistant, question)[0]
    assert done in answer.text and planned in answer.text and "没有找到" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("化工学院2024届本科生考研录取率多少", "工作要点里定的目标是多少"), "录取率"),
        (("南港物流2024年发展了几名党员", "工作计划里定的是多少"), "发展"),
    ],
)
def test_a_plan_asked_where_it_is_set_keeps_the_thing_asked(turns, expected):
    route = understood(*turns)
    assert expected in route.question and "计划" in route.question, route.question


@pytest.mark.parametrize(
    ("turns", "figures", "gap"),
    [
        (("南港物流2024年实际发展了多少党员", "2025年计划发展的比2024年实际多几个"), ("9名", "5名"), "多4名"),
        (("南港物流2024年发展了几名党员", "2025年计划发展的比2024年实际多几名"), ("9名", "5名"), "多4名"),
    ],
)
def test_a_plan_compared_with_another_years_actual(assistant, turns, figures, gap):
    last = converse(assistant, *turns)[-1]
    assert all(f in last.text for f in figures) and gap in last.text, last.text
    assert "6名" not in last.text and answer_problems(last) == []


@pytest.mark.parametrize("question", ["计划发展的多几个", "吸收的几个", "比计划转正的少几个"])
def test_members_admitted_are_counted_as_people(question):
    asked = read_asked(question)
    assert asked.family == "person" and "多" not in asked.words, asked


@pytest.mark.parametrize(
    "question",
    ["南港物流2025年打算给哪几个党支部换届", "南港物流2025年准备哪几个党支部换届"],
)
def test_a_plans_list_asked_with_an_intent(assistant, question):
    answer = converse(assistant, question)[0]
    assert all(name in answer.text for name in ("仓储党支部", "运输党支部", "机关党支部")), answer.text
