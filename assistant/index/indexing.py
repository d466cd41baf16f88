"""Incremental indexing: the ingest pipeline's (Document, chunks) into the knowledge base, skipping unchanged files.

Parsing, chunking and embedding run outside every lock; each batch of documents is then swapped
in under the knowledge base's short write lock (see `KnowledgeBase.replace_documents`), so
questions are answered from the current index the whole time. A run reports each file's state
(`on_file`) and stops at the next safe point when `stop()` turns true: between files, between
embedding batches, or (with the parse worker) mid-parse. What was not written stays as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from assistant.config import Settings
from assistant.index.knowledge_base import WRITE_BATCH, KnowledgeBase, VectorBatch
from assistant.ingest.loaders import discover, doc_id_for
from assistant.ingest.ocr import page_progress_text
from assistant.ingest.pipeline import (
    FileResult,
    FileStatus,
    IndexedVersion,
    ParseLimits,
    ParseStep,
    Prepared,
    prepare_file,
)
from assistant.ingest.readers.base import PageProgress

BATCH_DOCS = 64  # documents written per knowledge-base write (one Chroma commit)
BATCH_CHUNKS = 256

FileState = Literal["waiting", "parsing", "ocr", "embedding", "done", "failed", "cancelled"]
FILE_STATE_NAMES: dict[FileState, str] = {
    "waiting": "等待",
    "parsing": "解析中",
    "ocr": "识别中（OCR）",
    "embedding": "向量化",
    "done": "已完成",
    "failed": "失败",
    "cancelled": "已取消",
}
STATUS_NAMES: dict[FileStatus, str] = {
    "added": "新增",
    "updated": "已更新",
    "unchanged": "未变化",
    "removed": "已移除",
    "error": "失败",
    "cancelled": "已取消",
}
# The state a file ends in, by what happened to it.
FINAL_STATE: dict[FileStatus, FileState] = {
    "added": "done",
    "updated": "done",
    "unchanged": "done",
    "removed": "done",
    "error": "failed",
    "cancelled": "cancelled",
}

Progress = Callable[[int, int, str], None]  # (files done, files total, message)
OnFile = Callable[[str, FileState, str], None]  # (path, state, detail)


class Parser(Protocol):
    """One file -> what writing it will do, and its (Document, chunks) when there is something to write."""

    def __call__(
        self,
        path: Path,
        previous: IndexedVersion | None,
        on_step: Callable[[ParseStep], None],
        stop: Callable[[], bool],
        on_page: PageProgress | None = None,
    ) -> tuple[FileResult, Prepared | None]: ...


def limits_of(settings: Settings) -> ParseLimits:
    return ParseLimits(
        settings.max_expanded_mb, settings.max_pages, settings.max_parse_seconds, settings.max_parse_memory_mb
    )


def in_process(limits: ParseLimits | None = None) -> Parser:
    """Parse in this process: the deadline is checked between steps (the CLI, tests)."""

    def parse(path, previous, on_step, stop, on_page=None):
        return prepare_file(path, previous, limits, on_step, on_page)

    return parse


@dataclass
class IndexReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    repaired: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False

    def count(self, status: FileStatus) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "error"]

    @property
    def indexed_any(self) -> bool:
        return any(r.status in ("added", "updated", "unchanged") for r in self.results)

    def summary(self) -> str:
        cancelled = f"，取消 {self.count('cancelled')} 个" if self.cancelled else ""
        return (
            f"新增 {self.count('added')} 个，更新 {self.count('updated')} 个，未变 {self.count('unchanged')} 个，"
            f"移除 {self.count('removed')} 个，失败 {self.count('error')} 个{cancelled}；用时 {self.seconds:.1f} 秒"
        )


def page_reporter(progress: Progress | None, on_file: OnFile, done: int, total: int, path: Path) -> PageProgress:
    """Scans take seconds a page: their pages show in the file's progress ("第3/12页 识别中…")."""

    def report(page: int, pages: int) -> None:
        text = page_progress_text(page, pages)
        on_file(str(path), "ocr", text)
        if progress is not None:
            progress(done, total, f"{path.name} {text}")

    return report


def visible(file: Path, folders: list[Path]) -> bool:
    """False for a file under a hidden folder (.quarantine, .git …) of a folder being indexed."""
    for folder in folders:
        if file.is_relative_to(folder):
            return not any(part.startswith(".") for part in file.relative_to(folder).parts)
    return True


def detail_of(result: FileResult) -> str:
    return result.error or STATUS_NAMES[result.status]


class IndexRun:
    """One call of `index_paths`: the batch of parsed documents waiting to be written, and the hooks."""

    def __init__(self, kb: KnowledgeBase, on_file: OnFile | None, stop: Callable[[], bool] | None):
        self.kb = kb
        self.on_file = on_file or (lambda path, state, detail: None)
        self.stop = stop or (lambda: False)
        self.known = {d.doc_id: d for d in kb.documents()}
        self.batch: list[tuple[FileResult, Prepared]] = []

    def full(self) -> bool:
        return len(self.batch) >= BATCH_DOCS or sum(len(p[1]) for _, p in self.batch) >= BATCH_CHUNKS

    def holds(self, doc_id: str) -> bool:
        return any(p[0].doc_id == doc_id for _, p in self.batch)

    def cancel_batch(self) -> None:
        for result, _ in self.batch:
            result.status, result.error = "cancelled", "已取消（索引中原有内容不变）"
            self.on_file(result.path, "cancelled", result.error)
        self.batch.clear()

    def flush(self) -> None:
        """Embed the batch outside any lock (a safe point between embedding calls), then swap it in."""
        if not self.batch:
            return
        items = [prepared for _, prepared in self.batch]
        for result, _ in self.batch:
            self.on_file(result.path, "embedding", "")
        new = self.kb.new_chunks(items)
        vectors: list[VectorBatch] = []
        for i in range(0, len(new), WRITE_BATCH):
            vectors.append(self.kb.embed(new[i : i + WRITE_BATCH]))
            if self.stop():  # checked before the write too: a cancel during the last embedding wins
                self.cancel_batch()
                return
        self.kb.replace_documents(items, vectors)
        self.kb.warm_keywords()
        for result, (document, _) in self.batch:  # a re-listed file is unchanged the second time
            self.known[document.doc_id] = self.kb.document(document.doc_id)
            self.on_file(result.path, "done", detail_of(result))
        self.batch.clear()


def index_paths(
    kb: KnowledgeBase,
    paths: list[Path],
    progress: Progress | None = None,
    *,
    on_file: OnFile | None = None,
    stop: Callable[[], bool] | None = None,
    parse: Parser | None = None,
) -> IndexReport:
    """Index files and folders; a bad file is reported and skipped, never fatal to the batch."""
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    report = IndexReport(repaired=kb.repair() if kb.needs_repair() else {})
    run = IndexRun(kb, on_file, stop)
    parse = parse or in_process()
    files, missing = discover(paths)
    files = [f for f in files if visible(f, [p for p in paths if p.is_dir()])]
    for error in missing:
        report.results.append(FileResult(error.path, "error", error=str(error)))
        run.on_file(error.path, "failed", str(error))
    for path in files:
        run.on_file(str(path), "waiting", "")
    for number, path in enumerate(files, 1):
        if run.stop():
            report.cancelled = True
            for rest in files[number - 1 :]:
                report.results.append(FileResult(str(rest), "cancelled", error="已取消"))
                run.on_file(str(rest), "cancelled", "已取消")
            break
        if progress:
            progress(number - 1, len(files), path.name)
        doc_id = doc_id_for(path)
        if run.holds(doc_id):
            run.flush()
        on_step = lambda step, where=str(path): run.on_file(where, step, "")  # noqa: E731
        on_page = page_reporter(progress, run.on_file, number - 1, len(files), path)
        result, prepared = parse(path, run.known.get(doc_id), on_step, run.stop, on_page)
        report.results.append(result)
        if prepared:
            run.batch.append((result, prepared))
            # Small files are written together (one Chroma commit per batch), big ones alone.
            if run.full():
                run.flush()
        else:
            run.on_file(str(path), FINAL_STATE[result.status], detail_of(result))
    run.flush()
    report.cancelled = report.cancelled or run.stop()
    if not report.cancelled:  # files that disappeared from disk leave the index
        for doc in kb.documents():
            if not Path(doc.source).exists():
                kb.remove_document(doc.doc_id)
                report.results.append(FileResult(doc.source, "removed", doc.title))
    if progress:
        progress(len(files), len(files), "完成")
    report.seconds = time.perf_counter() - started
    return report
