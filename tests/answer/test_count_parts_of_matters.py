"""A part of counted matters (议定三重一大事项，其中涉及资金安排的有多少) is counted as the matters are, in 项,
even though it names money; a question that says money (多少万元) still asks money."""

from __future__ import annotations

from assistant.answer.asked_quantity import read_asked
from tests.answer.support import FakeSource, ask_source, make_chunk

BUREAU = "临江县交通运输局党组2024年度工作总结"
BUREAU_DOC = [
    make_chunk(
        BUREAU,
        "全年召开党组会22次，议定“三重一大”事项48项，其中干部任免事项11项、资金安排事项17项。党建经费全年用去36万元。",
        ("一、班子建设",),
    )
]


def test_a_part_of_matters_is_counted_in_items():
    assert read_asked("议定三重一大事项，其中涉及资金安排的有多少？").family == "items"
    assert read_asked("议定三重一大事项，其中资金安排了多少万元？").family == "money"


def test_the_part_asked_is_answered_from_the_breakdown():
    answer = ask_source(FakeSource(BUREAU_DOC), "临江县交通运输局2024年议定三重一大事项，其中涉及资金安排的有多少？")
    assert "17项" in answer.text and not answer.refused, answer.text
