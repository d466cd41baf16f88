"""A stored conversation as a file to download: Markdown, or Word (.docx).

The .docx writer is a thin one over python-docx; when the project's 公文 writer exists
(assistant/present/docx.py) `write_docx` is the one place to switch to it.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path
from typing import Literal

from assistant.web.history import Turn

ExportKind = Literal["md", "docx"]
EXPORT_SUFFIXES: dict[ExportKind, str] = {"md": ".md", "docx": ".docx"}
BODY_FONT = "仿宋"  # 公文 body font; Word falls back to another CJK font where it is missing
HEADING_FONT = "黑体"
# Any ASCII punctuation may be backslash-escaped in CommonMark: a document's text stays text
# (no image fetched, no link) in whichever Markdown viewer opens the export.
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$<>&:])")
UNSAFE_FILE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\/]+')


def literal_markdown(text: str) -> str:
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", text or "")


def conversation_markdown(title: str, turns: list[Turn], exported_at: float | None = None) -> str:
    """The conversation as Markdown: the title, then each question and its answer with sources."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(exported_at or time.time()))
    parts = [f"# {literal_markdown(title)}", "", f"党建知识助手对话记录，导出于 {when}，共 {len(turns)} 问。"]
    for n, turn in enumerate(turns, 1):
        parts += ["", f"## 问{n}：{literal_markdown(turn.question)}", ""]
        parts += [f"{literal_markdown(line)}  " if line.strip() else "" for line in turn.rendered.splitlines()]
    return "\n".join(parts).rstrip() + "\n"


def _set_font(run, name: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def write_docx(title: str, turns: list[Turn], target: Path) -> Path:
    """The conversation as a Word document: title, then 问 (bold) and the answer with its sources."""
    from docx import Document  # imported here: only an export needs it

    document = Document()
    heading = document.add_heading(level=1)
    _set_font(heading.add_run(title), HEADING_FONT)
    for n, turn in enumerate(turns, 1):
        question = document.add_paragraph()
        run = question.add_run(f"问{n}：{turn.question}")
        run.bold = True
        _set_font(run, HEADING_FONT)
        for line in turn.rendered.splitlines():
            if line.strip():
                _set_font(document.add_paragraph().add_run(line), BODY_FONT)
    document.save(str(target))
    return target


def export_filename(title: str, kind: ExportKind) -> str:
    stem = UNSAFE_FILE_CHARS.sub("_", title or "").strip(" ._") or "对话记录"
    return f"{stem[:60]}{EXPORT_SUFFIXES[kind]}"


def export_conversation(title: str, turns: list[Turn], kind: ExportKind, folder: Path | None = None) -> Path:
    """Write the export into a fresh folder (under the system temp folder unless given); returns its path."""
    folder = Path(folder or tempfile.mkdtemp(prefix="assistant-export-"))
    target = folder / export_filename(title, kind)
    if kind == "docx":
        return write_docx(title, turns, target)
    target.write_text(conversation_markdown(title, turns), encoding="utf-8")
    return target
