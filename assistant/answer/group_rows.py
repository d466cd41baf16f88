"""A part of a whole asked by the label of a group of table rows: 其中东区有几个 after 派了多少特派员, where the
table's 东区 is merged down over its towns' rows. The part is the rows under that label, in the column the whole
counts, added up and each cited. A part naming one row (其中给一支部讲了几次 after what a person did) is left to
the row's own reading: a recipient named is no row group."""

from __future__ import annotations

from assistant.answer.asked_quantity import AskedQuantity, answers
from assistant.answer.asked_rows import row_names
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.count_rows import asked_column
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import NumericFact, format_number
from assistant.answer.whole_parts import part_asked_at
from assistant.core.schema import Evidence


def group_part(
    ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence], book: CitationBook
) -> tuple[str, float | None] | None:
    """(text, total) for a 其中 part naming a group of a table's rows by their label; None when it names none."""
    at = part_asked_at(part)
    if at is None:
        return None
    said_part = part[at:]
    whole = ctx.question.replace(part.strip(), "")  # what the whole counts, said before the part
    counted = ctx.source.terms(whole)
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        facts = [
            f
            for chunk in ctx.source.document_chunks(doc_id)
            for f in extract_facts(chunk)
            if f.row and not f.is_plan and answers(f, asked)
        ]
        rows = named_rows(said_part, facts)
        columns: dict[str, list[NumericFact]] = {}
        for fact in rows:
            columns.setdefault(fact.predicate, []).append(fact)
        column = asked_column(whole, counted, list(columns.values()))
        if column is None or len(column) < 2:
            continue
        said = "，".join(f"{f.said}{book.cite(f.chunk, f.sentence)}" for f in column)
        total = sum(f.number for f in column)
        return f"共{format_number(total)}{column[0].unit}：{said}。", total
    return None


def named_rows(said_part: str, facts: list[NumericFact]) -> list[NumericFact]:
    """The figures of the rows whose label or name cells the part says (the longest name: 东区 inside 东区二组
    is not said), one per row and column."""
    names = {n for f in facts for n in row_names(f) if n in said_part}
    names = {n for n in names if not any(n != other and n in other for other in names)}
    kept: dict[tuple[str, str], NumericFact] = {}
    for fact in facts:
        if row_names(fact) & names:
            kept.setdefault((fact.sentence, fact.predicate), fact)
    return list(kept.values())
