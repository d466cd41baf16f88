"""A money word before the asking (资金审计发现问题多少个, 补助发放多少户) does not make the question ask for
money: the measure word after 多少 says what is counted."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "东岗镇党委2024年度党风廉政建设工作总结"
SOURCE = index_like(
    FakeSource([make_chunk(TITLE, "开展扶贫资金专项审计，发现问题9个，追回资金12.5万元。", ("二、监督检查",))])
)


@pytest.mark.parametrize(
    ("question", "family"),
    [
        ("东岗镇扶贫资金审计发现问题多少个", "items"),
        ("低保补助发放多少户", "items"),
        ("党费收缴检查发现问题几条", "items"),
        ("扶贫资金追回多少", "money"),
    ],
)
def test_the_measure_word_says_what_is_counted(question, family):
    assert read_asked(question).family == family


def test_the_money_of_the_sentence_is_no_answer():
    answer = ask_source(SOURCE, "东岗镇2024年扶贫资金审计发现问题多少个")
    assert "12.5万元" not in answer.text.split("“")[0], answer.text
