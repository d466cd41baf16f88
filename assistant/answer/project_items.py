"""A list asked by the name of a project (烛光引航都搞了哪些活动 / 双培双带是哪两项 / “三联三促”包括啥): the
items the report gives under that name — its inline 一是…二是…, the 1. 2. lines after it, or the rows of the
table its sentence announces (如下表) — never those of another project the same paragraph goes on to."""

from __future__ import annotations

import re

from assistant.answer.context import AnswerContext
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.answer.sections import Item, strip_number
from assistant.answer.table_lists import ROW_CHUNKS, TABLE_ANNOUNCED, rows_after
from assistant.core.schema import Chunk
from assistant.core.text import squash

# “红帆领航”党建品牌 / ‘一支部一特色’创建 / “三联三促”活动: a quoted name a project word soon follows.
PROJECT = re.compile(
    r"[“‘\"']([^”’\"'\n]{2,12})[”’\"']"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:品牌|工程|活动|行动|创建|计划|项目|模式|机制|工作法))"
)
SENTENCE_START = re.compile(r"[。！？\n]")
QUOTES = re.compile(r"[“”‘’\"'《》]")


def asked_project(question: str, text: str) -> str:
    """The longest project name of `text` the question says (with or without its quotes), or ""."""
    said = squash(QUOTES.sub("", question))
    names = [m.group(1) for m in PROJECT.finditer(text) if squash(m.group(1)) in said]
    return max(names, key=len, default="")


def project_scope(text: str, name: str) -> tuple[int, int]:
    """From the sentence first naming the project to the sentence naming another one (or the end): a project's
    own items are never quoted beside another project's name in one sentence."""
    at = text.find(name)
    begin = max((m.end() for m in SENTENCE_START.finditer(text, 0, at)), default=0)
    for other in PROJECT.finditer(text, at + len(name)):
        if other.group(1) != name:
            boundary = max((m.end() for m in SENTENCE_START.finditer(text, 0, other.start())), default=0)
            if boundary > text.rfind(name, 0, other.start()):  # 杏林先锋品牌，…：一是开展“义诊下乡”活动 is its own
                return begin, boundary
    return begin, len(text)


def project_items(ctx: AnswerContext, chunks: list[Chunk]) -> tuple[Chunk, list[Item]] | None:
    """(chunk naming the project, its items) for the first chunk that names a project the question asks by
    name and lists more than one thing of it; None otherwise."""
    for chunk in chunks:
        name = asked_project(ctx.question, chunk.text)
        if not name:
            continue
        begin, end = project_scope(chunk.text, name)
        # 一是…；二是开展“过硬党支部”创建…；三是…: a project named in one of the items is no head of them
        scope = chunk.text[chunk.text.find(name, begin) : end]
        items = [
            Item(clause.strip().rstrip("。；;"), quote, chunk)
            for line in scope.split("\n")
            for quote, clause in enumerated_clauses(line)
        ]
        if not items and end == len(chunk.text):  # the items follow: a table it announces, or 1. 2. lines
            items = following_items(ctx, chunk, scope)
        if len(items) > 1:
            return chunk, items
    return None


def following_items(ctx: AnswerContext, chunk: Chunk, scope: str) -> list[Item]:
    """The rows of the table the scope's last sentence announces, or the numbered items under the chunk's
    heading that come right after it (…开展“三联三促”活动： then 1.… 2.… 3.…)."""
    document = ctx.source.document_chunks(chunk.doc_id)
    following = document[document.index(chunk) + 1 :][:ROW_CHUNKS] if chunk in document else []
    if TABLE_ANNOUNCED.search(scope.strip()):
        return rows_after(chunk, len(chunk.text), following)
    if not scope.rstrip().endswith(("：", ":")):
        return []
    path = chunk.section_path
    items: list[Item] = []
    for later in following:
        if len(later.section_path) <= len(path) or later.section_path[: len(path)] != path:
            break
        items.append(Item(strip_number(later.text.strip()).rstrip("。；;"), later.text.strip(), later))
    return items
