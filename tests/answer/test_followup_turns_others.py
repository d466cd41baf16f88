"""其他班子成员呢 after a named person's figure: the others of the body act in that person's place."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history))


@pytest.mark.parametrize(
    ("first", "others", "expected"),
    [
        ("白沙镇党委2024年书记王建国讲了几次党课", "其他班子成员呢", "白沙镇党委2024年其他班子成员讲了几次党课"),
        ("白沙镇党委2024年王建国讲了几次党课", "那其余委员呢", "白沙镇党委2024年其余委员讲了几次党课"),
        ("河湾村党支部2023年刘海燕主持了几次主题党日", "其他支委呢", "河湾村党支部2023年其他支委主持了几次主题党日"),
    ],
)
def test_the_others_of_a_body_replace_the_named_person_and_role(first, others, expected):
    assert resolved(first, others).question.startswith(expected), resolved(first, others).question


REPORT = "白沙镇党委2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(REPORT, "镇党委书记王建国讲专题党课2次。", ("一、理论学习",), position=0),
        make_chunk(REPORT, "其他班子成员到联系村讲党课6次。", ("一、理论学习",), position=1),
    ]
)


def test_the_others_then_a_total_adds_both_figures():
    answers = converse(Assistant(SOURCE), "白沙镇党委2024年王建国讲了几次党课", "其他班子成员呢", "一共呢")
    assert "6次" in answers[1].text and "2次" not in answers[1].text, answers[1].text
    assert "合计8次" in answers[2].text, answers[2].text
    assert all(answer_problems(a) == [] for a in answers)


@pytest.mark.parametrize(
    ("first", "group", "expected"),
    [
        (
            "河湾村党支部组织生活会上党员个人查摆了多少条问题",
            "支部班子呢",
            "河湾村党支部组织生活会上支部班子查摆了多少条问题",
        ),
        (
            "远山厂党委民主生活会上领导班子查摆了多少条问题",
            "班子成员个人呢",
            "远山厂党委民主生活会上班子成员个人查摆了多少条问题",
        ),
    ],
)
def test_one_group_acting_replaces_another(first, group, expected):
    # A comma may set the group off from the meeting (会上，支部班子): its 支部 is no unit of the organisation.
    assert resolved(first, group).question.replace("，", "").startswith(expected), resolved(first, group).question


MEETING = "河湾村党支部2023年度组织生活会情况报告"
MEETING_SOURCE = FakeSource(
    [
        make_chunk(MEETING, "会上，支部班子共查摆问题5条。", ("二、查摆问题",), position=0),
        make_chunk(MEETING, "党员个人共查摆问题27条。", ("二、查摆问题",), position=1),
    ]
)


def test_the_other_group_then_a_total_adds_both_groups():
    answers = converse(
        Assistant(MEETING_SOURCE), "河湾村党支部组织生活会上党员个人查摆了多少条问题", "支部班子呢", "一共呢"
    )
    assert "5条" in answers[1].text and "27条" not in answers[1].text, answers[1].text
    assert "合计32条" in answers[2].text, answers[2].text
    assert all(answer_problems(a) == [] for a in answers)
