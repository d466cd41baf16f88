"""A change asked of a part (线上销售额同比增长了多少) where the report states only its whole's growth, with the part
after it (销售额…同比增长6.1%，其中线上销售额…): no quotation and no related passage shows the whole's percentage."""

from __future__ import annotations

import pytest

from assistant.answer.context import AnswerContext
from assistant.answer.fallback import quoted_answer, related_counts_asked
from assistant.answer.routing import Route
from assistant.core.schema import Answer
from tests.answer.support import FakeSource, make_chunk

FARM = "青禾农业公司党委2024年度党建工作总结"
PORT = "北湾港务集团党委2024年度工作总结"
DOCUMENTS = [
    [make_chunk(FARM, "全年实现销售额2.4亿元，同比增长6.1%，其中线上销售额5200万元。", ("二、主要工作",))],
    [make_chunk(PORT, "全年完成货物吞吐量3100万吨，同比增长3.5%，其中集装箱吞吐量42万标箱。", ("二、生产经营",))],
]
SALES = "全年实现销售额2.4亿元，同比增长6.1%，其中线上销售额5200万元。"


def quoted(question: str) -> Answer | None:
    source = FakeSource(*DOCUMENTS)
    ctx = AnswerContext(Route("count", question), source)
    refused = Answer("知识库中没有找到能回答这个问题的内容。", "count", refused=True, retrieved=ctx.evidence(k=20))
    return quoted_answer(ctx, refused)


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("青禾农业公司2024年线上销售额同比增长了多少？", "6.1%"),
        ("北湾港务集团2024年集装箱吞吐量同比增长了多少？", "3.5%"),
    ],
)
def test_the_wholes_growth_is_not_quoted_for_its_part(question, whole):
    answer = quoted(question)
    assert answer is None or whole not in answer.text, answer.text


def test_a_related_passage_of_the_wholes_growth_is_not_shown_for_the_part():
    assert not related_counts_asked("青禾农业公司2024年线上销售额同比增长了多少？", SALES)
    assert related_counts_asked("青禾农业公司2024年销售额同比增长了多少？", SALES)
    port = "全年完成货物吞吐量3100万吨，同比增长3.5%，其中集装箱吞吐量42万标箱。"
    assert not related_counts_asked("北湾港务集团2024年集装箱吞吐量同比增长了多少？", port)
