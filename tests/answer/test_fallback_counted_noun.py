"""A quoted fallback for 多少名X must quote a figure said of X: a sentence whose figure counts other people
(现有党员31名) and names X only as the base of a share (占全院护士的40%) tells nothing of how many X there are."""

from __future__ import annotations

import pytest

from assistant.answer.context import AnswerContext
from assistant.answer.fallback import quoted_answer
from assistant.answer.routing import Route
from assistant.core.schema import Answer
from tests.answer.support import FakeSource, ask_source, make_chunk

HOSPITAL = "南湖医院护理党支部2023年度工作总结"
SCHOOL = "白杨中学教工党支部2024年工作总结"
DOCUMENTS = [
    [
        make_chunk(HOSPITAL, "支部现有党员31名，占全院注册护士的40%。", ("一、基本情况",), position=0),
        make_chunk(HOSPITAL, "全年开展护理质量督查12次。", ("二、主要工作",), position=1),
    ],
    [
        make_chunk(SCHOOL, "支部共有党员18名，专任教师中党员比例为27%。", ("一、基本情况",), position=0),
        make_chunk(SCHOOL, "学校现有专任教师66名，其中高级教师21名。", ("一、基本情况",), position=1),
        make_chunk(SCHOOL, "上半年确定入党积极分子3名、发展对象1名，尚未发展新党员。", ("二、组织建设",), position=2),
    ],
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(*DOCUMENTS)


def refused_by(source: FakeSource, question: str) -> tuple[AnswerContext, Answer]:
    ctx = AnswerContext(Route("count", question), source)
    return ctx, Answer("知识库中没有找到能回答这个问题的内容。", "count", refused=True, retrieved=ctx.evidence(k=20))


@pytest.mark.parametrize("question", ["南湖医院一共有多少名注册护士", "南湖医院护理党支部有多少名注册护士？"])
def test_a_figure_of_other_people_beside_the_share_of_the_asked_ones_is_not_quoted(source, question):
    assert quoted_answer(*refused_by(source, question)) is None


def test_a_figure_said_of_the_asked_people_is_still_quoted(source):
    answer = quoted_answer(*refused_by(source, "白杨中学一共有多少名专任教师"))
    assert answer is not None and "66名" in answer.text and "18名" not in answer.text


def test_a_clause_saying_none_of_the_asked_people_is_quoted(source):
    answer = quoted_answer(*refused_by(source, "白杨中学教工党支部2024年发展了几名党员"))
    assert answer is not None and "尚未发展新党员" in answer.text


def test_a_refused_count_shows_no_passage_counting_other_people(source):
    answer = ask_source(source, "南湖医院护理党支部一共有多少名注册护士")
    assert answer.refused and "31名" not in answer.text, answer.text
