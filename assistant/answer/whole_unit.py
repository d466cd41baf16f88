"""A question about the whole organisation is answered by the organisation's own figure, not by a branch's row of
the per-branch table beside it: 全年组织主题党日52次 answers 水务局开展了几次主题党日, 第一党支部：主题党日14次 does
not. A branch asked (sub_unit), each branch asked (各支部 / 分别) or a row the question names keeps the rows."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.answer.asked_quantity import TOTAL_ASKED
from assistant.answer.branch_short_names import short_named
from assistant.answer.branch_units import OFFICE_SUFFIX, ORDINAL, plain_unit_words
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.question import UNIT_SUFFIX

if TYPE_CHECKING:
    from assistant.answer.count_matching import ScoredFact

# 第二党支部 / 路政大队 / 城关所 / 第二党支部（河西所）: a row labelled by a branch or an office of the body
BRANCH_LABEL = re.compile(rf"^(.*?)(?:{UNIT_SUFFIX.pattern}|{OFFICE_SUFFIX.pattern})(?:[（(][^）)]*[）)])?$")
# 各支部分别 / 每个大队 / 哪个支部 / 按支部: the branches themselves are asked about
EACH_ASKED = re.compile(r"各|每个|分别|哪个|哪些|哪几|按")
# 各支部一共讲了多少场: all the branches added up, which is the whole's figure (the table's 合计 row), not a row.
ALL_ADDED = re.compile(rf"^(?!.*(?:分别|哪个|哪些|哪几|按)).*各.*(?:{TOTAL_ASKED.pattern})")


def branch_row(fact: NumericFact) -> bool:
    """Whether the fact is a table row of one branch (not the table's 合计 row)."""
    return bool(fact.row) and "total" not in fact.qualifiers and BRANCH_LABEL.match(fact.row) is not None


def of_whole_unit(scored: list[ScoredFact], part: str, unit: str, confident: float) -> list[ScoredFact]:
    """The scored facts without the branch rows of a document that also states a figure of its own, when the
    part asks about no branch; the 合计 row, scored at least `confident`, when every branch is added up."""
    added = ALL_ADDED.search(part)
    totals = [s for s in scored if s.fact.row and "total" in s.fact.qualifiers]
    if added and not unit and totals:
        # The branches added up are the per-branch table's 合计 row, not a figure done for one branch; the row
        # answers as well as the best figure found of them, though it says neither the branches nor the act —
        # and at least as a count must: its column holds what is counted (scored at all), and what it lacks
        # are only the words of whose, the body's short name and the branches the question adds up.
        lift = max(max(s.score for s in scored), confident) - max(s.score for s in totals)
        return [replace(s, score=s.score + lift) for s in totals]
    if unit or (EACH_ASKED.search(part) and not added):
        return scored
    own = {s.fact.chunk.doc_id for s in scored if not branch_row(s.fact)}
    return [s for s in scored if not (s.fact.chunk.doc_id in own and branch_row(s.fact) and not named(s.fact, part))]


def named(fact: NumericFact, part: str) -> bool:
    """Whether the part names the row's unit (柳湾村 of a 柳湾村党支部 row, 公卫 of 公共卫生党支部): the row is then
    what is asked.
    An ordinal alone (第一 of 第一党支部) is no name: 第一季度 says none."""
    label = BRANCH_LABEL.match(fact.row)
    name = plain_unit_words(label.group(1)) if label else ""
    ordinal = re.fullmatch(rf"第?{ORDINAL}+", name)
    return len(name) > 1 and not ordinal and (name in plain_unit_words(part) or short_named(fact.row, part))


def body_total_first(stated: list[NumericFact]) -> list[NumericFact]:
    """The stated totals of one document, the body's own first when it exceeds its table's 合计 row: 共有党员640名
    is the whole, a per-unit table's 合计520 adds up only the rows it lists (its in-post members, say)."""
    prose = [f for f in stated if not f.row]
    rows = [f for f in stated if f.row]
    if prose and rows and max(f.amount for f in prose) > max(f.amount for f in rows):
        return prose + rows
    return stated
