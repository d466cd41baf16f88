"""The done/open state of counted items a figure states (已整改完成7条, 剩余4个正在推进), and the whole such
figures are parts of: an earlier figure of their sentence in the same unit, or one of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.numeric_fact import NumericFact, Qualifier
from assistant.answer.quantities import CLAUSE, QUANTITY

# The state of counted items (问题, 诉求, 任务) a figure states, from the words just before it (已整改完成7条)
# or, for a figure opening its clause, after it (2条正在持续推进). Open first: 其余3条已上报协调解决 is open.
STATES: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    ("open", re.compile(r"正在|仍在|尚未|未完成|未整改|未解决|未办结|持续|剩余|剩下|其余|推进中|待")),
    (
        "done",
        re.compile(
            r"完成|办结|解决|到位|销号|整改完|已(?:全部|基本)?(?:整改|落实)|整改(?![中率]|问题|措施|任务|清单|方案|事项|台账|要求)"
        ),
    ),  # 排查291项，整改286项
)
STATED: frozenset[Qualifier] = frozenset({"done", "open"})
QUOTED = re.compile(r"[“「‘\"][^”」’\"]*[”」’\"]")


def with_states(facts: list[NumericFact], sentence: str, clause_ends: list[int]) -> list[NumericFact]:
    """Each figure's done/open state; a whole broken down by later figures (9条问题已整改完成7条) has none."""
    wholes = {f.parent for f in facts if f.parent is not None}
    stated: list[NumericFact] = []
    for i, fact in enumerate(facts):
        state = None if fact.position in wholes else state_of(fact, facts[i - 1] if i else None, sentence, clause_ends)
        if state:
            fact = replace(fact, qualifiers=fact.qualifiers | {state})
            # 收集诉求27条，已解决24条，其余3条…: the done and open figures are parts of the figure before them
            # in the same unit (走访500户，解决问题30个: the 30 are not households).
            whole = next(
                (
                    f
                    for f in reversed(stated)
                    if f.unit == fact.unit and not STATED & f.qualifiers and f.is_plan == fact.is_plan
                ),
                None,
            )  # 年度计划3，实际完成4: what was done is no part of the target
            if fact.parent is None and whole is not None and "subset" not in whole.qualifiers:
                fact = replace(fact, qualifiers=fact.qualifiers | {"subset"}, parent=whole.position)
        stated.append(fact)
    return stated


def state_of(
    fact: NumericFact, previous: NumericFact | None, sentence: str, clause_ends: list[int]
) -> Qualifier | None:
    start, end = fact.span
    clause_start = max((e for e in clause_ends if e <= start), default=0)
    before = sentence[max(clause_start, previous.span[1] if previous else 0) : start]
    # A figure opening its clause says its state after it, up to the next figure's clause.
    # A quoted label (“新产品研发投入不足”1条问题) names the item, not its state.
    # 仍有4个问题尚未完成整改: words before it that say no state leave it to the rest of its clause.
    worded = re.search(r"[\u4e00-\u9fff]{2}", QUOTED.sub("", before))
    rest_of_clause = re.split(r"[，,；;。]", sentence[end:], maxsplit=1)[0]
    for said in (before, rest_of_clause) if worded else (following_text(sentence, end),):
        state = next((state for state, pattern in STATES if pattern.search(said)), None)
        if state:
            return state
    return None


def with_whole_before(earlier: list[NumericFact], current: list[NumericFact], line: str) -> list[NumericFact]:
    """明确整改问题15个。截至2月底，已整改完成11个，剩余4个正在推进。: done and open figures whose own sentence
    holds no whole are parts of the last stateless figure in their unit of the sentence before (same paragraph)."""
    before = [f for f in earlier if earlier and f.sentence == earlier[-1].sentence and f.sentence in line]
    linked: list[NumericFact] = []
    for fact in current:
        stateless = [f for f in current[: current.index(fact)] if f.unit == fact.unit and not STATED & f.qualifiers]
        whole = next(
            (
                f
                for f in reversed(before)
                if f.unit == fact.unit and not (STATED | {"subset"}) & f.qualifiers and f.is_plan == fact.is_plan
            ),
            None,
        )
        if STATED & fact.qualifiers and fact.parent is None and not stateless and whole is not None:
            fact = replace(fact, qualifiers=fact.qualifiers | {"subset"}, parent=whole.position)
        linked.append(fact)
    return linked


def following_text(sentence: str, end: int) -> str:
    """The rest of a figure's clause and the next clauses that state no figure of their own."""
    text = ""
    for n, clause in enumerate(CLAUSE.findall(sentence[end:])):
        if n and QUANTITY.search(clause):
            break
        text += clause + "，"
    return text
