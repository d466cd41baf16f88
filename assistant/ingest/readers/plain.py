"""Plain text and Markdown."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.readers.base import decode_text
from assistant.ingest.readers.tables import render_table

HEADING_MARK = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$")
BULLET = re.compile(r"^ {0,3}[-*+][ \t]+")
EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def read_text(path: Path, data: bytes) -> tuple[str, str | None]:
    return decode_text(data, path), None


def table_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def markdown_line(line: str) -> str:
    """A Markdown line as the reader sees it: no heading marks, bullets, emphasis or link targets."""
    heading = HEADING_MARK.match(line)
    if heading:
        line = heading.group(1)
    line = BULLET.sub("", line)
    line = LINK.sub(r"\1", line)
    return EMPHASIS.sub(r"\2", line)


def read_markdown(path: Path, data: bytes) -> tuple[str, str | None]:
    lines: list[str] = []
    table: list[list[str]] = []
    for line in decode_text(data, path).replace("\r\n", "\n").split("\n"):
        if TABLE_ROW.match(line):
            if not TABLE_RULE.match(line):
                table.append([markdown_line(cell) for cell in table_cells(line)])
            continue
        if table:
            lines.extend(render_table(table))
            table = []
        lines.append(markdown_line(line))
    lines.extend(render_table(table))
    return "\n".join(lines), None
