"""Which documents a question is about: its period (and, with document profiles, its organisation).

A question about 2023年上半年 is not answered from a 2022 report. When no document is in
scope the answer is a refusal that says what the knowledge base does have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.text import YEAR
from assistant.index.knowledge_base import DocRecord

HALF = re.compile(r"[上下]半年")


@dataclass(frozen=True)
class Scope:
    doc_ids: frozenset[str] | None  # None: every document is in scope
    refusal: str | None = None  # set when nothing is in scope: why, and what the knowledge base has


EVERYTHING = Scope(None)


def period_conflict(question: str, title: str) -> bool:
    """The question asks about another period than the document (by its title) reports on."""
    q_years, t_years = set(YEAR.findall(question)), set(YEAR.findall(title))
    if q_years and t_years and not q_years & t_years:
        return True
    q_half, t_half = set(HALF.findall(question)), set(HALF.findall(title))
    if q_half and t_half and not q_half & t_half:
        return True
    # A half-year question is not answered from a whole-year report (figures would mix periods).
    return bool(q_half and not t_half and "年度" in title)


def scope_for(question: str, documents: Sequence[DocRecord]) -> Scope:
    in_period = frozenset(d.doc_id for d in documents if not period_conflict(question, d.title))
    if len(in_period) == len(documents):  # no filter at all is much cheaper for Chroma
        return EVERYTHING
    return Scope(in_period)
