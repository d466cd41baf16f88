"""Hybrid retrieval over the fixture documents: keyword + dense fused, direct article lookup, filters.

Questions are searched with the hints the router gives them, as the assistant and the CLI do.
"""

from __future__ import annotations

import pytest
from langchain_core.retrievers import BaseRetriever

from assistant.answer.routing import hints_for
from assistant.search.langchain_retriever import HybridRetriever
from assistant.search.retriever import (
    MAX_INPUT_CHARS,
    MAX_QUERY_CHARS,
    Filters,
    QueryError,
    Retriever,
    SearchHints,
    check_query,
)

pytestmark = pytest.mark.slow  # the real embedder and Chroma

REG_2023 = "中国共产党纪律处分条例（2023年修订）"
REG_2018 = "中国共产党纪律处分条例（2018年修订）"
REPORT_TITLE = "2023年上半年机关党建工作报告"


@pytest.fixture(scope="module")
def retriever(indexed_kb):
    return Retriever(indexed_kb)


def test_party_lecture_count_sentence_comes_first(retriever):
    results = retriever.search("上半年讲党课几次", 5, hints=hints_for("上半年讲党课几次"))
    top = results[0].chunk
    assert "党委班子成员讲党课4次，党支部书记讲党课2次" in top.text
    assert top.doc_title == REPORT_TITLE
    assert top.location == "二、严肃党内政治生活 › （一）落实组织生活制度"
    # the 讲党课 sentence without a count ranks below it
    distractor = next(i for i, e in enumerate(results) if "推动书记讲党课常态化" in e.chunk.text)
    assert distractor > 0
    assert [e.score for e in results] == sorted((e.score for e in results), reverse=True)


def test_the_caller_s_hints_decide_not_the_wording(retriever):
    question = "2023年上半年机关党建工作报告引用了哪些党内法规"
    plain = retriever.search(question, 3)
    citing = retriever.search(question, 3, hints=SearchHints(cites_documents=True))
    assert "重温《中国共产党纪律处分条例》" in citing[0].chunk.text
    assert "重温《中国共产党纪律处分条例》" not in plain[0].chunk.text  # no hint: the question is not re-read


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("民主生活会开了几次", "上半年召开民主生活会1次"),
        ("谈心谈话开展了多少人次", "开展谈心谈话12人次"),
        ("收受礼金怎么处分", "第一百一十三条　收受可能影响公正执行公务的礼品、礼金"),
        ("纪律处分的种类有哪些", "（五）开除党籍。"),
        ("党委会开了几次", "上半年召开党委会4次"),
    ],
)
def test_hybrid_top_hit(retriever, query, expected):
    assert expected in retriever.search(query, 3, hints=hints_for(query))[0].chunk.text


@pytest.mark.parametrize(
    "query",
    [
        "《纪律处分条例》第八条",
        "纪律处分条例第八条",
        "《中国共产党纪律处分条例》第8条",
        "纪律处分条例第八条是怎么规定的",
    ],
)
def test_direct_article_lookup_newest_revision_first(retriever, query):
    results = retriever.search(query, 5)
    first, second = results[0].chunk, results[1].chunk
    assert (first.doc_title, first.article) == (REG_2023, "第八条")
    assert first.text.startswith("第八条　对严重违犯党纪的党组织，上级党组织应当责令其改正")
    assert (second.doc_title, second.article) == (REG_2018, "第八条")
    assert results[0].score > results[1].score > results[2].score


def test_direct_lookup_of_a_long_article_number(retriever):
    for query in ("《纪律处分条例》第一百一十三条", "纪律处分条例第113条"):
        top = retriever.search(query, 3)[0].chunk
        assert (top.doc_title, top.article) == (REG_2023, "第一百一十三条")


def test_article_only_in_the_old_revision(retriever):
    top = retriever.search("《纪律处分条例》第九条", 3)[0].chunk
    assert (top.doc_title, top.article) == (REG_2018, "第九条")


def test_article_reference_inside_a_sentence_is_not_an_article_chunk(indexed_kb):
    assert indexed_kb.article_chunks("第十七条") == []
    assert {c.doc_title for c in indexed_kb.article_chunks("第八条")} == {REG_2023, REG_2018}


def test_resolve_article_needs_a_named_regulation(retriever):
    assert retriever.resolve_article("第八条") == []
    assert retriever.resolve_article("《不存在的条例》第八条") == []
    assert [e.chunk.doc_title for e in retriever.resolve_article("《纪律处分条例》第八条")] == [REG_2023, REG_2018]


def test_filter_by_kind(retriever):
    regulation_only = retriever.search("讲党课", 5, Filters(kinds=("regulation",)))
    assert regulation_only
    assert {e.chunk.doc_kind for e in regulation_only} == {"regulation"}
    report_only = retriever.search("纪律处分条例", 5, Filters(kinds=("report",)))
    assert {e.chunk.doc_kind for e in report_only} == {"report"}
    assert "重温《中国共产党纪律处分条例》" in report_only[0].chunk.text
    other = retriever.search("理论学习的方法", 5, Filters(kinds=("other",)))
    assert {e.chunk.doc_title for e in other} == {"读书笔记"}


def test_filter_by_title(retriever):
    old = retriever.search("党组织", 5, Filters(title="2018"))
    assert old
    assert {e.chunk.doc_title for e in old} == {REG_2018}
    # a direct reference outside the filter is not returned
    filtered = retriever.search("《纪律处分条例》第八条", 5, Filters(title="2018"))
    assert {e.chunk.doc_title for e in filtered} == {REG_2018}
    assert retriever.search("讲党课", 5, Filters(title="没有这个文档")) == []


def test_keyword_and_dense_sides_on_their_own(indexed_kb):
    keyword = indexed_kb.keyword_search("讲党课", 5)
    texts = [t.text for t in indexed_kb.chunks([cid for cid, _ in keyword])]
    assert len(texts) == 2 and all("讲党课" in t for t in texts)
    assert keyword[0][1] >= keyword[1][1] > 0
    dense = indexed_kb.dense_search("收受礼品礼金会受到什么处分", 3)
    assert len(dense) == 3
    assert len({cid for cid, _ in dense}) == 3  # one entry per chunk, not per sentence window
    assert indexed_kb.chunks([dense[0][0]])[0].article == "第一百一十三条"
    assert -1.0 <= dense[-1][1] <= dense[0][1] <= 1.0


def test_k_limits_the_results(retriever):
    assert len(retriever.search("党建工作", 2)) == 2
    assert len(retriever.search("党建工作", 7)) == 7


def test_a_word_no_document_has(retriever):
    # dense similarity still ranks something, but never a keyword-only artefact
    results = retriever.search("量子计算机芯片", 3)
    assert all(e.score < 1.0 for e in results)


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_refused_in_chinese(retriever, query):
    with pytest.raises(QueryError, match="问题为空"):
        retriever.search(query)


def test_punctuation_only_query(retriever):
    with pytest.raises(QueryError, match="没有可检索的文字"):
        retriever.search("？？？！！")


def test_very_long_query_is_refused_in_chinese(retriever):
    with pytest.raises(QueryError, match="问题过长"):
        retriever.search("讲党课" * 3334)  # 10,002 characters
    with pytest.raises(QueryError, match="问题过长"):
        check_query("党" * 10_000)


def test_long_query_within_limit_is_cut_not_refused():
    assert len(check_query("党" * MAX_INPUT_CHARS)) == MAX_QUERY_CHARS
    with pytest.raises(QueryError, match=f"问题过长（{MAX_INPUT_CHARS + 1} 字），请精简到 {MAX_INPUT_CHARS} 字以内"):
        check_query("党" * (MAX_INPUT_CHARS + 1))


def test_langchain_retriever(retriever):
    lc = HybridRetriever(retriever=retriever, k=3, filters=Filters(kinds=("report",)), hints_for=hints_for)
    assert isinstance(lc, BaseRetriever)
    documents = lc.invoke("上半年讲党课几次")
    assert len(documents) == 3
    top = documents[0]
    assert "讲党课4次" in top.page_content
    assert top.metadata["doc"] == REPORT_TITLE
    assert top.metadata["kind"] == "report"
    assert top.metadata["section"] == "二、严肃党内政治生活 › （一）落实组织生活制度"
    assert top.metadata["article"] is None
    assert top.metadata["chunk_id"]


def test_evidence_json_shape(retriever):
    item = retriever.search("《纪律处分条例》第八条", 1)[0].to_json()
    assert set(item) >= {"doc", "section", "article", "text", "score", "chunk_id"}
    assert item["doc"] == REG_2023
    assert item["article"] == "第八条"
    assert item["section"] == "第二章　违纪行为的处理 › 第八条"
