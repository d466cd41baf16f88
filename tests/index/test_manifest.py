"""The SQLite manifest: documents and chunks in, the same out; transactions; folder claims."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.core.schema import Chunk, Document
from assistant.index.manifest import DocRecord, Manifest, claim_folder
from assistant.index.storage import MANIFEST_FILE, IndexUnusable


def document(doc_id: str, title: str, text: str = "正文") -> Document:
    return Document(doc_id, f"/corpus/{title}.txt", title, "regulation", text, f"hash-{doc_id}")


def chunks_of(doc: Document, *articles: str) -> list[Chunk]:
    return [
        Chunk(f"{doc.doc_id}-{i}", doc.doc_id, doc.title, doc.kind, ("第一章", "总则"), a, f"{a}　内容{i}。", i, i + 5)
        for i, a in enumerate(articles)
    ]


@pytest.fixture
def manifest(tmp_path) -> Manifest:
    manifest = Manifest(tmp_path)
    yield manifest
    manifest.close()


def put(manifest: Manifest, *items, at: float = 100.0) -> None:
    with manifest.transaction():
        manifest.put_documents(list(items), at)


def test_documents_and_chunks_round_trip(manifest):
    b, a = document("b", "乙条例"), document("a", "甲条例", "正文很长")
    b_chunks, a_chunks = chunks_of(b, "第一条", "第二条"), chunks_of(a, "第一条")
    put(manifest, (b, b_chunks), (a, a_chunks))
    assert manifest.document("a") == DocRecord("a", a.source, "甲条例", "regulation", "hash-a", 100.0, 1, 4)
    assert manifest.document("zzz") is None
    assert manifest.doc_chunks("b") == b_chunks
    assert manifest.chunks(["b-1", "nope", "a-0"]) == [b_chunks[1], a_chunks[0]]
    assert manifest.chunk_count() == 3 and sorted(manifest.chunk_ids()) == ["a-0", "b-0", "b-1"]
    assert manifest.article_chunks("第一条") == [a_chunks[0], b_chunks[0]]
    assert manifest.article_chunks("第一条", ["b"]) == [b_chunks[0]]
    assert manifest.stamps() == {"a": ("hash-a", 100.0), "b": ("hash-b", 100.0)}
    assert [r[0] for r in manifest.keyword_rows()] == ["b-0", "b-1", "a-0"]
    assert "总则" in manifest.keyword_rows()[0][2]


def test_documents_are_ordered_by_title(manifest):
    put(manifest, (document("1", "b"), []), (document("2", "a"), []))
    assert [d.title for d in manifest.documents()] == ["a", "b"]


def test_replacing_a_document_replaces_all_its_chunks(manifest):
    doc = document("d", "条例")
    put(manifest, (doc, chunks_of(doc, "第一条", "第二条", "第三条")))
    put(manifest, (doc, chunks_of(doc, "第九条")), at=200.0)
    assert [c.article for c in manifest.doc_chunks("d")] == ["第九条"]
    assert manifest.document("d").n_chunks == 1 and manifest.document("d").indexed_at == 200.0
    with manifest.transaction():
        assert manifest.delete_document("d") is True
        assert manifest.delete_document("d") is False
    assert manifest.documents() == [] and manifest.chunk_count() == 0


def test_failed_transaction_leaves_nothing_and_commits_change_the_version(manifest):
    doc = document("d", "条例")
    before = manifest.version()
    with pytest.raises(RuntimeError), manifest.transaction():
        manifest.put_documents([(doc, chunks_of(doc, "第一条"))], 1.0)
        raise RuntimeError("killed")
    assert manifest.documents() == [] and manifest.version() == before
    put(manifest, (doc, []))
    assert manifest.version() != before


def test_another_connection_sees_commits_through_the_version(tmp_path, manifest):
    other = Manifest(tmp_path)
    before = other.version()
    put(manifest, (document("d", "条例"), []))
    assert other.version() != before and [d.doc_id for d in other.documents()] == ["d"]
    other.close()


def test_meta(manifest):
    assert manifest.meta("schema") == "1" and manifest.meta("pending") is None
    manifest.set_meta("pending", "1.5")
    assert manifest.meta("pending") == "1.5"
    manifest.delete_meta("pending")
    assert manifest.meta("pending") is None


def test_incompatible_or_corrupt_manifest_is_refused(tmp_path):
    Manifest(tmp_path).close()
    with sqlite3.connect(tmp_path / MANIFEST_FILE) as db:
        db.execute("UPDATE meta SET value='0' WHERE key='schema'")
    with pytest.raises(IndexUnusable, match="格式版本不兼容"):
        Manifest(tmp_path)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / MANIFEST_FILE).write_bytes(b"not sqlite" * 100)
    with pytest.raises(IndexUnusable, match="已损坏"):
        Manifest(broken)


def test_local_index_and_server_cache_are_never_mixed(tmp_path, manifest):
    claim_folder(manifest, tmp_path, "")
    assert manifest.meta("store") == "embedded"
    with pytest.raises(IndexUnusable, match="本机索引"):
        claim_folder(manifest, tmp_path, "http://127.0.0.1:8000")
    (tmp_path / "cache").mkdir()
    cache = Manifest(tmp_path / "cache")
    claim_folder(cache, tmp_path / "cache", "http://127.0.0.1:8000")
    assert cache.meta("store") == "server http://127.0.0.1:8000"
    with pytest.raises(IndexUnusable, match="本地缓存"):
        claim_folder(cache, tmp_path / "cache", "")
    cache.close()
