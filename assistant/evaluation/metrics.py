"""Scored questions -> metrics per row: all, each kind of single question, conversation turns, cross-cutting groups.

Rows that partition the items: single questions by the `kind` their file gives (a lookup with refuse:true
stays a lookup), and conversation turns. Groups cut across them and are counted again.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from .questions import KINDS, Question
from .scoring import QuestionResult

TURNS = "turns"  # the row of every conversation turn
# Rows counted again beside the partition: what they select.
GROUPS: dict[str, Callable[[Question], bool]] = {
    "refuse: true": lambda q: q.refuse,
    "followups": lambda q: q.position > 1,
    "multi": lambda q: q.multi,
    "needs: ocr": lambda q: q.needs == "ocr",
}


def mean(values: list) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def percentile(values: list[float], p: int) -> float | None:
    if not values:
        return None
    index = min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))
    return round(values[index], 1)


@dataclass
class Report:
    results: list[QuestionResult] = field(default_factory=list)
    index_seconds: float = 0.0
    chunks: int = 0
    documents: int = 0
    index_location: str = ""  # the index folder, or the Chroma server's URL
    corpora: list[str] = field(default_factory=list)  # folders a temporary index was built from (--corpus)
    unreadable: list[str] = field(default_factory=list)  # files of those folders that could not be indexed
    warmup_ms: float | None = None  # the untimed question asked before timing began

    def selected(self, row: str | None) -> list[QuestionResult]:
        """All results (None), the turns (TURNS), a GROUPS row's, or the single questions of a kind."""
        if row is None:
            return list(self.results)
        if row == TURNS:
            return [r for r in self.results if r.question.is_turn]
        if row in GROUPS:
            return [r for r in self.results if GROUPS[row](r.question)]
        return [r for r in self.results if r.question.kind == row and not r.question.is_turn]

    def kinds(self) -> list[str]:
        """The kinds of the single questions, in KINDS order, others after them."""
        found = {r.question.kind for r in self.results if not r.question.is_turn}
        return sorted(found, key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))

    def metrics(self, row: str | None = None) -> dict:
        results = self.selected(row)
        retrieval = [r for r in results if r.question.evidence]
        multi = [r for r in retrieval if r.evidence_recall is not None and len(r.question.evidence) > 1]
        cited = sum(r.cited for r in retrieval)  # precision is only known where evidence is given (not for refusals)
        latencies = sorted(r.ms for r in results)
        return {
            "questions": len(results),
            "hit@1": mean([r.rank == 0 for r in retrieval]),
            "hit@5": mean([r.rank is not None and r.rank < 5 for r in retrieval]),
            "mrr": mean([1 / (r.rank + 1) if r.rank is not None else 0.0 for r in retrieval]),
            "evidence_recall@5": mean([r.evidence_recall for r in multi]) if multi else None,
            "answer_accuracy": mean([r.correct for r in results]),
            "answer_accuracy_ignoring_forbid": mean([r.correct_ignoring_forbid for r in results]),
            "refusal_accuracy": mean([r.refused == r.question.refuse for r in results]),
            "wrongly_refused": sum(r.refused and not r.question.refuse for r in results),
            "forbid_hits": sum(bool(r.forbidden) for r in results),
            "low_confidence": sum(not r.refused and r.confidence == "low" for r in results),
            "citation_precision": round(sum(r.cited_with_evidence for r in retrieval) / cited, 4) if cited else None,
            "unsupported_numbers": sum(len(r.unsupported) for r in results),
            "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95),
        }

    def conversations(self) -> dict:
        """Turns and conversations: how many were right, turn by turn and whole."""
        turns: dict[str, list[QuestionResult]] = {}
        for r in self.results:
            if r.question.conversation is not None:
                turns.setdefault(r.question.conversation, []).append(r)
        every = [r for rs in turns.values() for r in rs]
        return {
            "conversations": len(turns),
            "conversations_right": sum(all(r.correct for r in rs) for rs in turns.values()),
            "turns": len(every),
            "turn_accuracy": mean([r.correct for r in every]),
            "turn_accuracy_ignoring_forbid": mean([r.correct_ignoring_forbid for r in every]),
        }

    def index(self) -> dict:
        return {
            "location": self.index_location,
            "temporary": bool(self.corpora),
            "corpora": self.corpora,
            "documents": self.documents,
            "chunks": self.chunks,
            "unreadable": self.unreadable,
            "seconds": round(self.index_seconds, 2),
        }

    def to_json(self) -> dict:
        return {
            "overall": self.metrics(),
            "by_kind": {k: self.metrics(k) for k in self.kinds()},
            TURNS: self.metrics(TURNS),
            "groups": {g: self.metrics(g) for g in GROUPS if self.selected(g)},
            "conversations": self.conversations(),
            "index": self.index(),
            "warmup_ms": None if self.warmup_ms is None else round(self.warmup_ms, 1),
            "index_seconds": round(self.index_seconds, 2),
            "chunks": self.chunks,
            "questions": [r.to_json() for r in self.results],
        }
