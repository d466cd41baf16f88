"""Lists about a named person: the rows that hold the name and the asked thing, else a refusal."""

from __future__ import annotations

import pytest

from assistant.answer.context import AnswerContext
from assistant.answer.extractive import answer_extractively
from assistant.answer.listing_people import person_lines
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

STUDY_TITLE = "中共青禾县教育局党组理论学习中心组2024年度学习情况报告"
STUDY = """中共青禾县教育局党组理论学习中心组2024年度学习情况报告
县委宣传部：
一、学习总体情况
2024年，局党组理论学习中心组共开展集体学习12次，其中专题研讨6次。
二、主要做法
（一）坚持领学促学。党组书记温建军带头领学并作交流发言6次。
（二）坚持专题研讨。每次专题研讨明确1名主讲人作重点发言。全年6次专题研讨安排如下：
序号1：时间3月12日，研讨专题为教育强国建设，主讲人为温建军。
序号2：时间4月18日，研讨专题为师德师风建设，主讲人为罗慧敏。
序号3：时间6月20日，研讨专题为乡村教育振兴，主讲人为温建军。
序号4：时间9月10日，研讨专题为校园安全管理，主讲人为罗慧敏。
序号5：时间11月15日，研讨专题为全面从严治党，主讲人为温建军。
"""

MEETING_TITLE = "中共澜沧物流集团委员会关于2024年度民主生活会召开情况的报告"
MEETING = """中共澜沧物流集团委员会关于2024年度民主生活会召开情况的报告
市国资委党委：
一、会议召开情况
2025年1月16日，集团党委召开2024年度民主生活会，党委书记邱海峰同志主持会议。会上，邱海峰同志代表党委领导班子作对照检查，并带头作个人对照检查。随后，班子成员逐一进行个人对照检查，开展批评和自我批评。会议共查摆班子问题12条，相互提出批评意见30条。
二、整改措施
一是落实“第一议题”制度。二是开展安全生产专项整治。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(STUDY_TITLE, STUDY), chunks_of(MEETING_TITLE, MEETING))


def ask_list(source: FakeSource, question: str):
    return answer_extractively(Route("list", question), source)


@pytest.mark.parametrize(
    "question",
    [
        "青禾县教育局中心组2024年专题研讨里，温建军当主讲人的是哪几个专题？",
        "青禾县教育局中心组2024年专题研讨中温建军主讲了哪些专题？",
        "青禾县教育局中心组2024年有几次专题研讨，其中温建军主讲的是哪几次？",
    ],
)
def test_the_rows_of_the_named_person(source, question):
    answer = ask_list(source, question)
    assert not answer.refused
    for topic in ("教育强国建设", "乡村教育振兴", "全面从严治党"):
        assert topic in answer.text
    for other in ("师德师风", "校园安全", "罗慧敏"):
        assert other not in answer.text
    assert answer.derived_numbers == {3.0}


@pytest.mark.parametrize(
    "question",
    [
        "澜沧物流集团民主生活会上大家给邱海峰提了哪些具体批评意见？",
        "澜沧物流集团民主生活会上班子成员对邱海峰提出了哪些批评意见",
    ],
)
def test_no_sentence_holds_the_person_and_the_asked_thing(source, question):
    assert ask_list(source, question).refused


REPORT_TITLE = "松岭乡卫生院党支部书记2024年度抓基层党建工作述职报告"
REPORT = """松岭乡卫生院党支部书记2024年度抓基层党建工作述职报告
述职人：韦春燕
一、履行职责情况
全年讲党课3次，发展党员2名。
二、存在的问题
一是党建与医疗服务结合不够紧密；二是年轻党员教育管理方式单一；三是本人抓党建精力投入不足。
三、下一步工作打算
一是推行“党建+健康服务”；二是开展青年党员轮训。
"""


@pytest.mark.parametrize(
    "question",
    ["韦春燕2024年自己说存在哪些问题？", "韦春燕本人查摆出哪些问题", "韦春燕2024年自身还存在哪些不足"],
)
def test_what_the_person_says_of_themselves_is_the_problems_section(question):
    answer = ask_list(FakeSource(chunks_of(REPORT_TITLE, REPORT)), question)
    assert "“二、存在的问题”，共3项" in answer.text
    assert "结合不够紧密" in answer.text and "轮训" not in answer.text


def test_a_report_by_the_person_needs_no_name_in_its_sentences():
    source = FakeSource(chunks_of(REPORT_TITLE, REPORT))
    doc_id = source.documents()[0].doc_id
    ctx = AnswerContext(Route("list", "韦春燕2024年讲了哪些党课？"), source)
    assert person_lines(ctx, doc_id) is None  # 述职人：韦春燕 once, then 本人…: the rule does not apply
