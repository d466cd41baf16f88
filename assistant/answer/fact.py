"""Fact answers: the best-matching sentence(s), quoted and cited."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, AnswerContext, clean, refusal
from assistant.answer.routing import AnswerKind
from assistant.core.schema import Answer
from assistant.core.text import squash


def answer_fact(ctx: AnswerContext, kind: AnswerKind = "fact") -> Answer:
    """Also the fallback of other kinds, which then pass their own `kind`."""
    evidence = ctx.evidence()
    ranked = ctx.best_sentences(ctx.question, evidence)
    if not ranked or ranked[0].passage < FACT_THRESHOLD:
        return refusal(kind, evidence)
    best = ranked[0]
    book = CitationBook()
    older = ctx.source.older_revisions()
    chosen = [best]
    for other in ranked[1:4]:
        duplicate = squash(other.sentence) in {squash(c.sentence) for c in chosen}
        if other.score >= 0.9 * best.score and not (duplicate and other.chunk.doc_id in older):
            chosen.append(other)
    # The same sentence in several documents (e.g. 章程 and 细则) is one statement with several sources.
    parts: list[str] = []
    for sentence in dict.fromkeys(squash(clean(c.sentence)) for c in chosen):
        same = [c for c in chosen if squash(clean(c.sentence)) == sentence]
        marks = "".join(book.cite(c.chunk, c.sentence) for c in same)
        sentence = clean(same[0].sentence)
        parts.append(f"{sentence.rstrip('。；;，,')}{marks}")
    return Answer("；".join(parts) + "。", kind, book.citations(), evidence)
