"""Vector texts and ids per chunk, and the in-memory vector index (the fast stand-in for Chroma)."""

from __future__ import annotations

import pytest

from assistant.core.schema import Chunk
from assistant.index.vectors import MAX_WINDOWS, WINDOW_CHARS, InMemoryVectorIndex, vector_ids, vector_texts


def chunk(text: str, cid: str = "c1") -> Chunk:
    return Chunk(cid, "d1", "工作报告", "report", ("一、组织建设",), None, text, 0, len(text))


def test_short_chunk_is_one_window_with_its_context():
    c = chunk("上半年召开支委会3次。")
    assert vector_texts(c) == ["工作报告 一、组织建设 上半年召开支委会3次。"]
    assert vector_ids(c) == ["c1#0"]


def test_long_chunk_is_cut_into_bounded_windows_at_sentence_ends():
    sentence = "党支部组织党员开展集中学习并撰写学习心得体会。"  # 23 characters
    c = chunk(sentence * 40)
    texts = vector_texts(c)
    assert len(texts) == MAX_WINDOWS
    prefix = "工作报告 一、组织建设 "
    for text in texts:
        body = text.removeprefix(prefix)
        assert len(body) <= WINDOW_CHARS and body.endswith("。")
    assert vector_ids(c) == [f"c1#{i}" for i in range(MAX_WINDOWS)]


@pytest.fixture
def index() -> InMemoryVectorIndex:
    index = InMemoryVectorIndex()
    index.upsert(
        "s",
        ["a#0", "a#1", "b#0"],
        [[1.0, 0.0], [0.6, 0.8], [0.0, 2.0]],
        [{"doc_id": "A"}, {"doc_id": "A"}, {"doc_id": "B"}],
    )
    return index


def test_query_ranks_by_cosine_similarity(index):
    hits = index.query("s", [0.0, 1.0], 3)
    assert [vid for vid, _ in hits] == ["b#0", "a#1", "a#0"]
    assert hits[0][1] == pytest.approx(1.0) and hits[1][1] == pytest.approx(0.8)
    assert index.query("s", [0.0, 1.0], 1) == [hits[0]]


def test_query_within_documents(index):
    assert [vid for vid, _ in index.query("s", [0.0, 1.0], 3, {"A"})] == ["a#1", "a#0"]
    assert index.query("s", [0.0, 1.0], 3, set()) == []


def test_spaces_are_separate_and_delete_drop_count(index):
    assert index.count("s") == 3 and index.count("other") == 0
    assert index.query("other", [1.0, 0.0], 3) == []
    index.delete("s", ["a#1", "never-there"])
    assert set(index.records("s")) == {"a#0", "b#0"}
    assert index.records("s", metadata=True)["b#0"] == {"doc_id": "B"}
    index.upsert("s", ["b#0"], [[1.0, 0.0]], [{"doc_id": "B2"}])  # upsert replaces
    assert index.count("s") == 2 and index.records("s", metadata=True)["b#0"] == {"doc_id": "B2"}
    index.drop("s")
    index.drop("s")  # already gone: no error
    assert index.count("s") == 0
