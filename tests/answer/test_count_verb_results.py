"""The asked verb's own figure, not its result's: 调解了多少起 asks all the cases mediated (调解…矛盾15起), not
the 调解成功13起 said after it; 调解成功了几起 asks that one."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

VILLAGE = "石桥村党支部2024年上半年工作总结"
VILLAGE_CHUNKS = [
    make_chunk(VILLAGE, "3.发挥党员调解员作用，上半年调解婚姻纠纷、宅基地纠纷等矛盾15起，调解成功13起，做到小事不出村。", ("三、抓治理",), position=0),
    make_chunk(VILLAGE, "走访慰问困难群众42户，发放慰问金1.2万元。", ("二、服务群众",), position=1),
]  # fmt: skip
STATION = "云杉街道信访办党支部2024年度工作总结"
STATION_CHUNKS = [
    make_chunk(STATION, "全年化解信访积案、重复访等疑难问题26件，化解成功21件，息诉罢访率明显提升。", ("二、主要工作",), position=0),
    make_chunk(STATION, "组织接访下访活动14次。", ("二、主要工作",), position=1),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(VILLAGE_CHUNKS, STATION_CHUNKS)


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("石桥村2024年上半年党员调解员调解了多少起矛盾", "15起", "13起"),
        ("石桥村上半年调解了几起纠纷", "15起", "13起"),
        ("云杉街道信访办2024年化解了多少件疑难问题", "26件", "21件"),
    ],
)
def test_the_asked_verb_is_answered_by_its_plain_figure(source, question, figure, not_figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not_figure not in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "figure"), [("石桥村上半年调解成功了几起", "13起"), ("云杉街道信访办2024年化解成功多少件", "21件")]
)
def test_an_asked_result_is_answered_by_its_figure(source, question, figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text


def test_a_result_said_another_way_keeps_its_figure():
    report = "青山社区党委2024年主题教育总结"
    chunks = [
        make_chunk(report, "检视出问题18个，已整改完成15个，另有3个问题列入长期整改。", ("二、检视整改",), position=0)
    ]
    answer = ask_source(FakeSource(chunks), "青山社区主题教育检视出问题，整改完了几个？")
    assert "15个" in answer.text and not answer.refused, answer.text
