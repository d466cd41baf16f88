"""Which of one organisation's documents a question or a follow-up is answered from: its 总结, its secretary's
述职, its 生活会 report (made-up township documents)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.question import slots_of
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk

SUMMARY = "柳溪镇党委2024年度党建工作总结"
OWN_REPORT = "柳溪镇党委书记2024年度抓基层党建工作述职报告"
MEETING = "柳溪镇党委2024年度组织生活会情况报告"
HALF = "柳溪镇党委2025年上半年党建工作总结"


def documents() -> FakeSource:
    return FakeSource(
        [
            make_chunk(SUMMARY, "全年镇党委班子成员讲党课17次，组织党员集中学习24次。", ("一、理论学习",)),
            make_chunk(
                SUMMARY,
                "举办两期党员集中学习班，第一期参学党员88人，第二期参学党员79人。",
                ("二、教育培训",),
                position=1,
            ),
            make_chunk(SUMMARY, "全年发展党员9名。", ("三、组织建设",), position=2),
        ],
        [
            make_chunk(OWN_REPORT, "述职人：孙立平", ()),
            make_chunk(OWN_REPORT, "本人全年讲党课6次，到村党支部调研指导15次。", ("一、履职情况",), position=1),
        ],
        [
            make_chunk(MEETING, "各党支部共查摆问题27条，党员之间提出批评意见64条。", ("二、会议情况",)),
            make_chunk(MEETING, "针对查摆的问题，制定整改措施33条。", ("三、整改落实",), position=1),
        ],
        [make_chunk(HALF, "上半年镇党委班子成员讲党课8次，发展党员3名。", ("一、工作情况",))],
    )


@pytest.mark.parametrize("question", ["柳溪镇党委2024年全年讲了几次党课？", "柳溪镇2024年度一共讲党课多少次"])
def test_a_year_asked_is_answered_from_the_summary_not_the_secretarys_own_report(question):
    answer = ask_source(documents(), question)
    assert "17次" in answer.text and "6次" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["柳溪镇党委书记本人2024年讲了几次党课？", "柳溪镇党委书记自己2024年讲党课多少次"])
def test_the_person_asked_of_is_answered_from_their_own_report(question):
    answer = ask_source(documents(), question)
    assert "6次" in answer.text and "17次" not in answer.text, answer.text


def test_a_figure_only_the_own_report_states_is_still_found():
    answer = ask_source(documents(), "柳溪镇党委2024年到村党支部调研指导了几次？")
    assert "15次" in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["柳溪镇党委2025年党建工作要点里计划发展几名党员？", "柳溪镇党委民主生活会情况报告里查摆了几条问题"]
)
def test_a_document_type_the_organisation_lacks_is_refused_with_what_it_has(question):
    source = FakeSource(*[[c for c in documents().chunks if c.doc_title == t] for t in (SUMMARY, OWN_REPORT, HALF)])
    answer = ask_source(source, question)
    assert answer.refused and answer.text.startswith("知识库中只有柳溪镇党委"), answer.text
    assert "述职报告" in answer.text and "工作总结" in answer.text


def test_a_follow_up_naming_the_meeting_leaves_the_last_answers_summary():
    answers = converse(Assistant(documents()), "柳溪镇党委2024年全年讲了几次党课？", "那组织生活会上查摆了几条问题？")
    assert "27条" in answers[1].text, answers[1].text
    answers = converse(Assistant(documents()), "柳溪镇党委2024年发展了几名党员？", "组织生活会提出批评意见多少条")
    assert "64条" in answers[1].text, answers[1].text


def test_a_follow_up_naming_the_secretarys_report_does_not_carry_the_meeting():
    answers = converse(
        Assistant(documents()),
        "柳溪镇党委2024年度组织生活会查摆问题几条？",
        "那书记述职中讲了多少次党课",
        "到村党支部调研指导几次？",
    )
    assert "生活会" not in answers[1].resolved_question
    assert "6次" in answers[1].text, answers[1].text
    assert "15次" in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    "question", ["两期集中学习加起来一共多少人？", "三次集中学习一共多少人参加", "两所中学一共多少党员"]
)
def test_a_count_of_events_or_units_is_no_organisation(question):
    assert slots_of(question).holder == ""
    assert documents().scope(question).refusal is None


def test_a_follow_up_counting_two_sessions_stays_with_the_organisation():
    answers = converse(
        Assistant(documents()), "柳溪镇党委2024年发展了几名党员？", "两期集中学习参学党员加起来一共多少人？"
    )
    assert answers[1].resolved_question.startswith("柳溪镇党委2024年"), answers[1].resolved_question
    assert "知识库中没有“" not in answers[1].text, answers[1].text  # no organisation called 两期集中学
