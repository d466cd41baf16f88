"""The knowledge base facade on the fake embedder and the in-memory vector index: index, search, remove, repair."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fakes import FakeEmbeddings, fake_kb
from filelock import FileLock, Timeout

from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import IndexUnusable, IndexWriteError, KnowledgeBase, vector_ids
from assistant.index.storage import LOCK_FILE
from tests.corpus import NOTE_NAME, REG_2023_NAME, REPORT_NAME, write_corpus


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus", with_old_revision=False)


@pytest.fixture
def kb(tmp_path, corpus) -> KnowledgeBase:
    kb = fake_kb(tmp_path / "index")
    report = index_paths(kb, [corpus])
    assert report.count("added") == 3 and not report.errors
    yield kb
    kb.close()


def all_vector_ids(kb: KnowledgeBase) -> set[str]:
    return {vid for d in kb.documents() for c in kb.doc_chunks(d.doc_id) for vid in vector_ids(c)}


def test_fake_embeddings_are_deterministic_and_normalised():
    fake = FakeEmbeddings()
    a, b = fake.embed_query("讲党课4次"), fake.embed_documents(["讲党课4次", ""])
    assert a == b[0] and sum(x * x for x in a) == pytest.approx(1.0)
    assert sum(x * x for x in b[1]) == pytest.approx(1.0)


def test_index_then_search(kb):
    titles = {d.title: d for d in kb.documents()}
    assert set(titles) == {"2023年上半年机关党建工作报告", "中国共产党纪律处分条例（2023年修订）", "读书笔记"}
    assert kb.chunk_count() == sum(d.n_chunks for d in titles.values())
    assert kb.vector_count() == len(all_vector_ids(kb))
    assert kb.meta("embedder") == kb.vector_space == "fake-ngrams+w2"
    assert not kb.needs_repair()

    hits = kb.keyword_search("讲党课", 3)
    assert any("讲党课4次" in c.text for c in kb.chunks([cid for cid, _ in hits]))
    dense = kb.dense_search("党委班子成员讲党课4次", 3)
    assert "讲党课4次" in kb.chunks([dense[0][0]])[0].text
    assert len({cid for cid, _ in dense}) == len(dense)  # one hit per chunk, not per window

    regulation = titles["中国共产党纪律处分条例（2023年修订）"].doc_id
    assert kb.keyword_search("讲党课", 3, {regulation}) == []
    assert kb.dense_search("讲党课", 3, set()) == []
    assert {kb.chunks([c])[0].doc_id for c, _ in kb.dense_search("党员", 5, {regulation})} == {regulation}
    assert [c.article for c in kb.article_chunks("第八条")] == ["第八条"]
    assert kb.article_chunks("第八条", []) == []

    common, rare = kb.token_weights(["党", "咬耳扯袖"])
    assert rare > common and kb.max_token_weight() >= rare


def test_unchanged_files_are_skipped_and_removed_files_leave(kb, corpus):
    again = index_paths(kb, [corpus])
    assert again.count("unchanged") == 3
    note = next(d for d in kb.documents() if d.title == "读书笔记")
    note_vectors = {vid for c in kb.doc_chunks(note.doc_id) for vid in vector_ids(c)}
    (corpus / NOTE_NAME).unlink()
    report = index_paths(kb, [corpus])
    assert report.count("removed") == 1
    assert "读书笔记" not in [d.title for d in kb.documents()]
    assert kb.keyword_search("读原著", 3) == []
    assert not note_vectors & set(kb.vectors.records(kb.vector_space))
    assert kb.remove_document(note.doc_id) is False


def test_edited_file_replaces_its_chunks_and_vectors(kb, corpus):
    path = corpus / REG_2023_NAME
    path.write_text(path.read_text("utf-8").replace("改组或者解散", "限期整顿"), encoding="utf-8")
    assert index_paths(kb, [corpus]).count("updated") == 1
    assert kb.keyword_search("解散", 3) == []
    assert "限期整顿" in kb.chunks([kb.keyword_search("限期整顿", 1)[0][0]])[0].text
    assert set(kb.vectors.records(kb.vector_space)) == all_vector_ids(kb)


def test_repair_removes_orphans_and_fills_gaps(kb):
    space = kb.vector_space
    complete = set(kb.vectors.records(space))
    kb.vectors.upsert(space, ["orphan#0"], [FakeEmbeddings().embed_query("孤儿")], [{"doc_id": "x"}])
    lost = sorted(complete)[:3]
    kb.vectors.delete(space, lost)
    repaired = kb.repair()
    assert repaired == {
        "orphans_removed": 1,
        "re_embedded": len({v.split("#")[0] for v in lost}),
        "embedder_changed": 0,
    }
    assert set(kb.vectors.records(space)) == complete


def test_failed_write_keeps_the_index_and_is_repaired_next_run(kb, corpus, monkeypatch):
    before = (kb.documents(), set(kb.vectors.records(kb.vector_space)))
    (corpus / "新报告.txt").write_text("新报告\n一、情况\n（一）学习。组织学习3次。\n", encoding="utf-8")

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(kb.vectors, "upsert", disk_full)
    with pytest.raises(IndexWriteError, match="磁盘空间不足"):
        index_paths(kb, [corpus])
    monkeypatch.undo()
    assert (kb.documents(), set(kb.vectors.records(kb.vector_space))) == before
    assert kb.meta("pending") is not None and kb.needs_repair()
    report = index_paths(kb, [corpus])
    assert report.count("added") == 1 and report.repaired["orphans_removed"] == 0
    assert kb.meta("pending") is None


def test_writers_hold_the_folder_lock(kb, tmp_path):
    other = FileLock(tmp_path / "index" / LOCK_FILE)
    with kb.writing():
        assert kb.meta("pending") is not None
        with pytest.raises(Timeout):
            other.acquire(timeout=0)
    assert kb.meta("pending") is None
    other.acquire(timeout=0)
    other.release()


def test_a_second_instance_sees_the_first_ones_writes(kb, tmp_path, corpus):
    reader = KnowledgeBase(Settings(index_dir=tmp_path / "index"), FakeEmbeddings(), kb.vectors)
    assert len(reader.documents()) == 3 and reader.keyword_search("讲党课", 3)
    kb.remove_document(next(d.doc_id for d in kb.documents() if d.title == "读书笔记"))
    assert len(reader.documents()) == 2 and reader.keyword_search("读原著", 3) == []
    reader.close()


def test_empty_index_answers_nothing(tmp_path):
    kb = fake_kb(tmp_path / "index")
    assert kb.documents() == [] and kb.chunk_count() == 0
    assert kb.keyword_search("讲党课", 3) == [] and kb.dense_search("讲党课", 3) == []
    assert kb.disk_bytes() > 0
    kb.close()


def test_folder_that_is_not_an_index_is_refused(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / REPORT_NAME).write_text("别删我", encoding="utf-8")
    with pytest.raises(IndexUnusable, match="不是本助手的索引"):
        fake_kb(tmp_path / "documents")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(IndexUnusable, match="不是文件夹"):
        fake_kb(tmp_path / "a-file")
    with pytest.raises(IndexUnusable, match="无法创建索引文件夹"):  # under a file: cannot be made
        fake_kb(tmp_path / "a-file" / "index")
