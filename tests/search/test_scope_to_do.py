"""要创建多少个 / 要建成几个 ask what an organisation is to do: its year's plan (要点) is in scope beside the
half-year report of the same year, which tells what was done so far."""

from __future__ import annotations

import pytest

from assistant.search.periods import asked_period
from assistant.search.scope import scope_for
from tests.search.test_scope import record

PLAN = "南溪区卫健局机关党委2025年党建工作要点"
HALF = "南溪区卫健局机关党委2025年上半年党建工作报告"
RECORDS = [
    record(PLAN, "打造“健康先锋”党建品牌5个。\n中共南溪区卫生健康局机关委员会\n2025年2月8日"),
    record(HALF, "上半年已命名“健康先锋”品牌2个。\n中共南溪区卫生健康局机关委员会\n2025年7月3日"),
]


@pytest.mark.parametrize(
    "question", ["南溪区卫健局2025年要建成多少个党建品牌？", "南溪区卫健局2025年要创建几个健康先锋品牌"]
)
def test_the_years_plan_is_in_scope(question):
    assert asked_period(question).planned
    ids = scope_for(question, RECORDS, lambda name: False).doc_ids
    assert ids is None or PLAN in ids  # not narrowed to the half-year report


def test_a_rule_that_must_be_done_is_no_plan():
    assert not asked_period("每年需要召开几次会议").planned
