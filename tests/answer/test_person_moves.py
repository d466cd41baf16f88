"""A person's move asked after a turn about them (她后来调到哪去了 / 那接替她的是谁): told by a later report, so the
period talked about is not carried; 他 after the successor turn is the successor; a role the later report does
not name is looked up in the organisation's other reports (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.person_moves import asks_person_move, successor_named
from assistant.answer.pipeline import Assistant
from assistant.answer.question import slots_of
from tests.answer.conversation_fixtures import converse
from tests.answer.conversation_fixtures import understood as understood_with
from tests.answer.support import FakeSource, make_chunk

FOREST_2023 = "白鹭林场党支部2023年度工作总结"
FOREST_2024H1 = "白鹭林场党支部2024年上半年工作总结"
FOREST_CHUNKS = [
    make_chunk(FOREST_2023, "支部委员会由3名委员组成，支部书记宋雅琴，组织委员韦建军，宣传委员邹丽。", position=0),
    make_chunk(FOREST_2023, "全年讲党课4次，其中支部书记宋雅琴讲党课2次。", position=1),
]
FOREST_H1_CHUNKS = [
    make_chunk(FOREST_2024H1, "2月，支部书记宋雅琴同志调任县林业局工作。", position=0),
    make_chunk(FOREST_2024H1, "经上级党委批复，贺明远同志接替宋雅琴担任支部书记。", position=1),
    make_chunk(FOREST_2024H1, "上半年讲党课3次，其中支部书记贺明远讲党课1次。", position=2),
]
known = Organisations(lambda text: "白鹭林场党支部" if text.startswith("白鹭林场") else "", lambda n, p: True)


def understood(*turns: str | tuple[str, str]) -> str:
    """The last turn's question; a (question, answer) pair gives the answer said to a turn."""
    return understood_with(*turns, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "person"),
    [
        ((("白鹭林场党支部2023年的支部书记是谁", "支部书记宋雅琴〔1〕。"), "她后来调到哪去了"), "宋雅琴"),
        ((("白鹭林场党支部2023年的组织委员是谁", "组织委员韦建军〔1〕。"), "那接替他的是谁"), "韦建军"),
        ((("白鹭林场党支部2023年的宣传委员是谁", "宣传委员邹丽〔1〕。"), "她现在调去哪个单位了"), "邹丽"),
    ],
)
def test_a_move_is_not_held_to_the_period_talked_about(turns, person):
    question = understood(*turns)
    assert person in question and question.startswith("白鹭林场") and not slots_of(question).period


def test_what_asks_no_move():
    assert not asks_person_move("她2024年调到哪去了")  # a period of its own
    assert not asks_person_move("这份报告提到了哪些党内法规")
    assert not asks_person_move("调走了几名党员")  # a count
    assert asks_person_move("那接替她的是谁") and asks_person_move("他后来调任哪里")


@pytest.mark.parametrize(
    ("question", "answer", "successor"),
    [
        ("接替宋雅琴的是谁", "支部书记由宋雅琴调整为贺明远，宋雅琴同志调任县林业局工作〔1〕。", "贺明远"),
        ("谁接任了韦建军", "6月，杜文涛同志接替韦建军任组织委员〔1〕。", "杜文涛"),
        ("宋雅琴调到哪了", "支部书记由宋雅琴调整为贺明远〔1〕。", ""),  # no successor asked
    ],
)
def test_the_successor_an_answer_names(question, answer, successor):
    assert successor_named(question, answer) == successor


def test_a_conversation_about_a_successor():
    turns = (
        ("白鹭林场党支部2023年的支部书记是谁", "宋雅琴"),
        ("那接替她的是谁", "贺明远"),
        ("他讲了几次党课", "1次"),
        ("那组织委员是谁", "韦建军"),
    )
    answers = converse(Assistant(FakeSource(FOREST_CHUNKS, FOREST_H1_CHUNKS)), *(q for q, _ in turns))
    for (question, expected), answer in zip(turns, answers):
        assert expected in answer.text, (question, answer.resolved_question, answer.text)
