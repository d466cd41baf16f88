"""Drafts from a meeting report and a 述职, and from the right document of an organisation that has several."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.followup import resolve
from assistant.answer.followup_turns import Turn
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

MEETING_TITLE = "柳河县图书馆党支部2024年度组织生活会情况报告"
MEETING = """柳河县图书馆党支部2024年度组织生活会情况报告
按照县文旅局党组统一安排，柳河县图书馆党支部于2025年1月14日召开2024年度组织生活会。现将有关情况报告如下。
一、会前准备
（一）集中学习。会前组织党员集中学习3次。
（二）征求意见。通过座谈、走访读者等方式征求意见建议18条。
二、会议召开情况
会议由支部书记葛文静主持，应到党员19名，实到18名。县文旅局党组成员、副局长邵明远到会指导。
三、查摆问题
支部班子共查摆问题4个：一是理论学习不够深入；二是阵地服务创新不足；三是青年党员培养不够；四是制度执行不够严格。
四、批评与自我批评
党员之间共提出批评意见33条。
五、整改措施
针对查摆的问题，支部制定整改措施9条。一是建立月度学习制度；二是开展“书香党建”进社区活动；三是实行青年党员导师制。
中共柳河县图书馆支部委员会
2025年1月18日
"""

SUMMARY_TITLE = "柳河县图书馆党支部2024年度党建工作总结"
SUMMARY = """柳河县图书馆党支部2024年度党建工作总结
2024年，柳河县图书馆党支部坚持党建引领阅读服务。
一、理论学习
全年开展集中学习15次，支部书记讲党课2次。
二、党建引领阅读服务
组建党员阅读推广队3支，开展流动图书进村活动26场，服务读者4200人次。
三、存在问题和下一步打算
一是学习深度不够。2025年计划开展流动图书进村活动30场。
中共柳河县图书馆支部委员会
2025年1月6日
"""

DUTY_TITLE = "柳河县图书馆党支部书记2024年度抓基层党建工作述职报告"
DUTY = """柳河县图书馆党支部书记2024年度抓基层党建工作述职报告
述职人：葛文静
本人现任柳河县图书馆党支部书记、馆长。现将2024年履职情况报告如下。
一、履行第一责任人职责情况
本人全年主持召开支委会11次，与党员谈心谈话36人次。
二、抓党建促业务情况
本人带领党员阅读推广队开展流动图书进村活动12场。
三、存在的不足
抓党建精力投入不够。
述职人：葛文静
2025年1月5日
"""

PLAN_TITLE = "柳河县图书馆党支部2025年党建工作要点"
PLAN = """柳河县图书馆党支部2025年党建工作要点
一、理论学习
全年开展集中学习不少于12次。
二、下半年重点工作
下半年开展“书香党建”品牌创建，评选党员示范岗6个。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(
        chunks_of(MEETING_TITLE, MEETING),
        chunks_of(SUMMARY_TITLE, SUMMARY),
        chunks_of(DUTY_TITLE, DUTY),
        chunks_of(PLAN_TITLE, PLAN),
    )


def drafted(source: FakeSource, question: str):
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "根据柳河县图书馆党支部组织生活会情况报告写一段总结",
        "用柳河县图书馆党支部2024年度组织生活会情况报告写一段话",
    ],
)
def test_a_request_naming_only_a_meeting_report_summarises_the_whole_meeting(source, question):
    text = drafted(source, question).text
    # when, who presided and who came to guide, then the problems, criticisms and measures, in order
    said = ["2025年1月14日", "葛文静", "邵明远", "查摆问题4个", "批评意见33条", "整改措施9条"]
    assert all(s in text for s in said), text
    assert [text.index(s) for s in said] == sorted(text.index(s) for s in said)
    assert "4200" not in text and "11次" not in text


def test_joined_aspects_draw_on_both_sections(source):
    text = drafted(source, "把柳河县图书馆党支部组织生活会查摆问题和整改措施写成一段").text
    assert "理论学习不够深入" in text and "整改措施9条" in text and "青年党员导师制" in text
    assert "33条" not in text and "18条" not in text


@pytest.mark.parametrize(
    "question",
    [
        "用述职报告写一段柳河县图书馆党支部书记个人履职情况",
        "根据柳河县图书馆党支部书记述职报告，写一段履职情况",
    ],
)
def test_a_duty_draft_is_the_whole_report_in_the_third_person(source, question):
    answer = drafted(source, question)
    assert "支委会11次" in answer.text and "谈心谈话36人次" in answer.text and "12场" in answer.text
    assert "本人" not in answer.text and "葛文静同志" in answer.text
    assert "26场" not in answer.text  # the unit's figure, not the secretary's
    assert {c.chunk.doc_title for c in answer.citations} == {DUTY_TITLE}


def test_a_draft_joining_a_duty_report_and_the_annual_summary_cites_both(source):
    answer = drafted(source, "结合柳河县图书馆党支部书记述职和年度总结写一段党建引领阅读服务情况")
    assert "26场" in answer.text and "12场" in answer.text
    assert "本人" not in answer.text
    assert {c.chunk.doc_title for c in answer.citations} == {SUMMARY_TITLE, DUTY_TITLE}
    assert answer.text.startswith("2024年，柳河县图书馆党支部")  # the unit speaks, not its secretary


def test_a_years_plan_gives_the_half_asked(source):
    answer = drafted(source, "按柳河县图书馆党支部2025年工作要点写一段下半年打算")
    assert "示范岗6个" in answer.text and "12次" not in answer.text
    assert {c.chunk.doc_title for c in answer.citations} == {PLAN_TITLE}


@pytest.mark.parametrize("follow_up", ["把上面这几条写成一段", "把以上几条整理成一段"])
def test_a_list_answer_is_written_as_one_paragraph(follow_up):
    last = Turn("柳河县图书馆党支部组织生活会查摆了哪些问题？", "共4项：1. 理论学习不够深入〔1〕")
    resolution = resolve(follow_up, last)
    assert resolution.draft and resolution.refers_back
    assert "查摆问题" in resolution.question
