"""Plan figures by half and by year, parts of a whole, and what was done against the plan: 下半年计划… from the
下半年 column of an annual report's plan table, 明年计划… from its next year's 工作打算, 其中/…里 a part never
answered by its whole, and 完成了计划的百分之多少 / 超了几个 computed from the cited plan and done figures."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.plan_shares import share_questions
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

WATER = "云岭县水务公司党委2025年度党建工作总结"
WATER_DOC = [
    make_chunk(
        WATER,
        "年度重点任务计划与完成情况见下表。\n"
        "管网巡检（次）：上半年计划50，上半年完成56，下半年计划60，下半年完成58。\n"
        "党员轮训（人次）：上半年计划120，上半年完成132，下半年计划150，下半年完成141。",
        ("一、年度任务完成情况",),
        position=0,
    ),
    make_chunk(
        WATER,
        "年初计划发展党员5名，全年实际发展党员6名，其中一线职工4名。组织党员集中学习300人次，其中线上学习180人次。",
        ("二、队伍建设",),
        position=1,
    ),
    make_chunk(WATER, "排查供水管网隐患31处，已整改24处，其余正在整改。", ("三、隐患整改",), position=2),
    make_chunk(
        WATER, "2026年计划发展党员7名，新建党员先锋岗4个，开展管网巡检130次。", ("四、2026年工作打算",), position=3
    ),
]
CLINIC = "石门镇卫生院党支部2025年上半年工作总结"
CLINIC_DOC = [
    make_chunk(CLINIC, "上半年完成家庭医生签约820户，开展健康讲座9场。", ("一、主要工作",), position=0),
    make_chunk(CLINIC, "上半年发展党员2名，其中女党员1名。", ("二、党员队伍",), position=1),
    make_chunk(CLINIC, "下半年计划完成家庭医生签约700户，开展健康讲座12场。", ("三、下半年工作打算",), position=2),
]

STREET = "岚桥街道党工委2025年上半年工作总结"
STREET_DOC = [
    make_chunk(
        STREET,
        "计划入户走访独居老人150户，已走访118户。计划开展消防演练24场，已完成19场。"
        "新建口袋公园完成4个，全年计划建设口袋公园9个。上半年义务植树2100株，完成全年计划3000株的70%。",
        ("一、民生实事",),
        position=0,
    ),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(WATER_DOC, CLINIC_DOC, STREET_DOC))


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("云岭县水务公司下半年计划管网巡检多少次？", "60次", ("50次", "58次", "130次")),
        ("云岭县水务公司下半年实际完成管网巡检多少次？", "58次", ("60次", "56次")),
        ("水务公司上半年党员轮训计划多少人次？", "120人次", ("132", "150")),
        ("石门镇卫生院下半年计划完成家庭医生签约多少户？", "700户", ("820户",)),
        ("卫生院下半年打算开几场健康讲座？", "12场", ("9场",)),
    ],
)
def test_a_half_is_answered_by_that_halfs_figure_only(assistant, question, said, unsaid):
    answer = assistant.ask(question)
    assert said in answer.text and not any(u in answer.text for u in unsaid), answer.text


def test_an_annual_reports_figure_said_of_no_half_answers_for_none(assistant):
    answer = assistant.ask("云岭县水务公司上半年发展了几名党员？")
    assert answer.refused and "6名" not in answer.text.split("相关内容")[0], answer.text


@pytest.mark.parametrize(
    ("turns", "said", "unsaid"),
    [
        (("云岭县水务公司明年计划发展几名党员？",), "7名", ("5名", "6名")),
        (("水务公司明年打算新建几个党员先锋岗？",), "4个", ()),
        (("云岭县水务公司2025年发展了几名党员？", "明年计划发展几名？"), "7名", ("5名", "6名")),
        (("云岭县水务公司2025年发展了几名党员？", "明年呢？"), "7名", ("5名", "6名")),
    ],
)
def test_next_year_is_what_the_report_plans_for_the_year_after_its_own(assistant, turns, said, unsaid):
    answer = converse(assistant, *turns)[-1]
    assert said in answer.text and not any(u in answer.text for u in unsaid), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("云岭县水务公司2025年发展党员中女党员多少名？",),
        ("云岭县水务公司2025年发展了几名党员？", "其中女党员几名？"),
        ("石门镇卫生院上半年发展的党员里农村党员几名？",),
    ],
)
def test_a_part_no_document_states_is_refused_without_its_whole(assistant, turns):
    answer = converse(assistant, *turns)[-1]
    assert answer.refused and "6名" not in answer.text and "2名" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("云岭县水务公司发展的党员里一线职工几名？", "4名", "6名"),
        ("水务公司集中学习里线上学习多少人次？", "180人次", "300"),
    ],
)
def test_a_part_asked_inside_its_whole_is_the_stated_part(assistant, question, said, unsaid):
    answer = assistant.ask(question)
    assert said in answer.text and unsaid not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (("云岭县水务公司发展党员完成了计划的百分之多少？",), ("6名", "5名", "120%")),
        (("水务公司上半年党员轮训完成了计划的百分之多少？",), ("132人次", "120人次", "110%")),
        (("云岭县水务公司发展党员超了几个？",), ("多1名",)),
        (("水务公司上半年党员轮训超了多少人次？",), ("多12人次",)),
        (("云岭县水务公司全年实际发展了几名党员？", "完成了计划的百分之多少？"), ("120%",)),
    ],
)
def test_the_plan_done_is_computed_from_both_cited_figures(assistant, turns, said):
    answer = converse(assistant, *turns)[-1]
    assert all(s in answer.text for s in said) and len(answer.citations) >= 1, answer.text
    assert "2026" not in answer.text and "7名" not in answer.text  # the next year's plan is no plan of this year


def test_a_share_the_report_states_is_quoted_not_computed(assistant):
    answer = assistant.ask("岚桥街道义务植树完成了计划的百分之多少？")
    assert "70%" in answer.text and "2100株" in answer.text, answer.text


def test_no_share_is_computed_from_one_figure(assistant):
    answer = assistant.ask("云岭县水务公司隐患整改完成了计划的百分之多少？")
    assert "%" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (("云岭县水务公司还剩多少处隐患没整改？",), "7处"),
        (("云岭县水务公司发现了多少处供水管网隐患？", "还剩几处没整改？"), "7处"),
        (("岚桥街道还有多少户独居老人没走访？",), "32户"),
        (("岚桥街道消防演练还剩几场没开展？",), "5场"),
        (("岚桥街道计划建设的口袋公园还剩几个没建？",), "5个"),
    ],
)
def test_items_left_are_the_found_less_the_fixed(assistant, turns, said):
    assert said in converse(assistant, *turns)[-1].text


def test_a_share_asked_is_the_done_and_the_planned_question():
    done, planned = share_questions("水务公司发展党员完成了计划的百分之多少")
    assert (done, planned) == ("水务公司发展党员多少", "水务公司计划发展党员多少")
    assert share_questions("水务公司发展了几名党员") is None
