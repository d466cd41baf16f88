"""A draft on one section of a 述职: the table the chunker filed under the same heading is no second section, so
the section gives all its points."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.support import FakeSource, make_chunk

TITLE = "南浦县税务局党委书记林振华2024年度抓基层党建工作述职报告"
DUTY = ("一、履行第一责任人职责情况",)
CHUNKS = [
    make_chunk(TITLE, "本人林振华，现任南浦县税务局党委书记、局长。现述职如下。", (), position=0),
    make_chunk(
        TITLE,
        "一是主持召开党委会22次，研究党建议题27个；二是讲授专题党课5次，其中到基层支部讲党课3次；"
        "三是深入基层分局调研14次；四是与班子成员、中层干部谈心谈话48人次。主要履职情况见下表。",
        DUTY,
        position=1,
    ),
    make_chunk(
        TITLE, "主持召开党委会：2024年完成22，单位为次。\n讲授专题党课：2024年完成5，单位为次。", DUTY, position=2
    ),
    make_chunk(TITLE, "基层调研：2024年完成14，单位为次。\n谈心谈话：2024年完成48，单位为人次。", DUTY, position=3),
    make_chunk(TITLE, "与班子成员签订党风廉政建设责任书21份。", ("二、落实全面从严治党情况",), position=4),
]


@pytest.mark.parametrize(
    "question",
    [
        "把林振华2024年述职里履行第一责任人职责的情况写成一段话",
        "根据林振华的述职报告，起草一段关于履行第一责任人职责的总结",
        "帮我把林振华履行第一责任人职责情况写一段话",
    ],
)
def test_a_sections_own_table_chunks_leave_all_its_points(question):
    answer = answer_extractively(Route("draft", question), FakeSource(CHUNKS))
    assert not answer.refused, answer.text
    assert all(figure in answer.text for figure in ("22次", "5次", "14次", "48人次")), answer.text
