"""Which figures of a count add up to its answer: a stated total, or sibling addends of one act, unit family and
passage (never a 其中 part, another period's figure, a stock beside a flow, or 应到 beside 实到)."""

from __future__ import annotations

import re
from collections import Counter

from assistant.answer.answer_types import ROLES
from assistant.answer.asked_quantity import AskedQuantity
from assistant.answer.count_words import acts_in
from assistant.answer.numeric_fact import SUMMABLE, NumericFact
from assistant.answer.period_figures import of_several_periods
from assistant.core.names import is_name
from assistant.core.words import tagged_words, tokenize

STOCK = re.compile(r"现有|共有|拥有|在册|总数|在职")  # how many there are, not what was done to some

ROLL_CALL = re.compile(r"([应实])(?:到|参加|出席|参会)")  # who should attend and who did: never one total

# Nothing said before the act but when or how much: 全年讲党课5次 is the body's own.
NO_ACTOR = re.compile(r"(?:全年|年内|今年|去年|上半年|下半年|本年度|本年|年度|累计|共计|合计|总计|共|先后|一年来)*")
# Who acts, said before the act: a post, a group of people or one invited (班子成员, 党校教师, 邀请…, 本人).
ACTOR_WORDS = re.compile(rf"{ROLES}|成员|班子|干部|党员|同志|领导|教师|专家|代表|人员|本人|邀请")

TRAILING = re.compile(r"(共计|合计|累计|总计|共|各|达到|达|为|等|）|\)|[^\u4e00-\u9fff])*$")


def unique_statements(facts: list[NumericFact]) -> list[NumericFact]:
    """One fact per clause; the same figure stated again elsewhere is kept once."""
    seen: set[str] = set()
    kept: list[NumericFact] = []
    for fact in facts:
        key = f"{fact.value_text}|{fact.predicate[-6:]}"
        if fact.clause in {k.clause for k in kept} or key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept


def is_stated_total(fact: NumericFact, facts: list[NumericFact]) -> bool:
    """共/合计 stated for the whole. Beside other actors' figures whose sum it is not, a total is one
    group's (各党支部书记讲党课共9次 after 书记讲党课2次): an addend, not the answer."""
    if "total" not in fact.qualifiers or "subset" in fact.qualifiers:
        return False
    siblings = [f for f in facts if f.sentence == fact.sentence and f is not fact and "subset" not in f.qualifiers]
    return not siblings or sum(f.amount for f in siblings) == fact.amount


def sibling_addends(facts: list[NumericFact], asked: AskedQuantity) -> list[NumericFact]:
    """Figures that may be added up: countable, no subsets, stated once each, in one passage unless a total is asked."""
    kind = facts[0].family
    if kind not in SUMMABLE or any(f.family != kind or (kind == "other" and f.unit != facts[0].unit) for f in facts):
        return []
    addends = [f for f in facts if "subset" not in f.qualifiers and "from" not in f.qualifiers]
    passages = Counter(f.chunk.id for f in addends if not f.row)  # rows of one table may span passages
    if len({f.chunk.id for f in addends}) > 1 and max(passages.values(), default=0) > 1:
        # A passage stating several addends gives the whole picture (书记3次，各支部书记共6次，党校教师1次);
        # a lone figure elsewhere (a table row: 讲党课2次) is part of it, not one more addend.
        best = max(passages, key=passages.__getitem__)  # the first such passage on a tie
        addends = [f for f in addends if f.chunk.id == best]
    if not asked.total and len({f.chunk.id for f in addends}) > 1:
        return []
    kept: list[NumericFact] = []
    for fact in addends:
        if not any(k.chunk.id != fact.chunk.id and k.value_text == fact.value_text for k in kept):
            kept.append(fact)  # the same figure in another passage is the same statement
    if len(kept) < 2 or len({(f.row, f.sentence, f.predicate) for f in kept}) < len(kept):  # rows of one group
        return []
    if (
        len({frozenset(acts_in(f.predicate)) for f in kept}) > 1
        or len({bool(STOCK.search(f.predicate)) for f in kept}) > 1
        or len({tuple(ROLL_CALL.findall(f.predicate)) for f in kept}) > 1
    ):
        return []  # 发展 is no 转正; 现有职工460名 and 帮扶困难职工11人, 应到31名 and 实到28名 make no total
    if of_several_periods([f.clause for f in kept]):
        return []  # 2022年服务1300人次 and 2023年服务1800人次: each year's figure, no total
    if actors_beside_body(kept):
        return []  # 讲党课4次 and 支部书记某某讲党课2次: the secretary's are part of the body's 4, not 2 more
    if one_addend_named(kept, asked):
        return []  # 班子一共查摆了多少问题 of 班子查摆问题23个，党员个人查摆问题174个: the 班子's figure, not both
    return kept if same_action(kept) or kinds_named(kept, asked) else []


def actors_beside_body(facts: list[NumericFact]) -> bool:
    """Whether some addends name who acted (a post, a person, 班子成员) before their shared act and others
    say nothing before it: a figure with no actor is the body's own, and the named people's acts are inside it."""
    heads = [TRAILING.sub("", f.predicate.split("，")[-1]) for f in facts]
    common = shared_tail(heads)
    before = [head[: len(head) - common] for head in heads]
    return any(NO_ACTOR.fullmatch(b) for b in before) and any(names_actor(b) for b in before)


def names_actor(text: str) -> bool:
    return bool(ACTOR_WORDS.search(text)) or any(is_name(word) for word, _ in tagged_words(text))


def one_addend_named(facts: list[NumericFact], asked: AskedQuantity) -> bool:
    """Whether the question says a word of its own of some addends (班子 of 班子查摆问题23个) and none of the
    others' (党员个人 of 党员个人查摆问题174个): it asks the named ones, whose 一共 is over their units."""
    words = [set(tokenize(f.predicate)) for f in facts]
    shared = set.intersection(*words)
    whose = facts[0].chunk.doc_title  # 街道 of 街道党工委书记讲党课2次 names the document's body, not one addend
    named = [bool({w for w in own - shared if len(w) > 1 and w in asked.words and w not in whose}) for own in words]
    return any(named) and not all(named)


def kinds_named(facts: list[NumericFact], asked: AskedQuantity) -> bool:
    """A total asked over kinds the question names each (示范岗、先锋岗，两种一共多少个 of 设立示范岗6个、先锋岗9个):
    figures of one sentence whose own heads differ, each head said in the question, add up."""
    if not asked.total or len({f.sentence for f in facts}) > 1:
        return False
    heads = [TRAILING.sub("", f.predicate.split("，")[-1])[-2:] for f in facts]
    return all(len(head) == 2 and head in asked.words for head in heads)


def same_action(facts: list[NumericFact]) -> bool:
    """Siblings end in the same counted action: 书记讲党课2次，院长讲党课1次 (讲党课); 现有党员 and
    发展党员 do not, so 38 + 1 is never a total."""
    return shared_tail([TRAILING.sub("", f.predicate.split("，")[-1]) for f in facts]) >= 2


def shared_tail(heads: list[str]) -> int:
    """How many last characters all heads share: 讲党课 of 书记讲党课 and 院长讲党课."""
    shortest = min(heads, key=len)
    common = 0
    while common < len(shortest) and all(h[-1 - common] == shortest[-1 - common] for h in heads):
        common += 1
    return common
