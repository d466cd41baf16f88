"""Time limits asked as 会后几天内要报上去: the figure stated right after the same starting point and
followed by 内 (会后5个工作日内，…报社区党委), whatever the passage calls what is handed in."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import ASKED
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import NumericFact
from assistant.core.schema import Evidence
from assistant.core.words import cut_words

# 几天内 / 多少个工作日以内 / 多长时间内: a time limit, not how long something lasted.
LIMIT_ASKED = re.compile(r"(?:几|多少)个?(?:天|日|工作日|小时|个月|月)(?:以)?内|多长时间(?:以)?内|多久(?:以)?内")
WITHIN = re.compile(r"\s*(?:以)?内")


def asks_time_limit(question: str) -> bool:
    return bool(LIMIT_ASKED.search(question))


def starting_point(question: str) -> str | None:
    """What the limit runs from: 会后 of 会后几天内, 通知后 of 收到通知后几天内 (a lone 后 keeps its word)."""
    match = ASKED.search(question)
    if not match:
        return None
    words = cut_words(re.split(r"[，,。；;？?]", question[: match.start()])[-1])
    if not words:
        return None
    point = words[-1] if len(words[-1]) >= 2 or len(words) < 2 else words[-2] + words[-1]
    return point if len(point) >= 2 and point.endswith(("后", "起", "前")) else None


def time_limit_facts(question: str, evidence: list[Evidence]) -> list[NumericFact]:
    """Duration figures that follow the question's starting point and end in 内, one per distinct figure,
    of the best-ranked document stating any (another organisation's rules set other limits)."""
    point = starting_point(question)
    if not asks_time_limit(question) or not point:
        return []
    found: dict[str, NumericFact] = {}
    for e in evidence:
        if found and e.chunk.doc_id != next(iter(found.values())).chunk.doc_id:
            continue
        for fact in extract_facts(e.chunk):
            at = fact.clause.find(fact.value_text)
            if (
                fact.family == "duration"
                and at >= 0
                and fact.clause[:at].rstrip().endswith(point)
                and WITHIN.match(fact.clause[at + len(fact.value_text) :])
            ):
                found.setdefault(fact.value_text, fact)
    return list(found.values())
