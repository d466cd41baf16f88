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
