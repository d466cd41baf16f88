"""Files -> Document: txt/md/docx/pdf/html, with GB18030/GBK detection."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from assistant.core.errors import AssistantError
from assistant.core.schema import DocKind, Document

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # guards against zip bombs
REGULATION_TITLE = re.compile(r"条例|准则|规定|细则|章程|办法")
REPORT_TITLE = re.compile(r"报告|总结|述职|汇报|情况|工作要点|计划")
ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零〇]+条[ 　]", re.MULTILINE)
SECTION_LINE = re.compile(r"^[一二三四五六七八九十]+、", re.MULTILINE)
SENTENCE_END = "。！？；：…”」）"
HTML_BLOCK_TAGS = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "body",
]  # fmt: skip


class LoadError(AssistantError):
    """A file could not be loaded; str() is a Chinese message naming the file."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}：{reason}")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(path: Path) -> str:
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


def decode_mixed(data: bytes) -> str:
    """Line by line, UTF-8 else GB18030: for files pasted together from UTF-8 and GBK sources.

    Raises UnicodeDecodeError unless the file really mixes both (a pure GBK file must be
    decoded as a whole, where a short line that happens to be valid UTF-8 cannot mislead).
    """
    lines, kinds = [], set()
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            kinds.add("utf-8" if not line.isascii() else "ascii")
        except UnicodeDecodeError:
            lines.append(line.decode("gb18030"))
            kinds.add("gb18030")
    if not {"utf-8", "gb18030"} <= kinds:
        raise UnicodeDecodeError("mixed", data, 0, 1, "not a mix of UTF-8 and GB18030 lines")
    return "\n".join(lines).lstrip("\ufeff")


def decode_text(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM) or GB18030; refuse binary data."""
    if b"\x00" in data[:8192]:
        raise LoadError(path, "不是文本文件（含有二进制内容），请确认文件类型或另存为 UTF-8 文本")
    for encoding in ("utf-8-sig", "mixed", "gb18030"):  # mixed before gb18030, which decodes UTF-8 as mojibake
        try:
            text = decode_mixed(data) if encoding == "mixed" else data.decode(encoding)
        except UnicodeDecodeError:
            continue
        control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if control > max(4, len(text[:8192]) // 100):
            break
        return text
    raise LoadError(path, "无法识别文本编码（支持 UTF-8、GBK/GB18030），请另存为 UTF-8 后重试")


def read_text(path: Path, data: bytes) -> tuple[str, str | None]:
    return decode_text(data, path), None


def read_docx(path: Path, data: bytes) -> tuple[str, str | None]:
    import docx  # python-docx; imported lazily, only docx files need it

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_DOCX_UNCOMPRESSED:
                raise LoadError(path, "文档解压后过大（疑似异常文件），已跳过")
        document = docx.Document(str(path))
    except LoadError:
        raise
    except Exception as exc:  # python-docx raises many types for a broken file
        raise LoadError(path, "Word 文档已损坏或不是 .docx 格式（.doc 请先另存为 .docx）") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("　".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines), None


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """PDF text breaks lines mid-sentence; re-join a line that does not end a sentence."""
    joined: list[str] = []
    for line in lines:
        starts_block = bool(
            re.match(
                r"^(第[一二三四五六七八九十百零]+[编章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])",
                line,
            )
        )
        # short lines are titles/headings: keep them on their own
        if joined and not starts_block and len(joined[-1]) >= 15 and joined[-1][-1] not in SENTENCE_END:
            joined[-1] += line
            continue
        joined.append(line)
    return joined


def read_pdf(path: Path, data: bytes) -> tuple[str, str | None]:
    import pypdf

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            raise LoadError(path, "PDF 已加密，请先解除密码保护后再导入")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        # Some generators (e.g. fpdf2) embed a CMap that pypdf reads byte-wise, leaving NULs.
        text = text.replace("\x00", "")
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many types for a broken file
        raise LoadError(path, "PDF 文件已损坏或无法解析，请重新导出 PDF 后再试") from exc
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise LoadError(path, "PDF 中没有可提取的文字（可能是扫描件），请先进行文字识别（OCR）")
    return "\n".join(join_wrapped_lines(lines)), None


def read_html(path: Path, data: bytes) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data, path), "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer"]):
        tag.decompose()
    heading = soup.find("h1") or soup.find("title")  # <title> often carries the site name too
    title = heading.get_text(strip=True) if heading else None
    for tag in soup("head"):
        tag.decompose()
    # Line breaks only where the page has block boundaries: "<b>第一条</b>　正文" stays one line.
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(["td", "th"]):
        if tag.find_previous_sibling(["td", "th"]):
            tag.insert(0, "　")
    for tag in soup.find_all(HTML_BLOCK_TAGS):
        tag.append("\n")
    return soup.get_text(), title or None


# (path, bytes) -> (text, title if the format states one)
Reader = Callable[[Path, bytes], tuple[str, str | None]]

# One line per format: to support another, write its reader and add it here.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}
SUPPORTED_SUFFIXES = tuple(READERS)


def normalise(text: str) -> str:
    lines = (line.strip(" \t\r\f\v\u00a0") for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line.strip())


def guess_title(text: str, path: Path) -> str:
    first = text.split("\n", 1)[0].strip()
    looks_like_title = (
        0 < len(first) <= 60
        and not any(p in first for p in "。；！？")
        and not SECTION_LINE.match(first)
        and not ARTICLE_LINE.match(first)
    )
    if not looks_like_title:
        return path.stem
    title = first.lstrip("#").strip()
    # "条例（2023年修订）.md" names the revision the first line leaves out.
    return path.stem if path.stem.startswith(title) and path.stem != title else title


def guess_kind(title: str, text: str) -> DocKind:
    if len(ARTICLE_LINE.findall(text)) >= 2 or REGULATION_TITLE.search(title):
        return "regulation"
    if REPORT_TITLE.search(title) or SECTION_LINE.search(text):
        return "report"
    return "other"


def load(path: Path | str) -> Document:
    """Load one file; raises LoadError with a Chinese reason on any problem."""
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
    raw, stated_title = READERS[suffix](path, data)
    text = normalise(raw)
    if not text:
        raise LoadError(path, "文件中没有文字内容")
    title = stated_title or guess_title(text, path)
    return Document(
        doc_id=doc_id_for(path),
        source=str(path),
        title=title,
        kind=guess_kind(title, text),
        text=text,
        content_hash=content_hash(data),
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
