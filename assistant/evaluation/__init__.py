"""`assistant eval`: question sets and conversations (shared/eval schema) -> retrieval and answer metrics.

questions (reading the sets) -> running (asking them on an index) -> scoring (one answer against its
question) -> metrics (rows of the table) -> reporting (the printed text).
"""

from .metrics import GROUPS, TURNS, Report, mean, percentile
from .questions import (
    KINDS,
    TURN,
    Conversation,
    EvalFileError,
    EvalItem,
    Question,
    load_items,
    load_questions,
    question_of,
)
from .reporting import format_report
from .running import WARMUP_QUESTION, evaluate, evaluate_conversation, evaluate_question, warm_up
from .scoring import QuestionResult, contains_evidence, expected_present, forbidden_found, quote_in, score_result

__all__ = [
    "GROUPS",
    "KINDS",
    "TURN",
    "TURNS",
    "WARMUP_QUESTION",
    "Conversation",
    "EvalFileError",
    "EvalItem",
    "Question",
    "QuestionResult",
    "Report",
    "contains_evidence",
    "evaluate",
    "evaluate_conversation",
    "evaluate_question",
    "expected_present",
    "forbidden_found",
    "format_report",
    "load_items",
    "load_questions",
    "mean",
    "percentile",
    "question_of",
    "quote_in",
    "score_result",
    "warm_up",
]
