"""Counts asked in plain speech: a modal before the asking (推荐人要几个), a regulation named in passing
(管理细则里…), a result complement (转化成 / 改建成 for a report's 转化为 / 改建为), and figures written in
Chinese numerals inside a regulation (两名). 第十二条 is an article's number, never a figure of 条."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, make_chunk

RULES = "青禾志愿服务总队队员管理细则"
RULE_CHUNKS = [
    make_chunk(RULES, "第十一条　申请入队的人员应当参加岗前培训，培训时间一般不少于两天。", ("第三章　入队程序",), "第十一条", "regulation", 0),
    make_chunk(RULES, "第十二条　申请人应当有两名正式队员作推荐人。", ("第三章　入队程序",), "第十二条", "regulation", 1),
    make_chunk(RULES, "第十三条　推荐人应当认真了解申请人的情况。", ("第三章　入队程序",), "第十三条", "regulation", 2),
]  # fmt: skip
PARK = "石湾街道党工委2024年调查研究工作总结"
PARK_CHUNKS = [
    make_chunk(PARK, "街道班子成员领题调研6个，走访商户310余户，收集意见建议57条，调研成果转化为具体举措14项。", ("二、调查研究",), position=0),
    make_chunk(PARK, "全年将闲置厂房改建为党群服务站点3个，新建口袋公园2个。", ("三、为民办实事",), position=1),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(RULE_CHUNKS, PARK_CHUNKS)


def test_an_article_number_is_no_figure():
    assert [f.value_text for f in extract_facts(RULE_CHUNKS[1])] == ["两名"]


@pytest.mark.parametrize("question", ["队员管理细则里推荐人要几个", "按队员管理细则，推荐人需要几个"])
def test_a_regulations_figure_in_chinese_numerals_answers_a_plain_count(source, question):
    answer = ask_source(source, question)
    assert "两名" in answer.text and not answer.refused


@pytest.mark.parametrize(
    ("question", "figure"),
    [("石湾街道调研成果转化成了多少项举措", "14项"), ("石湾街道把闲置厂房改建成了几个党群服务站点", "3个")],
)
def test_a_result_complement_is_said_either_way(source, question, figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused
