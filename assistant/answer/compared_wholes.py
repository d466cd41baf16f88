"""Which figure of two periods' answers is compared when a 其中 part was asked: 比2023年多了多少 after
…募集了多少，其中物资折价多少 — when one period's answer found the whole but not the part, the difference is of the
wholes both answers state, never the part of one period against the whole of the other."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.core.schema import Answer

UNANSWERED_PART = "：没有找到相关记载"  # how a count answer echoes a part it found nothing for
PART_ASKED = re.compile(r"[，,]\s*其中")


def compared_figures(
    questions: list[str], answers: list[Answer], figure_of: Callable[[Answer, str], object]
) -> list[object]:
    """Each answer's figure for its question; of the question's whole (before its 其中 part) when an answered
    period left the part unfound."""
    asked = questions
    if any(not a.refused and UNANSWERED_PART in a.text for a in answers) and all(
        PART_ASKED.search(q) for q in questions
    ):
        asked = [PART_ASKED.split(q)[0] for q in questions]
    return [None if a.refused else figure_of(a, q) for q, a in zip(asked, answers, strict=True)]
