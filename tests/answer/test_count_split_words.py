"""Counts asked in the words people speak: a split verb-object word (立了多少件案子 for a report's 立案…件,
谈了几次话 for 谈心谈话…次), and batches asked as 几批 or 几批次 of a report's 批次."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.question import slots_of
from assistant.core.words import plain_wording
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk

OFFICE = "河湾县交通运输执法大队党支部2024年度工作总结"
OFFICE_CHUNKS = [
    make_chunk(OFFICE, "全年开展路面执法检查126次，立案查处超限运输等违法案件38件，结案35件。", ("二、依法履职",), position=0),
    make_chunk(OFFICE, "支部书记与党员谈心谈话52次，走访货运企业19家。", ("一、党的建设",), position=1),
]  # fmt: skip
LAB = "松岗区农产品质量检测站党支部2024年工作总结"
LAB_CHUNKS = [
    make_chunk(LAB, "全年完成蔬菜水果抽样检测1480批次，检出不合格样品12批次，均已移交处置。", ("二、业务工作",), position=0),
    make_chunk(LAB, "组织检测人员业务培训6次，参训72人次。", ("三、队伍建设",), position=1),
    make_chunk(LAB, "2025年，计划完成农产品抽样检测不少于1600批次。", ("四、下步打算",), position=2),
]  # fmt: skip
LAB_HALF = "松岗区农产品质量检测站党支部2025年上半年工作总结"
LAB_HALF_CHUNKS = [
    make_chunk(LAB_HALF, "上半年完成农产品抽样检测720批次，开展主题党日活动6次。", ("一、主要工作",), position=0),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(OFFICE_CHUNKS, LAB_CHUNKS, LAB_HALF_CHUNKS)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("河湾县交通执法大队2024年立了多少件案子", "38件"),
        ("河湾县交通执法大队去年一共立了几起案子", "38件"),
        ("河湾县交通执法大队支部书记谈了几次话", "52次"),
    ],
)
def test_a_split_verb_object_word_asks_the_whole_words_figure(source, question, figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("松岗区检测站2024年检出不合格样品几批", "12批次", "1480"),
        ("松岗区检测站2024年不合格的有几批次", "12批次", "1480"),
        ("松岗区检测站2024年抽样检测了多少批次", "1480批次", "12批次"),
    ],
)
def test_batches_are_asked_as_pi_or_pici(source, question, figure, not_figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not_figure not in answer.text and not answer.refused, answer.text


def test_pici_is_the_asked_unit_not_a_piece_of_the_counted_thing():
    slots = slots_of("松岗区检测站2025年计划完成多少批次农产品抽样检测")
    assert (slots.unit, slots.counted) == ("批次", "农产品抽样检测")


def test_a_follow_up_asks_the_batches_of_the_turn_before(source):
    plan, actual = converse(
        Assistant(source), "松岗区检测站2025年计划完成多少批次农产品抽样检测", "2025年上半年实际完成了多少"
    )
    assert "1600批次" in plan.text
    assert "720批次" in actual.text and "6次" not in actual.text and not actual.refused, actual.text


def test_a_verb_of_its_own_before_结_is_not_split():
    """审结了多少件案子 asks 审结, not 结案: the rewrite leaves it whole."""
    assert "审结" in plain_wording("江岸法院2023年审结了多少件案子") and "结案" not in plain_wording(
        "江岸法院审结了几件案子"
    )
    assert "立案" in plain_wording("执法大队立了多少件案子")
