"""多长时间 / 多久 / 几天 ask for a span of time: answered by the sentence that states one (两天, 十六个学时,
连续三个月), written in Chinese numerals in a regulation too; a sentence without a span is no answer."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import wanted_types
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

RULES = "晴川市摄影家协会会员管理办法"
CHUNKS = [
    make_chunk(RULES, "第七条　入会申请由理事会审批，审批结果书面告知申请人。", ("第二章　入会",), "第七条", "regulation", 0),
    make_chunk(
        RULES,
        "第八条　协会应当对新会员进行岗前培训，一般采取集中授课方式。培训时间一般不少于两天或者不少于十六个学时。",
        ("第二章　入会",), "第八条", "regulation", 1,
    ),
    make_chunk(
        RULES,
        "第十五条　会员如果没有正当理由，连续三个月不参加协会活动，或不交纳会费，视为自动退会。",
        ("第四章　退会",), "第十五条", "regulation", 2,
    ),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return index_like(FakeSource(CHUNKS))


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("会员管理办法里新会员岗前培训要多长时间", "两天"),
        ("新会员岗前培训一般搞几天", "两天"),
        ("会员多久不交纳会费算自动退会", "三个月"),
        ("会员管理办法规定多长时间不参加活动视为自动退会", "三个月"),
    ],
)
def test_a_span_of_time_is_answered_by_the_sentence_stating_it(source, question, span):
    answer = ask_source(source, question)
    assert span in answer.text and not answer.refused


@pytest.mark.parametrize("question", ["岗前培训多长时间一次", "理事会多久至少开一次", "会员大会多久召开"])
def test_how_often_is_no_span(question):
    assert "duration" not in [w.kind for w in wanted_types(question)]


def test_a_sentence_without_a_span_does_not_answer(source):
    answer = ask_source(source, "入会申请审批要多长时间")
    assert answer.refused
