"""两期加起来 / 两个时期一共 after turns about a year, the next year's plan and the next half-year: the two
periods of figures done are added, never a plan's period (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, grounded, make_chunk

YEAR = "白沙县税务局机关党支部2024年度工作总结"
HALF = "白沙县税务局机关党支部2025年上半年工作总结"
SOURCE = FakeSource(
    [
        make_chunk(YEAR, "全年开展纳税服务进园区活动34场。全年走访重点企业126家。", ("二、业务融合",)),
        make_chunk(YEAR, "2025年计划开展纳税服务进园区活动不少于40场。", ("四、2025年工作打算",), position=1),
    ],
    [make_chunk(HALF, "上半年开展纳税服务进园区活动19场。上半年走访重点企业58家。", ("二、业务融合",))],
)
TURNS = ("白沙县税务局2024年纳税服务进园区活动搞了多少场", "2025年计划多少场", "2025年上半年实际搞了多少")


@pytest.mark.parametrize(
    ("last", "total"),
    [("走访企业两期加起来多少家", "184家"), ("进园区活动两个时期一共多少场", "53场")],
)
def test_the_two_periods_done_are_added(last, total):
    answer = grounded(converse(Assistant(SOURCE), *TURNS, last)[-1])
    assert f"合计{total}" in answer.text and "40场" not in answer.text, answer.text
    assert answer_problems(answer) == []


def test_the_plans_period_is_not_one_of_the_two():
    route = understood(*TURNS, "走访企业两期加起来多少家")
    asked = [route.question, *route.compared]
    assert any("2024年" in q for q in asked) and any("2025年上半年" in q for q in asked), asked
    assert not any("计划" in q for q in asked), asked
