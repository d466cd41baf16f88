"""Measures of visits (车次, 仓次) answer 多少车次; a members' place named with a word before it (党员护河责任区)
is counted as items, not people; 做了 is how a question is asked, not what it counts."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

DEPOT = "云港公交第三车队党支部2024年度工作总结"
DEPOT_DOC = [
    make_chunk(
        DEPOT,
        "一是组织党员开展安全巡检630车次，排查隐患21处；二是设立党员护河责任区7个，党员志愿者巡河412人次。",
        ("二、党建引领安全生产",),
        position=0,
    ),
    make_chunk(DEPOT, "支部现有党员38名，全年发展党员2名。", ("一、基本情况",), position=1),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(DEPOT_DOC)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("第三车队党员安全巡检做了多少车次", "630车次"),
        ("云港公交第三车队设了几个党员护河责任区", "7个"),
        ("第三车队党员志愿者巡河做了多少人次", "412人次"),
    ],
)
def test_visits_and_places_are_counted_as_asked(source, question, figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text
