"""Files -> Document: the suffix -> reader table, titles, kinds and the checks every file goes through.

Each format's reader lives in `assistant.ingest.readers`; it returns plain text (one paragraph a line)
and the title when the format states one.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from assistant.core.schema import DocKind, Document
from assistant.ingest.glyphs import normalise_glyphs
from assistant.ingest.readers.base import LoadError, PageProgress, Reader, reading
from assistant.ingest.readers.image import read_image
from assistant.ingest.readers.ofd import read_ofd
from assistant.ingest.readers.office import read_converted
from assistant.ingest.readers.pdf import read_pdf
from assistant.ingest.readers.plain import read_markdown, read_text
from assistant.ingest.readers.web import read_html
from assistant.ingest.readers.word import read_docx
from assistant.ingest.titles import ARTICLE_LINE, REPORT_WORDS, SECTION_LINE, guess_title

__all__ = ["LoadError", "SUPPORTED_SUFFIXES", "discover", "doc_id_for", "content_hash", "load", "normalise"]

MAX_FILE_BYTES = 50 * 1024 * 1024
REGULATION_TITLE = re.compile(r"条例|准则|规定|细则|章程|办法")
REPORT_TITLE = re.compile(REPORT_WORDS)
# Blank space around a line, full-width indentation (U+3000) included: "　　一、…" is a heading.
LINE_PADDING = " \t\r\f\v\u00a0\u3000"

# One line per format: to support another, write its reader and add it here.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".docx": read_docx,
    ".doc": read_converted,
    ".wps": read_converted,
    ".rtf": read_converted,
    ".pdf": read_pdf,
    ".ofd": read_ofd,
    ".html": read_html,
    ".htm": read_html,
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".tif", ".tiff"), read_image),
}
SUPPORTED_SUFFIXES = tuple(READERS)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(path: Path) -> str:
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    """One paragraph a line, without padding; radicals from PDF fonts (also in text pasted from a PDF) as characters."""
    lines = (line.strip(LINE_PADDING) for line in normalise_glyphs(text).replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def guess_kind(title: str, text: str) -> DocKind:
    if len(ARTICLE_LINE.findall(text)) >= 2 or REGULATION_TITLE.search(title):
        return "regulation"
    if REPORT_TITLE.search(title) or SECTION_LINE.search(text):
        return "report"
    return "other"


def load(path: Path | str, on_page: PageProgress | None = None) -> Document:
    """Load one file; raises LoadError with a Chinese reason on any problem.

    `on_page(done, total)` is called after each page recognised by OCR (scans take seconds a page).
    """
    path = Path(path)
    if not path.exists():
        raise LoadError(path, "文件不存在，请检查路径")
    if not path.is_file():
        raise LoadError(path, "不是普通文件")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(path, f"不支持的文件类型“{suffix or '无扩展名'}”，支持 {'、'.join(SUPPORTED_SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(path, f"文件过大（{size // 1024 // 1024} MB），上限 {MAX_FILE_BYTES // 1024 // 1024} MB")
        data = path.read_bytes()
    except PermissionError as exc:
        raise LoadError(path, "没有读取权限，请检查文件权限") from exc
    except OSError as exc:
        raise LoadError(path, f"无法读取文件（{exc.strerror}）") from exc
    if not data.strip():
        raise LoadError(path, "文件为空，没有可索引的内容")
    with reading(on_page) as notes:
        raw, stated_title = READERS[suffix](path, data)
    text = normalise(raw)
    if not text:
        raise LoadError(path, "文件中没有文字内容")
    title = normalise_glyphs(stated_title.strip()) if stated_title else guess_title(text, path)
    return Document(
        doc_id=doc_id_for(path),
        source=str(path),
        title=title,
        kind=guess_kind(title, text),
        text=text,
        content_hash=content_hash(data),
        ocr_confidence=notes.ocr_confidence,
    )


def discover(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """Expand folders into supported files; report missing paths."""
    files: list[Path] = []
    errors: list[LoadError] = []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    # A link inside the folder pointing elsewhere would put outside files into the
                    # knowledge base (and the web app's re-index) unnoticed: report and skip it.
                    if not child.resolve().is_relative_to(root):
                        errors.append(LoadError(child, "是指向文件夹之外的链接，已跳过（请直接复制文件到该文件夹）"))
                        continue
                    files.append(child)
        elif path.exists():
            files.append(path)
        else:
            errors.append(LoadError(path, "路径不存在，请检查拼写"))
    return files, errors
