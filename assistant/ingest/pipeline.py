"""Files -> (Document, chunks): load, fingerprint and chunk one file, or say why it cannot be indexed.

Per-file limits (`ParseLimits`) keep one hostile file from holding the indexer: the expanded
size of a .docx and the page count of a PDF are checked before the file is opened, and a parse
that ran past its time is refused (the parse worker, `ingest.worker`, also stops it mid-way).
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Protocol

from assistant.core.schema import Chunk, Document
from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import LoadError, content_hash, load
from assistant.ingest.readers.base import PageProgress

# Bump when loading, structure, chunking or keyword tokenizing changes, so unchanged files are redone.
PIPELINE_VERSION = "54"
MB = 1024 * 1024

FileStatus = Literal["added", "updated", "unchanged", "removed", "error", "cancelled"]
ParseStep = Literal["parsing", "ocr"]
Prepared = tuple[Document, list[Chunk]]
OCR_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
ZIP_SUFFIXES = frozenset({".docx"})
SCAN_PROBE_PAGES = 2  # a PDF without text on its first pages is recognised by OCR (shown as such)


@dataclass(frozen=True)
class ParseLimits:
    """What one file may cost to parse; 0 switches a limit off."""

    expanded_mb: int = 100  # a .docx's uncompressed size (zip bombs)
    pages: int = 1000  # pages of a PDF
    seconds: int = 600  # parse time (a scanned PDF takes seconds per page)
    memory_mb: int = 2048  # the parse worker's memory (see ingest.worker)


@dataclass
class FileResult:
    path: str
    status: FileStatus
    title: str = ""
    chunks: int = 0
    error: str = ""


class IndexedVersion(Protocol):
    """What the index remembers of a file's last indexed version (an index DocRecord)."""

    content_hash: str
    title: str
    n_chunks: int


def fingerprint(data: bytes) -> str:
    """A file's content hash as recorded in the index: it changes with the file or with this pipeline."""
    return f"{content_hash(data)}/{PIPELINE_VERSION}"


def expanded_bytes(path: Path) -> int:
    """The uncompressed size of a zip-based file, read from its directory without extracting anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(max(i.file_size, 0) for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0  # not a zip after all: the reader says what is wrong with it


def pdf_facts(path: Path) -> tuple[int, bool]:
    """(pages, looks scanned: no text layer on the first pages) of a PDF; (0, False) when it cannot be read."""
    import pypdf

    try:
        pages = pypdf.PdfReader(str(path)).pages
        scanned = not any(page.extract_text().strip() for page in pages[:SCAN_PROBE_PAGES])
        return len(pages), scanned and len(pages) > 0
    except Exception:  # pypdf raises many types for a broken or encrypted file: the reader reports those
        return 0, False


def check_limits(path: Path, limits: ParseLimits) -> ParseStep:
    """Refuse a file that would cost more than the limits allow, before opening it (LoadError says why).

    Returns what parsing it will be: OCR for images and scanned PDFs, else parsing.
    """
    suffix = path.suffix.lower()
    if limits.expanded_mb and suffix in ZIP_SUFFIXES:
        size = expanded_bytes(path)
        if size > limits.expanded_mb * MB:
            raise LoadError(
                path,
                f"文档解压后约 {size / MB:.0f} MB，超过上限 {limits.expanded_mb} MB（疑似压缩炸弹），已拒绝。"
                "如确为正常文档，请拆分后再导入",
            )
    scanned = False
    if suffix == ".pdf":
        pages, scanned = pdf_facts(path)
        if limits.pages and pages > limits.pages:
            raise LoadError(path, f"PDF 共 {pages} 页，超过上限 {limits.pages} 页，已拒绝。请拆分后再导入")
    return "ocr" if scanned or suffix in OCR_SUFFIXES else "parsing"


def out_of_memory(path: Path, limits: ParseLimits) -> str:
    """The reason for a file whose parse ran out of the worker's memory (a reader may report it as damage)."""
    return f"{path.name}：解析所需内存超过上限 {limits.memory_mb} MB，已停止。请检查文件是否异常"


def over_time(path: Path, limits: ParseLimits, started: float) -> LoadError | None:
    if limits.seconds and time.monotonic() - started > limits.seconds:
        return LoadError(path, f"解析用时超过上限 {limits.seconds} 秒，已停止。请检查文件是否异常，或拆分后再导入")
    return None


def prepare_file(
    path: Path,
    previous: IndexedVersion | None = None,
    limits: ParseLimits | None = None,
    on_step: Callable[[ParseStep], None] | None = None,
    on_page: PageProgress | None = None,
) -> tuple[FileResult, Prepared | None]:
    """Load and chunk a file unless unchanged; the result says what writing it will have done.

    `on_step(step)`: when parsing or OCR starts; `on_page(done, total)`: after each page recognised by OCR.
    """
    limits = limits or ParseLimits()
    started = time.monotonic()
    try:
        if previous is not None and previous.content_hash == fingerprint(path.read_bytes()):
            return FileResult(str(path), "unchanged", previous.title, previous.n_chunks), None
        step = check_limits(path, limits)
        if on_step:
            on_step(step)
        document = load(path, on_page)
        document = replace(document, content_hash=f"{document.content_hash}/{PIPELINE_VERSION}")
        chunks = chunk_document(document)
        if late := over_time(path, limits, started):
            raise late
    except LoadError as exc:
        memory = isinstance(exc.__cause__, MemoryError)  # e.g. python-docx calls lxml's failed allocation damage
        return FileResult(str(path), "error", error=out_of_memory(path, limits) if memory else str(exc)), None
    except OSError as exc:
        return FileResult(str(path), "error", error=f"{path.name}：无法读取（{exc.strerror}）"), None
    if not chunks:
        return FileResult(str(path), "error", error=f"{path.name}：没有可索引的正文"), None
    result = FileResult(str(path), "updated" if previous else "added", document.title, len(chunks))
    return result, (document, chunks)
