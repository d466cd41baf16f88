"""What a report's part says was done, asked of a part written as plain sentences (教育改造都干了啥 /
在X上做了哪些工作 / X这块搞了些啥 of a （三）X。… with no 一是 or 1. items): its sentences from the first that
states a figure achieved, each one item in document order — not the part's figure-less opening, not its plans,
not another part."""

from __future__ import annotations

import re

from assistant.answer.aspects import heading_aspect
from assistant.answer.context import clean, is_heading_sentence
from assistant.answer.facts import extract_facts
from assistant.answer.listing_items import lists_things
from assistant.answer.mixed_sections import PLAN_OPENING
from assistant.answer.sections import Item
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import is_furniture

# 都干了啥 / 做了哪些工作 / 搞了些啥 / 干了什么事: what was done, asked as a whole.
WORK_ASKED = re.compile(r"[干做搞](?:了|过)(?:些|哪些)?(?:啥|什么|哪些|些啥)|(?:哪些|什么|啥)工作")
# A part about what went wrong, what is to be done or what is planned is no account of work done.
OTHER_TIMES = {"problems", "measures", "plans"}


def asks_work_done(question: str) -> bool:
    return bool(WORK_ASKED.search(question))


def done_statements(chunks: list[Chunk], path: tuple[str, ...]) -> tuple[list[Chunk], list[Item]]:
    """(part, items): the sentences of the part at `path` (a leaf written as plain sentences) from its first
    one stating a figure achieved on, without plans; ([], []) when the part has sub-parts or lists items
    of its own (一是…, （1）…), is about problems or plans, or states no figure achieved."""
    if not path or heading_aspect(path[-1]) in OTHER_TIMES:
        return [], []
    part = [c for c in chunks if c.section_path[: len(path)] == path]
    if not part or any(len(c.section_path) > len(path) or lists_things(c) for c in part):
        return [], []
    items: list[Item] = []
    for chunk in part:
        facts = extract_facts(chunk)
        done = {clean(f.sentence).rstrip("。；") for f in facts if not f.is_plan and not f.row}
        planned = {clean(f.sentence).rstrip("。；") for f in facts if f.is_plan}
        for sentence in (s.strip() for s in split_sentences(chunk.text)):
            said = clean(sentence).rstrip("。；")
            # 具体见下表 closes a sentence of figures: furniture only when it states none achieved
            if not said or is_heading_sentence(sentence, chunk) or (is_furniture(sentence) and said not in done):
                continue
            if said in planned or PLAN_OPENING.match(said) or not (items or said in done):
                continue  # a plan, or the part's opening before any figure achieved
            items.append(Item(said, sentence, chunk))
    return (part, items) if items else ([], [])
