"""A stock asked as of a day (截至6月底有多少名党员): of the figures found, those whose sentence states that day (截至2025年
6月30日，共有党员145名) answer, not a figure another report states as of another day (截至2024年12月31日，共有党员142名)."""

from __future__ import annotations

import re

from assistant.answer.count_matching import ScoredFact

# 截至6月底 / 截止到2025年6月30日 / 到年底: the day a figure is taken
DAY = re.compile(
    r"(?:截至|截止到?|到)\s*(?:((?:19|20)\d{2})\s*年)?\s*(?:(\d{1,2})\s*月(?:底|末|份|\d{1,2}\s*[日号])?|(底|末))"
)


def day_of(text: str) -> tuple[str, int] | None:
    """(year or "", month) of the first as-of day the text states; 年底 is month 12."""
    found = DAY.search(text)
    if not found:
        return None
    return found.group(1) or "", int(found.group(2)) if found.group(2) else 12


def of_asked_day(part: str, facts: list[ScoredFact]) -> list[ScoredFact]:
    """The facts of the day the part asks about, when some figure is stated as of it; else all of them."""
    asked = day_of(part)
    if asked is None:
        return facts
    year, month = asked

    def same_day(said: tuple[str, int] | None) -> bool:
        return said is not None and said[1] == month and (not year or not said[0] or said[0] == year)

    days = {id(s): day_of(s.fact.sentence) for s in facts}
    docs = {s.fact.chunk.doc_id for s in facts if same_day(days[id(s)])}
    if not docs:
        return facts
    # a figure stated as of another day is of another report's day; one stating no day stands with its document
    return [s for s in facts if same_day(days[id(s)]) or (days[id(s)] is None and s.fact.chunk.doc_id in docs)]
