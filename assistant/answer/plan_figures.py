"""Figures a report commits to without a plan word: its 整改措施 (设立奖励资金500万元) say what is to be done,
so they answer a question asked of a plan (打算设多少) or asked plainly (设的资金是多少), marked as the measures'
figure, and never one asking what was done (实际设了多少)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import AskedQuantity
from assistant.answer.numeric_fact import NumericFact

MEASURES_SECTION = re.compile(r"整改措施|改进措施|整改举措|努力方向|整改方向")
# 整改措施落实情况 reports what the measures did; 存在的问题和整改措施 states problems too
NOT_ONLY_MEASURES = re.compile(r"成效|情况|完成|落实|进展|问题|不足|差距")
DONE_SAID = re.compile(r"已|了|完成")  # 已设立 / 设立了: what a measure did, which a plan question does not ask
# 制定整改措施18条: a figure counting the measures (or the problems, tasks) is what was set, no commitment
COUNTS_MEASURES = re.compile(r"措施|举措|任务|问题|清单")
# 实际设了多少 / 已经建了几个 / 建了几个: what was done is asked
DONE_ASKED = re.compile(r"实际|已经?|了(?=[\u4e00-\u9fff]{0,6}?(?:几|多少))")


def commitment(fact: NumericFact) -> NumericFact | None:
    """The fact as a plan figure, its clause marked with the measures' heading (（整改措施）设立…500万元), when
    it stands in a report's measures to be taken; else None."""
    headings = " ".join(fact.chunk.section_path)
    measures = MEASURES_SECTION.search(headings)
    if fact.is_plan or not measures or NOT_ONLY_MEASURES.search(headings) or fact.chunk.doc_kind == "regulation":
        return None
    if DONE_SAID.search(fact.clause) or COUNTS_MEASURES.search(fact.predicate):
        return None
    return replace(fact, clause=f"（{measures.group(0)}）{fact.clause}", qualifiers=fact.qualifiers | {"plan"})


def as_asked(fact: NumericFact, asked: AskedQuantity, question: str) -> NumericFact | None:
    """A measure's figure read as the plan it is: it answers a plan question (打算设多少) and a plain one, marked
    as the measures', and no question of what was done (设了多少); any other fact as it is."""
    committed = commitment(fact)
    if committed is None:
        return fact
    if asked.plan:
        return committed
    return None if DONE_ASKED.search(question) else replace(committed, qualifiers=fact.qualifiers)
