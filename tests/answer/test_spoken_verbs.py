"""Count questions in spoken words (拿证的, 查出来, 投了多少钱, 卖了多少) answered by what reports write (取得…证书,
查处, 投入, 销售), and comparisons with the year before a relative year (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.periods import in_year_of
from assistant.answer.pipeline import Assistant
from assistant.core.words import spoken_pieces
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

FARM = "青禾县农业农村局机关党委2024年度党建工作总结"
FARM_REPORT = [
    make_chunk(
        FARM,
        "全年组织党员干部开展技术指导，帮助合作社销售农产品3200吨。培训高素质农民980人次，其中取得新型职业农民证书215人。",
        ("一、党建引领产业发展",),
    ),
    make_chunk(
        FARM, "党员带队开展农资市场检查36项，查处违法违规问题58个，立案查处案件9起。", ("二、执法检查",), position=1
    ),
]
FARM_2023 = [make_chunk("青禾县农业农村局机关党委2023年度党建工作总结", "帮助合作社销售农产品2900吨。", ("一、产业",))]
CLINIC = "杏林镇卫生院党支部2024年度工作总结"
CLINIC_REPORT = [
    make_chunk(CLINIC, "开展健康义诊42场，服务群众3100人次，其中签约家庭医生860人。", ("一、服务群众",)),
    make_chunk(CLINIC, "投入设备更新资金75万元，其中上级补助30万元。", ("二、能力建设",), position=1),
]


def ask(documents, *turns):
    return converse(Assistant(FakeSource(*documents)), *turns)[-1]


@pytest.mark.parametrize(
    ("chunks", "question", "figure"),
    [
        (FARM_REPORT, "农业农村局去年查出来多少问题？", "58个"),
        (FARM_REPORT, "农业农村局去年培训高素质农民多少人次，其中拿证的多少", "215人"),
        (CLINIC_REPORT, "卫生院服务群众多少人次，其中签约的多少", "860人"),
        (CLINIC_REPORT, "卫生院设备更新投了多少钱", "75万元"),
    ],
)
def test_a_spoken_verb_finds_the_reports_word(chunks, question, figure):
    answer = ask([chunks], question)
    assert not answer.refused and figure in answer.text, answer.text


def test_a_spoken_verb_the_report_does_not_say_is_refused():
    """拿证 is no 参训: a part whose verb no figure says is not answered by another figure."""
    chunks = [make_chunk(FARM, "培训高素质农民980人次，其中党员参训120人。", ("一、培训",))]
    answer = ask([chunks], "农业农村局去年培训高素质农民多少人次，其中拿证的多少")
    assert "120" not in answer.text, answer.text


def test_the_year_before_a_relative_year():
    answer = ask([FARM_REPORT, FARM_2023], "农业农村局去年销售农产品多少吨，比上年多了多少")
    assert "2900吨" in answer.text and "多300吨" in answer.text, answer.text
    assert in_year_of("上年", "去年") == "前年" and in_year_of("上年", "今年") == "去年"


def test_spoken_pieces():
    assert (
        spoken_pieces("拿证") == ["拿", "证"]
        and spoken_pieces("投了") == ["投"]
        and spoken_pieces("查出来") == ["查出"]
    )
    assert spoken_pieces("办公室") == ["办公室"]
