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
