"""What every reader shares: the error type, the reader signature and text decoding."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import AssistantError


class LoadError(AssistantError):
    """A file could not be loaded; str() is a Chinese message naming the file."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}：{reason}")


# 红头 (red-header files): the issuing organ's header line and the document number are lines of their own.
RED_HEADER = re.compile(r"^(.{4,40}?(?:委员会|党委|党组|政府|办公室|办公厅|人民政府|纪委)文件)")
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d+号")

# (path, bytes) -> (text, title if the format states one)
Reader = Callable[[Path, bytes], tuple[str, str | None]]


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


PageProgress = Callable[[int, int], None]  # (pages recognised, pages to recognise)


@dataclass
class ReadNotes:
    """What a reader learns besides the text, for the file being loaded: OCR progress and confidence.

    Readers keep their (path, bytes) signature; `load` opens one of these for each file (a context
    variable, so background indexing threads each have their own).
    """

    on_page: PageProgress | None = None
    ocr_confidence: float | None = None  # mean per recognised character, 0..1; None: no page was recognised
    ocr_pages: int = 0


CURRENT_NOTES: ContextVar[ReadNotes | None] = ContextVar("read_notes", default=None)


@contextmanager
def reading(on_page: PageProgress | None = None) -> Iterator[ReadNotes]:
    notes = ReadNotes(on_page)
    token = CURRENT_NOTES.set(notes)
    try:
        yield notes
    finally:
        CURRENT_NOTES.reset(token)


def current_notes() -> ReadNotes:
    """The notes of the file being loaded (a throw-away one when a reader is called on its own)."""
    return CURRENT_NOTES.get() or ReadNotes()
