"""Regulation look-ups on small regulations: exact references, revisions, structure, topics, refusals."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import route, understand
from tests.answer.support import REPORT, FakeSource
from tests.answer.test_lookup_fixtures import CHARTER, CHARTER_TITLE, NEW, NEW_TITLE, OLD, OLD_TITLE, POINTS


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT, NEW, OLD, CHARTER, POINTS)


def ask(source: FakeSource, question: str):
    answer = answer_extractively(understand(question, None), source)
    assert answer.kind == "lookup"
    assert answer_problems(answer) == []
    for citation in answer.citations:
        assert citation.quote in citation.chunk.text
    return answer


def cited_articles(answer) -> list[str]:
    return [c.article for c in answer.citations]


def test_article_is_quoted_from_the_newest_revision(source):
    answer = ask(source, "示范工作条例第四条是什么内容？")
    assert answer.text.startswith(f"依据《{NEW_TITLE}》第四条")
    assert "给予警告处分" in answer.text and "严重警告" not in answer.text
    assert cited_articles(answer) == ["第四条"]


@pytest.mark.parametrize(
    "question", ["示范工作条例第二百条", "示范工作条例第六十条讲了什么", "《中国共产党示范工作条例》第7条"]
)
def test_a_number_the_regulation_lacks_is_refused_with_its_range(source, question):
    answer = ask(source, question)
    assert answer.refused
    assert answer.text.startswith(f"《{NEW_TITLE}》共6条，没有第")
    assert not answer.citations


def test_a_short_name_resolves_within_its_own_regulation(source):
    answer = ask(source, "党章第六条")
    assert answer.refused and answer.text == f"《{CHARTER_TITLE}》共2条，没有第六条。"
    assert ask(source, "党章第二条").text.startswith(f"依据《{CHARTER_TITLE}》第二条")


def test_a_regulation_not_in_the_knowledge_base_is_said_to_be_missing(source):
    for question in ("支部工作条例第十条是什么", "《中国共产党组织工作条例》第三条"):
        answer = ask(source, question)
        assert answer.refused and "没有收录" in answer.text and "第三条　" not in answer.text


def test_an_article_without_a_regulation_asks_which_one(source):
    answer = ask(source, "第一百六十条是什么内容")
    assert answer.refused and "哪部法规" in answer.text


@pytest.mark.parametrize(
    "question", ["2019年版示范工作条例第四条", "旧版示范工作条例第四条", "示范工作条例修订前的第四条"]
)
def test_a_named_revision_is_the_one_quoted(source, question):
    answer = ask(source, question)
    assert answer.text.startswith(f"依据《{OLD_TITLE}》第四条")
    assert "严重警告" in answer.text
    assert "更新的版本" in answer.note


def test_a_revision_not_held_is_refused(source):
    answer = ask(source, "2015年版示范工作条例第四条")
    assert answer.refused and "2015年版" in answer.text


def test_both_revisions_are_compared_with_a_diff(source):
    answer = ask(source, "新旧两版示范工作条例第四条有什么不同？")
    assert OLD_TITLE in answer.text and NEW_TITLE in answer.text
    assert "[-严重-]" in answer.text and "{+\n收受消费卡的，依照前款规定处理。+}" in answer.text
    assert len(answer.citations) == 2


@pytest.mark.parametrize(
    "question", ["示范工作条例第三条至第四条", "示范工作条例第三、四条", "示范工作条例第三条和第四条分别讲了啥"]
)
def test_lists_and_ranges_give_every_article_asked_and_no_other(source, question):
    answer = ask(source, question)
    assert cited_articles(answer) == ["第三条", "第四条"]


def test_a_range_past_the_end_answers_what_exists_and_notes_the_rest(source):
    answer = ask(source, "示范工作条例第五条到第八条")
    assert cited_articles(answer) == ["第五条", "第六条"]
    assert not answer.refused and "共6条，没有第七条" in answer.note


def test_clause_and_item(source):
    item = ask(source, "示范工作条例第三条第（二）项是什么")
    assert "（二）通报" in item.text and "改组" not in item.text
    clause = ask(source, "示范工作条例第四条第二款")
    assert "收受消费卡" in clause.text and "警告处分" not in clause.text
    assert ask(source, "示范工作条例第四条第三款").refused


def test_structure_questions_are_answered_from_the_structure(source):
    assert "共6条" in ask(source, "示范工作条例一共有多少条？").text
    chapters = ask(source, "示范工作条例有几章")
    assert "共3章" in chapters.text and "第二章　处理（第三条〔3〕至第四条〔4〕）" in chapters.text
    chapter = ask(source, "示范工作条例第二章包括哪些条")
    assert "第二章　处理，包括第三条〔1〕至第四条〔2〕" in chapter.text
    assert ask(source, "示范工作条例第九章讲什么").text == f"《{NEW_TITLE}》共3章，没有第九章。"
    assert "2024年3月1日" in ask(source, "现行示范工作条例什么时候施行").text
    assert "2019年1月1日" in ask(source, "旧版示范工作条例什么时候施行").text
    assert "中央办公厅" in ask(source, "示范工作条例由谁解释").text


def test_topic_within_a_regulation_answers_with_its_article(source):
    gifts = ask(source, "示范工作条例关于收受礼金是怎么规定的")
    assert cited_articles(gifts) == ["第四条"] and gifts.citations[0].doc == NEW_TITLE
    kinds = ask(source, "示范工作条例规定的处理方式有哪几种")
    assert cited_articles(kinds)[0] == "第三条"


def test_regulations_of_numbered_points(source):
    assert "要精简文件简报" in ask(source, "六项规定第二条").text
    assert "共3项" in ask(source, "六项规定一共几条").text
    meetings = ask(source, "六项规定对开会有什么要求")
    assert "精简会议活动" in meetings.text and "文件简报" not in meetings.text
    assert ask(source, "六项规定第九条").refused


@pytest.mark.parametrize(
    "question",
    [
        "问责条例一共有多少条",
        "党章一共几章",
        "现行纪律处分条例什么时候施行",
        "纪律处分条例由谁解释",
        "八项规定对开会有什么要求",
    ],
)
def test_regulation_questions_route_to_lookup(question):
    assert route(question) == "lookup"


def test_report_counts_still_route_to_count():
    assert route("会上一共查摆了多少问题？") == "count"


def test_a_year_said_before_the_name_selects_the_revision(source):
    answer = ask(source, "2019年示范工作条例第四条")
    assert answer.text.startswith(f"依据《{OLD_TITLE}》第四条")


def test_identical_articles_compare_as_the_same(source):
    answer = ask(source, "新旧两版示范工作条例第一条有什么不同")
    assert answer.text.endswith("两版条文相同。")


def test_a_topic_in_a_regulation_not_held_is_refused(source):
    answer = ask(source, "党内监督条例有什么规定")
    assert answer.refused and "党内监督条例" in answer.text


def test_a_topic_compared_across_revisions_quotes_each_ones_article(source):
    answer = ask(source, "新旧两版示范工作条例关于收受礼金的规定有什么不同")
    assert OLD_TITLE in answer.text and NEW_TITLE in answer.text
    assert "[-严重-]" in answer.text


def test_the_revisions_held_are_listed(source):
    answer = ask(source, "示范工作条例有几个版本")
    assert f"2个版本：《{NEW_TITLE}》〔1〕、《{OLD_TITLE}》〔2〕" in answer.text


def test_each_reference_resolves_within_the_regulation_named_before_it(source):
    answer = ask(source, "示范工作条例第四条和党章第二条分别是什么")
    assert [(c.doc, c.article) for c in answer.citations] == [(NEW_TITLE, "第四条"), (CHARTER_TITLE, "第二条")]
    assert ask(source, "示范工作条例第四条和支部工作条例第二条").refused


def test_points_are_asked_for_as_items_or_points(source):
    assert "要精简文件简报" in ask(source, "六项规定第二项是什么").text
    assert "要改进调查研究" in ask(source, "六项规定的第三点讲了什么").text


def test_an_ambiguous_name_is_asked_about(source):
    answer = ask(source, "《中国共产党示范工作条例》和《中国共产党章程》第二条")
    assert answer.refused and "请说明是哪一部" in answer.text
