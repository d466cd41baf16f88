"""书记原来是谁 / 组长之前是谁: the former holder of a post, told by the sentence of the change (由A调整为B),
which says no 原来: the word of time neither becomes the asked role nor keeps that sentence out."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import wanted_types
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "南湖区财政局机关党委2025年上半年党建工作总结"
SOURCE = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "因工作调动，预算科党支部书记由赵立新调整为何晓燕。", ("三、组织建设",)),
            make_chunk(TITLE, "国库科党支部第二党小组组长由孟凡调整为董洁。", ("三、组织建设",), position=1),
            make_chunk(TITLE, "上半年机关党委召开党委会议5次。", ("一、基本情况",), position=2),
        ]
    )
)


@pytest.mark.parametrize(
    ("question", "former"),
    [
        ("财政局预算科支部书记原来是谁", "赵立新"),
        ("预算科党支部书记之前是谁", "赵立新"),
        ("国库科支部第二党小组组长以前是谁", "孟凡"),
    ],
)
def test_the_sentence_of_the_change_tells_the_former_holder(question, former):
    answer = ask_source(SOURCE, question)
    assert former in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "role"),
    [("预算科支部书记原来是谁", "书记"), ("第二党小组组长之前是谁", "组长"), ("书记换成原来是谁", "书记")],
)
def test_the_word_of_time_is_not_the_role(question, role):
    assert wanted_types(question)[0].anchor == role
