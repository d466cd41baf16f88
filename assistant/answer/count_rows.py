"""How many times a named person did something a table records row by row (沈国平领学了几次 over a table whose
rows read 序号5：…，领学人为沈国平): the rows naming that person in that column, each cited, and their number.
Used only when no stated figure answers."""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.facts import row_label
from assistant.core.schema import Chunk, Evidence
from assistant.core.text import split_sentences

# The act asked and the column that names who did it.
ACT_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"领学"), "领学人"),
    (re.compile(r"主持"), "主持人"),
    (re.compile(r"主讲|讲授|讲了?(?:几|多少)(?:次|回)?(?:党课|课)"), "(?:主讲人|讲授人)"),
    (re.compile(r"发言"), "(?:重点)?发言人"),
)
PERSON_ACTING = re.compile(rf"({NAME})(?=(?:同志)?(?:都|一共|总共|共)?(?:领学|主持|主讲|讲授|讲|作|发言))")


def said_of_person(part: str, sentences: list[str]) -> bool:
    """Whether some sentence names the person the part asks about (True when it asks about nobody)."""
    person = PERSON_ACTING.search(part)
    return not person or any(person.group(1) in sentence for sentence in sentences)


def rows_naming(ctx: AnswerContext, part: str, evidence: list[Evidence], book: CitationBook) -> tuple[str, int] | None:
    """(text, number of rows) for the rows that name the person asked about in the act's column; None when the
    part asks no such thing or no row names them."""
    person = PERSON_ACTING.search(part)
    column = next((c for act, c in ACT_COLUMNS if act.search(part)), None)
    if not person or column is None:
        return None
    said = re.compile(rf"{column}[为是：:]?\s*{re.escape(person.group(1))}(?![\u4e00-\u9fa5])")
    rows: list[tuple[Chunk, str]] = []
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        for chunk in ctx.source.document_chunks(doc_id):
            sentences = [s.strip() for s in split_sentences(chunk.text)]
            rows += [(chunk, s) for s in sentences if row_label(s) and said.search(s)]
        if rows:
            break  # the best document's table: rows of another document are another record
    if not rows:
        return None
    lines = "；".join(f"{sentence.rstrip('。')}{book.cite(chunk, sentence)}" for chunk, sentence in rows)
    return f"共{len(rows)}次：{lines}。", len(rows)
