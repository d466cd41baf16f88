"""The verb a count question asks the figure of (归纳 in 收集的意见归纳成了多少条): when a passage states a chain
of figures of one thing (收集意见42条，归纳梳理为17条), the figure whose own words hold that verb answers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.answer.fact_predicates import GENERIC_VERBS
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import NumericFact
from assistant.core.words import tagged_words

if TYPE_CHECKING:
    from assistant.answer.count_matching import ScoredFact

ASKING = re.compile(r"几|多少")
# Said between the verb and the asking word: particles and result complements (归纳成了多少条).
VERB_BONUS = 0.1
BETWEEN = frozenset({"了", "过", "成", "为", "到", "出", "得", "完", "好", "共", "一共", "总共"})
# Said right after the verb, a result: 调解成功10起 counts the cases that succeeded, not all that were 调解.
RESULTS = ("成功", "完成", "到位")


def asked_verb(question: str) -> str | None:
    """The verb right before the first asking word, of two characters or more and not a generic one
    (开展/组织 say nothing of which figure): 归纳 of 归纳成了多少条; None for 走访群众多少户."""
    match = ASKING.search(question)
    if not match:
        return None
    for word, flag in reversed(tagged_words(question[: match.start()])):
        if word in BETWEEN:
            continue
        if flag.startswith("v") and len(word) >= 2 and not GENERIC_VERBS.fullmatch(word):
            return word
        return None
    return None


def by_asked_verb(scored: list[ScoredFact], question: str, threshold: float) -> list[ScoredFact]:
    """The figures whose own predicate says the asked verb, when the best one does not and some do; the
    verb said in a figure's own words makes up for the thing said only in the clause before it (归纳梳理为
    17条 after 收集意见42条), by VERB_BONUS. Else all of them, as ranked."""
    verb = asked_verb(question)
    if not verb or not scored:
        return scored
    best = max(scored, key=lambda s: s.score).fact
    if verb in said_so_far(best):
        own = [replace(s, score=s.score + VERB_BONUS) for s in scored if verb in s.fact.clause]
        if own and verb not in best.clause and not inherits_verb(best, verb):
            # 带动服务企业205家，推动解决企业…问题31个: 带动了多少企业 asks the figure whose own clause says 带动,
            # not a later one doing something else (a 其中 part is said with its whole's verb, below)
            return own
        # 整改完了几个: not 解决问题128件 beside 已整改完成9个; 下设5个党小组，其中离退休党小组2个: a 其中 part
        # is said with its whole's verb
        return without_unasked_results([s for s in scored if verb in said_so_far(s.fact)], verb, question)
    saying = [replace(s, score=s.score + VERB_BONUS) for s in scored if verb in s.fact.predicate]
    return [s for s in saying if s.score >= threshold] or scored


def inherits_verb(fact: NumericFact, verb: str) -> bool:
    """A 其中 part said with its whole's verb: 离退休党小组2个 of 下设5个党小组."""
    if fact.parent is None:
        return False
    return any(f.position == fact.parent and verb in f.clause for f in extract_facts(fact.chunk))


def said_so_far(fact: NumericFact) -> str:
    """The figure's sentence up to the end of its clause."""
    return fact.sentence[: fact.sentence.find(fact.clause) + len(fact.clause)]


def without_unasked_results(scored: list[ScoredFact], verb: str, question: str) -> list[ScoredFact]:
    """The figures of the asked verb without a result the question does not ask (调解矛盾11起，调解成功10起:
    调解了多少起 asks the 11), when some of them say none; else all of them. The verb said in a plain figure's
    own clause makes up, by VERB_BONUS, for a thing listed before it (调解邻里纠纷、土地纠纷等矛盾11起)."""
    if re.search(rf"{verb}[完好成到]", question):
        return scored  # 整改完了几个 asks a result, said its own way (整改完成12个)
    unasked = [verb + result for result in RESULTS]
    plain = [s for s in scored if not any(said in s.fact.clause for said in unasked)]
    if not plain or len(plain) == len(scored):
        return scored
    return [replace(s, score=s.score + VERB_BONUS) if verb in s.fact.clause else s for s in plain]
