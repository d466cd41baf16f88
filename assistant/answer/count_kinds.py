"""Kinds a total is asked over (示范岗、先锋岗合起来有几个): each figure is matched against the words of one
listed kind, not of all of them, as each states only its own (设立示范岗7个、先锋岗5个)."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import AskedQuantity

LIST_JOIN = re.compile(r"[、和与及]")
CLAUSE = re.compile(r"[，,；;。？?！!]")


def listed_kinds(asked: AskedQuantity) -> list[str]:
    """The kinds a total question lists in one clause (示范岗, 先锋岗), else none."""
    if not asked.total:
        return []
    for clause in CLAUSE.split(asked.words):
        kinds = [k for k in LIST_JOIN.split(clause) if k]
        if len(kinds) > 1 and all(len(k) >= 2 for k in kinds):
            return kinds
    return []


def per_kind(counted: list[tuple[str, float]], kinds: list[str]) -> list[list[tuple[str, float]]]:
    """For each listed kind, the counted words without those said only of the other kinds."""
    return [
        [(w, weight) for w, weight in counted if w in kind or not any(w in other for other in kinds)] for kind in kinds
    ]
