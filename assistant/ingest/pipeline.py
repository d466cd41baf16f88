"""Files -> (Document, chunks): load, fingerprint and chunk one file, or say why it cannot be indexed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Protocol

from assistant.core.schema import Chunk, Document
from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import LoadError, content_hash, load
from assistant.ingest.readers.base import PageProgress

# Bump when loading, structure, chunking or keyword tokenizing changes, so unchanged files are redone.
PIPELINE_VERSION = "18"

FileStatus = Literal["added", "updated", "unchanged", "removed", "error"]
Prepared = tuple[Document, list[Chunk]]


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


def prepare_file(
    path: Path, previous: IndexedVersion | None = None, on_page: PageProgress | None = None
) -> tuple[FileResult, Prepared | None]:
    """Load and chunk a file unless unchanged; the result says what writing it will have done.

    `on_page(done, total)`: after each page recognised by OCR.
    """
    try:
        if previous is not None and previous.content_hash == fingerprint(path.read_bytes()):
            return FileResult(str(path), "unchanged", previous.title, previous.n_chunks), None
        document = load(path, on_page)
        document = replace(document, content_hash=f"{document.content_hash}/{PIPELINE_VERSION}")
    except LoadError as exc:
        return FileResult(str(path), "error", error=str(exc)), None
    except OSError as exc:
        return FileResult(str(path), "error", error=f"{path.name}：无法读取（{exc.strerror}）"), None
    chunks = chunk_document(document)
    if not chunks:
        return FileResult(str(path), "error", error=f"{path.name}：没有可索引的正文"), None
    result = FileResult(str(path), "updated" if previous else "added", document.title, len(chunks))
    return result, (document, chunks)
