"""The period a later part of a counting question is asked of: 2023年演出多少场，其中惠民演出多少场 asks the part of
2023 too. Unsaid, a table row of year columns would answer the part with the report's own year's cell."""

from __future__ import annotations

import re

from assistant.answer.question import PERIOD

LEADING_PART = re.compile(r"^(其中)?")


def with_first_period(part: str, first: str) -> str:
    """`part` with the period `first` names, put after its 其中 (其中2023年惠民演出多少场), when it names none."""
    said = PERIOD.search(first)
    if PERIOD.search(part) or not said:
        return part
    period = re.sub(r"\s", "", said.group(0))
    return LEADING_PART.sub(lambda m: m.group(0) + period, part.lstrip(), count=1)
