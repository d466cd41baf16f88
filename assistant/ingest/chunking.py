"""Blocks -> Chunks: one article, or one numbered section/paragraph, split only when long."""

from __future__ import annotations

import hashlib
import re

from assistant.core.schema import Chunk, Document
from assistant.core.text import split_sentences
from assistant.ingest.structure import ITEM_LEVEL, Block, heading_level, parse

MAX_CHUNK_CHARS = 600
MIN_CHUNK_CHARS = 60  # shorter neighbouring paragraphs of one section are merged
# A figure with its measure word (不少于12次, 2名, 600人次, 90%): a heading stating one is a statement too.
HEADING_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:余|多)?\s*(?:人次|名|人|位|次|场|期|轮|个|项|件|条|份|篇|批|家|户|所|处|起|支|元|%|％|小时|学时|天)"
    r"|(?<![第统唯同单逐])[两二三四五六七八九十]{1,3}(?:人次|名|次|场|期|项)"  # 讲党课两次; not 第二次, 三会一课
)


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    digest = hashlib.sha1(f"{doc_id}:{start}:{end}:{text}".encode()).hexdigest()
    return digest[:20]


def split_long(block: Block, max_chars: int) -> list[Block]:
    """Split a long block at sentence ends into pieces of at most max_chars."""
    if len(block.text) <= max_chars:
        return [block]
    pieces: list[Block] = []
    buffer, buffer_start, cursor = "", block.start, block.start
    # A run-on "sentence" longer than the limit (a 10 MB line with no full stop) is cut at the limit:
    # one giant chunk would be quoted whole and tokenised for minutes.
    sentences = [s[i : i + max_chars] for s in split_sentences(block.text) for i in range(0, len(s), max_chars)]
    for sentence in sentences:
        if buffer and len(buffer) + len(sentence) > max_chars:
            pieces.append(Block(block.section_path, block.article, buffer, buffer_start, cursor))
            buffer, buffer_start = "", cursor
        buffer += sentence
        cursor += len(sentence)
    if buffer:
        pieces.append(Block(block.section_path, block.article, buffer, buffer_start, cursor))
    return pieces


def merge_short(blocks: list[Block], document_text: str) -> list[Block]:
    """Merge short neighbouring paragraphs of the same section (never articles)."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.article is None
            and block.article is None
            and previous.section_path == block.section_path
            and not previous.is_heading_only  # a heading kept for its figure is a statement of its own
            and (len(previous.text) < MIN_CHUNK_CHARS)
            and len(previous.text) + len(block.text) < MAX_CHUNK_CHARS
        ):
            merged[-1] = Block(
                block.section_path,
                None,
                document_text[previous.start : block.end],
                previous.start,
                block.end,
            )
        else:
            merged.append(block)
    return merged


def states_a_figure(block: Block, document: Document) -> bool:
    """A plan's heading that states its target (（一）力争发展党员不少于1名): quoted and counted like a sentence."""
    return document.kind != "regulation" and bool(HEADING_FIGURE.search(block.text))


def indexed_blocks(blocks: list[Block], document: Document) -> list[Block]:
    """The blocks that say something. A heading line with no body of its own only names a section: it
    lives on in the section path of the blocks below it. An item heading with nothing below it is a
    statement of its own (a plan's （一）全年发展党员不少于2名 followed by （二）…), and a heading that states a
    figure is kept as the first line of its section."""
    kept = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1].section_path if i + 1 < len(blocks) else ()
        leaf = below[: len(block.section_path)] != block.section_path  # its body would be filed under it
        level = heading_level(block.text)
        item_leaf = leaf and level is not None and level >= ITEM_LEVEL
        if not block.is_heading_only or block.article or item_leaf or states_a_figure(block, document):
            kept.append(block)
    return kept


def chunk_document(document: Document, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    blocks = indexed_blocks(parse(document), document)
    chunks: list[Chunk] = []
    for block in merge_short(blocks, document.text):
        if not block.text.strip():
            continue  # blank lines after the 落款: nothing to index
        limit = max_chars * 3 if block.article else max_chars  # keep an article whole if we can
        for piece in split_long(block, limit):
            chunks.append(
                Chunk(
                    id=chunk_id(document.doc_id, piece.start, piece.end, piece.text),
                    doc_id=document.doc_id,
                    doc_title=document.title,
                    doc_kind=document.kind,
                    section_path=piece.section_path,
                    article=piece.article,
                    text=piece.text,
                    start=piece.start,
                    end=piece.end,
                )
            )
    return chunks
