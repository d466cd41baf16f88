"""Background indexing: readers during a write, per-file states, cancel, limits and quarantine (fake embedder)."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from fakes import GatedEmbeddings, fake_kb

from assistant.index.indexing import index_paths
from assistant.index.jobs import IndexJobs, foreground_parser
from assistant.index.knowledge_base import vector_ids
from assistant.index.quarantine import QUARANTINE_DIR, list_quarantine, remove_quarantined
from assistant.ingest.pipeline import ParseLimits, prepare_file
from tests.corpus import REPORT_NAME, write_corpus


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus", with_old_revision=False)


@pytest.fixture
def kb(tmp_path):
    kb = fake_kb(tmp_path / "index")
    yield kb
    kb.close()


def write_notes(folder: Path, count: int, version: int = 1) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"学习记录{i:02d}.txt"
        path.write_text(
            f"学习记录{i:02d}\n一、学习\n（一）集中学习。第{version}版：第{i}小组学习{i + version}次。\n", "utf-8"
        )
        paths.append(path)
    return paths


def texts(kb, doc_id: str) -> str:
    return "".join(c.text for c in kb.doc_chunks(doc_id))


def test_readers_are_not_blocked_while_a_document_is_embedded(tmp_path, corpus):
    kb = fake_kb(tmp_path / "index")
    index_paths(kb, [corpus])
    before = {d.doc_id: d.content_hash for d in kb.documents()}
    gated = GatedEmbeddings()
    kb._embeddings = gated
    report_path = corpus / REPORT_NAME
    report_path.write_text(report_path.read_text("utf-8").replace("讲党课", "上党课"), encoding="utf-8")
    writer = threading.Thread(target=index_paths, args=(kb, [corpus]))
    writer.start()
    assert gated.entered.wait(10)
    # Embedding runs outside every lock: reads return at once and see the old version whole.
    assert {d.doc_id: d.content_hash for d in kb.documents()} == before
    doc_id = next(d.doc_id for d in kb.documents() if d.source == str(report_path))
    assert "讲党课" in texts(kb, doc_id) and "上党课" not in texts(kb, doc_id)
    assert kb.keyword_search("讲党课", 3)
    gated.release.set()
    writer.join(10)
    assert "上党课" in texts(kb, doc_id) and "讲党课" not in texts(kb, doc_id)
    kb.close()


def test_a_transaction_in_progress_is_invisible_to_readers(kb, corpus):
    index_paths(kb, [corpus])
    doc = kb.documents()[0]
    with kb.manifest.transaction():
        kb.manifest.delete_document(doc.doc_id)
        assert kb.document(doc.doc_id) is not None and kb.doc_chunks(doc.doc_id)  # another reader: all of it
    assert kb.document(doc.doc_id) is None


def test_states_of_each_file_in_order(kb, corpus):
    (corpus / "坏文件.docx").write_bytes(b"not a zip")
    states: dict[str, list[str]] = {}
    index_paths(kb, [corpus], on_file=lambda path, state, detail: states.setdefault(Path(path).name, []).append(state))
    assert states[REPORT_NAME] == ["waiting", "parsing", "embedding", "done"]
    assert states["坏文件.docx"] == ["waiting", "parsing", "failed"]
    again: dict[str, list[str]] = {}
    index_paths(kb, [corpus], on_file=lambda path, state, detail: again.setdefault(Path(path).name, []).append(state))
    assert again[REPORT_NAME] == ["waiting", "done"]  # unchanged: nothing to parse or embed


def test_cancel_between_files_keeps_what_was_written_and_the_rest_unchanged(kb, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    write_notes(folder, 6)
    index_paths(kb, [folder])
    old = {d.source: d.content_hash for d in kb.documents()}
    write_notes(folder, 6, version=2)
    stop = threading.Event()

    def on_file(path, state, detail):
        if state == "parsing" and path.endswith("学习记录02.txt"):  # the next file is not started
            stop.set()

    report = index_paths(kb, [folder], on_file=on_file, stop=stop.is_set)
    assert report.cancelled and report.count("cancelled") == 6  # 0-2 parsed but not yet written, 3-5 not started
    assert {d.source: d.content_hash for d in kb.documents()} == old  # nothing half-written, nothing removed
    indexed = {vid for d in kb.documents() for c in kb.doc_chunks(d.doc_id) for vid in vector_ids(c)}
    assert set(kb.vectors.records(kb.vector_space)) == indexed
    finished = index_paths(kb, [folder])
    assert finished.count("updated") == 6 and not finished.cancelled


def test_limits_refuse_a_zip_bomb_and_a_long_pdf_before_opening(tmp_path):
    bomb = tmp_path / "炸弹.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (3 * 1024 * 1024))
    result, prepared = prepare_file(bomb, limits=ParseLimits(expanded_mb=2))
    assert prepared is None and result.status == "error"
    assert "解压后约 3 MB，超过上限 2 MB" in result.error and result.error.startswith("炸弹.docx：")

    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 8, "page")
    long_pdf = tmp_path / "长文件.pdf"
    pdf.output(str(long_pdf))
    result, _ = prepare_file(long_pdf, limits=ParseLimits(pages=2))
    assert "PDF 共 3 页，超过上限 2 页" in result.error


def test_parse_time_limit_is_checked_between_steps(tmp_path, monkeypatch):
    path = tmp_path / "慢文件.txt"
    path.write_text("慢文件\n一、情况\n（一）学习。组织学习3次。\n", encoding="utf-8")
    ticks = iter([0.0, 10.0])
    monkeypatch.setattr("assistant.ingest.pipeline.time.monotonic", lambda: next(ticks))
    result, prepared = prepare_file(path, limits=ParseLimits(seconds=5))
    assert prepared is None and "解析用时超过上限 5 秒" in result.error


def test_job_queue_quarantines_failures_and_skips_the_quarantine_on_reindex(kb, corpus):
    (corpus / "坏文件.docx").write_bytes(b"not a zip")
    jobs = IndexJobs(kb, corpus, foreground_parser)
    jobs.submit("reindex", [corpus])
    jobs.submit("upload", [], {"setup.exe": "不支持的文件类型“.exe”"})
    assert jobs.wait(30)
    view = jobs.snapshot()
    assert view.job is not None and view.job.kind == "upload" and view.queued == 0 and view.changes == 2
    assert [(f.name, f.state) for f in view.files] == [("setup.exe", "failed")]
    assert not (corpus / "坏文件.docx").exists()
    [held] = list_quarantine(corpus)
    assert held.name == "坏文件.docx" and "Word 文档已损坏" in held.reason and held.original.endswith("坏文件.docx")
    report = index_paths(kb, [corpus])
    assert not report.errors  # the quarantined file is not indexed again
    assert not remove_quarantined(corpus, "../" + REPORT_NAME) and (corpus / REPORT_NAME).exists()
    assert remove_quarantined(corpus, "坏文件.docx") and list_quarantine(corpus) == []
    assert not (corpus / QUARANTINE_DIR / "坏文件.docx.reason.json").exists()


def test_cancel_drops_queued_jobs(kb, corpus):
    gated = GatedEmbeddings()
    kb._embeddings = gated
    jobs = IndexJobs(kb, corpus, foreground_parser)
    first = jobs.submit("reindex", [corpus])
    second = jobs.submit("reindex", [corpus])
    assert gated.entered.wait(10)
    assert jobs.cancel() == 2
    gated.release.set()
    assert jobs.wait(30)
    assert first.state == second.state == "cancelled" and "取消" in first.summary
    assert kb.documents() == []  # the first batch was being embedded: it was not written


def test_a_pdf_without_a_text_layer_is_shown_as_ocr(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()  # no text: a scan would have only page images
    blank = tmp_path / "扫描件.pdf"
    pdf.output(str(blank))
    steps = []
    result, _ = prepare_file(blank, on_step=steps.append)
    assert steps == ["ocr"] and result.status == "error" and "扫描件.pdf：" in result.error
