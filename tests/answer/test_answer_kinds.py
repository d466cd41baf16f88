"""Each answer kind on hand-made chunks (no model, no Chroma): what it says, what it cites, when it refuses."""

from __future__ import annotations

from typing import get_args

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answer.context import AnswerContext
from assistant.answer.count import counted_thing
from assistant.answer.draft_names import most_common_org, period_of
from assistant.answer.draft_topic import draft_topic
from assistant.answer.extractive import ANSWERERS, answer_extractively
from assistant.answer.pipeline import Assistant
from assistant.answer.routing import AnswerKind, Route, understand
from assistant.search.periods import period_conflict
from tests.answer.support import (
    OLD_REGULATION,
    REGULATION,
    REGULATION_TITLE,
    REPORT,
    REPORT_TITLE,
    SIX_RULES,
    FakeSource,
    ask_source,
)


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT, REGULATION, SIX_RULES)


ask = ask_source


def test_every_kind_has_one_answerer():
    assert set(ANSWERERS) == set(get_args(AnswerKind))


def test_count_sums_addends_of_one_passage_and_cites_them_once(source):
    answer = ask(source, "上半年讲党课几次？")
    assert answer.kind == "count" and not answer.refused
    assert answer.text.startswith("共讲党课6次：党委班子成员讲党课4次，党支部书记讲党课2次〔1〕")
    assert answer.derived_numbers == {6.0}
    assert [c.section for c in answer.citations] == ["二、严肃党内政治生活 › （一）落实组织生活制度"]


def test_count_question_searches_with_the_quantity_hint(source):
    ask(source, "上半年召开了几次党委会？")
    query, hints = source.searches[0]
    assert query == "上半年召开了几次党委会？"
    assert hints.quantity is not None and hints.quantity.search("党委会4次")
    assert not hints.cites_documents


def test_count_without_a_stated_figure_refuses_and_shows_what_is_related(source):
    answer = ask(source, "上半年发展了多少名新党员？")
    assert answer.refused and "没有相关数字的记载" in answer.text


def test_follow_up_counts_only_the_focus(source):
    history = [{"role": "user", "content": "上半年讲党课几次？"}]
    answer = answer_extractively(understand("那党支部书记呢？", history), source)
    assert "党支部书记讲党课2次" in answer.text and "6次" not in answer.text


def test_fact_quotes_the_best_sentence(source):
    answer = ask(source, "开展了什么问题专项整治？")
    assert answer.kind == "fact"
    assert answer.text == "开展“庸懒散拖”问题专项整治，建立问题清单台账〔1〕。"


def test_fact_refuses_what_no_passage_says(source):
    answer = ask(source, "量子计算机的发展情况如何？")
    assert answer.refused and answer.citations == []
    assert "没有找到" in answer.text


def test_list_of_an_enumeration(source):
    answer = ask(source, "下一步重点做好哪些工作？")
    assert answer.kind == "list"
    assert "共2项" in answer.text
    assert "1. 一是持续加强理论学习，丰富党课形式〔1〕" in answer.text
    assert "2. 二是严格落实“三会一课”制度，提高组织生活质量〔2〕" in answer.text
    assert answer.derived_numbers == {2.0}


def test_list_of_a_whole_document_is_its_outline(source):
    answer = ask(source, "六项规定的主要内容有哪些？")
    assert answer.kind == "list"
    assert answer.text.startswith("《机关党委关于改进会风文风的六项规定》共3部分：")
    assert "3. 三、要改进调查研究。〔3〕" in answer.text


def test_lookup_by_article_number_quotes_the_article():
    source = FakeSource(REPORT, REGULATION, OLD_REGULATION)
    answer = ask(source, "《纪律处分条例》第三条是什么内容？")
    assert answer.kind == "lookup"
    assert answer.text.startswith(f"依据《{REGULATION_TITLE}》第三条：\n第三条")
    assert "（五）开除党籍。〔1〕" in answer.text
    assert answer.citations[0].article == "第三条"
    assert "另有旧版本《中国共产党纪律处分条例（2018年修订）》" in answer.note


def test_lookup_of_a_regulation_the_knowledge_base_lacks_says_where_it_is_cited(source):
    answer = ask(source, "《中国共产党问责条例》对问责方式是怎么规定的？")
    assert answer.refused and answer.kind == "lookup"
    assert "没有收录《中国共产党问责条例》" in answer.text and "corpus/" in answer.text
    assert answer.citations[0].quote == "认真学习《中国共产党问责条例》。"


def test_cited_regulations_with_their_status(source):
    answer = ask(source, "2023年上半年机关党建工作报告引用了哪些党内法规？")
    assert answer.kind == "cited"
    lines = answer.text.split("\n")
    assert lines[0] == f"《{REPORT_TITLE}》引用的党内法规共2部："
    assert "《中国共产党纪律处分条例》" in lines[1] and f"知识库已收录《{REGULATION_TITLE}》" in lines[1]
    assert "《中国共产党问责条例》" in lines[2] and "知识库中未收录" in lines[2]
    assert source.searches == []  # the report is named: nothing to search for


def test_draft_is_one_paragraph_of_cited_sentences(source):
    answer = ask(source, "根据2023年上半年机关党建工作报告，起草一段关于党风廉政建设情况的总结。")
    assert answer.kind == "draft" and not answer.refused
    assert answer.text.startswith("2023年上半年，党委在党风廉政建设方面主要开展了以下工作：一是机关党委组织")
    assert "〔1〕" in answer.text and "〔2〕" in answer.text
    # it searched by topic within the named report, keeping the period asked about
    query, _ = source.searches[-1]
    assert query == "上半年 2023 党风廉政建设"


def test_draft_refuses_a_topic_no_report_covers(source):
    answer = ask(source, "起草一段关于量子计算研究情况的总结")
    assert answer.refused and "量子计算研究" in answer.text


@pytest.mark.parametrize(
    ("question", "text", "is_action"),
    [
        ("上半年讲党课几次？", "讲党课", True),
        ("上半年召开了几次党委会？", "党委会", False),
        ("2022年度获得国际金牌几枚？", "国际金牌", True),
    ],
)
def test_counted_thing(question, text, is_action):
    counted = counted_thing(question)
    assert (counted.text, counted.is_action) == (text, is_action)


def test_draft_helpers():
    assert draft_topic("根据上半年报告，起草一段关于廉政文化建设情况的总结。") == "廉政文化建设"
    assert "一下" not in draft_topic("用一段话总结一下白沙镇2024年的组织建设")
    assert "一下" not in draft_topic("帮我归纳一下白沙镇上半年的宣传工作")
    assert period_of("2023年上半年机关党建工作报告") == "2023年上半年"
    assert period_of("2022年度工作总结") == "2022年"
    assert period_of("读书笔记") == ""
    assert most_common_org(REPORT) == "党委"  # 机关党委, 党委会: the organisation word itself


@pytest.mark.parametrize(
    ("question", "title", "conflict"),
    [
        ("2021年召开了几次党委会？", "2023年上半年工作报告", True),
        ("下半年召开了几次党委会？", "2023年上半年工作报告", True),
        ("上半年召开了几次党委会？", "2023年度工作总结", True),  # a half-year question, a whole-year report
        ("上半年召开了几次党委会？", "2023年上半年工作报告", False),
        ("召开了几次党委会？", "2023年度工作总结", False),
    ],
)
def test_period_conflict(question, title, conflict):
    assert period_conflict(question, title) is conflict


def test_context_leaves_out_documents_of_another_period():
    other = FakeSource(REPORT)
    ctx = AnswerContext(Route("fact", "2021年召开党委会几次？"), other)
    assert ctx.evidence() == []  # the only report is from 2023


def fake_llm(reply: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))


def test_pipeline_uses_a_grounded_llm_answer(source):
    answer = Assistant(source, fake_llm("上半年召开党委会4次〔1〕。")).ask("上半年召开了几次党委会？")
    assert (answer.backend, answer.text, answer.note) == ("llm", "上半年召开党委会4次〔1〕。", None)


def test_pipeline_falls_back_when_the_llm_invents_a_number(source):
    answer = Assistant(source, fake_llm("上半年召开党委会5次〔1〕。")).ask("上半年召开了几次党委会？")
    assert answer.backend == "extractive" and "数字 5" in answer.note
    assert "党委会4次〔1〕" in answer.text


def test_a_form_or_length_clause_is_no_draft_topic():
    """--length 一篇 adds ，写成一篇: the topic stays what the question names (a follow-up 写成一篇 too)."""
    for option in ("，写成一篇", "，写成一段", "，约300字", "，压缩到100字以内"):
        assert draft_topic(f"根据白沙镇述职报告起草党建工作总结{option}") == draft_topic(
            "根据白沙镇述职报告起草党建工作总结"
        )


def test_how_often_asks_for_a_frequency():
    from assistant.answer.answer_types import wanted_types

    assert [w.kind for w in wanted_types("党组会议多久开一次？")] == ["date"]
    assert [w.kind for w in wanted_types("预备期多长？")] != ["date"]


def test_an_age_is_answered_only_by_a_sentence_stating_one():
    from tests.answer.support import FakeSource, ask_source, make_chunk

    title = "白石岭国有林场党委2024年度党建工作总结"
    source = FakeSource([make_chunk(title, "党委书记由场长宋德林担任，宋德林带头讲党课2次。", ("二",))])
    answer = ask_source(source, "白石岭林场宋德林多大年纪")
    assert answer.refused, answer.text
