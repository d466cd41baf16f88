"""The row of a table a count question names by one of its label cells (清河镇 of 东区：乡镇为清河镇，…): only that
row's figures answer, never the 合计 row nor a sentence stating the whole; a name of the rows' kind that no
row has (another 镇 when the rows are 镇) is answered by no figure at all."""

from __future__ import annotations

import re
from collections import Counter

from assistant.answer.count_matching import ScoredFact
from assistant.answer.fact_cells import named_cells, row_label
from assistant.answer.numeric_fact import NumericFact

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
    said = {n for n in names if n in question}
    said = {n for n in said if not any(n != other and n in other for other in said)}  # 东区 inside 东区二组
    if said:
        return [s for s in scored if row_names(s.fact) & said or any(n in s.fact.clause for n in said)]
    return [] if names_missing_row(question, names) else scored


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
