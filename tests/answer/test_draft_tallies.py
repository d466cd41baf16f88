"""A summary of a period says the figures its report tallies against the year's targets — as sentences, never as a
table's raw row — and what was done, not the next half's 工作安排; a source question may name its figure by what it
counts (这个全年目标数出自哪里), and ，要有数 asks for figures, it names no topic."""

from __future__ import annotations

import pytest

from assistant.answer.aspects import heading_aspect
from assistant.answer.draft_options import draft_options
from assistant.answer.draft_tallied import tallied_tasks, written_tally
from assistant.answer.draft_topic import draft_topic
from assistant.answer.followup_sources import asks_source_only
from assistant.answer.pipeline import Assistant
from assistant.answer.source_of import source_of
from assistant.core.schema import Answer, Citation
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

# The tallies are said only in the table's lines: no prose sentence states the done figures.
FOREST_TITLE = "北梁县林业局机关党总支2025年上半年党建工作报告"
FOREST = f"""{FOREST_TITLE}
县直机关工委：
2025年上半年，局机关党总支坚持党建引领，推动林业各项工作有序开展。现将有关情况报告如下：
一、上半年工作开展情况
（一）理论学习
党总支理论学习中心组集中学习4次，其中专题研讨1次。
（二）组织建设
各支部召开党员大会6次、支委会14次，讲党课5场。
（三）业务融合
重点任务完成情况见下表。
义务植树（万株）：全年目标30，上半年完成17，完成率56.7%
森林防火巡查（次）：全年目标200，上半年完成96，完成率48.0%
二、下半年工作安排
一是计划发展党员2名；二是力争完成义务植树13万株。
中共北梁县林业局机关总支部委员会
2025年7月6日
"""

# The same tally as a scanned table's lines of cells; the prose states the done figures.
ARCHIVE_TITLE = "南平区档案馆党支部2025年上半年党建工作报告"
ARCHIVE = f"""{ARCHIVE_TITLE}
区直机关工委：
一、上半年主要工作
上半年接收进馆档案1.2万卷，其中电子档案3400件；开展档案查阅服务860人次。
上半年发展党员1名。支部召开党员大会3次，讲党课2场。
二、重点任务完成情况
指标　全年目标　上半年完成　完成率
接收进馆档案2.5（万卷）　1.2　48.0%
发展党员（名）　2　1　50.0%
中共南平区档案馆支部委员会
2025年7月3日
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(FOREST_TITLE, FOREST), chunks_of(ARCHIVE_TITLE, ARCHIVE))


def said(answer) -> str:
    return answer.text.split("\n来源")[0]


@pytest.mark.parametrize(
    "request_",
    ["帮我把林业局今年上半年的党建工作写成一段120字左右的总结", "写一段林业局上半年党建工作小结，不超过150字"],
)
def test_a_short_summary_says_the_tallied_figures_as_sentences_and_no_plan(source, request_):
    text = said(ask_source(source, request_))
    assert "上半年完成17万株" in text, text  # the tally, its measure word after the bare figure
    assert "（万株）：" not in text and "见下表" not in text, text  # no raw row, no caption
    assert "计划发展党员" not in text and "力争" not in text, text  # the next half's 工作安排 is no work done


def test_a_scanned_tally_table_makes_the_prose_stating_its_figures_key(source):
    text = said(ask_source(source, "帮我把档案馆上半年党建工作写成一段80字左右的总结"))
    assert "1.2万卷" in text and "发展党员1名" in text, text
    assert "　" not in text and "完成率" not in text, text  # the table's cells are never written down


def test_tallies_are_read_from_both_forms_of_the_table():
    lines = [*FOREST.split("\n"), *ARCHIVE.split("\n")]
    assert tallied_tasks(lines) == [
        ("义务植树", "17"),
        ("森林防火巡查", "96"),
        ("接收进馆档案", "1.2"),
        ("发展党员", "1"),
    ]
    assert written_tally("森林防火巡查（次）：全年目标200，上半年完成96，完成率48.0%") == (
        "森林防火巡查全年目标200次，上半年完成96次，完成率48.0%"
    )


@pytest.mark.parametrize("heading", ["二、下半年工作安排", "三、下步工作安排"])
def test_a_work_arrangement_heading_is_a_plan(heading):
    assert heading_aspect(heading) == "plans"


@pytest.mark.parametrize("turn", ["这个全年目标数出自哪里？", "完成率出自哪里", "这个上半年完成数是哪个文件的第几条"])
def test_a_source_question_may_name_its_figure_by_what_it_counts(turn):
    assert asks_source_only(turn)


@pytest.mark.parametrize(
    ("request_", "topic"),
    [
        ("把林业局今年上半年党建工作压缩成一段话，要有数", "林业局今年上半年党建工作"),
        ("把档案馆上半年的工作精简成一段，得带数据", "档案馆上半年的工作"),
    ],
)
def test_a_clause_asking_for_figures_is_no_topic(request_, topic):
    assert draft_topic(request_) == topic
    assert draft_options(request_).figures


def test_a_source_question_naming_its_figure_is_answered_by_the_last_answer_s_places():
    answers = converse(
        Assistant(FakeSource(chunks_of(FOREST_TITLE, FOREST))), "林业局上半年讲了几场党课？", "这个党课数出自哪里？"
    )
    assert "5场" in answers[0].text, answers[0].text
    assert answers[1].text.startswith("出自《北梁县林业局") and "（二）组织建设" in answers[1].text, answers[1].text


def test_after_a_refusal_quoting_related_sentences_their_source_is_named():
    last = "知识库中没有找到能回答这个问题的内容。 相关内容（仅供参考，并非所问的数字）：计划发展党员2名〔1〕。"
    chunk = next(c for c in chunks_of(FOREST_TITLE, FOREST) if "计划发展党员2名" in c.text)
    quote = "一是计划发展党员2名"
    cited = Citation(chunk.id, chunk.doc_title, chunk.location, chunk.article, quote, chunk)
    refused = Answer(last, "count", [cited], [], refused=True)
    answer = source_of(refused)
    assert answer is not None and "相关内容出自《北梁县林业局" in answer.text and "下半年工作安排" in answer.text, (
        answer
    )
