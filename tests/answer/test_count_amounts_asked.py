"""A quantity asked in other words than the report's: 能耗降低多少 is answered by the stated percentage (a plan's
降低3% is its 目标), 帮着卖了多少农产品 by the sales' money, 清理了多大面积 by the area, 多少党员人次 by 人次, 公车 is
公务车辆, and 发现了几个问题 by what the check the clause before names found."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

PLAN = "临江市水务集团党委2025年党建工作要点"
PLAN_DOC = [
    make_chunk(
        PLAN, "（三）推进节能降耗\n1．新建节水型单位12家，集团单位产值综合能耗同比降低３％以上。", ("三、重点任务",)
    )
]
HALF = "临江市水务集团党委2025年上半年党建工作报告"
HALF_DOC = [make_chunk(HALF, "上半年，集团单位产值综合能耗同比降低1.4%，新建节水型单位5家。", ("一、工作成效",))]
REPORT = "临江市水务集团党委2024年度党建工作总结"
REPORT_DOC = [
    make_chunk(
        REPORT,
        "全年开展违规占地专项整治，清理违规建筑57处、面积1.3万平方米。"
        "开展公务车辆和办公场所专项检查，发现问题23个，已全部整改。党员参与志愿服务820人次。"
        "帮助农户销售农产品共计960万元，其中通过网络平台销售310万元。",
        ("一、主要工作",),
    )
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(PLAN_DOC, HALF_DOC, REPORT_DOC)


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("水务集团今年要点里综合能耗要求降低多少", "３％", "1.4%"),
        ("水务集团2025年全年综合能耗的目标是降低多少", "３％", "1.4%"),
        ("水务集团今年上半年综合能耗降低了多少", "1.4%", "３％"),
        ("水务集团上半年综合能耗下降了多少", "1.4%", "３％"),
    ],
)
def test_a_change_asked_by_a_bare_amount_is_its_percentage(source, question, figure, other):
    answer = ask_source(source, question)
    assert not answer.refused and figure in answer.text and other not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("水务集团去年违规建筑清理了多少处，清理了多大面积", ("57处", "1.3万平方米")),
        ("水务集团去年清理违规建筑多大面积", ("1.3万平方米",)),
        ("水务集团帮着卖了多少农产品，其中网络平台卖了多少", ("960万元", "310万元")),
        ("水务集团去年帮农户卖了多少农产品", ("960万元",)),
        ("水务集团志愿服务参与了多少党员人次", ("820人次",)),
        ("水务集团公车办公场所专项检查发现了几个问题", ("23个",)),
        ("水务集团专项检查查出几个问题", ("23个",)),
    ],
)
def test_a_quantity_asked_in_other_words_is_found(source, question, figures):
    answer = ask_source(source, question)
    assert not answer.refused and all(f in answer.text for f in figures), answer.text
