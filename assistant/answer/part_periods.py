"""The period a later part of a counting question is asked of: 2023年演出多少场，其中惠民演出多少场 asks the part of
2023 too. Unsaid, a table row of year columns would answer the part with the report's own year's cell."""

from __future__ import annotations

from assistant.answer.question import PERIOD


def period_said(part: str, question: str) -> str:
    """The words naming the period `part` is asked of: its own, else the one `question` (the whole question
    the part is of) names."""
    if PERIOD.search(part):
        return part
    said = PERIOD.search(question)
    return said.group(0) if said else part
