"""What a passage lists: its （一）（二） lines, inline 一是……二是……, or the clauses a sentence announces (主要包括：A，B，C)."""

from __future__ import annotations

import re

from assistant.answer.context import FACT_THRESHOLD, Scored, clean, is_heading_sentence
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.answer.sections import Item, line_items
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import ENUMERATED, ITEM_LEVEL, heading_level, is_furniture

# 主要包括：A，B，C: a sentence announcing the things it goes on to name, comma by comma.
ANNOUNCES = re.compile(r"(?:主要|具体)?(?:包括|包含|有)[：:]")

ITEM_SEPARATOR = re.compile(r"[，,；;]")

ANNOUNCED_ITEM = 4  # characters a clause needs to be an item (not a trailing 等)

THING_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?:主要|具体)?(?:都|还)?(?:有|是|包括)(?:哪些|哪几)")


def lists_things(chunk: Chunk) -> bool:
    """Whether a passage counts items: （一）/1. lines after its first, 一是 paragraphs or inline 一是…二是…."""
    lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
    return bool(
        ENUMERATED.match(chunk.text)
        or any((heading_level(line) or 0) >= ITEM_LEVEL for line in lines[1:])
        or any(len(enumerated_clauses(line)) > 1 for line in lines)
    )


def list_items(chunk: Chunk) -> list[str]:
    """The items of a passage: （一）（二） lines of an article, inline 一是……二是……, the clauses a sentence
    announces (主要包括：A，B，C), else its sentences."""
    lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
    if len(lines) > 1 and chunk.article:
        return lines[1:] if len(lines[0]) < 40 else lines
    inline = [item.quote for line in lines for item in line_items(chunk, line)]
    if len(inline) > 1:
        return inline
    announced = [item for line in lines for sentence in split_sentences(line) for item in announced_items(sentence)]
    if len(announced) > 1:
        return announced
    sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip() and not is_furniture(s.strip())]
    return [s for s in sentences if not is_heading_sentence(s, chunk)] or sentences


def announced_items(sentence: str) -> list[str]:
    """The clauses after 主要包括：/ 具体有： (加装电梯11部，改造雨污管网1.2公里，…), each one item."""
    lead = ANNOUNCES.search(sentence)
    if not lead:
        return []
    clauses = [c.strip() for c in ITEM_SEPARATOR.split(sentence[lead.end() :].rstrip("。；; "))]
    return [c for c in clauses if len(c) >= ANNOUNCED_ITEM]


def announced_list(question: str, ranked: list[Scored], candidates: int) -> list[Item]:
    """The items a good passage announces (主要包括：A，B，C) when it names the things asked (实事), and no
    better passage lists items of its own (一是…二是…)."""
    thing = asked_thing(question)
    for s in ranked[:candidates] if thing else []:
        if s.passage < FACT_THRESHOLD:
            continue
        if thing in s.chunk.text:
            for sentence in split_sentences(s.chunk.text):
                items = [Item(clean(c), c, s.chunk) for c in announced_items(sentence) if c in s.chunk.text]
                if len(items) > 1:
                    return items
        if lists_things(s.chunk):
            return []
    return []


def asked_thing(question: str) -> str:
    """What a 都有哪些 question lists (给居民办的实事主要都有哪些 -> 实事), else ""."""
    match = THING_ASKED.search(question)
    return match.group(1) if match else ""
