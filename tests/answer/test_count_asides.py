"""Figures as offices write them: a plan in brackets after what was done (5次（全年计划20次）), a loan's
amount asked without a unit (惠民贷放了多少), and pairs counted in 对 (师徒结对15对)."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

QUARTER = "中共远航航运有限公司委员会2025年第二季度党建工作情况报告"
BANK = "中共石泉县农村信用合作联社委员会2024年度党建工作总结"
SCHOOL = "中共云岭县实验小学支部委员会2024年度工作总结"
SOURCE = FakeSource(
    [
        make_chunk(QUARTER, "二季度召开党委会6次（全年计划召开24次），开展主题党日3次。", ("一、组织建设",)),
        make_chunk(QUARTER, "组织党员志愿服务4次（年度目标不少于15次）。", ("二、志愿服务",), position=1),
        make_chunk(QUARTER, "三季度计划召开党委会不少于7次。", ("三、下季度打算",), position=2),
    ],
    [make_chunk(BANK, "推出“红心惠农贷”产品，全年发放2.35亿元，其中涉农贷款1.6亿元。", ("二、党建引领业务",))],
    [make_chunk(SCHOOL, "开展“师徒结对”活动，骨干党员教师与新入职教师结对15对。", ("二、队伍建设",))],
)


@pytest.mark.parametrize(
    "question, figure",
    [("远航航运二季度开了几次党委会", "6次"), ("远航航运二季度组织了几次志愿服务", "4次")],
)
def test_a_plan_in_brackets_leaves_the_figure_before_it_done(question, figure):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and figure in answer.text.split("（")[0], answer.text


@pytest.mark.parametrize("question", ["石泉信用联社红心惠农贷2024年一共放了多少", "红心惠农贷全年发放了多少？"])
def test_a_loans_amount_is_money(question):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and "2.35亿元" in answer.text, answer.text


@pytest.mark.parametrize("question", ["云岭实验小学师徒结对多少对", "云岭县实验小学结对了几对？"])
def test_pairs_are_counted_in_dui(question):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and "15对" in answer.text, answer.text


@pytest.mark.parametrize("question", ["远航航运全年计划开几次党委会", "远航航运公司党委全年计划召开多少次党委会？"])
def test_the_plan_in_brackets_answers_a_plan_question(question):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and "24次" in answer.text, answer.text


FUND = "中共青柳机械厂支部委员会2024年度工作总结"
FUND_SOURCE = FakeSource(
    [make_chunk(FUND, "党员结对帮扶困难职工9人，发放帮扶金2.4万元；组织“金融知识进车间”活动3场。", ("三、服务职工",))]
)


@pytest.mark.parametrize("question", ["青柳机械厂发了多少帮扶金", "青柳机械厂结对帮扶了几个困难职工？发了多少帮扶金？"])
def test_money_named_by_a_word_ending_in_jin_is_money(question):
    answer = ask_source(FUND_SOURCE, question)
    assert "2.4万元" in answer.text and "3场" not in answer.text, answer.text
