"""Drafts over the last answer (把上面的写成一段总结): the scoped report, its opening figures first."""

from __future__ import annotations

import pytest

from assistant.answer.draft_topic import topic_without_title
from assistant.answer.extractive import answer_extractively
from assistant.answer.followup import resolve
from assistant.answer.followup_scope import ScopedSource
from assistant.answer.followup_turns import Turn
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, make_chunk

RECTIFIED_TITLE = "松岭乡卫生院党支部关于2024年度组织生活会查摆问题整改落实情况的报告"
RECTIFIED = """松岭乡卫生院党支部关于2024年度组织生活会查摆问题整改落实情况的报告
乡党委：
2025年1月20日，卫生院党支部召开2024年度组织生活会。会上，支部班子共查摆问题6条，涉及理论学习、服务群众2个方面。截至2025年3月底，支部班子6条问题已整改完成5条，1条正在持续推进。现将整改落实情况报告如下：
一、整改工作组织情况
会后一周内，支部召开支委会制定整改方案，明确支部书记韦春燕为整改第一责任人，逐条明确责任人和完成时限。
二、问题整改落实情况
问题1：理论学习不够系统。
整改措施：制定年度学习计划，每月确定1个学习主题。
整改情况：已完成。
问题2：下乡义诊次数偏少。
整改措施：每月组织党员医生下乡义诊不少于2次。
整改情况：正在推进。
中共松岭乡卫生院支部委员会
2025年4月2日
"""

# Another report with a 整改措施 section that a draft about 整改 must not speak for.
OTHER_TITLE = "中共澜沧物流集团委员会关于2024年度民主生活会召开情况的报告"
OTHER = """中共澜沧物流集团委员会关于2024年度民主生活会召开情况的报告
市国资委党委：
集团党委于2025年1月召开2024年度民主生活会。
一、查摆的主要问题
一是理论学习转化不够。二是安全生产监管有短板。
二、整改措施
一是落实“第一议题”制度，全年专题研讨不少于6次；二是开展安全生产专项整治，整改隐患120处。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(RECTIFIED_TITLE, RECTIFIED), chunks_of(OTHER_TITLE, OTHER))


def scoped_to(source: FakeSource, title: str) -> ScopedSource:
    return ScopedSource(source, frozenset(d.doc_id for d in source.documents() if d.title == title))


@pytest.mark.parametrize(
    "question",
    [
        "起草一段关于松岭乡卫生院2024年度问题整改整改完的总结",  # 这些问题是怎么整改的？整改完了没有？ → 写成一段总结
        "起草一段关于问题整改情况的总结",
        "起草一段关于查摆问题整改进展的总结",
    ],
)
def test_a_follow_up_draft_speaks_for_the_last_answers_report(source, question):
    answer = answer_extractively(Route("draft", question, refers_back=True), scoped_to(source, RECTIFIED_TITLE))
    assert not answer.refused
    assert {c.chunk.doc_title for c in answer.citations} == {RECTIFIED_TITLE}
    # the opening's figures on 整改 lead the paragraph: how many problems, how many done, how many open
    assert "6条问题已整改完成5条，1条正在持续推进" in answer.text
    assert "澜沧" not in answer.text and "隐患" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "根据松岭乡卫生院整改情况报告，写一段组织生活会查摆问题整改情况的总结。",
        "用松岭乡卫生院党支部的整改报告写一段查摆问题整改情况小结",
    ],
)
def test_a_draft_on_an_opening_only_topic_keeps_all_its_figures(source, question):
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused
    for figure in ("6条", "5条", "1条"):
        assert figure in answer.text


def test_a_table_the_chunker_left_under_the_parent_heading_continues_its_part():
    title = "中共松岭乡卫生院支部委员会2024年度工作总结"
    subsection = ("二、严格组织生活", "（一）严格落实“三会一课”制度")
    chunks = [
        make_chunk(title, "2024年，支部围绕中心工作开展党建工作。", position=0),
        make_chunk(
            title,
            "（一）严格落实“三会一课”制度。全年开展主题党日活动12次。分季度开展情况如下表：",
            subsection,
            position=1,
        ),
        make_chunk(title, "第一季度：支部党员大会1次，支委会3次，党课1次。", subsection[:1], position=2),
        make_chunk(
            title,
            "全年合计：支部党员大会4次，支委会12次，党课4次。\n在党课方面，支部书记韦春燕讲党课2次，支委委员讲党课2次。",
            subsection[:1],
            position=3,
        ),
        make_chunk(
            title,
            "（二）加强支部班子建设。支部完成换届选举，选举产生新一届支委会。",
            ("二、严格组织生活", "（二）加强支部班子建设"),
            position=4,
        ),
    ]
    for question in (
        "根据松岭乡卫生院支部2024年度总结，写一段落实“三会一课”和主题党日情况的总结。",
        "用松岭乡卫生院支部2024年工作总结写一段“三会一课”和主题党日开展情况的小结",
    ):
        answer = answer_extractively(Route("draft", question), FakeSource(chunks))
        assert "韦春燕讲党课2次" in answer.text and "主题党日活动12次" in answer.text
        assert "换届选举" not in answer.text


@pytest.mark.parametrize(
    ("last", "topic"),
    [
        ("松岭乡卫生院2024年度问题整改整改完了没有？", "松岭乡卫生院2024年度问题整改"),
        ("松岭乡卫生院组织生活会查摆的问题整改得怎么样了？", "松岭乡卫生院组织生活会查摆的问题整改"),
        ("韦春燕2024年自己说存在哪些问题？", "韦春燕2024年存在问题"),
    ],
)
def test_a_draft_over_the_last_turn_keeps_its_topic_only(last, topic):
    resolution = resolve("把上面的写成一段总结", Turn(last))
    assert resolution.draft and resolution.refers_back
    assert resolution.question == f"起草一段关于{topic}的总结"


def test_a_topic_that_is_all_title_is_its_last_words():
    assert (
        topic_without_title("恒锐公司组织生活会查摆的问题整改", RECTIFIED_TITLE.replace("松岭乡卫生院", "恒锐公司"))
        == "问题整改"
    )


def test_a_follow_up_draft_whose_topic_names_the_report(source):
    question = "起草一段关于松岭乡卫生院组织生活会查摆的问题整改的总结"
    answer = answer_extractively(Route("draft", question, refers_back=True), scoped_to(source, RECTIFIED_TITLE))
    assert "6条问题已整改完成5条" in answer.text
