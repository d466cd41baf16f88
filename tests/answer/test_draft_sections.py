"""Drafts from every relevant section of one report, on a made-up report and wordings."""

from __future__ import annotations

import re

import pytest

from assistant.answer.draft import subtopics
from assistant.answer.draft_names import organisation_of
from assistant.answer.draft_topic import draft_topic, topic_without_title
from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import Route
from assistant.answer.sections import document_year_fits
from tests.answer.structure_fixtures import HALF_YEAR, HALF_YEAR_TITLE, NOTICE, NOTICE_TITLE, chunks_of
from tests.answer.support import FakeSource


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(HALF_YEAR_TITLE, HALF_YEAR), chunks_of(NOTICE_TITLE, NOTICE))


def draft(source: FakeSource, question: str):
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    assert answer_problems(answer) == []  # every sentence cited, every number in its source
    return answer


FURNITURE = ("委员会\n", "7月5日", "如下", "存在的问题", "一是一是", "二是二是")


def test_draft_keeps_the_figures_of_its_section_and_leads_with_organisation_and_period(source):
    answer = draft(source, "根据青川县农业农村局机关党支部上半年总结，写一段服务乡村振兴情况的总结。")
    assert answer.text.startswith("2024年上半年，青川县农业农村局机关党支部在服务乡村振兴方面")
    assert "3支" in answer.text and "40余场" in answer.text and "1200余户" in answer.text
    for wrong in FURNITURE:
        assert wrong not in answer.text


def test_draft_draws_on_every_section_about_the_topic_in_document_order(source):
    answer = draft(source, "用农业农村局机关党支部2024年上半年总结里的材料，写一段开展主题党日的情况")
    organised, integrity = answer.text.find("主题党日活动6次"), answer.text.find("廉政教育2次")
    assert 0 < organised < integrity  # （二）规范组织生活 before （四）加强廉政教育
    assert "一是" in answer.text and "二是" in answer.text
    assert len(answer.citations) == 2


def test_draft_leaves_out_problems_and_plans_unless_asked(source):
    answer = draft(source, "把农业农村局机关党支部上半年理论学习的情况写成一段话")
    assert "6次" in answer.text and "2次" in answer.text
    assert "学习形式较为单一" not in answer.text and "微课堂" not in answer.text


def test_every_sentence_is_cited(source):
    answer = draft(source, "根据农业农村局支部上半年总结，起草一段规范组织生活的小结")
    sentences = [s for s in re.split(r"[；。]", answer.text.split("：", 1)[1]) if s]
    assert all("〔" in s for s in sentences)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("根据上半年报告，起草一段关于廉政文化建设情况的总结。", "廉政文化建设"),
        ("用桃源村2023年工作总结里的材料，写一段发展壮大村级集体经济的总结。", "发展壮大村级集体经济"),
        ("以青川县2024年上半年防汛工作为主要内容，写一段简要的情况总结。", "青川县2024年上半年防汛工作"),
        ("根据北辰新材料公司民主生活会情况报告，写一段会前准备情况的总结。", "会前准备"),
        ("给马文斌的述职报告写一段党建和生产经营融合成效的摘要。", "党建和生产经营融合成效"),
        ("把农业农村局上半年理论学习的情况写成一段话", "农业农村局上半年理论学习"),
    ],
)
def test_draft_topic(question, topic):
    assert draft_topic(question) == topic


@pytest.mark.parametrize(
    ("topic", "title", "bare"),
    [
        ("青川县2024年上半年防汛工作", "青川县农业农村局机关党支部2024年上半年工作总结", "防汛"),
        ("党建和生产经营融合成效", "恒锐公司党支部书记2023年度抓基层党建述职报告", "党建和生产经营融合成效"),
        ("农业农村局上半年理论学习", HALF_YEAR_TITLE, "理论学习"),
    ],
)
def test_topic_without_the_documents_name(topic, title, bare):
    assert topic_without_title(topic, title) == bare


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("中共鹿鸣县纪委监委机关支部委员会2023年度工作总结", "鹿鸣县纪委监委机关党支部"),
        ("中共北辰能源集团新材料有限公司委员会关于2023年度民主生活会召开情况的报告", "北辰能源集团新材料有限公司党委"),
        ("白鹭湾市中医院党总支2024年度工作总结", "白鹭湾市中医院党总支"),
        ("2023年上半年机关党建工作报告", ""),
    ],
)
def test_organisation_of(title, organisation):
    assert organisation_of(title) == organisation


@pytest.mark.parametrize(
    ("topic", "parts"),
    [
        ("基层组织建设和发展党员", ["基层组织建设和发展党员", "基层组织建设", "发展党员"]),
        ("党建和生产经营融合成效", ["党建和生产经营融合成效"]),  # 党建 alone is no topic
    ],
)
def test_subtopics(topic, parts):
    assert subtopics(topic) == parts


WORD_REPORT_TITLE = "云岭乡党委2023年度党建工作总结"
WORD_REPORT = """云岭乡党委2023年度党建工作总结
2023年，乡党委坚持党建引领，各项工作取得新成效。
加强基层组织建设，战斗堡垒作用有效发挥
全乡共有党支部12个，全年完成3个村党支部换届。
各村党支部开展主题党日活动情况如下表。
党支部　主题党日（次）
云岭村党支部　12
严把发展党员质量关
严格执行发展党员工作程序，全年发展党员9名，其中35岁以下6名。
中共云岭乡委员会
2024年1月5日
"""


def test_draft_joins_subtopics_and_drops_headings_captions_and_rows():
    source = FakeSource(chunks_of(WORD_REPORT_TITLE, WORD_REPORT))
    answer = draft(source, "根据云岭乡党委2023年度总结，起草一段关于基层组织建设和发展党员工作的总结。")
    assert answer.text.startswith("2023年，云岭乡党委在基层组织建设和发展党员方面")
    assert "完成3个村党支部换届" in answer.text and "全年发展党员9名" in answer.text
    for wrong in ("如下表", "云岭村党支部　12", "战斗堡垒作用有效发挥〔", "2024年1月5日", "委员会"):
        assert wrong not in answer.text


def test_a_draft_about_problems_lists_them_with_its_own_lead(source):
    answer = draft(source, "根据农业农村局机关党支部上半年总结，写一段存在问题的总结")
    assert answer.text.startswith("2024年上半年，青川县农业农村局机关党支部工作中还存在以下问题：一是学习形式较为单一")
    assert "四是党建品牌影响力不大" in answer.text
    assert "存在的问题：" not in answer.text and "微课堂" not in answer.text


def test_a_draft_about_plans_keeps_every_planned_item(source):
    answer = draft(source, "用农业农村局机关党支部上半年总结里的材料，写一段下一步打算")
    assert "下一步将重点做好以下工作：一是开展党纪学习教育“回头看”" in answer.text
    assert "二是完成支部换届选举" in answer.text and "三是发展党员1名" in answer.text


def test_the_report_named_by_title_wins_over_one_that_matches_the_topic_better():
    other = chunks_of(
        "红旗村党支部2024年上半年工作总结",
        "红旗村党支部2024年上半年工作总结\n二、存在的问题\n一是产业项目带动不强；二是后备力量不足。\n",
    )
    source = FakeSource(chunks_of(HALF_YEAR_TITLE, HALF_YEAR), other)
    answer = draft(source, "根据青川县农业农村局机关党支部上半年工作总结，写一段存在问题的总结")
    assert "学习形式较为单一" in answer.text and "产业项目" not in answer.text


@pytest.mark.parametrize(
    ("question", "title", "fits"),
    [
        ("2023年总结里对2024年有哪些打算", "鹿鸣县纪委2023年度工作总结", True),
        ("2023年总结里对2024年有哪些打算", "鹿鸣县纪委2024年上半年工作总结", False),
        ("2024年有哪些打算", "鹿鸣县纪委2023年度工作总结", True),  # no document named by year
    ],
)
def test_document_year_fits(question, title, fits):
    assert document_year_fits(question, title) is fits


@pytest.mark.parametrize(
    ("request_", "title", "topic"),
    [
        ("帮宏达公司写个200字左右的安全生产情况小结", "宏达精工公司党支部2024年度工作总结", "安全生产"),
        ("临川水务局党组中心组2024年学习情况写一段总结", "临川市水务和水利局党组中心组2024年度学习情况报告", "学习"),
        ("写一段东湖中职校企合作的总结", "东湖中等职业学校党总支2024年度工作总结", "校企合作"),
        ("帮扶工作写一段总结", "石岭村党支部2024年度工作总结", "帮扶"),
        ("写一段党建引领育人的总结", "东湖中等职业学校党总支2024年度工作总结", "党建引领育人"),
    ],
)
def test_what_is_left_of_a_short_name_is_no_topic(request_, title, topic):
    assert topic_without_title(draft_topic(request_), title) == topic
