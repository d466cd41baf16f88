"""The knowledge base on disk: incremental indexing checked in Chroma, SQLite and the keyword index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import (
    MANIFEST_FILE,
    VECTOR_SCHEME,
    IndexUnusable,
    KnowledgeBase,
    collection_name,
    vector_ids,
    wipe_index,
)
from assistant.index.vectors import ChromaVectorIndex
from tests.corpus import NOTE, NOTE_NAME, REG_2023_NAME, REGULATION_2023, REPORT, REPORT_NAME, write_corpus

pytestmark = pytest.mark.slow  # real USE embedder and Chroma


def chroma_ids(index_dir: Path, embedder_name: str = f"use-m3+{VECTOR_SCHEME}") -> set[str]:
    """Vector ids as Chroma itself has them on disk (an independent client, not the knowledge base)."""
    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    return set(client.get_collection(collection_name(embedder_name)).get(include=[])["ids"])


def manifest(index_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(chunk id -> doc id, doc id -> source) straight from the SQLite manifest."""
    with sqlite3.connect(index_dir / MANIFEST_FILE) as db:
        chunks = dict(db.execute("SELECT id, doc_id FROM chunks"))
        docs = dict(db.execute("SELECT doc_id, source FROM docs"))
    return chunks, docs


def expected_vector_ids(kb: KnowledgeBase) -> set[str]:
    return {vid for doc in kb.documents() for chunk in kb.doc_chunks(doc.doc_id) for vid in vector_ids(chunk)}


def keyword_hits(kb: KnowledgeBase, word: str) -> list[str]:
    return [kb.chunks([cid])[0].text for cid, _ in kb.keyword_search(word, 10)]


def statuses(report) -> dict[str, str]:
    return {Path(r.path).name: r.status for r in report.results}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    (folder / REG_2023_NAME).write_text(REGULATION_2023, encoding="utf-8")
    (folder / NOTE_NAME).write_text(NOTE, encoding="utf-8")
    return folder


def test_incremental_reindex(tmp_path, corpus, make_kb):
    index_dir = tmp_path / "index"
    kb = make_kb(index_dir)

    # 1. first build
    first = index_paths(kb, [corpus])
    assert statuses(first) == {REPORT_NAME: "added", REG_2023_NAME: "added", NOTE_NAME: "added"}
    assert not first.errors
    chunk_docs, docs = manifest(index_dir)
    assert len(docs) == 3
    assert len(chunk_docs) == kb.chunk_count() == sum(r.chunks for r in first.results)
    vectors = chroma_ids(index_dir)
    assert vectors == expected_vector_ids(kb)
    assert {v.split("#")[0] for v in vectors} == set(chunk_docs)
    indexed_at = {d.doc_id: d.indexed_at for d in kb.documents()}

    # 2. nothing changed: everything skipped, nothing rewritten
    second = index_paths(kb, [corpus])
    assert set(statuses(second).values()) == {"unchanged"}
    assert manifest(index_dir) == (chunk_docs, docs)
    assert chroma_ids(index_dir) == vectors
    assert {d.doc_id: d.indexed_at for d in kb.documents()} == indexed_at

    # 3. one file edited: its old article leaves every index, the new one is there
    regulation = kb.documents()[[d.title for d in kb.documents()].index("中国共产党纪律处分条例（2023年修订）")]
    old_articles = {c.article: c for c in kb.doc_chunks(regulation.doc_id)}
    assert any("改组或者解散" in text for text in keyword_hits(kb, "解散"))
    edited = REGULATION_2023.replace(
        "应当责令其改正，并视情节给予改组或者解散的处理。", "应当责令其限期整顿，整顿期间暂停发展党员。"
    )
    (corpus / REG_2023_NAME).write_text(edited, encoding="utf-8")
    third = index_paths(kb, [corpus])
    assert statuses(third) == {REPORT_NAME: "unchanged", REG_2023_NAME: "updated", NOTE_NAME: "unchanged"}
    new_articles = {c.article: c for c in kb.doc_chunks(regulation.doc_id)}
    assert (
        new_articles["第八条"].text
        == "第八条　对严重违犯党纪的党组织，上级党组织应当责令其限期整顿，整顿期间暂停发展党员。"
    )
    assert new_articles["第一条"].id == old_articles["第一条"].id  # untouched articles keep their ids
    gone = old_articles["第八条"].id
    chunk_docs, docs = manifest(index_dir)
    assert gone not in chunk_docs
    assert new_articles["第八条"].id in chunk_docs
    vectors = chroma_ids(index_dir)
    assert not any(v.startswith(gone) for v in vectors)
    assert vectors == expected_vector_ids(kb)
    assert not any("解散" in text for text in keyword_hits(kb, "解散"))
    assert keyword_hits(kb, "限期整顿")[0] == new_articles["第八条"].text
    assert kb.dense_search("限期整顿暂停发展党员", 1)[0][0] == new_articles["第八条"].id

    # 4. one file deleted: it leaves Chroma, the manifest and the keyword index
    note_id = next(d.doc_id for d in kb.documents() if d.title == "读书笔记")
    note_chunks = {c.id for c in kb.doc_chunks(note_id)}
    assert any("读原著" in text for text in keyword_hits(kb, "读原著"))
    (corpus / NOTE_NAME).unlink()
    fourth = index_paths(kb, [corpus])
    assert statuses(fourth)[NOTE_NAME] == "removed"
    chunk_docs, docs = manifest(index_dir)
    assert note_id not in docs
    assert not note_chunks & set(chunk_docs)
    assert not {v.split("#")[0] for v in chroma_ids(index_dir)} & note_chunks
    assert keyword_hits(kb, "读原著") == []
    assert [d.title for d in kb.documents()] == ["2023年上半年机关党建工作报告", "中国共产党纪律处分条例（2023年修订）"]

    # 5. a fresh process sees the same state
    reopened = make_kb(index_dir)
    assert reopened.chunk_count() == kb.chunk_count()
    assert keyword_hits(reopened, "限期整顿")[0] == new_articles["第八条"].text


BAD = {
    "空文件.txt": b"",
    "图片改名.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "损坏.docx": b"PK\x03\x04 broken",
    "损坏.pdf": b"%PDF-1.7 broken",
    "表格.xlsx": b"PK\x03\x04",
}


def write_bad_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def test_bad_files_are_reported_and_the_rest_indexed(tmp_path, corpus, make_kb):
    index_dir = tmp_path / "index"
    kb = make_kb(index_dir)
    index_paths(kb, [corpus / REPORT_NAME])
    before = (manifest(index_dir), chroma_ids(index_dir))

    bad = write_bad_files(tmp_path / "incoming")
    missing = tmp_path / "不存在的文件.txt"
    report = index_paths(kb, [*bad, missing, corpus / NOTE_NAME])
    errors = {Path(r.path).name: r.error for r in report.errors}
    assert set(errors) == {*BAD, "不存在的文件.txt"}
    for name, message in errors.items():
        assert message.startswith(f"{name}："), message
    assert "文件为空" in errors["空文件.txt"]
    assert "不支持的文件类型" in errors["表格.xlsx"]
    assert "路径不存在" in errors["不存在的文件.txt"]
    assert statuses(report)[NOTE_NAME] == "added"
    assert report.indexed_any
    titles = [d.title for d in kb.documents()]
    assert titles == ["2023年上半年机关党建工作报告", "读书笔记"]

    # a batch of nothing but bad files: nothing indexed, the index exactly as it was
    before = (manifest(index_dir), chroma_ids(index_dir))
    only_bad = index_paths(kb, [*bad, missing])
    assert not only_bad.indexed_any
    assert len(only_bad.errors) == len(BAD) + 1
    assert (manifest(index_dir), chroma_ids(index_dir)) == before


def test_file_that_turns_bad_keeps_its_indexed_content(tmp_path, corpus, make_kb):
    index_dir = tmp_path / "index"
    kb = make_kb(index_dir)
    index_paths(kb, [corpus])
    before = (manifest(index_dir), chroma_ids(index_dir))
    (corpus / REPORT_NAME).write_bytes(b"")  # e.g. truncated by a failed copy
    report = index_paths(kb, [corpus])
    assert statuses(report)[REPORT_NAME] == "error"
    assert (manifest(index_dir), chroma_ids(index_dir)) == before
    assert any("讲党课4次" in text for text in keyword_hits(kb, "讲党课"))


def test_progress_is_reported(tmp_path, corpus, make_kb):
    calls = []
    index_paths(make_kb(tmp_path / "index"), [corpus], lambda done, total, name: calls.append((done, total, name)))
    assert calls[0] == (0, 3, sorted(p.name for p in corpus.iterdir())[0])
    assert calls[-1] == (3, 3, "完成")


def test_repair_removes_orphans_and_fills_gaps(tmp_path, corpus, make_kb):
    """What a process killed mid-write leaves behind is put right before the next build."""
    index_dir = tmp_path / "index"
    kb = make_kb(index_dir)
    index_paths(kb, [corpus])
    complete = chroma_ids(index_dir)
    collection = kb.vectors.collection(kb.vector_space)
    dimension = len(kb.embeddings.embed_query("测试"))
    collection.upsert(ids=["orphan#0"], embeddings=[[0.1] * dimension], metadatas=[{"doc_id": "x", "kind": "other"}])
    lost = sorted(complete)[:3]
    collection.delete(ids=lost)
    assert chroma_ids(index_dir) == (complete - set(lost)) | {"orphan#0"}

    repaired = kb.repair()
    assert repaired["orphans_removed"] == 1
    assert repaired["re_embedded"] >= 1
    assert chroma_ids(index_dir) == complete


def test_document_records(tmp_path, corpus, make_kb):
    kb = make_kb(tmp_path / "index")
    index_paths(kb, [corpus])
    records = {d.title: d for d in kb.documents()}
    report = records["2023年上半年机关党建工作报告"]
    assert report.kind == "report"
    assert report.source == str(corpus / REPORT_NAME)
    assert report.n_chunks == len(kb.doc_chunks(report.doc_id)) > 5
    assert records["中国共产党纪律处分条例（2023年修订）"].kind == "regulation"
    assert records["读书笔记"].kind == "other"
    assert kb.meta("embedder") == f"use-m3+{VECTOR_SCHEME}"
    assert kb.vector_count() == len(chroma_ids(tmp_path / "index"))
    assert kb.disk_bytes() > 0


def test_folder_that_is_not_an_index_is_refused(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "重要.txt").write_text("别删我", encoding="utf-8")
    with pytest.raises(IndexUnusable, match="不是本助手的索引"):
        KnowledgeBase.open(Settings(index_dir=folder))
    assert [p.name for p in folder.iterdir()] == ["重要.txt"]
    a_file = tmp_path / "index-file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(IndexUnusable, match="不是文件夹"):
        KnowledgeBase.open(Settings(index_dir=a_file))


def test_corrupt_manifest_is_reported(tmp_path):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / MANIFEST_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(IndexUnusable, match="已损坏"):
        KnowledgeBase.open(Settings(index_dir=index_dir))


def test_wipe_index_keeps_the_keep_file(tmp_path, corpus, make_kb):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / ".gitkeep").write_text("", encoding="utf-8")
    kb = make_kb(index_dir)
    index_paths(kb, [corpus / NOTE_NAME])
    kb.close()
    wipe_index(index_dir)
    assert [p.name for p in index_dir.iterdir()] == [".gitkeep"]
    assert make_kb(index_dir).documents() == []


def test_another_process_indexing_is_seen_without_restart(tmp_path, make_kb):
    """The web app keeps its knowledge base open while the CLI indexes into the same folder."""
    corpus = write_corpus(tmp_path / "corpus", with_old_revision=False)
    reader = make_kb(tmp_path / "index")
    assert reader.documents() == [] and reader.keyword_search("讲党课", 3) == []
    writer = make_kb(tmp_path / "index")  # a second connection stands in for the other process
    index_paths(writer, [corpus])
    assert {d.title for d in reader.documents()} == {d.title for d in writer.documents()}
    assert reader.keyword_search("讲党课", 3)


def test_a_collection_recreated_by_another_client_is_found_again(tmp_path):
    """The web app keeps its collection handle; after the CLI rebuilt the vectors, the name is a new collection."""
    settings = Settings(index_dir=tmp_path / "index")
    reader, writer = ChromaVectorIndex.connect(settings), ChromaVectorIndex.connect(settings)
    reader.upsert("space", ["a#0"], [[1.0, 0.0]], [{"doc_id": "a"}])
    assert [vid for vid, _ in reader.query("space", [1.0, 0.0], 1)] == ["a#0"]
    writer.drop("space")
    writer.upsert("space", ["b#0"], [[0.0, 1.0]], [{"doc_id": "b"}])
    assert [vid for vid, _ in reader.query("space", [1.0, 0.0], 1)] == ["b#0"]
    assert reader.count("space") == 1
