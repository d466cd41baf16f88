"""Branches counted (其中学生支部几个), a branch pointed at after a ranking (那个支部的书记是谁), and a limit
asked (不能超过多少): on a college committee's report of our own."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk

COLLEGE = "临江学院化工系党委2024年度党建工作总结"
CHUNKS = [
    make_chunk(
        COLLEGE, "系党委下设6个党支部，其中教工党支部2个、学生党支部4个，共有党员188名。", ("一、基本情况",), position=0
    ),
    make_chunk(
        COLLEGE,
        "本科生第一党支部：支部书记为陈朗，党员人数52名。本科生第二党支部：支部书记为贺青，党员人数38名。",
        ("一、基本情况",),
        position=1,
    ),
    make_chunk(COLLEGE, "评为优秀等次的党员一般不超过本支部党员总数的25%。", ("三、党员管理",), position=2),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(CHUNKS))


@pytest.mark.parametrize("subset", ["其中学生支部几个", "其中学生党支部有多少个？"])
def test_branches_of_a_kind_are_counted_among_the_branches(assistant, subset):
    _, part = converse(assistant, "临江学院化工系党委下面有几个党支部", subset)
    assert "4个" in part.text, part.text


@pytest.mark.parametrize(
    "question", ["化工系评为优秀等次的党员比例最高不超过多少", "临江学院化工系党委优秀党员比例最多能占多少"]
)
def test_a_limit_asked_is_answered_by_the_rule(question):
    answer = ask_source(FakeSource(CHUNKS), question)
    assert "25%" in answer.text and not answer.refused, answer.text


def test_the_branch_a_ranking_named_keeps_its_committee_apart(assistant):
    *_, secretary = converse(assistant, "临江学院化工系党委哪个支部党员最多", "那个支部的书记是谁")
    assert "陈朗" in secretary.text, secretary.text


BRIGADE = "中共青峦市消防救援支队委员会2024年度党建工作总结"
BRIGADES = FakeSource(
    [
        make_chunk(BRIGADE, "支队党委下设3个大队党支部，共有党员190名。", ("一、基本情况",)),
        make_chunk(  # a table as ingest renders it: each row with its headers
            BRIGADE,
            "滨河大队：党员数66名。\n山前大队：党员数58名。\n机动大队：党员数66名。",
            ("一、基本情况",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize("question", ["消防支队湖东大队有多少名党员", "湖东大队党员几名"])
def test_a_brigade_the_report_does_not_name_is_refused(question):
    answer = ask_source(BRIGADES, question)
    assert answer.refused and "66" not in answer.text, answer.text


def test_a_brigade_the_report_names_is_answered_with_its_row():
    answer = ask_source(BRIGADES, "消防支队山前大队有多少名党员")
    assert "58" in answer.text and "66" not in answer.text, answer.text


def test_a_pronoun_left_after_the_branch_is_named_asks_nothing():
    answer = ask_source(BRIGADES, "消防支队山前大队它有多少名党员")
    assert "58" in answer.text and not answer.refused, answer.text
