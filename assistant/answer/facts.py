"""Quantities stated in chunks, one fact row per quantity: predicate, value, unit family and qualifiers.

"全年发展党员4名，其中青年医生3名" gives two rows: 发展党员 4名 (person) and 青年医生 3名 (person, a
subset of the first). Rows carry what an answer needs to decide whether figures may be added up:
subsets (其中), stated totals (共/合计), plan figures (拟/计划/不少于), approximations (约/余) and 各.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.answer.bare_counts import bare_counts
from assistant.answer.fact_cells import bare_cell, part_row, row_label, row_name, row_unit
from assistant.answer.fact_plans import (
    ASIDE,
    PLAN_WORDS,
    is_plan_text,
    plans_aside,
    recalled_sentences,
    row_is_plan,
    sets_a_deadline,
)
from assistant.answer.fact_predicates import counted_core, fact_predicate
from assistant.answer.fact_states import with_states, with_whole_before
from assistant.answer.mixed_sections import reported_sentences
from assistant.answer.numeric_fact import NumericFact, Qualifier, UnitFamily, family_of
from assistant.answer.quantities import BARE_MONEY, CLAUSE, MONEY_WORDS, QUANTITY, is_no_quantity, read_quantity
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences

STANDING = re.compile(r"现有|共有|目前有|下设|设有")  # what an organisation has, said in a plan too
QUALIFIER_WORDS: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    (
        "total",
        re.compile(r"(共计|合计|累计|总计|一共|总共|共有|共(?!产|青|建|享|同)|总数)[^，,]{0,8}$"),
    ),  # not 共产党员, 共青团
    ("lower_bound", re.compile(r"(不少于|不低于|至少|最少|超过)$")),
    ("approx", re.compile(r"(约|近|大约)$")),
    ("each", re.compile(r"各$|各[^，,]{0,6}$")),
    ("from", re.compile(r"由$|从$")),
)
AFTER_QUALIFIERS: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    ("lower_bound", re.compile(r"^(以上|及以上|起)")),
    ("approx", re.compile(r"^(左右|上下)")),
)
REACHED = re.compile(r"(?:达|达到|突破)$")
REQUIRED = re.compile(r"确保|要求|应当|应|须|务必|力争|争取")
SUBSET_START = re.compile(r"^\s*其中")
# 参训1260人次，其中取得证书412人: a part counted in another family than its whole's, those who attended
WHOLE_FAMILY = {"person": "person_time"}
# "12条问题中，已整改完成11条": a figure followed by 中 is the whole the sentence's next figures break down.
WHOLE_AHEAD = re.compile(r"(?<!其)中$")
LIST_JOINER = re.compile(r"[、和及与]")
# A table's total row, its label also spaced out across the cell (合  计) or 共计 / 累计: a total, never an addend.
ROW_TOTAL = re.compile(r"合\s*计|总\s*计|小\s*计|共\s*计|累\s*计|总\s*数")
# Word pairs of almost any predicate: 培训党员 shares no thing with 发展党员.
COMMON_PAIRS = frozenset({"党员", "工作", "活动", "群众", "干部"})


@lru_cache(maxsize=8192)
def extract_facts(chunk: Chunk) -> list[NumericFact]:
    """Every quantity of every clause, in document order (cached: chunks are immutable)."""
    facts: list[NumericFact] = []
    plan_text = is_plan_text(chunk)
    recalled = recalled_sentences(chunk) | reported_sentences(chunk) if plan_text else set()
    before: tuple[str, str, dict[UnitFamily, int]] = ("", "", {})  # the line, sentence and wholes just read
    # Line by line: a heading kept as its section's first line (（三）计划讲党课7次) ends without a full stop.
    for line, sentence in ((text, s) for text in chunk.text.split("\n") for s in split_sentences(text)):
        sentence = sentence.strip()
        # 结案3105件，结案率95%；其中调解结案1874件: a 其中 after a semicolon breaks down the figures before it
        after_semicolon = before[0] is line and before[1].endswith(("；", ";")) and bool(SUBSET_START.match(sentence))
        label = row_label(sentence)
        in_plan_section = row_is_plan(chunk, label) if label else plan_text and sentence not in recalled
        found = list(CLAUSE.finditer(sentence))
        clauses = [m.group(0) for m in found]
        subset_family: UnitFamily | None = None  # 其中 holds until the sentence ends, for its family
        wholes: dict[UnitFamily, int] = dict(before[2]) if after_semicolon else {}  # the last whole of each family
        previous: list[NumericFact] = []
        first = len(facts)
        for index, clause in enumerate(clauses):
            starts_subset = bool(SUBSET_START.match(clause)) or (
                index > 0 and bool(previous) and bool(WHOLE_AHEAD.search(clauses[index - 1].strip()))
            )
            # 处理8人，其中，批评教育5人: a 其中 set off by its own comma opens the parts that follow it
            starts_subset = starts_subset or (
                index > 0 and bool(SUBSET_START.fullmatch(clauses[index - 1].strip(" ，,")))
            )
            offset = found[index].start() + len(clause) - len(clause.lstrip())
            current = clause_facts(chunk, sentence, clauses, index, len(facts), in_plan_section, offset)
            for fact in current:
                if index and not fact.lead and all(p.family != fact.family for p in previous):
                    fact = replace(fact, lead=clauses[index - 1].strip())
                subset = starts_subset or fact.family == subset_family
                home = wholes.get(fact.family, wholes.get(WHOLE_FAMILY.get(fact.family, "")))
                if "subset" in fact.qualifiers:  # part of a figure of its own clause
                    pass
                elif subset and home is not None:
                    whole = next(f for f in facts if f.position == home)
                    # 计划投入15万元，其中6万元用于…: a part of a planned figure is planned too
                    # …and a part of what a plan says there is (现有党员386人，其中在职党员报到196人) is not.
                    inherited = whole.qualifiers & {"plan"}
                    standing = in_plan_section and not inherited and not PLAN_WORDS.search(clauses[index])
                    own = fact.qualifiers - ({"plan"} if standing else set())
                    fact = replace(fact, qualifiers=own | {"subset"} | inherited, parent=whole.position)
                    subset_family = fact.family
                elif not subset:
                    wholes[fact.family] = fact.position
                facts.append(fact)
            previous = current
        facts[first:] = with_states(facts[first:], sentence, [m.end() for m in found])
        facts[first:] = with_whole_before(facts[:first], facts[first:], line)
        if label:  # every figure of a row is said of its label, not of the cell before it; 合计 rows are totals
            total: set[Qualifier] = {"total"} if ROW_TOTAL.search(label) else set()
            row = row_name(sentence, label)
            facts[first:] = [replace(f, lead=label, row=row, qualifiers=f.qualifiers | total) for f in facts[first:]]
            facts[first:] = part_row(facts[:first], facts[first:], label)
        before = (line, sentence, wholes)
    return under_heading(chunk, facts)


def under_heading(chunk: Chunk, facts: list[NumericFact]) -> list[NumericFact]:
    """A heading on a line of its own stating a figure (（三）计划讲党课7次) is the whole its section's text
    breaks down: the figures below it of the same kind and thing (书记讲党课3次，委员各讲1次…) are its parts.
    (The heading is a passage of its own; a heading sharing its line with text, 2.上半年召开支委会6次。…,
    is a numbered paragraph.)"""
    heading = chunk.section_path[-1] if chunk.section_path else ""
    if not facts or not heading or heading.rstrip("…") in chunk.text or chunk.article:  # a long label is cut
        return facts
    wholes = extract_facts(replace(chunk, text=heading))
    return [
        replace(fact, qualifiers=fact.qualifiers | {"subset"})
        if "subset" not in fact.qualifiers and any(is_part_under(fact, whole) for whole in wholes)
        else fact
        for fact in facts
    ]


def is_part_under(fact: NumericFact, whole: NumericFact) -> bool:
    """Of the heading's kind (次 under 次) and thing: a word pair of what it counts is the heading's too
    (讲党课 under 计划讲党课; 培养入党积极分子 is no part of 发展党员)."""
    if fact.family != whole.family:
        return False
    own, heading = counted_core(fact.predicate), counted_core(whole.predicate)
    return any(own[i : i + 2] in heading and own[i : i + 2] not in COMMON_PAIRS for i in range(len(own) - 1))


def is_part_of_previous(facts: list[NumericFact], fact: NumericFact, before: str) -> bool:
    """9条问题已整改完成7条: a second figure of the same family in one clause, not a list item (、)
    and not the end of a change (由82%提高到93%), is part of the first."""
    if not facts or facts[-1].clause != fact.clause or facts[-1].family != fact.family:
        return False
    return "from" not in facts[-1].qualifiers and not LIST_JOINER.search(before) and not ASIDE.match(before)


def clause_facts(
    chunk: Chunk,
    sentence: str,
    clauses: list[str],
    index: int,
    first_position: int,
    in_plan_section: bool,
    offset: int = 0,
) -> list[NumericFact]:
    clause = clauses[index].strip()
    matches = [m for m in QUANTITY.finditer(clause) if not is_no_quantity(m, clause[m.end() :])]
    money = [m for m in BARE_MONEY.finditer(clause) if MONEY_WORDS.search(clause[: m.start()])]
    matches = sorted(matches + money + bare_counts(clause), key=lambda m: m.start())
    label = row_label(sentence) if index and not matches else ""
    if label:
        cell = bare_cell(chunk, sentence, clause, label, first_position, in_plan_section, offset, row_unit(clauses))
        return [cell] if cell else []
    facts: list[NumericFact] = []
    for i, match in enumerate(matches):
        number, number_text, unit = read_quantity(match)
        if number is None:
            continue
        before = clause[matches[i - 1].end() if i else 0 : match.start()]
        after = clause[match.end() : matches[i + 1].start() if i + 1 < len(matches) else len(clause)]
        qualifiers = {q for q, pattern in QUALIFIER_WORDS if pattern.search(before)}
        qualifiers |= {q for q, pattern in AFTER_QUALIFIERS if pattern.match(after)}
        if match.group("approx"):
            qualifiers.add("approx")
        # 录取率达83%以上: a figure reached, not a minimum set (确保参学率达到90%以上 sets one)
        if REACHED.search(before) and not REQUIRED.search(clause[: match.start()]):
            qualifiers.discard("lower_bound")
        # A plan's 现有党员41名 states what there is; its targets (发展党员不少于10名) are plans.
        so_far = clause[: match.start()]
        # 召开党委会5次（全年计划不少于20次）: a plan word after a figure makes only what follows it a plan.
        if (
            PLAN_WORDS.search(clause[: match.end()] if plans_aside(clause[match.end() :]) else clause)
            or (in_plan_section and not STANDING.search(so_far))
            or sets_a_deadline("，".join([*clauses[:index], so_far]))
        ) and not (family_of(unit, after) == "percent" and SHARE_OF_PLAN.search(so_far)):
            qualifiers.add("plan")
        predicate = fact_predicate(clauses, index, before, clause[: match.start()], after, row_label(sentence))
        fact = NumericFact(
            chunk,
            sentence,
            clause,
            predicate,
            number,
            number_text,
            unit,
            family_of(unit, after),
            frozenset(qualifiers),
            first_position + len(facts),
            # 共查摆班子问题5条、个人问题12条: the list's head says what 个人问题 were
            lead=clause[: matches[0].start()] if i and "、" in before else "",
            span=(offset + match.start(), offset + match.end()),
        )
        if facts and facts[-1].clause == clause and ASIDE.match(before):  # said of what the figure before counts
            fact = replace(fact, predicate=facts[-1].predicate + fact.predicate)
        if is_part_of_previous(facts, fact, before):
            fact = replace(fact, qualifiers=fact.qualifiers | {"subset"}, parent=facts[-1].position)
        if "each" in qualifiers and facts and facts[-1].family == "person" and facts[-1].clause == clause:
            fact = replace(fact, actors=facts[-1].number)  # 4名支部书记各讲1次
        facts.append(fact)
    return facts


# 完成年度计划27亿元的105.9% / 为目标任务的98%: how much of the plan was done, an actual figure.
SHARE_OF_PLAN = re.compile(
    r"(?:完成|达到|为|占)了?[^，,。；;]{0,6}?(?:计划|目标|任务)[^，,。；;]{0,12}?的\s*$|(?:计划|目标|任务)(?:完成|执行)率[^，,。；;]{0,4}$"
)
