"""Lists from a table that a sentence announces (主要党建品牌活动如下表。): the table's rows follow it, each
rendered as "label：cell，cell…", and the items asked for are the row labels (the first column)."""

from __future__ import annotations

import re

from assistant.answer.context import AnswerContext
from assistant.answer.facts import row_label
from assistant.answer.sections import Item
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.core.words import cut_words

TABLE_ANNOUNCED = re.compile(r"(?:如下表|见下表|详见下表|下表所示|列表如下|如表\s*\d*\s*所示)[。：:]?$")
# 搞了哪些党建品牌活动 / 有哪几项特色活动: what is listed, after the asking word.
LISTED_THING = re.compile(r"哪(?:些|几)(?:个|项|类|种|次)?([\u4e00-\u9fff]{2,12})")
THING_SHARE = 0.5  # share of the listed thing's words the announcing sentence must say (its head among them)
ROW_CHUNKS = 6  # chunks after the announcing one that may hold the table's rows


def listed_thing_words(question: str) -> list[str]:
    """The words of what a 哪些 question lists, head last: 党建品牌活动 -> 党建, 品牌, 活动."""
    match = LISTED_THING.search(question)
    return [w for w in cut_words(match.group(1)) if len(w) >= 2] if match else []


def announces_thing(sentence: str, words: list[str]) -> bool:
    if not words or words[-1] not in sentence:
        return False
    return sum(w in sentence for w in words) / len(words) >= THING_SHARE


def table_items(ctx: AnswerContext, chunks: list[Chunk]) -> list[Item] | None:
    """The row labels of the table a good passage announces as holding the things asked, in order; None if
    no passage announces one."""
    words = listed_thing_words(ctx.question)
    for chunk in chunks:
        sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()]
        at = next((i for i, s in enumerate(sentences) if TABLE_ANNOUNCED.search(s) and announces_thing(s, words)), None)
        if at is None:
            continue
        document = ctx.source.document_chunks(chunk.doc_id)
        following = document[document.index(chunk) + 1 :][:ROW_CHUNKS] if chunk in document else []
        items = rows_after(chunk, chunk.text.find(sentences[at]) + len(sentences[at]), following)
        return items if len(items) > 1 else None
    return None


def rows_after(chunk: Chunk, start: int, following: list[Chunk]) -> list[Item]:
    """The table rows from `start` in `chunk` on through the following chunks, up to the first line that is
    no row."""
    items: list[Item] = []
    for piece, text in [(chunk, chunk.text[start:]), *((c, c.text) for c in following)]:
        for line in (line.strip() for line in text.split("\n")):
            if not line:
                continue
            label = row_label(line)
            if not label:
                return items
            items.append(Item(label, label, piece))
    return items
