"""Two counts asked in one clause, listed with 、 (发了多少份表、收上来多少条意见): each part answered with its
own figure; a second measure without its own verb (几次党课、几次主题党日) stays one question."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.question_parts import split_parts
from tests.answer.support import FakeSource, make_chunk

PLANT = "东岳化工有限公司党委2024年度民主生活会情况报告"
PLANT_CHUNKS = [
    make_chunk(PLANT, "会前，公司党委向职工发放征求意见表210份，收集意见建议63条，梳理归纳为5个方面。", ("一、会前准备",), position=0),
]  # fmt: skip
TOWN = "柳河镇党委2024年度工作总结"
TOWN_CHUNKS = [
    make_chunk(TOWN, "全年走访困难群众386户，慰问老党员45人，发放慰问金4.2万元。", ("三、服务群众",), position=0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("东岳化工党委开民主生活会之前，发了多少份征求意见表、收上来多少条意见建议", "210份", "63条"),
        ("柳河镇党委2024年走访了多少户困难群众、慰问了几名老党员", "386户", "45人"),
    ],
)
def test_two_counts_listed_in_one_clause_are_both_answered(question, first, second):
    answer = Assistant(FakeSource(PLANT_CHUNKS, TOWN_CHUNKS)).ask(question)
    assert first in answer.text and second in answer.text and not answer.refused, answer.text


def test_a_second_measure_without_a_verb_is_not_a_question_of_its_own():
    assert split_parts("柳河镇党委讲了几次党课、几次主题党日") == ["柳河镇党委讲了几次党课、几次主题党日"]
