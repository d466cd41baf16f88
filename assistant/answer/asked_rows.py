"""The row of a table a count question names by one of its label cells (清河镇 of 东区：乡镇为清河镇，…): only that
row's figures answer, never the 合计 row nor a sentence stating the whole; a name of the rows' kind that no
row has (another 镇 when the rows are 镇) is answered by no figure at all. A row is named by its short form too
(公卫党支部), and a sentence naming the row only as whom someone lectured for or visited (为公共卫生党支部讲党课)
gives no figure of the row's own when the row has one."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from assistant.answer.branch_short_names import short_form, short_named
from assistant.answer.fact_cells import named_cells, row_label
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.served_units import served_only
from assistant.core.schema import Evidence

if TYPE_CHECKING:
    from assistant.answer.count_matching import ScoredFact

TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计|累计|共计|总数|全年)")
# Words before a kind's last character that name no one row (各镇, 全乡, 哪个村, 乡镇).
GENERIC = re.compile(r"[各每全本该哪几多乡城有些个]$")
MIN_ROWS_OF_KIND = 2  # the kind of a column's names: a last character at least this many rows share
# Kinds of places a table lists one per row (镇, 乡, 村, 街道, 社区, 片区); branches are told by `sub_unit`.
PLACE_KINDS = frozenset("镇乡村道区片")


def row_names(fact: NumericFact) -> frozenset[str]:
    """The label of a figure's table row and the names its text cells give (东区, 清河镇); empty outside tables
    and for a 合计 row."""
    label = row_label(fact.sentence) if fact.row else ""
    if not label or TOTAL_LABEL.match(label):
        return frozenset()
    return frozenset([label, *named_cells(fact.sentence)])


def of_asked_row(question: str, scored: list[ScoredFact]) -> list[ScoredFact]:
    """The figures of the rows the question names by a label; none when it names a row of their kind the table
    lacks; all of them when it names no row."""
    names = {n for s in scored for n in row_names(s.fact)}
    said = rows_said(question, scored)
    if not said:
        return [] if names_missing_row(question, names) else scored
    return [s for s in scored if row_names(s.fact) & said or any(n in s.fact.clause for n in said)]


def rows_said(question: str, scored: list[ScoredFact]) -> set[str]:
    """The names of the figures' rows the question says, in full or by a short form (公卫党支部)."""
    names = {n for s in scored for n in row_names(s.fact)}
    said = {n for n in names if n in question}
    said = {n for n in said if not any(n != other and n in other for other in said)}  # 东区 inside 东区二组
    return said or {n for n in names if short_named(n, question)}


def spelled_row(question: str, evidence: list[Evidence]) -> tuple[str, str] | None:
    """(short form, full name) of a row the question names by a short form (公卫党支部 → 公共卫生党支部), to be
    scored in the row's own words; None when no row or several rows share the short form."""
    names = {n for e in evidence for f in extract_facts(e.chunk) if f.row for n in row_names(f)}
    full = [n for n in names if short_named(n, question)]
    return (short_form(full[0], question), full[0]) if len(full) == 1 else None


def asked_row_figures(question: str, scored: list[ScoredFact]) -> list[ScoredFact]:
    """The figures of the row the question names, when it has some, before the best is chosen: 公卫党支部实到几个
    is that row's 28名, not 各党支部…实到93名; 疾控党支部讲了几场党课 is the row's 4场, not a secretary's
    为疾病控制党支部讲党课1次 (给疾病控制党支部讲了几次 asks the latter)."""
    said = rows_said(question, scored)
    named = [s for s in scored if row_names(s.fact) & said or any(n in s.fact.clause for n in said)]
    own = [s for s in named if not any(served_only(n, s.fact.clause) and not served_only(n, question) for n in said)]
    return own if any(row_names(s.fact) & said for s in own) else scored


def names_missing_row(question: str, names: set[str]) -> bool:
    """Whether the question names one more of the rows' kind (马岭镇 among rows 清河镇, 白石镇): a name ending
    in the last character most rows' names share, right after two characters that make no generic word."""
    kinds = Counter(n[-1] for n in names if len(n) >= 3 and n[-1] in PLACE_KINDS)
    for kind, rows in kinds.items():
        if rows < MIN_ROWS_OF_KIND:
            continue
        for at in (m.start() for m in re.finditer(re.escape(kind), question)):
            before = question[max(at - 2, 0) : at]
            if len(before) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", before) and not GENERIC.search(before):
                return True
    return False
