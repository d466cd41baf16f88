"""其中二支部呢 / 那2023年呢 after a turn that asked two counts at once (应到多少人，实到多少): the follow-up asks
each of them again, not only the part asked last; the answers are joined as one."""

from __future__ import annotations

import re

from assistant.answer.question import asks_quantity
from assistant.answer.question_parts import split_parts
from assistant.core.schema import Answer

# 其中X呢 / 那X呢 / X呢: a short follow-up that swaps or narrows what the last turn asked, asking nothing of its own
SWAP_OR_PART = re.compile(r"^(?:那么?|还有)?(?:其中)?[^，,；;？?]{1,16}呢[？?。]?$")


def parts_before(question: str, history: list[dict] | None) -> list[str]:
    """The turn that asked several counts at once, asked up to each of its counts (应到多少人 / 应到多少人，实到多少),
    when `question` is a short follow-up of them; else []. Each ends on one count, read with the parts before it
    as the conversation read them. 全馆加起来呢 after 那离退休党支部呢 still asks each count of that turn."""
    at = asking_turn(history) if history and SWAP_OR_PART.match(question.strip()) else None
    parts = split_parts(history[at]["content"]) if history and at is not None else []
    if len(parts) < 2 or not all(asks_quantity(p) for p in parts):
        return []
    return ["，".join(p.rstrip("？?；;，,") for p in parts[: n + 1]) + "？" for n in range(len(parts))]


def asking_turn(history: list[dict]) -> int | None:
    """The index of the last user turn that asked something itself, past the short follow-ups after it."""
    for at in range(len(history) - 1, -1, -1):
        content = history[at].get("content")
        if history[at].get("role") != "user" or not isinstance(content, str):
            continue
        if not SWAP_OR_PART.match(content.strip()):
            return at
    return None


def with_last_asked(history: list[dict], part: str) -> list[dict]:
    """The history with the turn that asked the counts (`asking_turn`) asking `part`."""
    at = asking_turn(history)
    if at is None:
        return history
    return [*history[:at], {**history[at], "content": part}, *history[at + 1 :]]


def answered_parts(answers: list[Answer]) -> list[Answer]:
    """The answers to join: those that found something (one part may have no such row), else the first."""
    return [a for a in answers if not a.refused] or answers[:1]
