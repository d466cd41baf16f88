"""Counts over an analysis-meeting report and a multi-person 述职 compilation (both made up for these tests):
a figure after a list closed by 等 counts that list; a quoted heading the question says picks its own figure;
a year in a 《title》 is no period of the figure; 会上 and 给 end no organisation's name; a 其中 part asked after
a long whole; money in 万 without 元; 达…以上 as a figure reached."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.count_matching import ScoredFact, chosen_facts
from assistant.answer.facts import extract_facts
from assistant.answer.pipeline import Assistant
from assistant.answer.question import holder_of
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, grounded, index_like

MEETING_TITLE = "2023年度临江职业技术学院党委廉政风险分析会情况报告"
MEETING = f"""{MEETING_TITLE}
一、会议基本情况
会上，班子成员集体研判了学院的廉政风险点，从“财务资金风险防控”方面梳理了“专项经费管理”“科研经费报销”“食堂采购管理”“基建工程管理”“资产处置管理”等12项风险点；从“教学管理风险防控”方面梳理了排课调课、成绩录入、学籍变动、教材选用、实习安排、证书发放等具体环节的6个风险点。
二、会议要求
会议要求：一要加强警示教育；二要健全内控机制；三要编制《2024年度临江职院廉政风险防控台账》，逐项明确了36项防控具体措施，每项措施落实到责任科室。
三、从严管党治党
巡察整改方面：在市委第二巡察组反馈意见后，学院党委召开4次党委会研究整改，逐条逐项分析反馈意见，加强学院党风廉政建设情况分析研判，运用“四种形态”处理党员领导干部10人，其中，谈话提醒7人，其他处理3人，收回违规发放津贴2.4万元。
"""

DUTIES_TITLE = "临江职业技术学院班子成员2023年度述职报告"
DUTIES = f"""{DUTIES_TITLE}
2023年度述职述廉报告
韩  松
一、履行岗位职责情况
本人分管教学工作。一年来教学质量稳步提升，2023年职业技能大赛获奖率达76%以上，毕业生就业率达到97%。
2023年度述职述廉报告
苗  青
一、履行岗位职责情况
本人分管后勤工作。本年度指导完成政府采购审批30余次，涉及经费420余万，预算执行率超98%。
"""


def meeting_source() -> FakeSource:
    return index_like(FakeSource(chunks_of(MEETING_TITLE, MEETING)))


def duties_source() -> FakeSource:
    return index_like(FakeSource(chunks_of(DUTIES_TITLE, DUTIES)))


def ask(source: FakeSource, question: str):
    """The whole pipeline's answer (parts split, scope read), checked by `grounded`."""
    return grounded(Assistant(source).ask(question))


def test_a_figure_after_a_list_closed_by_deng_counts_the_list():
    facts = [f for c in chunks_of(MEETING_TITLE, MEETING) for f in extract_facts(c) if f.number_text == "6"]
    assert facts and "教学管理风险防控" in facts[0].predicate, [f.predicate for f in facts]


@pytest.mark.parametrize(
    "question",
    [
        "分析会上教学管理风险防控那块梳理了几个风险点？",
        "教学管理风险防控方面一共梳理出多少个风险点？",
        "会议上从教学管理风险防控梳理了几个风险点？",
    ],
)
def test_a_quoted_heading_the_question_says_picks_its_own_figure(question):
    answer = ask(meeting_source(), question)
    assert not answer.refused and answer.confidence != "low" and "6个风险点" in answer.text, answer.text
    assert "12项" not in answer.text and "18" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["2023年度台账逐项明确了多少项防控具体措施？", "2023年分析会要求台账逐项明确了几项防控具体措施？"],
)
def test_a_year_in_a_title_is_no_period_of_the_figure(question):
    answer = ask(meeting_source(), question)
    assert not answer.refused and answer.confidence != "low" and "36项" in answer.text, answer.text


def test_an_agent_before_gei_is_no_holder():
    assert holder_of("2023年市委巡察组给临江职院党委反馈了多少个问题？") == ""


def test_a_later_turn_does_not_carry_the_agent_of_the_first():
    answers = converse(
        Assistant(meeting_source()),
        "2023年市委第二巡察组给临江职院党委反馈后开了几次党委会？",
        "按四种形态处理的有几个人？",
        "其中其他处理的有几个？",
    )
    assert "巡察组给" not in answers[1].resolved_question, answers[1].resolved_question
    assert "10人" in answers[1].text, answers[1].text
    assert "3人" in answers[2].text and not answers[2].refused, answers[2].text


@pytest.mark.parametrize(
    ("part", "focus", "figure"),
    [
        ("2023年巡察整改中用“四种形态”处理党员领导干部多少名", "谈话提醒", "10"),
        ("其中谈话提醒的几个", "谈话提醒", "7"),
        ("其中其他处理的几人", "其他处理", "3"),
    ],
)
def test_a_focus_on_a_part_keeps_the_whole_it_belongs_to(part, focus, figure):
    """A 其中 follow-up's focus names the part; the whole stays beside it, though the part scores below the
    threshold on the whole's many words (巡察整改时…党员领导干部)."""
    facts = [f for c in chunks_of(MEETING_TITLE, MEETING) for f in extract_facts(c) if f.unit == "人"]
    scores = {"10": 0.7, "7": 0.55, "3": 0.5}
    scored = [ScoredFact(f, scores[f.number_text]) for f in facts]
    if part.startswith("其中"):  # the part's own words lift its score over its sibling's, as in matching_facts
        scored = [ScoredFact(s.fact, s.score + (0.1 if focus in s.fact.clause else 0.0)) for s in scored]
    chosen = chosen_facts(scored, read_asked(part), part, focus, [], within=True)
    assert [s.fact.number_text for s in chosen] == [figure], [(s.fact.clause, s.score) for s in chosen]


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        ("2023年巡察整改期间运用“四种形态”处理了多少名党员领导干部？其中谈话提醒的几个？", "谈话提醒7人", "10人"),
        ("学院党委巡察整改期间用四种形态处理了几名党员领导干部？其中其他处理的有几个？", "其他处理3人", "10人"),
    ],
)
def test_a_part_asked_after_a_long_whole_is_answered_once(question, part, whole):
    answer = ask(meeting_source(), question)
    assert part in answer.text and whole in answer.text and "第二问" not in answer.text, answer.text
    assert answer.text.count(whole) == 1, answer.text


def test_money_in_wan_without_yuan_is_a_figure():
    facts = [f for c in chunks_of(DUTIES_TITLE, DUTIES) for f in extract_facts(c) if f.family == "money"]
    assert [f.number_text for f in facts] == ["420余"], [(f.clause, f.unit) for f in facts]


@pytest.mark.parametrize(
    "question",
    ["苗青2023年指导完成政府采购审批多少次，涉及经费多少？", "苗青2023年采购审批涉及的经费是多少？"],
)
def test_the_money_part_is_answered(question):
    answer = ask(duties_source(), question)
    assert "420余万" in answer.text and "第二问" not in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [("韩松2023年述职里说技能大赛获奖率多少？", "76%"), ("韩松2023年毕业生就业率是多少？", "97%")],
)
def test_a_figure_reached_with_yishang_answers(question, figure):
    answer = ask(duties_source(), question)
    assert not answer.refused and figure in answer.text, answer.text


COHORTS_TITLE = "临江中学领导班子三年工作总结（2020—2022年）"
COHORTS = f"""{COHORTS_TITLE}
一、教育质量
2021届高考成绩再创新高，本科重点上线人数共812人；2022届高考保持稳定，清华北大录取11人。
"""


@pytest.mark.parametrize("question", ["2022届本科重点上线人数共多少人？", "那份三年总结里2022届本科重点上线多少人？"])
def test_a_refusal_shows_no_other_cohorts_figure(question):
    answer = ask(index_like(FakeSource(chunks_of(COHORTS_TITLE, COHORTS))), question)
    assert answer.refused and "812" not in answer.text, answer.text
