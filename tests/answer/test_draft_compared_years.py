"""A short summary of a year keeps the indicators its report sets against the year before (主要指标与上年对比):
the later year's figure is what the year did, and the prose stating it is said before other figures."""

from __future__ import annotations

import pytest

from assistant.answer.draft_tallied import tallied_tasks, written_tally
from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "青川县档案馆党支部2024年度党建工作总结"
REPORT = """青川县档案馆党支部2024年度党建工作总结
2024年，县档案馆党支部坚持党建引领，围绕“存史、资政、育人”的工作职责，推动党建与档案事业深度融合。现将全年工作总结如下。
一、支部基本情况
支部现有党员14名，其中预备党员1名。支部书记由副馆长陈立同志担任。
二、主要工作
（一）规范组织生活
全年召开支部党员大会5次、支委会12次，讲党课4次，开展主题党日12次。
（二）党建引领档案服务
一是接待档案查阅利用2860人次，提供档案5120卷次；二是完成馆藏档案数字化扫描218.4万页，其中民国档案12.6万页；三是举办档案展览3期。
（三）党员志愿服务
组建党员志愿服务队2支，党员参与志愿服务累计420小时。主要指标与上年对比如下：
档案查阅利用（人次）：2023年2410，2024年2860，增减+450。
数字化扫描（万页）：2023年176.2，2024年218.4，增减+42.2。
（四）从严管党治党
支部与党员签订廉洁承诺书14份，全年未发现违规问题。
三、存在的不足及2025年打算
一是数字化进度不够快；二是展陈手段单一。2025年，支部计划完成数字化扫描250万页。
青川县档案馆党支部
2025年1月15日
"""


@pytest.mark.parametrize(
    "question",
    [
        "帮我把档案馆支部去年的党建工作写成一段150字左右的总结",
        "把县档案馆党支部2024年党建工作写个150字的小结",
        "起草一段档案馆党支部2024年度党建工作的总结，150字左右",
    ],
)
def test_a_short_summary_keeps_the_indicators_set_against_the_year_before(question):
    answer = answer_extractively(Route("draft", question), FakeSource(chunks_of(TITLE, REPORT)))
    assert not answer.refused, answer.text
    assert "2860人次" in answer.text and "218.4万页" in answer.text, answer.text
    assert "250万页" not in answer.text  # the next year's plan is no figure of the year


def test_a_comparison_row_is_a_tally_of_its_later_year():
    lines = ["档案查阅利用（人次）：2023年2410，2024年2860，增减+450。", "借阅（卷）：上年120，本年150。"]
    assert tallied_tasks(lines) == [("档案查阅利用", "2860"), ("借阅", "150")]
    assert written_tally(lines[0]) == "档案查阅利用2023年2410人次，2024年2860人次，增减+450人次"
    assert tallied_tasks(["换届时间：2021年3月，2024年5月。"]) == []  # dates are no year's figures
