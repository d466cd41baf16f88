"""Time limits of a rule asked in everyday words (最长能推多久, 多长时间内要报, 几年内不得, 多久联系一次).

The article is found by meaning among the regulations' articles (retrieval, then the question's words in
its sentences); the answer is the sentence of that article that states a span of time (三个月内, 不超过2年)
or, for 多久…一次, how often (每半年…1次), quoted and cited with its article. When the knowledge base's
best passage for the question is not a regulation's, or the best article states no such limit, it is
no answer here: a wrong time limit is worse than a refusal.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import SENTENCE_TYPES
from assistant.answer.asked_limit import LimitKind, limit_asked
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, Scored, clean
from assistant.answer.lookup_quotes import answer_of, other_revision_note
from assistant.answer.lookup_topic import abbreviated  # noqa
from assistant.core.schema import Answer
from assistant.search.retriever import Filters
from assistant.search.terms import Terms, said_in

# A span after 每 (每半年) says how often, not how long.
FREQUENCY = re.compile(r"每(?:[一二两三四五六七八九十\d]+个?)?(?:年|半年|季度|季|月|周|星期|天|日)")
LIMIT_PASSAGE = 0.3  # share of the question's words the best article must hold (clerks' words differ from the rule's)
# How a limit is asked, not what it limits: without these, 休假最长多久 is about 休假, which an article on
# 预备期 (最长不超过一年) does not hold.
LIMIT_WORDING = (
    r"最长|最短|最多|最少|至少|一般|多长时间|多长|多久|几年|几个月|几天|多少天|一次|以内|之内|不能|不得|可以|应当"
)
ASKING_WORD = re.compile(rf"(?:{LIMIT_WORDING}|内|能|要|须|后|以后|之后)+")
# 内要审批, 决议后, 休假最长: a phrase of the question that holds the asking; one character (内, 后) only
# ends a phrase of three or more (党内 is a word of its own).
ASKING_EDGE = re.compile(rf"^(?:{LIMIT_WORDING}|内|要)|(?:{LIMIT_WORDING})$|^..+(?:内|后|要)$")
SUBJECT_IN_ARTICLE = 0.4  # share of what the limit is on (its weighted words) the article must hold
GENERIC_WEIGHT = 2.0  # a word this common (党员, 党委) does not put a sentence on the subject
CLAUSE_WEIGHT = 0.5  # the question's words in the clause stating the limit (保留时间…2年, not 每半年…联系)
CLAUSE = re.compile(r"[^，,；;。：:]+")


def rule_limit(ctx: AnswerContext, doc_ids: frozenset[str] | None = None, named: bool = False) -> Answer | None:
    """The sentence of the best-matching article that states the limit asked, cited with its article;
    None when the question asks no limit, a report answers it better, or that article states none.
    `doc_ids`: the revisions to search, `named` when the question names the regulation; else every current one."""
    kind = limit_asked(ctx.question)
    if kind is None:
        return None
    anywhere = [] if named else ctx.evidence(k=4)
    if not named and (not anywhere or anywhere[0].chunk.doc_kind != "regulation"):
        return None  # 整改要多长时间完成: a report's own deadline
    if doc_ids is None:
        older = ctx.source.older_revisions()
        doc_ids = frozenset(d.doc_id for d in ctx.source.documents() if d.kind == "regulation" and d.doc_id not in older)
    evidence = ctx.evidence(k=8, filters=Filters(kinds=("regulation",), doc_ids=doc_ids or None))
    ranked = [s for s in ctx.best_sentences(ctx.question, evidence) if s.chunk.article]
    if not ranked or ranked[0].passage < LIMIT_PASSAGE:
        return None
    best = ranked[0]
    subject = limited_subject(ctx.source.terms(ctx.question))
    if subject.coverage(abbreviated(best.chunk.text)) < SUBJECT_IN_ARTICLE:
        return None
    same_article = [
        s
        for s in ranked
        if (s.chunk.doc_id, s.chunk.article) == (best.chunk.doc_id, best.chunk.article)
        and states_limit(kind, s.sentence)
        and on_subject(subject, s.sentence)
    ]
    if not same_article:
        return None
    terms = ctx.source.terms(ctx.question)
    chosen = max(same_article, key=lambda s: s.score + CLAUSE_WEIGHT * terms.coverage(limit_clause(kind, s.sentence)))
    return limit_answer(ctx, chosen, evidence)


def limited_subject(terms: Terms) -> Terms:
    """The question's words on what is limited (推迟讨论转正), not on how a limit is asked (最长能…多久)."""
    kept = [
        (w, weight)
        for w, weight in zip(terms.words, terms.weights, strict=True)
        if not ASKING_WORD.fullmatch(w) and not ASKING_EDGE.search(w)
    ]
    return Terms([w for w, _ in kept], [weight for _, weight in kept])


def on_subject(subject: Terms, sentence: str) -> bool:
    """Whether the sentence stating a limit says what it limits: one of the subject's less common words
    (每月开展1次主题党日 says 党员, not 党费)."""
    text = abbreviated(sentence)
    return any(said_in(w, text) for w, weight in zip(subject.words, subject.weights, strict=True) if weight >= GENERIC_WEIGHT)


def states_limit(kind: LimitKind, sentence: str) -> bool:
    """A span of time not after 每 (duration), or 每… (frequency)."""
    if kind == "frequency":
        return bool(FREQUENCY.search(sentence))
    return any(not sentence[: m.start()].endswith("每") for m in SENTENCE_TYPES["duration"].finditer(sentence))


def limit_clause(kind: LimitKind, sentence: str) -> str:
    """The clause stating the limit (党员组织关系保留时间一般不超过2年), whose words say what it limits."""
    for clause in CLAUSE.findall(sentence):
        if states_limit(kind, clause):
            return clause
    return sentence


def limit_answer(ctx: AnswerContext, chosen: Scored, evidence: list) -> Answer:
    """依据《…》第N条：<the sentence>〔1〕, with the note on other revisions."""
    book = CitationBook()
    sentence = clean(chosen.sentence).rstrip("。；;，,")
    article = chosen.chunk.article or ""
    if sentence.startswith(article):  # 第二十七条 被巡视党组织…: the article is named before the quote
        sentence = sentence[len(article) :].lstrip()
    answer = answer_of(f"依据《{chosen.chunk.doc_title}》{article}：{sentence}{book.cite(chosen.chunk, chosen.sentence)}。", book)
    answer.retrieved = evidence
    doc = ctx.source.document(chosen.chunk.doc_id)
    answer.note = other_revision_note(ctx, doc) if doc else None
    return answer
