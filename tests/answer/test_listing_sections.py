"""Lists from the section the question's aspect names, on made-up documents and wordings."""

from __future__ import annotations

import pytest

from assistant.answer.aspects import heading_aspect, question_aspect
from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import (
    HALF_YEAR,
    HALF_YEAR_TITLE,
    NOTICE,
    NOTICE_TITLE,
    RECTIFICATION,
    RECTIFICATION_TITLE,
    chunks_of,
)
from tests.answer.support import FakeSource


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(HALF_YEAR_TITLE, HALF_YEAR), chunks_of(NOTICE_TITLE, NOTICE))


def ask_list(source: FakeSource, question: str):
    return answer_extractively(Route("list", question), source)


NO_SIGNATURE = ("委员会", "7月5日", "联系人", "66231870")


@pytest.mark.parametrize(
    "question",
    [
        "青川县农业农村局机关党支部上半年工作中还有哪些短板？",
        "农业农村局机关党支部存在哪些不足？",
        "农业农村局支部上半年查摆出哪些问题",
    ],
)
def test_problems_come_from_the_problems_section(source, question):
    answer = ask_list(source, question)
    assert not answer.refused
    assert "“存在的问题”，共4项" in answer.text
    for item in ("学习形式较为单一", "党员作用发挥不平衡", "长效机制还不健全", "党建品牌影响力不大"):
        assert item in answer.text
    # never the measures, the plans or the 落款
    for wrong in ("微课堂", "换届选举", *NO_SIGNATURE):
        assert wrong not in answer.text
    assert "一是" not in answer.text  # the inline enumerators are the list's own numbers now
    assert answer.derived_numbers == {4.0}


@pytest.mark.parametrize("question", ["针对这些不足制定了哪些整改措施？", "农业农村局支部有哪些整改举措"])
def test_measures_come_from_the_measures_section(source, question):
    answer = ask_list(source, question)
    assert "“整改措施”，共3项" in answer.text
    assert "推行“田间微课堂”学习，每月至少开展1次〔1〕" in answer.text
    assert "学习形式较为单一" not in answer.text


@pytest.mark.parametrize("question", ["农业农村局支部接下来有哪些打算？", "下一步支部准备干哪几件事"])
def test_plans_come_from_the_plans_section(source, question):
    answer = ask_list(source, question)
    assert "“三、下半年工作打算”，共3项" in answer.text
    assert "完成支部换届选举" in answer.text and "发展党员1名" in answer.text
    for wrong in NO_SIGNATURE:
        assert wrong not in answer.text


def test_achievements_are_the_sub_parts_of_the_main_work(source):
    answer = ask_list(source, "农业农村局机关党支部上半年取得了哪些成效？")
    assert "“一、主要工作”，共4项" in answer.text
    assert "1. 抓实理论学习〔1〕" in answer.text and "4. 加强廉政教育〔4〕" in answer.text
    assert answer.citations[0].quote == "（一）抓实理论学习。"


def test_agenda_items_without_contact_or_signature(source):
    answer = ask_list(source, "组织生活会的议程包括哪几项？")
    assert "“三、会议议程”，共4项" in answer.text
    assert "上级党组织领导点评" in answer.text
    for wrong in NO_SIGNATURE:
        assert wrong not in answer.text


def test_preparation_items(source):
    answer = ask_list(source, "开组织生活会之前要做哪些准备？")
    assert "集中学习研讨" in answer.text and "广泛征求意见" in answer.text


@pytest.mark.parametrize(
    ("question", "aspect"),
    [
        ("存在哪些问题？", "problems"),
        ("针对问题采取了哪些整改措施？", "measures"),  # the aspect after the interrogative wins
        ("对2024年有啥打算？", "plans"),
        ("取得了哪些成绩", "achievements"),
        ("会议议程有哪几项", "agenda"),
        ("讲了几次党课", None),
    ],
)
def test_question_aspect(question, aspect):
    assert question_aspect(question) == aspect


@pytest.mark.parametrize(
    ("label", "aspect"),
    [
        ("三、存在的问题", "problems"),
        ("四、问题整改措施", "measures"),
        ("2024年工作打算", "plans"),
        ("二、主要工作及成效", "achievements"),
        ("一、整改工作组织情况", None),  # a report on 整改: not a section of measures
        ("一、基本情况", None),
    ],
)
def test_heading_aspect(label, aspect):
    assert heading_aspect(label) == aspect


def test_problems_of_an_organisation_the_knowledge_base_lacks_are_not_borrowed(source):
    answer = ask_list(source, "江南市教育局机关党委存在哪些问题？")
    assert "学习形式较为单一" not in answer.text


@pytest.fixture
def rectification() -> FakeSource:
    return FakeSource(chunks_of(RECTIFICATION_TITLE, RECTIFICATION))


@pytest.mark.parametrize("question", ["巡察反馈的问题还有哪些没有整改完？", "哪几个巡察反馈问题尚未完成整改"])
def test_problems_not_yet_rectified_are_filtered_by_their_status(rectification, question):
    answer = ask_list(rectification, question)
    assert "共2项" in answer.text
    assert "党员发展程序执行不严" in answer.text and "为民办实事项目推进缓慢" in answer.text
    assert "会议记录不完整" not in answer.text and "党费收缴不及时" not in answer.text


def test_measures_for_the_problem_the_question_names(rectification):
    answer = ask_list(rectification, "针对党员发展程序执行不严的问题，采取了哪些整改措施？")
    assert "共2项" in answer.text
    assert "逐份复查近三年发展党员档案" in answer.text and "对经办人员开展专题培训" in answer.text
    assert "党费" not in answer.text


def test_an_open_status_question_asks_for_problems():
    assert question_aspect("还有哪些问题没有整改完？") == "problems"
    assert question_aspect("还有哪些没有整改完？") == "problems"
