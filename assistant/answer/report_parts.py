"""党建工作有哪几个方面 / 这份总结讲了哪几块 / 报告分哪几部分: a report's parts are its own section headings
(一、二、三…), in order, each cited where its part starts; asked of one section (组织建设方面分哪几块), that
section's sub-headings ((一)(二)…). A topic no heading says, a report without two headings, and the aspects a
report's sections gather (查摆的问题涉及哪几个方面 / 下一步从哪几个方面推进: `sections`) are left to the other
list answers; the 落款 is no part.
"""

from __future__ import annotations

import re

from assistant.answer.asked_part import asked_part, topic_words
from assistant.answer.aspects import question_aspect
from assistant.answer.context import AnswerContext
from assistant.answer.question import PARTS_ASKED, PERIOD
from assistant.answer.sections import Item
from assistant.core.schema import Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.ingest.structure import SIGNATURE

# The report named as itself (这份总结, 该报告), its organisation as a clerk says it (局里, 我们), 党建 (the
# subject of every report here) and the verbs asking for parts (包括 / 分为 / 讲了 / 涉及): no topic of a part.
OWN_NAMING = re.compile(
    r"(?:这|那|该|本|此)(?:份|篇|个)?|报告|总结|材料|文件|党建|包括|包含|分为|分成|涉及|主要|都"
    r"|我们|咱们|[局院所委]里|(?:单位|公司|支部|机关|学校)里(?![面头边])|[分讲写说做干抓有](?:了|过)?"
)

# 这份整改报告 / 查摆问题整改报告: the document named by what it reports, no aspect asked of it
DOCUMENT_NAMED = re.compile(r"[^，,？?的]{0,8}(?:报告|总结|材料|文件)")


def report_parts(ctx: AnswerContext, evidence: list[Evidence]) -> tuple[list[Chunk], list[Item]] | None:
    """The part asked (the whole report or one of its sections) and its headings as items; None when the question
    asks no parts, names no report, or the part has fewer than two headings."""
    asked = PARTS_ASKED.search(ctx.question)
    if not asked or question_aspect(DOCUMENT_NAMED.sub("，", ctx.question)) is not None:
        return None
    named = [d.doc_id for d in ctx.source.named_documents(ctx.question) if d.kind == "report"]
    found = [e.chunk.doc_id for e in evidence if e.chunk.doc_kind == "report"]
    doc_ids = named or found
    if not doc_ids:
        return None
    chunks = ctx.source.document_chunks(doc_ids[0])
    lead = PERIOD.sub("，", OWN_NAMING.sub("，", ctx.question[: asked.start()]))  # 今年的工作 / 上半年: no part
    topic = topic_words(lead, chunks[0].doc_title if chunks else "")
    part = asked_part(topic, chunks, 0) if topic else chunks
    items = headings(part, 1 if topic else 0)
    return (part, items) if len(items) >= 2 else None


def headings(chunks: list[Chunk], depth: int) -> list[Item]:
    """The distinct headings at `depth` in order, each quoted where the text says it, else by the first sentence
    of its part."""
    items: list[Item] = []
    seen: set[str] = set()
    for chunk in chunks:
        if len(chunk.section_path) <= depth or chunk.section_path[depth] in seen | {SIGNATURE}:
            continue
        label = chunk.section_path[depth]
        seen.add(label)
        quote = label if label in chunk.text else split_sentences(chunk.text)[0].strip()
        if quote:
            items.append(Item(label, quote, chunk))
    return items
