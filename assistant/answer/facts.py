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
from assistant.answer.fact_cells import bare_cell, row_label, row_name, row_unit
from assistant.answer.fact_plans import (
    ASIDE,
    PLAN_WORDS,
    is_plan_text,
    plans_aside,
    recalled_sentences,
    row_is_plan,
    sets_a_deadline,
)
from assistant.answer.mixed_sections import reported_sentences
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, UNITS, NumericFact, Qualifier, UnitFamily, family_of
from assistant.core.numerals import parse_number
from assistant.core.schema import Chunk
from assistant.core.text import YEAR, split_sentences

CHINESE = "[零〇一二两三四五六七八九十百千]+"
NUMBER = rf"\d+(?:\.\d+)?|{CHINESE}"
# 第一次, 统一部署, 唯一 and 同一批 are not quantities; nor is a digit inside a longer number, nor the tail
# of a longer numeral (四条 of 第十四条).
STANDING = re.compile(r"现有|共有|目前有|下设|设有")  # what an organisation has, said in a plan too
QUANTITY = re.compile(
    rf"(?<![第统唯同单逐\d.零〇一二两三四五六七八九十百千])(?:百分之(?P<pct>{NUMBER})|(?P<num>{NUMBER})(?P<scale>万|亿)?"
    rf"(?P<approx>余|多)?\s*(?P<unit>%|％|{UNITS}))"
)
# 涉及经费630余万 / 支付金额540余万: money in 万 (亿) with no 元, at a clause's end after a word of money
BARE_MONEY = re.compile(
    r"(?<![\d.])(?P<pct>(?!))?(?P<num>\d+(?:\.\d+)?)(?P<approx>余|多)?(?P<scale>万|亿)(?P<unit>)(?=[，,。；;、）)]|$)"
)
MONEY_WORDS = re.compile(r"金额|资金|经费|费用|款|收入|支出|投入|花费|预算|投资|补助|补贴|奖金|奖励")
# Phrases such as 一次性, 一项项 or 一批批 are not quantities (一同 is not; 4名同志 is).
SMALL_COUNT = re.compile(r"\d{1,2}|[一二两三四五六七八九十]")  # how many 大 heads: a handful
NOT_QUANTITY_AFTER = re.compile(r"^(性|些|样|般|切|起来|直|致|同(?!志|学)|道|线|把手|体|岗|岁)")  # 45周岁: an age

CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
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
# Words around a number that say nothing of what is counted: time, qualifiers, particles.
NOT_PREDICATE = re.compile(
    r"上半年|下半年|全年|今年|去年|年初|年底|年内|目前|现有|截至|以来|\d+年|\d+月|\d+日|"
    r"共计|合计|累计|总计|一共|总共|共有|共|不少于|不低于|至少|超过|达到|达|约|近|各|其中|已|为|是|了|的|到|有|"
    r"由|从|至|提高|提升|压缩|降低|降至|增加|增长|缩短|减少|分别"
)
LIST_JOINER = re.compile(r"[、和及与]")
# Verbs that say nothing of what is counted; spending verbs (已使用16.5万元) take the money from the clause before.
GENERIC_VERBS = re.compile(
    r"开展|召开|举办|举行|组织|进行|完成|办理|实现|参加|参与|使用|支出|开支|花费|拨付|开|办|搞|做"
)
LEADING = re.compile(
    r"^[\s、，,]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))?[\s、，,]*(其中|另外|此外)?[，,、]?"
)
# 一支部 is a branch, not one 支 of something.
NOT_A_MEASURE = {
    "支": re.compile(r"^部"),
    "大": re.compile(
        r"^(?![\u4e00-\u9fff])|^(?:批|堆|早|片|把|半|概|力|量|多|部分|精神|报告|代表|以来|召开|会|上|后|前|期间|胜利)"
    ),
    "对": re.compile(r"^(?:于|照|标|接|象|外|待|其|党|全|群|这|该|此)"),
    "种": re.compile(r"^[\u4e00-\u9fff]"),  # 出版图书46种 counts; 四种形态 / 多种形式 name a kind
}
ROW_TOTAL = re.compile(r"合计|总计|小计|总数")
# Organisation words say whose, not what.
# Word pairs of almost any predicate: 培训党员 shares no thing with 发展党员.
COMMON_PAIRS = frozenset({"党员", "工作", "活动", "群众", "干部"})
ORGANISATION = re.compile(r"党支部|党总支|党委|党组|支部|总支|委员会|机关")


def numbers_in(text: str) -> list[tuple[str, float]]:
    """Every quantity in a text as (as written, value): 3, 3.5, 三次 -> 三, 百分之十五 -> 十五."""
    found = [(m.group(0), float(m.group(0))) for m in re.finditer(r"\d+(?:\.\d+)?", text)]
    for match in QUANTITY.finditer(text):
        raw = match.group("pct") or match.group("num")
        if not raw[0].isdigit():
            value = parse_number(raw)
            if value is not None:
                found.append((raw, value))
    return found


@lru_cache(maxsize=8192)
def extract_facts(chunk: Chunk) -> list[NumericFact]:
    """Every quantity of every clause, in document order (cached: chunks are immutable)."""
    facts: list[NumericFact] = []
    plan_text = is_plan_text(chunk)
    recalled = recalled_sentences(chunk) | reported_sentences(chunk) if plan_text else set()
    # Line by line: a heading kept as its section's first line (（三）计划讲党课7次) ends without a full stop.
    for line, sentence in ((text, s) for text in chunk.text.split("\n") for s in split_sentences(text)):
        sentence = sentence.strip()
        label = row_label(sentence)
        in_plan_section = row_is_plan(chunk, label) if label else plan_text and sentence not in recalled
        found = list(CLAUSE.finditer(sentence))
        clauses = [m.group(0) for m in found]
        subset_family: UnitFamily | None = None  # 其中 holds until the sentence ends, for its family
        wholes: dict[UnitFamily, int] = {}  # the last non-subset fact of each family in this sentence
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


def counted_core(predicate: str) -> str:
    """What a predicate counts, without time, qualifiers, plan words and generic verbs: 讲党课 of 计划讲党课."""
    words = PLAN_WORDS.sub("", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", ORGANISATION.sub("", predicate))))
    return re.sub(r"[^\u4e00-\u9fff]", "", words)


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


STATED: frozenset[Qualifier] = frozenset({"done", "open"})


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


QUOTED = re.compile(r"[“「‘\"][^”」’\"]*[”」’\"]")


def following_text(sentence: str, end: int) -> str:
    """The rest of a figure's clause and the next clauses that state no figure of their own."""
    text = ""
    for n, clause in enumerate(CLAUSE.findall(sentence[end:])):
        if n and QUANTITY.search(clause):
            break
        text += clause + "，"
    return text


def is_part_of_previous(facts: list[NumericFact], fact: NumericFact, before: str) -> bool:
    """9条问题已整改完成7条: a second figure of the same family in one clause, not a list item (、)
    and not the end of a change (由82%提高到93%), is part of the first."""
    if not facts or facts[-1].clause != fact.clause or facts[-1].family != fact.family:
        return False
    return "from" not in facts[-1].qualifiers and not LIST_JOINER.search(before) and not ASIDE.match(before)


def read_quantity(match: re.Match[str]) -> tuple[float | None, str, str]:
    """(value, number as written, unit): 186万元 -> (186, 186, 万元); 1.2万人 -> (12000, 1.2万, 人)."""
    if match.group("pct"):
        return parse_number(match.group("pct")), match.group("pct"), "%"
    raw, scale, unit = match.group("num"), match.group("scale") or "", match.group("unit")
    approx = match.group("approx") or ""
    if scale and scale + unit in FAMILY_OF_UNIT:  # 万元 is a unit of its own
        return parse_number(raw), raw + approx, scale + unit
    if scale and not unit:  # 630余万 of money: 万元 said short
        return parse_number(raw), raw + approx, f"{scale}元"
    return parse_number(raw + scale), raw + scale + approx, unit


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


def is_no_quantity(match: re.Match[str], after: str) -> bool:
    """一次性, 一同, 一支部: a numeral and a measure word that are part of another word."""
    measure = NOT_A_MEASURE.get(match.group("unit") or "")
    if match.group("unit") == "大" and not SMALL_COUNT.fullmatch(match.group("num") or ""):
        return True  # 十九大, 二十大: a congress, not nineteen things
    if match.group("unit") == "届" and YEAR.fullmatch(match.group("num") or ""):
        return True  # 2018届毕业生: a cohort named by its year, not 2018 of anything
    return bool(NOT_QUANTITY_AFTER.match(after) or (measure and measure.match(after)))


# 完成年度计划27亿元的105.9% / 为目标任务的98%: how much of the plan was done, an actual figure.
SHARE_OF_PLAN = re.compile(
    r"(?:完成|达到|为|占)了?[^，,。；;]{0,6}?(?:计划|目标|任务)[^，,。；;]{0,12}?的\s*$|(?:计划|目标|任务)(?:完成|执行)率[^，,。；;]{0,4}$"
)
# 归纳梳理为4个方面17条 / 分为3类: groups of the figure's own items, which name no other thing.
GROUP_NOUN = re.compile(r"[个大]?(?:方面|类|部分|领域|板块)")
GROUPING = re.compile(rf"(?:{NUMBER})\s*{GROUP_NOUN.pattern}")


LIST_CLOSED = re.compile(r"等(?![级待同额])")


def fact_predicate(clauses: list[str], index: int, before: str, prefix: str, after: str, row: str = "") -> str:
    """What a number counts: the words since the previous number, else the whole clause before it, else
    the previous clause too (开展主题党日活动，全年开展十二次); plus a noun after it (开展3次主题党日). A short
    column of a table row rendered as a sentence is said of the row's label (`row`), never of the cell before
    it, which is another column (机关党支部，实到, not 应到18名，实到)."""
    after = re.split(r"[、和及与（(]", after, maxsplit=1)[0]  # 5次（全年计划20次）: the aside is no noun of it
    last = before.rsplit("、", 1)[-1]  # 开展3次主题党日活动、5次专题学习: 专题学习 only
    # …but 梳理了档案、公章、招生等具体项目的10个风险点: a list closed by 等 is what the figure counts
    before = before if LIST_CLOSED.search(last) else last
    for candidate in (before, prefix):
        predicate = LEADING.sub("", candidate + after).strip()
        if not is_bare(predicate) and not GROUP_NOUN.fullmatch(predicate):  # 为4个方面17条: not 方面 counted
            return predicate
    if row and index:
        return f"{row}，{predicate}"
    return f"{clauses[index - 1].strip()}，{predicate}" if index else predicate


def is_bare(predicate: str) -> bool:
    """No word of its own beyond time, qualifiers and generic verbs: 全年开展, 提高到, 共计."""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", predicate)))) < 2
