"""A part of another period's whole (2024年35岁以下的有多少), and a comparison of that part with the same part
of the other period, never with the other period's whole."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

Y2023 = "青山县水利局机关党委2023年度党建工作总结"
Y2024 = "青山县水利局机关党委2024年度党建工作总结"
SOURCE = FakeSource(
    [make_chunk(Y2023, "年底共有党员52名，其中女党员14名、35岁以下党员17名。", ("一、基本情况",), position=0)],
    [make_chunk(Y2024, "现有党员57名，其中女党员16名、35岁以下党员20名。", ("一、基本情况",), position=0)],
)
TURNS = ("青山县水利局机关党委2024年有多少党员", "2023年呢", "2024年35岁以下的有多少", "比2023年多几名")


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history))


def test_a_part_naming_its_period_is_of_that_period_whole():
    question = resolved(*TURNS[:3]).question
    assert "2024年" in question and "2023年" not in question and "其中35岁以下" in question, question


def test_the_part_is_compared_with_the_same_part_of_the_other_period():
    answer = resolved(*TURNS)
    assert "其中35岁以下" in answer.question and "2024年" in answer.question, answer.question
    assert len(answer.compared) == 1 and "其中35岁以下" in answer.compared[0] and "2023年" in answer.compared[0]


def test_the_difference_is_of_the_parts_not_of_a_part_and_a_whole():
    answer = converse(Assistant(SOURCE), *TURNS)[-1]
    assert "多3名" in answer.text, answer.text
    assert "32" not in answer.text and "35名" not in answer.text, answer.text
    assert answer_problems(answer) == []
