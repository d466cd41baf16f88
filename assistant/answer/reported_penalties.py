"""海关2024年给的啥处分 / 上半年都给了什么处分: the penalties an organisation's report says it gave in a period,
asked with no conduct told — not a case of the disciplinary rules. Answered as the report states them: how
many were given a penalty, and the kinds its sentence breaks that figure down into (…处分3人，其中警告2人…)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer.asked_penalty import asks_reported_penalties
from assistant.answer.breakdown_of import breakdown_of
from assistant.answer.question import slots_of
from assistant.core.schema import Answer


def penalties_reported(question: str, answer: Callable[[str], Answer]) -> list[Answer]:
    """The answers (the count, then its kinds when stated) to the penalties `question` asks of a report, each
    asked through `answer`; [] when it asks no such thing or the report states no count of penalties."""
    if not asks_reported_penalties(question):
        return []
    slots = slots_of(question)
    counted = answer(f"{slots.holder}{slots.period}给了几人处分？")
    if counted.refused:
        return []
    kinds = breakdown_of(counted, question)
    return [counted, kinds] if kinds else [counted]
