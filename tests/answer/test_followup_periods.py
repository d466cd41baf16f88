"""Questions across periods: each period answered from its own document, both cited, and the difference."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.periods import SLOT, compared_answer, periods_asked
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from assistant.answer.verification import problems
from assistant.core.schema import Answer
from assistant.ingest.profiles import build_profile
from tests.answer.conversation_fixtures import converse
from tests.answer.followup_fixtures import SONGTAO_2023, SONGTAO_2024, SONGTAO_2024H1, followup_source
from tests.answer.support import FakeSource, make_chunk


@pytest.mark.parametrize(
    ("question", "periods", "rest"),
    [
        ("和上半年比，全年多收了多少？", ("上半年",), "全年收了多少？"),
        ("跟2024年全年相比呢？", ("2024年全年",), "？"),
        ("比去年多发展了几名党员？", ("去年",), "发展了几名党员？"),
        ("较上半年增加了几次？", ("上半年",), "几次？"),
        ("与上一年度相比增加了几名？", ("上一年度",), "几名？"),
        ("与前年相比，今年少开了几次支委会", ("前年",), "今年开了几次支委会"),
        ("2024年和2025年上半年各开了几次主题党日？", ("2024年", "2025年上半年"), f"{SLOT}开了几次主题党日？"),
        ("对比2023和2024年分别发展了几名党员", ("2023年", "2024年"), f"{SLOT}发展了几名党员"),
        ("2024年上半年与下半年分别收缴党费多少", ("2024年上半年", "2024年下半年"), f"{SLOT}收缴党费多少"),
        ("对比两年主题党日的次数", (), "主题党日的次数"),
        ("这两年各开了几次支委会？", (), "开了几次支委会？"),
    ],
)
def test_the_periods_a_question_compares(question, periods, rest):
    asked = periods_asked(question)
    assert asked is not None and (asked.periods, asked.rest) == (periods, rest)


@pytest.mark.parametrize(
    "question",
    [
        "那2024年上半年呢？",
        "党费交纳比例是多少？",
        "比例是多少",
        "2024年发展了几名？",
        "对比2023年和2024年的党建工作，写一段总结",  # a draft comparing periods (draft_compare)
        "和去年相比，起草一段发展党员工作的小结",
        "近两年共发展了多少名党员？",  # a total over two years
        "两期读书班各有多少人参加？",
    ],
)
def test_a_question_about_one_period_compares_nothing(question):
    assert periods_asked(question) is None


def conversation(*turns: str) -> list[Answer]:
    return converse(Assistant(followup_source()), *turns)


@pytest.mark.parametrize(
    ("turns", "values", "difference"),
    [
        (
            ("松涛街道党工委2024年上半年收缴党费多少？", "全年呢？", "和上半年比，全年多收了多少？"),
            ("7.3万元", "3.5万元"),
            "多3.8万元",
        ),
        (("松涛街道党工委2024年发展了几名党员？", "比去年多发展了几名？"), ("8名", "5名"), "多3名"),
        (("松涛街道党工委2024年发展了几名党员？", "与上一年度相比增加了几名？"), ("8名", "5名"), "多3名"),
        (("松涛街道党工委2024年全年开展了几次主题党日？", "较上半年增加了几次？"), ("13次", "6次"), "多7次"),
        (
            ("松涛街道党工委2023年开展了几次主题党日？", "那2024年度呢？", "对比两年主题党日的次数"),
            ("13次", "12次"),
            "多1次",
        ),
    ],
)
def test_a_comparison_turn_answers_both_periods_and_their_difference(turns, values, difference):
    answer = conversation(*turns)[-1]
    assert not answer.refused
    assert all(value in answer.text for value in values) and difference in answer.text, answer.text
    assert len({c.doc for c in answer.citations}) == 2  # each period cited from its own report
    assert answer_problems(answer) == []


def test_two_periods_of_the_conversation_are_compared_as_they_were_asked():
    """对比两年 after a plan and an actual figure: the plan stays a plan, and the labels say which is which."""
    turns = ("松涛街道党工委2025年计划发展几名党员？", "那2024年实际发展了几名？", "对比两年的发展人数")
    answer = conversation(*turns)[-1]
    assert "2024年实际：" in answer.text and "2025年计划：" in answer.text, answer.text
    assert "8名" in answer.text and "10名" in answer.text and "少2名" in answer.text
    assert answer_problems(answer) == []


def test_the_difference_is_allowed_only_as_a_computed_number():
    answer = conversation("松涛街道党工委2024年上半年收缴党费多少？", "全年呢？", "和上半年比，全年多收了多少？")[-1]
    chunks = [c.chunk for c in answer.citations]
    assert problems(answer.text, chunks, answer.derived_numbers) == []
    assert problems(answer.text, chunks) != []  # 3.8 is in no document: only the difference of 7.3 and 3.5
    assert 3.8 in answer.derived_numbers


def test_a_question_naming_two_periods_answers_each_from_its_own_report():
    answer = conversation("松涛街道党工委2024年上半年和全年分别收缴党费多少？")[0]
    assert "2024年上半年：" in answer.text and "2024年全年：" in answer.text
    assert "3.5万元" in answer.text and "7.3万元" in answer.text
    assert {c.doc for c in answer.citations} == {SONGTAO_2024H1, SONGTAO_2024}
    assert answer_problems(answer) == []


def test_two_years_named_together_are_each_answered():
    answer = conversation("松涛街道党工委2023年与2024年度各开展了几次主题党日？")[0]
    assert "12次" in answer.text and "13次" in answer.text
    assert SONGTAO_2023 in {c.doc for c in answer.citations}
    assert answer_problems(answer) == []


def test_a_period_without_a_report_is_said_and_no_difference_is_made():
    answer = conversation("松涛街道党工委2024年发展了几名党员？", "和2022年比呢？")[-1]
    assert "8名" in answer.text and "2022年：知识库中没有" in answer.text
    assert "多" not in answer.text.split("\n")[-1]
    assert answer_problems(answer) == []


def test_the_comparison_turn_keeps_the_current_period_for_the_next_turn():
    history = [
        {"role": "user", "content": "松涛街道党工委2024年发展了几名党员？"},
        {"role": "assistant", "content": "全年发展党员8名〔1〕。"},
        {"role": "user", "content": "比去年多发展了几名？"},
        {"role": "assistant", "content": "……〔1〕〔2〕"},
    ]
    route = understand("其中青年党员几名？", history)
    assert "2024年" in route.question and "2023年" not in route.question


def test_both_refused_is_the_refusal():
    refused = Answer("知识库中没有找到能回答这个问题的内容。", "count", refused=True)
    assert compared_answer(["甲2024年几次？", "甲2023年几次？"], [refused, refused]) is refused


def test_another_period_of_an_organisation_whose_report_title_uses_its_full_name():
    """2023年实际学了几次 after a question on the 2024 plan: the 2023 report titled by the organisation's full
    name (中共青峰能源集团新材料有限公司委员会…) is the same organisation by its profile."""
    plan = "关于印发《青峰新材料公司2024年党建工作要点》的通知"
    report = "中共青峰能源集团新材料有限公司委员会关于2023年度民主生活会召开情况的报告"
    plan_text = "全年党委理论学习中心组集中学习不少于12次。\n中共青峰能源集团新材料有限公司委员会\n2024年2月10日"
    report_text = "青峰新材料公司党委召开2023年度民主生活会。2023年全年，党委理论学习中心组集中学习13次。"
    source = FakeSource([make_chunk(plan, plan_text)], [make_chunk(report, report_text)])
    source.records = [
        replace(r, profile=build_profile(r.title, text, "report", f"{r.title}.txt"))
        for r, text in zip(source.records, (plan_text, report_text))
    ]
    answers = converse(Assistant(source), "青峰新材料公司党委2024年计划中心组学习几次？", "2023年实际学了几次？")
    assert "12次" in answers[0].text
    assert not answers[1].refused and "13次" in answers[1].text, answers[1].text
    assert {c.doc for c in answers[1].citations} == {report}


@pytest.mark.parametrize(
    "question", ["集体经济收入比上年增长多少", "党费收缴同比增长了多少？", "签约率较去年提高了多少"]
)
def test_a_rate_against_last_year_is_what_the_report_states_not_a_comparison(question):
    """比上年增长多少 is answered by the report's own 比上年增长14.2%, not by looking for last year's report."""
    assert periods_asked(question) is None
