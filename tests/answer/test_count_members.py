"""几个成员 counts people: a group's members (共6人), never another figure of its report (人均撰写心得4篇)."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import sub_unit
from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共临江市水务局党组理论学习中心组2024年度学习情况报告"
SOURCE = FakeSource(
    [
        make_chunk(TITLE, "中心组由党组书记、局长韦明任组长，成员包括副局长邢远、蓝青等，共6人。", ("一、基本情况",)),
        make_chunk(TITLE, "全年集中学习12次；中心组成员人均撰写学习心得4篇。", ("二、学习开展情况",), position=1),
    ]
)


@pytest.mark.parametrize("question", ["临江水务局中心组一共几个成员", "临江市水务局党组中心组有多少个成员？"])
def test_members_are_people(question):
    answer = ask_source(SOURCE, question)
    assert "6人" in answer.text and "4篇" not in answer.text, answer.text


COLLEGE = "中共云海科技大学化工学院委员会2024年度党建工作总结"
COLLEGE_SOURCE = FakeSource(
    [
        make_chunk(
            COLLEGE,
            "学院党委下设6个党支部，其中教工党支部2个、学生党支部4个，共有党员188名。",
            ("一、基本情况",),
        ),
        make_chunk(COLLEGE, "全年发展党员31名，其中学生党员29名。", ("二、组织建设",), position=1),
    ]
)


@pytest.mark.parametrize(
    "question, figure",
    [("云海科技大学化工学院有几个学生党支部", "4个"), ("云海科技大学化工学院下设多少个学生党支部？", "4个")],
)
def test_branches_counted_are_no_branch_asked_about(question, figure):
    answer = ask_source(COLLEGE_SOURCE, question)
    assert not answer.refused and figure in answer.text and "188" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, unit",
    [
        ("云海科技大学化工学院有几个学生党支部", ""),
        ("化工学院下设多少个学生党支部", ""),
        ("化工学院这几个学生党支部一共发展了多少党员", "学生"),
        ("化工学院学生党支部有多少党员", "学生"),
    ],
)
def test_a_counted_branch_is_no_branch_asked_about_but_these_branches_are(question, unit):
    assert sub_unit(question) == unit
