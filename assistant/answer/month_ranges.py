"""A run of months asked (1到4月份调研了几次): only a figure its sentence states for that same run (1—4月支委
到车间调研19次) answers; a figure of the year or of other months says nothing of those months."""

from __future__ import annotations

import re

from assistant.core.numerals import parse_number

MONTH_NUMBER = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
MONTH_RANGE = re.compile(rf"(?<!\d){MONTH_NUMBER}\s*月?份?\s*(?:到|至|—+|－|-|~|～)\s*{MONTH_NUMBER}\s*月")


def months_run(text: str) -> tuple[float | None, float | None] | None:
    """The first and last month of the run `text` names (1到4月份 -> (1, 4)); None when it names none."""
    match = MONTH_RANGE.search(text)
    return (parse_number(match.group(1)), parse_number(match.group(2))) if match else None


def said_for_asked_months(question: str, sentence: str) -> bool:
    """Whether a sentence may answer the question's run of months: it states the same run (True when the
    question asks no run)."""
    asked = months_run(question)
    return asked is None or months_run(sentence) == asked
