"""Incremental indexing: the ingest pipeline's (Document, chunks) into the knowledge base, skipping unchanged files."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.index.knowledge_base import KnowledgeBase
from assistant.ingest.loaders import discover, doc_id_for
from assistant.ingest.ocr import page_progress_text
from assistant.ingest.pipeline import FileResult, FileStatus, Prepared, prepare_file
from assistant.ingest.readers.base import PageProgress

BATCH_DOCS = 64  # documents written per knowledge-base write (one Chroma commit)
BATCH_CHUNKS = 256

Progress = Callable[[int, int, str], None]  # (files done, files total, message)


@dataclass
class IndexReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    repaired: dict[str, int] = field(default_factory=dict)

    def count(self, status: FileStatus) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "error"]

    @property
    def indexed_any(self) -> bool:
        return any(r.status in ("added", "updated", "unchanged") for r in self.results)

    def summary(self) -> str:
        return (
            f"新增 {self.count('added')} 个，更新 {self.count('updated')} 个，未变 {self.count('unchanged')} 个，"
            f"移除 {self.count('removed')} 个，失败 {self.count('error')} 个；用时 {self.seconds:.1f} 秒"
        )


def page_reporter(progress: Progress | None, done: int, total: int, path: Path) -> PageProgress | None:
    """Scans take seconds a page: their pages show in the file's progress message ("第3/12页 识别中…")."""
    if progress is None:
        return None
    return lambda page, pages: progress(done, total, f"{path.name} {page_progress_text(page, pages)}")


def index_paths(kb: KnowledgeBase, paths: list[Path], progress: Progress | None = None) -> IndexReport:
    """Index files and folders; a bad file is reported and skipped, never fatal to the batch."""
    started = time.perf_counter()
    report = IndexReport(repaired=kb.repair() if kb.needs_repair() else {})
    files, missing = discover([Path(p) for p in paths])
    report.results += [FileResult(e.path, "error", error=str(e)) for e in missing]
    known = {d.doc_id: d for d in kb.documents()}
    batch: list[Prepared] = []

    def flush() -> None:
        kb.replace_documents(batch)
        for document, _ in batch:  # a re-listed file is unchanged the second time
            known[document.doc_id] = kb.document(document.doc_id)
        batch.clear()

    for number, path in enumerate(files, 1):
        if progress:
            progress(number - 1, len(files), path.name)
        doc_id = doc_id_for(path)
        if any(d.doc_id == doc_id for d, _ in batch):
            flush()
        result, prepared = prepare_file(path, known.get(doc_id), page_reporter(progress, number - 1, len(files), path))
        report.results.append(result)
        if prepared:
            batch.append(prepared)
            # Small files are written together (one Chroma commit per batch), big ones alone.
            if len(batch) >= BATCH_DOCS or sum(len(c) for _, c in batch) >= BATCH_CHUNKS:
                flush()
    flush()
    # Files that disappeared from disk leave the index.
    for doc in kb.documents():
        if not Path(doc.source).exists():
            kb.remove_document(doc.doc_id)
            report.results.append(FileResult(doc.source, "removed", doc.title))
    if progress:
        progress(len(files), len(files), "完成")
    report.seconds = time.perf_counter() - started
    return report
