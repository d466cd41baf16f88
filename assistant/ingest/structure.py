"""Document outline: headings (第N编/章/节, 一、, （一）, 1., （1）) and 第N条 articles.

The outline is a flat list of blocks, each carrying its section path, so later
stages never need to re-parse headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.schema import Document

CN = "[一二三四五六七八九十百零〇]+"
# Ordered from outermost to innermost; the index is the heading level.
HEADING_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"^第{CN}编(?:[ 　]|$)"),
    re.compile(rf"^第{CN}章(?:[ 　]|$)"),
    re.compile(rf"^第{CN}节(?:[ 　]|$)"),
    re.compile(r"^[一二三四五六七八九十]+[、.．](?!\d)"),
    re.compile(r"^[（(][一二三四五六七八九十]+[）)]"),
    re.compile(r"^\d{1,2}[.．、](?!\d)"),
    re.compile(r"^[（(]\d{1,2}[）)]"),
]
ITEM_LEVEL = 4  # （一） and below are items when they occur inside an article
# An article starts a line and is followed by an ASCII or full-width space (or ends the line,
# as when a PDF puts the number on a line of its own), so that "依照第十七条" inside a
# sentence is never a boundary.
ARTICLE = re.compile(rf"^(第{CN}条)(?:[ 　]|$)")
INLINE_HEADING_END = re.compile(r"[。！？；：:]")
MAX_HEADING_CHARS = 40
# In regulations, an unnumbered short line without punctuation is a part title
# (e.g. 党员廉洁自律规范 in 《廉洁自律准则》).
BARE_HEADING = re.compile(r"^[^\s（(，。；：、,.;:！？“”]{2,20}$")
BARE_HEADING_LEVEL = 3
# "一是……" / "一要……" paragraphs enumerate what their lead paragraph announces
# ("下一步，我们将……"), so the lead becomes their section label.
ENUMERATED = re.compile(r"^([一二三四五六七八九十]+)[是要]")
ENUMERATION_LEVEL = len(HEADING_PATTERNS)


@dataclass(frozen=True)
class Block:
    """One paragraph (or one whole article) with its place in the outline."""

    section_path: tuple[str, ...]
    article: str | None
    text: str
    start: int
    end: int
    is_heading_only: bool = False


def heading_level(line: str) -> int | None:
    for level, pattern in enumerate(HEADING_PATTERNS):
        if pattern.match(line):
            return level
    return None


def heading_label(line: str) -> str:
    """A heading's label: the whole line when short, else up to its first sentence end."""
    match = INLINE_HEADING_END.search(line)
    label = line[: match.start()] if match else line
    return label if len(label) <= MAX_HEADING_CHARS else label[:MAX_HEADING_CHARS] + "…"


def lead_label(paragraph: str) -> str:
    """Short name for a lead paragraph: 下一步 for 下一步，我们将……"""
    first = re.split(r"[，,。；：:]", paragraph, maxsplit=1)[0]
    return first if len(first) <= 20 else first[:20] + "…"


def iter_lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield line, offset, offset + len(line)
        offset += len(line) + 1


def parse(document: Document) -> list[Block]:
    """Split a document into blocks following its own numbering."""
    blocks: list[Block] = []
    path: list[tuple[int, str, bool]] = []  # (level, label, heading shares its line with body)
    article: list | None = None  # [label, start, end, lines, section_path]

    def close_article() -> None:
        nonlocal article
        if article:
            label, start, end, lines, section = article
            blocks.append(Block(section, label, "\n".join(lines), start, end))
        article = None

    for index, (line, start, end) in enumerate(iter_lines(document.text)):
        if index == 0 and document.title.startswith(line.lstrip("#").strip()):
            continue  # the title line is the document's name, not its content
        match = ARTICLE.match(line)
        if match:
            close_article()
            article = [match.group(1), start, end, [line], tuple(label for _, label, _ in path)]
            continue
        level = heading_level(line)
        if level is None and (article is not None or document.kind == "regulation") and BARE_HEADING.match(line):
            level = BARE_HEADING_LEVEL
        if article is not None and (level is None or level >= ITEM_LEVEL):
            article[2] = end
            article[3].append(line)
            continue
        close_article()
        if level is None:
            enumerated = ENUMERATED.match(line)
            if path and path[-1][0] == ENUMERATION_LEVEL and not enumerated:
                path.pop()  # the enumeration has ended
            if path and path[-1][2]:
                path.pop()  # an inline heading ("（三）标题。正文") covers only its own paragraph
            previous = blocks[-1] if blocks else None
            if (
                enumerated
                and enumerated.group(1) == "一"
                and previous is not None
                and previous.article is None
                and not previous.is_heading_only
                and heading_level(previous.text) is None
            ):
                path.append((ENUMERATION_LEVEL, lead_label(previous.text), False))
            blocks.append(Block(tuple(label for _, label, _ in path), None, line, start, end))
            continue
        while path and path[-1][0] >= level:
            path.pop()
        heading_only = heading_label(line) == line
        path.append((level, heading_label(line), not heading_only))
        blocks.append(Block(tuple(label for _, label, _ in path), None, line, start, end, heading_only))
    close_article()
    return blocks
