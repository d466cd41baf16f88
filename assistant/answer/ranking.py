"""Which row of a table has the most or least of something: 哪个党支部党员最多 is answered by comparing
the rows of one table (党支部 × 党员数), each compared figure cited; no figure is computed.

A table is one document's rows that state the same column (predicate). Without two such rows the
question goes to the count answerer as before.
"""

from __future__ import annotations

import re
from collections import defaultdict

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.facts import extract_facts
from assistant.answer.followup_rows import HEAD
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.question import RANKING
from assistant.core.schema import Answer

# Words of the question that name neither the measured column nor anything in it; the rows' kind may be said
# with whose they are (哪个下属单位 / 哪个基层党委), which names no column either.
ROWS_KIND = rf"(?:下属|所属|直属|基层|二级)?(?:{HEAD}|党总支|党委|学院)"
NOT_MEASURE = re.compile(rf"哪[个一位家所些]?(?:{ROWS_KIND})?|最[多少高低]|的|是|有|呢|[？?，,。]")
MIN_ROWS = 2
MIN_COVERAGE = 0.5  # share of the measured words the column header must hold


def answer_ranking(ctx: AnswerContext) -> Answer | None:
    """The top (or bottom) rows of the best-matching table column, cited; None when no table answers."""
    match = RANKING.search(ctx.question)
    if not match:
        return None
    most = (match.group(1) or match.group(2)) in ("多", "高")
    measured = NOT_MEASURE.sub("，", ctx.question)
    terms = ctx.source.terms(measured)
    evidence = ctx.evidence(k=20)
    columns: dict[tuple[str, str], list[NumericFact]] = defaultdict(list)
    for e in evidence:
        for fact in extract_facts(e.chunk):
            if fact.row and "total" not in fact.qualifiers and not fact.row.startswith(("合计", "总计", "小计")):
                columns[(fact.chunk.doc_id, fact.predicate)].append(fact)
    scored = [
        (terms.coverage(predicate + facts[0].chunk.doc_title) + share_asked(predicate, measured), facts)
        for (_, predicate), facts in columns.items()
        if len({f.row for f in facts}) >= MIN_ROWS
        and terms.coverage(predicate + facts[0].chunk.doc_title) >= MIN_COVERAGE
        and share_asked(predicate, measured) > 0
    ]
    if not scored:
        return None
    _, facts = max(scored, key=lambda pair: pair[0])
    rows = list({f.row: f for f in facts}.values())  # a row stated twice (two chunks) counts once
    extreme = (max if most else min)(f.number for f in rows)
    chosen = [f for f in rows if f.number == extreme]
    book = CitationBook()
    if len(chosen) == len(rows):  # every row the same: no row stands out
        marks = "".join(dict.fromkeys(book.cite(f.chunk, f.sentence) for f in rows))
        text = f"据《{rows[0].chunk.doc_title}》，所列{len(rows)}个{rows[0].predicate}相同，均为{rows[0].value_text}{marks}。"
        return Answer(text, "count", book.citations(), evidence, derived_numbers={float(len(rows))})
    said = "；".join(f"{f.said}{book.cite(f.chunk, f.sentence)}" for f in chosen)
    word = "最多" if most else "最少"
    head = f"据《{chosen[0].chunk.doc_title}》，{chosen[0].predicate}{word}的是{'、'.join(f.row for f in chosen)}"
    said = (
        "；".join(f"{f.clause.strip()}{book.cite(f.chunk, f.sentence)}" for f in chosen) if len(chosen) == 1 else said
    )
    others = len(rows) - len(chosen)
    compared = f"（共比较{len(rows)}个，其余{others}个均{'少' if most else '多'}于此数。）"
    derived = {float(len(rows)), float(others)}  # how many rows were compared: counted here, not quoted
    return Answer(f"{head}：{said}。{compared}", "count", book.citations(), evidence, derived_numbers=derived)


def share_asked(header: str, question: str) -> float:
    """Share of a column header's characters that the question has (党员数 for 党员最多, not 支部党员大会)."""
    own = re.sub(r"[^\u4e00-\u9fff]", "", header)
    return sum(ch in question for ch in own) / len(own) if own else 0.0
