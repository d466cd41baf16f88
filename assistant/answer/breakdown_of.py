"""都是什么处分？ / 分别是哪几类？ after a part that counted: the kinds of that whole, as the sentence the count
was quoted from breaks it down right after the figure (…处分3人，其中警告2人、撤职1人), cited to the same place."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.question import QUANTITY_WORD
from assistant.core.schema import Answer

# 都是啥处分 / 分别是什么类型 / 有哪几种: the kinds asked for, not their number (几种 counts) nor who (都是谁)
KINDS_ASKED = re.compile(r"(?:都|分别|各)?(?:是|有|属于|给的是?)?(?:啥|什么|哪些|哪几种|哪几类|哪种|哪类)")
MARK = re.compile(r"〔\d+〕")
# the 其中 clause right after a figure, up to the end of its sentence or clause group
BREAKDOWN = re.compile(r"^[，,]\s*(其中[^；;。！!？?]+)")


def breakdown_of(previous: Answer, part: str) -> Answer | None:
    """The 其中 clause after the figure `previous` stated, when `part` asks what kinds that whole is made of and
    names the thing counted by a word of the stated clause; None otherwise (a figure stated with no breakdown)."""
    if previous.refused or not KINDS_ASKED.search(part) or QUANTITY_WORD.search(part) or "谁" in part:
        return None
    clauses = [MARK.sub("", c).strip() for c in re.split(r"(?<=〔\d〕)[。；;]?\s*", previous.text) if c.strip()]
    for citation in previous.citations:
        if citation.chunk is None:
            continue
        for clause in clauses:
            stated = clause.rstrip("。；;，,")
            at = citation.quote.find(stated) if len(stated) > 2 else -1
            broken = BREAKDOWN.match(citation.quote[at + len(stated) :]) if at >= 0 else None
            if broken and names_counted(part, stated):
                book = CitationBook()
                return Answer(
                    f"{broken.group(1)}{book.cite(citation.chunk, citation.quote)}。",
                    previous.kind,
                    book.citations(),
                    previous.retrieved,
                )
    return None


def names_counted(part: str, stated: str) -> bool:
    """都是啥处分 of 给予党纪处分2人: the part says a two-character word of the clause the figure was stated in."""
    asked = KINDS_ASKED.sub("", part)
    return any(
        asked[i : i + 2] in stated
        for i in range(len(asked) - 1)
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", asked[i : i + 2])
    )
