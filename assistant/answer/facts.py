"""Quantities stated in chunks, one fact row per quantity: predicate, value, unit family and qualifiers.

"全年发展党员4名，其中青年医生3名" gives two rows: 发展党员 4名 (person) and 青年医生 3名 (person, a
subset of the first). Rows carry what an answer needs to decide whether figures may be added up:
subsets (其中), stated totals (共/合计), plan figures (拟/计划/不少于), approximations (约/余) and 各.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from assistant.answer.mixed_sections import reported_sentences
from assistant.core.numerals import parse_number
from assistant.core.schema import Chunk
from assistant.core.text import GROUP_BOUND, YEAR, split_sentences

UnitFamily = Literal["person", "person_time", "times", "items", "money", "percent", "duration", "other"]
Qualifier = Literal["subset", "total", "lower_bound", "plan", "approx", "each", "from", "done", "open"]
ItemState = Literal["done", "open", "either"]  # either: 整改完了没有 is answered by the done and open figures

# Measure words by what they count. 人 never answers 人次; 年 and 月 are left out: 2022年 is a date.
FAMILIES: dict[UnitFamily, tuple[str, ...]] = {
    "person": ("名", "人", "位"),
    "person_time": ("人次", "户次"),
    "times": ("次", "场", "回", "期", "轮", "遍"),
    "items": ("个", "项", "件", "条", "份", "篇", "批", "类", "家", "户", "所", "处", "起", "部", "本", "门", "套")
    + ("批次",)  # 抽检260批次 counts batches, as 几批 and 几批次 ask
    + ("大",),  # 9大领域, 四大工程: 大 measures the things it heads (never 一大批, 党的二十大)
    "money": ("元", "万元", "亿元"),
    "percent": ("%", "％"),
    "duration": ("天", "个工作日", "工作日", "学时", "课时", "小时", "个月", "周"),
    "other": ("支", "枚", "块", "台", "辆", "间", "座", "届", "节", "堂", "分钟", "盏", "册", "株", "棵")
    # visits of things counted per visit: 入库检查420仓次, 出车300车次
    + ("仓次", "车次", "架次", "班次", "台次", "辆次", "航次")
    # measures: 造林1680亩, 发电量11.8亿千瓦时, 巡护里程128万公里
    + ("亩", "公顷", "平方米", "平方公里", "公里", "千米", "吨", "千瓦时", "立方米")
    # archives and books: 数字化档案48万页, 整理案卷1200卷
    + ("页", "卷", "册次")
    # pairs: 师徒结对22对
    + ("对",),
}
FAMILY_OF_UNIT = {unit: family for family, units in FAMILIES.items() for unit in units}
UNIT_WORDS = [unit for units in FAMILIES.values() for unit in units if unit not in "%％"]
UNITS = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
SUMMABLE: frozenset[UnitFamily] = frozenset({"person", "person_time", "times", "items", "duration", "other"})

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
# 个 counts people when a person noun follows: 6个支部书记, 几个党员.
PERSON_NOUN = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(党员|同志|干部|书记|委员|积极分子|发展对象|群众|职工|员工|学生|教师|老师|代表|人员|志愿者|人)"
)

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
PLAN_WORDS = re.compile(r"拟|计划|力争|争取|目标|预计|规划|预期|预算")  # a budget is a planned amount
# A deadline ahead (9月底前完成, 年底前形成) sets a task, unless the sentence says it is done (已/了).
DEADLINE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?以?前|年底前|年内")
DONE_MARK = re.compile(r"已|了")
ASIDE = re.compile(r"^[^（(]{0,2}[（(]")  # 5次（全年计划20次）: the bracket's figure is said beside the first
AFTER_QUALIFIERS: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    ("lower_bound", re.compile(r"^(以上|及以上|起)")),
    ("approx", re.compile(r"^(左右|上下)")),
)
REACHED = re.compile(r"(?:达|达到|突破)$")
REQUIRED = re.compile(r"确保|要求|应当|应|须|务必|力争|争取")
SUBSET_START = re.compile(r"^\s*其中")
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
# 规划 of an organisation's name (自然资源和规划局) does not make its minutes a plan.
PLAN_TITLE = re.compile(r"要点|计划|方案|安排|规划(?![局院处科所委馆部])")
REPORT_TITLE = re.compile(r"总结|报告|情况|述职|纪要")
PLAN_SECTION = re.compile(r"打算|计划|思路|要点|安排|目标|展望|下一步")
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
# An outline number opening a line (（二）, 三、, 2.) numbers the line; it says nothing of what is counted.
OUTLINE_NUMBER = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))"
)
LEADING = re.compile(
    r"^[\s、，,]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))?[\s、，,]*(其中|另外|此外)?[，,、]?"
)
# A table row rendered as a sentence: "外科党支部：支部书记为邝伟，党员人数26，全年发展党员1". Its label is the
# subject of every figure; a cell with no measure word takes its family from the column name.
ROW_LABEL = re.compile(r"^([^：:，,。；;\s]{1,24})[：:](.+?)。?$")
# A cell names its column, then a value: 支部书记为王磊, 党员人数61名, 时间8月24日, 支部书记—.
# Column names may quote a word: 民主评议“优秀”（人）.
# A column may be named with its year: 2024年计划3, 2024年度完成4.
# A column may name a group by a bound: 其中35岁以下党员6.
HEAD_CHAR = rf"(?:[\u4e00-\u9fff（）()“”\"「」]|{GROUP_BOUND.pattern})"
ROW_CELL = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年度?)?{HEAD_CHAR}{{1,12}}(?:为.{{1,40}}|\d[\d.\u4e00-\u9fff%％]{{0,8}}|[—－-]+)$"
)
BARE_CELL = re.compile(rf"^(?P<head>(?:(?:19|20)\d{{2}}年度?)?{HEAD_CHAR}{{2,16}}?)(?P<num>\d+(?:\.\d+)?)$")
# 一支部 is a branch, not one 支 of something.
NOT_A_MEASURE = {
    "支": re.compile(r"^部"),
    "大": re.compile(
        r"^(?![\u4e00-\u9fff])|^(?:批|堆|早|片|把|半|概|力|量|多|部分|精神|报告|代表|以来|召开|会|上|后|前|期间|胜利)"
    ),
    "对": re.compile(r"^(?:于|照|标|接|象|外|待|其|党|全|群|这|该|此)"),
}
ROW_TOTAL = re.compile(r"合计|总计|小计|总数")
# A row's measure word when its cells are bare figures: in its label (吸收新党员（名）：计划3，完成4) or in a unit
# column (志愿服务：单位为人次，年度计划300，实际完成356).
UNIT_IN_LABEL = re.compile(rf"^(?P<name>.+?)[（(](?P<unit>{UNITS})[）)]$")
UNIT_COLUMN = re.compile(rf"^(?:计量)?单位(?:为)?(?P<unit>{UNITS})$")
# A plan heading that also names what was done (问题不足和明年打算): a table under it records what is.
# A row or column that names targets: 2025年计划, 年度目标, 预算 (规划科 is a section of an office).
PLAN_LABEL = re.compile(r"计划|目标|预计|预期|预算|规划(?![局院处科所委馆部党支组室办股])")
PLAN_OR_DONE_COLUMN = re.compile(r"计划|目标|预计|完成|实际")  # a column of a plan/actual table
PARENTHESISED = re.compile(r"[（(][^）)]*[）)]")  # 第二党支部（综合规划、财务）: the offices of a branch
# Organisation words say whose, not what.
# Word pairs of almost any predicate: 培训党员 shares no thing with 发展党员.
COMMON_PAIRS = frozenset({"党员", "工作", "活动", "群众", "干部"})
ORGANISATION = re.compile(r"党支部|党总支|党委|党组|支部|总支|委员会|机关")
REPORTED_ASPECT = re.compile(r"问题|不足|差距|情况|成效|成绩|回顾|总结|完成")
COLUMN_FAMILIES: tuple[tuple[UnitFamily, re.Pattern[str]], ...] = (
    ("person_time", re.compile(r"人次")),
    ("person", re.compile(r"人数|(党员|同志|干部|人员|学生|教师|职工|委员|积极分子|发展对象|志愿者)数?$|发展数$")),
    # A column named by a meeting or an activity (支委会, 主题党日, 党课) counts how many times it was held.
    ("times", re.compile(r"次数$|(?:会|党日|党课|活动|学习|研讨|培训)$")),
)


@dataclass(frozen=True)
class NumericFact:
    chunk: Chunk
    sentence: str  # the whole sentence, quoted as evidence
    clause: str  # the clause that states the number
    predicate: str  # what the number counts: 发展党员, 6个支部书记讲党课 (borrowed from the previous clause if bare)
    number: float
    number_text: str  # as written in the source: 5, 两, 十二, 186万, 94.6
    unit: str
    family: UnitFamily
    qualifiers: frozenset[Qualifier]
    position: int  # order of the fact in its chunk
    parent: int | None = None  # position of the whole a 其中 subset belongs to
    actors: float = 1.0  # 4名支部书记各讲1次: 4 (the figure stands for actors × number)
    span: tuple[int, int] = (0, 0)  # where the figure stands in its sentence
    # Context shared with the figure: the head of its 、 list, or the previous clause when that states
    # no figure of this family (开展义诊活动26场，服务群众3800余人次: the 人次 are 义诊's).
    lead: str = ""
    row: str = ""  # the label of the table row the figure stands in: 外科党支部, 合计

    @property
    def said(self) -> str:
        """The clause as an answer quotes it; a row's cell with its row label (外科党支部：党员人数26), and
        with the row's measure word when the cell is a bare figure (吸收新党员：年度计划3名)."""
        clause = OUTLINE_NUMBER.sub("", self.clause).strip()
        if not self.row:
            return clause
        bare = self.unit and clause.endswith(self.number_text) and not clause.endswith(self.unit)
        return f"{self.row}：{clause}{self.unit if bare else ''}"

    @property
    def value_text(self) -> str:
        return f"{self.number_text}{self.unit}"

    @property
    def is_plan(self) -> bool:
        """A figure to be reached (拟/计划, or a minimum such as 不少于), not one achieved."""
        return bool(self.qualifiers & {"plan", "lower_bound"})

    @property
    def amount(self) -> float:
        """What the figure adds to a total: 各讲1次 by 4 people is 4."""
        return self.number * self.actors


def family_of(unit: str, after: str = "") -> UnitFamily:
    if unit == "个" and PERSON_NOUN.match(after):
        return "person"
    return FAMILY_OF_UNIT.get(unit, "other")


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


# A sentence opening with a year (2024年，… / 2024年以来，…) and the year of a title.
RECALLED_OPENING = re.compile(r"^\s*((?:19|20)\d{2})年(?:度|全年|以来)?[，,]")
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


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
                if "subset" in fact.qualifiers:  # part of a figure of its own clause
                    pass
                elif subset and fact.family in wholes:
                    whole = next(f for f in facts if f.position == wholes[fact.family])
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
            facts[first:] = [replace(f, lead=label, row=label, qualifiers=f.qualifiers | total) for f in facts[first:]]
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


def recalled_sentences(chunk: Chunk) -> set[str]:
    """Sentences of a plan that state what was done before it (2024年，支部开展主题党日12次。全年发展党员1名。):
    from a sentence opening with an earlier year than the title's to the end of its paragraph, or to a
    sentence naming the plan's year (在此基础上，2025年重点抓好…)."""
    titled = TITLE_YEAR.search(chunk.doc_title)
    if not titled:
        return set()
    plan_year = int(titled.group(1))
    recalled: set[str] = set()
    for line in chunk.text.split("\n"):
        recalling = False
        for sentence in split_sentences(line):
            opening = RECALLED_OPENING.match(sentence)
            if opening:
                recalling = int(opening.group(1)) < plan_year
            elif any(int(y) >= plan_year for y in TITLE_YEAR.findall(sentence)):
                recalling = False
            if recalling:
                recalled.add(sentence.strip())
    return recalled


def row_is_plan(chunk: Chunk, label: str) -> bool:
    """A table row states targets when its label says so (2025年计划), in a plan document, or under a heading
    that only plans (下半年打算); a plan/actual table says so per column (年度计划3，实际完成4)."""
    if PLAN_LABEL.search(PARENTHESISED.sub("", label)):
        return True
    headings = " ".join(chunk.section_path[-2:])
    if PLAN_SECTION.search(headings):
        return not REPORTED_ASPECT.search(headings)
    return bool(PLAN_TITLE.search(chunk.doc_title)) and not REPORT_TITLE.search(chunk.doc_title)


def is_plan_text(chunk: Chunk) -> bool:
    """A plan section (下半年工作打算) or a plan document (工作要点, not 总结及计划)."""
    if PLAN_SECTION.search(" ".join(chunk.section_path[-2:])):
        return True
    return bool(PLAN_TITLE.search(chunk.doc_title)) and not REPORT_TITLE.search(chunk.doc_title)


def states_plan(chunk: Chunk, sentence: str) -> bool:
    """The sentence says what is to be done: it stands in a plan's text and recalls no earlier year."""
    reported = recalled_sentences(chunk) | reported_sentences(chunk)  # 存在问题：… of 问题及打算
    return is_plan_text(chunk) and sentence.strip() not in reported


def plans_aside(after: str) -> bool:
    """5次（全年计划20次）: a bracket right after a figure that states a plan of its own."""
    aside = ASIDE.match(after)
    return bool(aside) and bool(PLAN_WORDS.search(re.split(r"[）)]", after[aside.end() :], maxsplit=1)[0]))


def sets_a_deadline(text: str) -> bool:
    """4月底前组织测试1次 is a task set; 3月底前已完成换届5个 was done."""
    return bool(DEADLINE.search(text)) and not DONE_MARK.search(text)


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
    matches = sorted(matches + money, key=lambda m: m.start())
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
        predicate = fact_predicate(clauses, index, before, clause[: match.start()], after)
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


def row_label(sentence: str) -> str:
    """The label of a table row rendered as a sentence (label：cell，cell…), else ""."""
    match = ROW_LABEL.match(sentence)
    if not match:
        return ""
    cells = re.split(r"[，,]", match.group(2))
    return match.group(1) if len(cells) >= 2 and all(ROW_CELL.match(c.strip()) for c in cells) else ""


def row_unit(clauses: list[str]) -> str:
    """The measure word of a row's bare figures: 名 of 吸收新党员（名）, 人次 of a cell 单位为人次; else ""."""
    in_label = UNIT_IN_LABEL.match(clauses[0].strip()) if clauses else None
    if in_label:
        return in_label.group("unit")
    column = next((m for c in clauses[1:] if (m := UNIT_COLUMN.match(c.strip()))), None)
    return column.group("unit") if column else ""


def bare_cell(
    chunk: Chunk,
    sentence: str,
    clause: str,
    label: str,
    position: int,
    in_plan_section: bool,
    offset: int,
    unit: str = "",
) -> NumericFact | None:
    """党员人数26 in the row of 外科党支部: 26 党员 of that branch (the label is the figure's lead).
    A column that names no thing (年度计划3, 完成4) counts the row's thing in the row's measure word: the
    figure is then said of the label (发展党员年度计划), and a column of plans (计划/目标) states a plan."""
    match = BARE_CELL.match(clause)
    if not match:
        return None
    head = match.group("head")
    family = column_family(head) or (whole_column_family(sentence, label) if head.startswith("其中") else None)
    predicate = head
    if family is None and unit:
        thing = UNIT_IN_LABEL.match(label)
        family, predicate = family_of(unit), f"{thing.group('name') if thing else label}{head}"
    elif family is None and PLAN_OR_DONE_COLUMN.search(head):  # 发展党员：2024年计划3，2024年完成4
        family = next((f for f, pattern in COLUMN_FAMILIES if pattern.search(label)), None)
        predicate = f"{label}{head}"
    else:
        unit = ""
    if family is None:
        return None
    number = match.group("num")
    qualifiers: set[Qualifier] = {"plan"} if in_plan_section or PLAN_LABEL.search(head) else set()
    return NumericFact(
        chunk,
        sentence,
        clause,
        predicate,
        float(number),
        number,
        unit,
        family,
        frozenset(qualifiers),
        position,
        lead=label,
        span=(offset + match.start("num"), offset + match.end("num")),
    )


def column_family(head: str) -> UnitFamily | None:
    return next((f for f, pattern in COLUMN_FAMILIES if pattern.search(head)), None)


def whole_column_family(sentence: str, label: str) -> UnitFamily | None:
    """其中员额法官 under a row's 党员数: a 其中 column counts a part of the row's whole, in the whole's family
    (the part's own noun may be one no column list knows)."""
    for clause in sentence[len(label) :].lstrip("：:").split("，"):
        cell = BARE_CELL.match(clause.strip().rstrip("。"))
        if cell and not cell.group("head").startswith("其中"):
            return column_family(cell.group("head"))
    return None


# 完成年度计划27亿元的105.9% / 为目标任务的98%: how much of the plan was done, an actual figure.
SHARE_OF_PLAN = re.compile(
    r"(?:完成|达到|为|占)了?[^，,。；;]{0,6}?(?:计划|目标|任务)[^，,。；;]{0,12}?的\s*$|(?:计划|目标|任务)(?:完成|执行)率[^，,。；;]{0,4}$"
)
# 归纳梳理为4个方面17条 / 分为3类: groups of the figure's own items, which name no other thing.
GROUP_NOUN = re.compile(r"[个大]?(?:方面|类|部分|领域|板块)")
GROUPING = re.compile(rf"(?:{NUMBER})\s*{GROUP_NOUN.pattern}")


LIST_CLOSED = re.compile(r"等(?![级待同额])")


def fact_predicate(clauses: list[str], index: int, before: str, prefix: str, after: str) -> str:
    """What a number counts: the words since the previous number, else the whole clause before it, else
    the previous clause too (开展主题党日活动，全年开展十二次); plus a noun after it (开展3次主题党日)."""
    after = re.split(r"[、和及与（(]", after, maxsplit=1)[0]  # 5次（全年计划20次）: the aside is no noun of it
    last = before.rsplit("、", 1)[-1]  # 开展3次主题党日活动、5次专题学习: 专题学习 only
    # …but 梳理了档案、公章、招生等具体项目的10个风险点: a list closed by 等 is what the figure counts
    before = before if LIST_CLOSED.search(last) else last
    for candidate in (before, prefix):
        predicate = LEADING.sub("", candidate + after).strip()
        if not is_bare(predicate) and not GROUP_NOUN.fullmatch(predicate):  # 为4个方面17条: not 方面 counted
            return predicate
    return f"{clauses[index - 1].strip()}，{predicate}" if index else predicate


def is_bare(predicate: str) -> bool:
    """No word of its own beyond time, qualifiers and generic verbs: 全年开展, 提高到, 共计."""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", predicate)))) < 2


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
