"""Figures a report commits to without a plan word: its 整改措施 (设立奖励资金500万元) say what is to be done,
so they answer a question asked of a plan (打算设多少), marked as planned like any plan figure."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import AskedQuantity
from assistant.answer.facts import NumericFact

MEASURES_SECTION = re.compile(r"整改措施|改进措施|整改举措|努力方向|整改方向")
MEASURES_TAKEN = re.compile(r"成效|情况|完成|落实|进展")  # 整改措施落实情况 reports what they did
DONE_SAID = re.compile(r"已|了|完成")  # 已设立 / 设立了: what a measure did, which a plan question does not ask


def commitment(fact: NumericFact) -> NumericFact | None:
    """The fact as a plan figure, its clause marked with the measures' heading (（整改措施）设立…500万元), when
    it stands in a report's measures to be taken; else None."""
    headings = " ".join(fact.chunk.section_path)
    measures = MEASURES_SECTION.search(headings)
    if fact.is_plan or not measures or MEASURES_TAKEN.search(headings) or fact.chunk.doc_kind == "regulation":
        return None  # 整改措施及成效 reports what the measures did
    if DONE_SAID.search(fact.clause):
        return None
    return replace(fact, clause=f"（{measures.group(0)}）{fact.clause}", qualifiers=fact.qualifiers | {"plan"})


def as_asked(fact: NumericFact, asked: AskedQuantity) -> NumericFact | None:
    """A measure's figure read as the plan it is: it answers a plan question (打算设多少), marked as such, and
    no question of what was done (设了多少); any other fact as it is."""
    committed = commitment(fact)
    if committed is None:
        return fact
    return committed if asked.plan else None
