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
    """The last user turn asked up to each of its counts (应到多少人 / 应到多少人，实到多少), when it asked
    several at once and `question` is a short follow-up of them; else []. Each ends on one count, read
    with the parts before it as the conversation read them."""
    if not history or not SWAP_OR_PART.match(question.strip()):
        return []
    last = next((m.get("content") for m in reversed(history) if m.get("role") == "user"), None)
    parts = split_parts(last) if isinstance(last, str) else []
    if len(parts) < 2 or not all(asks_quantity(p) for p in parts):
        return []
    return ["，".join(p.rstrip("？?；;，,") for p in parts[: n + 1]) + "？" for n in range(len(parts))]


def with_last_asked(history: list[dict], part: str) -> list[dict]:
    """The history with its last user turn asking `part`."""
    at = max(i for i, m in enumerate(history) if m.get("role") == "user")
    return [*history[:at], {**history[at], "content": part}, *history[at + 1 :]]


def answered_parts(answers: list[Answer]) -> list[Answer]:
    """The answers to join: those that found something (one part may have no such row), else the first."""
    return [a for a in answers if not a.refused] or answers[:1]
