"""The default answerer: one answer module per kind, chosen by the route.

A new kind is one module with an `answer_<kind>(ctx)` function plus one line in ANSWERERS
(and its pattern in routing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.answer.asked_limit import asks_rule_limit
from assistant.answer.cited import answer_cited
from assistant.answer.context import AnswerContext
from assistant.answer.count import answer_count
from assistant.answer.draft import answer_draft
from assistant.answer.fact import answer_fact
from assistant.answer.fallback import quoted_answer
from assistant.answer.followup_scope import ScopedSource
from assistant.answer.listing import answer_list
from assistant.answer.lookup import answer_lookup
from assistant.answer.lookup_limits import rule_limit
from assistant.answer.lookup_own_rules import own_rule_limit
from assistant.answer.question import slots_of
from assistant.answer.regulation_wording import in_regulation_words
from assistant.answer.routing import AnswerKind, Route, hints_for
from assistant.core.schema import Answer
from assistant.search.source import EvidenceSource

ANSWERERS: dict[AnswerKind, Callable[[AnswerContext], Answer]] = {
    "count": answer_count,
    "fact": answer_fact,
    "list": answer_list,
    "lookup": answer_lookup,
    "cited": answer_cited,
    "draft": answer_draft,
}


def answer_extractively(route: Route, source: EvidenceSource) -> Answer:
    scope = source.scope(route.question)
    if scope.refusal:  # e.g. a period no document covers: say what the knowledge base has instead
        return Answer(scope.refusal, route.kind, refused=True)
    ctx = AnswerContext(route, source)
    answer = answered(ctx)
    if scope.preferred is not None and not answer.refused and not drawn_from(answer, scope.preferred):
        # 全年… answered from a 述职 or a meeting report: the documents the wording fits answer it, if they can
        fitted = answered(AnswerContext(route, ScopedSource(source, scope.preferred)))
        if not fitted.refused:
            return fitted
    if answer.refused:
        return quoted_answer(ctx, answer) or answer
    return answer


def drawn_from(answer: Answer, doc_ids: frozenset[str]) -> bool:
    """Every passage the answer cites is of these documents."""
    return all(c.chunk is None or c.chunk.doc_id in doc_ids for c in answer.citations)


def answered(ctx: AnswerContext) -> Answer:
    """The answer of the kind's module, or the article that sets a limit when a regulation answers it best."""
    kind = ctx.route.kind
    # 多长时间内要报 / 多久联系一次: the article that sets the limit, when a regulation answers it best
    limit = own_rule_limit(ctx) if kind in ("fact", "count") else None  # 某局党组会材料要提前几天送
    limit = limit or (rule_limit(ctx) if kind in ("fact", "count") and asks_rule_limit(ctx.route.question) else None)
    answer = limit or ANSWERERS[kind](ctx)
    return (in_rules_words(ctx) or answer) if answer.refused else answer


def in_rules_words(ctx: AnswerContext) -> Answer | None:
    """A fact a rule states, asked in a clerk's words (到期还不合格) and found nowhere: asked again in the rules'
    own words (期满仍不符合条件); None when there are none to put, the question is of an organisation or a
    period (a report's wording is the clerk's own), or the rules' words find nothing either."""
    question = ctx.route.question
    worded = in_regulation_words(question)
    slots = slots_of(question)
    if ctx.route.kind not in ("fact", "lookup") or worded == question or slots.holder or slots.period:
        return None
    again = ANSWERERS[ctx.route.kind](
        AnswerContext(replace(ctx.route, question=worded, hints=hints_for(worded)), ctx.source)
    )
    return None if again.refused else again
