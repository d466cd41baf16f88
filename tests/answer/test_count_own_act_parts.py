"""A later part counting a thing of its own by an act of its own (发了多少份征求意见表？收上来多少条意见建议？)
takes only whose and when from the part before, not that part's act and thing: each part gets its own figure."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.question_parts import context_for
from tests.answer.support import FakeSource, make_chunk

PLANT = "西岭制药有限公司党委2024年度民主生活会情况报告"
PLANT_CHUNKS = [
    make_chunk(PLANT, "会前，公司党委共发放征求意见表180份，收集意见建议57条，梳理归纳为4个方面。", ("一、会前准备",), position=0),
]  # fmt: skip
TOWN = "石桥镇党委2024年度工作总结"
TOWN_CHUNKS = [
    make_chunk(TOWN, "全年走访困难群众412户，慰问老党员38人，发放慰问金3.6万元。", ("三、服务群众",), position=0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("西岭制药开民主生活会前发了多少份征求意见表？收集了多少条意见建议？", "180份", "57条"),
        ("石桥镇党委2024年走访了多少户困难群众？慰问了几名老党员？", "412户", "38人"),
    ],
)
def test_each_part_counts_its_own_thing(question, first, second):
    answer = Assistant(FakeSource(PLANT_CHUNKS, TOWN_CHUNKS)).ask(question)
    assert first in answer.text and second in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "later", "context"),
    [
        ("西岭制药开民主生活会前发了多少份征求意见表？", "收上来多少条意见建议？", "西岭制药开民主生活会前"),
        ("石桥镇党委2024年走访了多少户困难群众", "慰问了几名老党员", "石桥镇党委2024年"),
    ],
)
def test_the_later_part_takes_whose_and_when_only(question, later, context):
    assert context_for(question, later) == context


def test_a_later_part_without_a_thing_of_its_own_keeps_the_topic():
    assert "征求意见表" in context_for("西岭制药开民主生活会前发了多少份征求意见表？", "收回多少份？")
