"""Whole-document answers (《八项规定》的内容有哪些): a document's top-level parts, each cited where it starts."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import LIST_LIMIT, AnswerContext, clean
from assistant.core.schema import Answer, Evidence
from assistant.core.text import split_sentences
from assistant.search.source import DocRecord

WHOLE_DOCUMENT = re.compile(r"(主要)?内容|规定了(什么|哪些)|包括哪些|由哪些部分|分为哪几")


def answer_outline(ctx: AnswerContext, doc: DocRecord) -> Answer:
    book = CitationBook()
    items: list[str] = []
    seen: set[str] = set()
    chunks = ctx.source.document_chunks(doc.doc_id)
    for chunk in chunks:
        label = chunk.section_path[0] if chunk.section_path else ""
        if not label or label in seen:
            continue
        seen.add(label)
        quote = label.rstrip("…")
        if quote in chunk.text:
            items.append(f"{label}{book.cite(chunk, quote)}")
        elif chunk.text:
            items.append(f"{label}{book.cite(chunk, split_sentences(chunk.text)[0].strip())}")
    if len(items) < 2:  # no outline to speak of: its passages in order
        items = [f"{clean(c.text.split(chr(10))[0])[:60]}{book.cite(c, c.text.split(chr(10))[0])}" for c in chunks]
    items = items[: LIST_LIMIT * 2]
    body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    evidence = [Evidence(c, 1.0) for c in book.chunks]
    return Answer(
        f"《{doc.title}》共{len(items)}部分：\n{body}",
        "list",
        book.citations(),
        evidence,
        derived_numbers={float(len(items))},
    )
