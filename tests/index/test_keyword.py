"""BM25 scoring and the keyword index over the manifest's tokens."""

from __future__ import annotations

import math

import pytest

from assistant.core.schema import Chunk
from assistant.index.keyword import BM25Index, KeywordCache, KeywordIndex, keyword_tokens


def test_rarer_and_repeated_terms_score_higher():
    bm25 = BM25Index(["a", "b", "c"], [["党课", "党课", "学习"], ["党课", "学习"], ["学习", "调研"]])
    hits = bm25.search(["党课"], 10)
    assert [cid for cid, _ in hits] == ["a", "b"]  # c has no 党课: not a hit at all
    assert hits[0][1] > hits[1][1] > 0
    assert bm25.token_weight("调研") > bm25.token_weight("学习")
    assert bm25.token_weight("没有的词") == bm25.max_idf == pytest.approx(math.log(1 + 3.5 / 0.5))


def test_search_edge_cases():
    bm25 = BM25Index(["a", "b"], [["党课"], ["学习"]])
    assert bm25.search(["没有的词"], 5) == []
    assert bm25.search(["党课", "学习"], 1)[0][0] in {"a", "b"}
    assert len(bm25.search(["党课", "学习"], 1)) == 1
    assert BM25Index([], []).search(["党课"], 5) == []


def test_keyword_index_filters_by_document():
    index = KeywordIndex([("a", "D1", ["党课"]), ("b", "D2", ["党课", "党课"])])
    assert [cid for cid, _ in index.search("党课", 5)] == ["b", "a"]
    assert [cid for cid, _ in index.search("党课", 5, {"D1"})] == ["a"]
    assert index.search("党课", 5, set()) == []


def test_cache_rebuilds_only_when_the_version_changes():
    loads = []

    def load():
        loads.append(1)
        return [("a", "D1", ["党课"])]

    cache = KeywordCache()
    first = cache.get((0, 1), load)
    assert cache.get((0, 1), load) is first and len(loads) == 1
    assert cache.get((1, 1), load) is not first and len(loads) == 2


def test_keyword_tokens_include_title_and_section():
    c = Chunk("c", "d", "纪律处分条例", "regulation", ("第一章　总则",), "第一条", "严肃党的纪律。", 0, 7)
    tokens = keyword_tokens(c)
    assert "纪律" in tokens and "总则" in tokens
