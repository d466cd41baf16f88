"""Which of an organisation's documents, and whose figure, answers (made-up bureaus with a 总结, a 述职, a 生活会
report, a 上半年 report and a 要点): a branch's own row, not what the secretary did for it; a person's own figure
or none, whatever the verb; a plan asked as what is to be done; both sources of a computed difference."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.org_year_fixtures import HALF, HALF_2, PLAN, PLAN_2, medical_insurance, water_bureau
from tests.answer.support import ask_source

SOURCES = {"water": water_bureau, "medical": medical_insurance}


@pytest.mark.parametrize(
    ("source", "question", "own", "served"),
    [
        ("water", "防汛调度党支部2024年讲了几场党课？", "5次", "3次"),
        ("water", "防汛调度党支部去年党课讲了多少次", "5次", "3次"),
        ("water", "防汛调度党支部全年一共讲了几次党课", "5次", "3次"),
        ("medical", "基金监管党支部2024年党课讲了几次？", "4场", "2次"),
        ("medical", "基金监管党支部去年一共讲了多少场党课", "4场", "2次"),
    ],
)
def test_a_branchs_own_row_answers_not_what_the_secretary_did_for_it(source, question, own, served):
    answer = ask_source(SOURCES[source](), question)
    assert own in answer.text and served not in answer.text, answer.text


@pytest.mark.parametrize(
    ("source", "question", "whole"),
    [
        ("water", "水务局组织生活会上邵启明提了几条批评意见？", "95条"),
        ("water", "邵启明在组织生活会上查摆了多少条问题", "30条"),
        ("water", "邵启明2024年提出了几条批评意见", "95条"),
        ("medical", "谭晓燕在生活会上提出了多少条批评意见", "42条"),
        ("medical", "谭晓燕制定了几条整改措施", "21条"),
    ],
)
def test_a_person_with_no_figure_of_their_own_is_refused_whatever_the_verb(source, question, whole):
    answer = ask_source(SOURCES[source](), question)
    assert answer.refused and whole not in answer.text, answer.text
    assert "提到" in answer.text, answer.text  # where the person is named, quoted


@pytest.mark.parametrize(
    ("source", "question", "planned"),
    [
        ("water", "水务局2025年读书班要办几期？", "5期"),
        ("water", "水务局2025年读书班要开几期", "5期"),
        ("medical", "医保局2025年政策宣讲要搞几场", "10场"),
        ("medical", "医保局2025年医保政策宣讲要办多少场", "10场"),
    ],
)
def test_what_is_to_be_done_is_answered_from_the_plan(source, question, planned):
    answer = ask_source(SOURCES[source](), question)
    assert planned in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("source", "questions", "titles"),
    [
        ("water", ("水务局2025年上半年发展了几名党员？", "全年计划是多少？", "还差几个？", "这个数出自哪里？"), (HALF, PLAN)),
        ("medical", ("医保局2025年上半年发展了几名党员？", "全年计划发展几名？", "还差几名？", "出自哪里？"), (HALF_2, PLAN_2)),
    ],
)  # fmt: skip
def test_the_source_of_a_difference_cites_both_figures(source, questions, titles):
    answers = converse(Assistant(SOURCES[source]()), *questions)
    assert not answers[-1].refused and all(title in answers[-1].text for title in titles), answers[-1].text
