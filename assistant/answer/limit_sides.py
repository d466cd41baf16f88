"""The two sides of a time limit: what runs for the span (before it) and what follows when it is over (after it).

A rule often chains limits in one paragraph with the same words: 失去联系六个月以上的，予以暂停；暂停一年后仍无法
联系的，予以注销. A question says the same order: 失联多久要暂停 asks of the span before 暂停, 暂停以后多久注销 of
the span after it. Words on the right side of the right span tell the clause asked from its neighbour; words that
merely occur somewhere in the sentence do not. Each limit of a rule also goes on past its sentence when the next
one qualifies it (如遇特殊情况可以延长，但不得超过六个月): that sentence belongs to the answer.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import SENTENCE_TYPES
from assistant.core.text import split_sentences
from assistant.search.terms import Terms, said_in

# How a span is asked; the text before it is what runs, the text after it what follows (多久要暂停, 多久除名).
ASKED_SPAN = re.compile(
    r"多长时间|多久|几年|几个月|几天|多少天|多少个?工作日|几个?工作日|多少个?学时|几个?学时|什么时候|何时"
)
# A sentence that goes on with the limit before it: an exception to it, or how far it may be stretched.
QUALIFIES = re.compile(r"^(?:如遇|遇有|如有|如因|因特殊|确因|确需|特殊情况|情况特殊|但)|延长|顺延|缩短")


# 多久不交会费会被暂停: what runs may be said right after the asking, up to the word that brings what follows.
RUNS_AFTER = re.compile(r"^([^，,。；;？?！!]{1,8}?)(?=就|才|将|要|会被|会受|会予以)")


def asked_sides(question: str) -> tuple[str, str] | None:
    """跟组织失联多久要停止党籍 -> (跟组织失联, 要停止党籍); 会员多久不交会费会被暂停 -> (会员不交会费, 会被暂停);
    None when no span is asked."""
    asked = ASKED_SPAN.search(question)
    if not asked:
        return None
    before, after = question[: asked.start()], question[asked.end() :]
    runs = RUNS_AFTER.match(after)
    return (before + runs.group(1), after[runs.end() :]) if runs else (before, after)


# Where a clause ends: a side said close to its span is within the span's clause (and the clause after it).
CLAUSE_END = re.compile(r"[，,；;。：:]")


def span_sides(sentence: str, close: bool = False) -> list[tuple[str, str]]:
    """(before, after) each span of time the sentence states (not a frequency: 每半年); `close`: only the span's
    own clause before it, and its clause and the next one after it (…一年半内，不得在党内提拔)."""
    sides = []
    for m in SENTENCE_TYPES["duration"].finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if before.endswith("每"):
            continue
        if close:
            before = CLAUSE_END.split(before)[-1]
            after = "".join(re.split(r"(?<=[，,；;。：:])", after)[:2])
        sides.append((before, after))
    return sides


def side_fit(before: Terms, after: Terms, sentence: str) -> float:
    """How well the sentence's best span has the question's words on their own sides, less the share said only
    on the wrong side (暂停资格满一年…注销 holds 暂停资格 before its span, where 多久会被暂停资格 has it after)."""
    return max(
        (
            before.coverage(b) + after.coverage(a) - wrong_side(before, a, b) - wrong_side(after, b, a)
            for b, a in span_sides(sentence)
        ),
        default=0.0,
    )


def wrong_side(terms: Terms, wrong: str, right: str) -> float:
    """The weighted share of the words said on the wrong side of a span and not on their own."""
    total = sum(terms.weights)
    said = sum(
        w
        for word, w in zip(terms.words, terms.weights, strict=True)
        if said_in(word, wrong) and not said_in(word, right)
    )
    return said / total if total else 0.0


def said_on_its_side(before: Terms, after: Terms, sentence: str, weight: float) -> bool:
    """Whether a word of the question at least this rare is said on its own side of a span, close to it
    (受严重警告处分一年半内，不得在党内提拔: 提拔 in the clause after the span, as 多长时间内不能提拔 asks)."""

    def holds(terms: Terms, text: str) -> bool:
        return any(w >= weight and said_in(word, text) for word, w in zip(terms.words, terms.weights, strict=True))

    return any(holds(before, b) or holds(after, a) for b, a in span_sides(sentence, close=True))


def qualifying_sentence(sentence: str, text: str) -> str | None:
    """The sentence right after `sentence` in `text` when it qualifies its limit (an exception or an extension,
    itself stating a span); None when it says something else."""
    sentences = [s.strip() for s in split_sentences(text)]
    if sentence.strip() not in sentences:
        return None
    at = sentences.index(sentence.strip())
    following = sentences[at + 1] if at + 1 < len(sentences) else ""
    return following if following and QUALIFIES.search(following) and span_sides(following) else None
