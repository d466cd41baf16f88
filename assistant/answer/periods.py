"""Questions across periods: "和上半年比，全年多收了多少", "比去年多发展了几名", "2024年和2025年上半年各开了几次",
"对比两年…的次数". Each period is asked on its own (its own document answers it, cited), and the answers are
put side by side; when each states one figure of the same unit, their difference is said too. The
difference is the only number computed here, and it is a difference of two cited figures.

Here: what a question compares (`periods_asked`), periods in questions (`with_period`, `refined_period`),
and the composed answer (`compared_answer`); which turn of the conversation is compared is decided in `followup`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.asked_quantity import PLAN_ASKED
from assistant.answer.citations import CitationBook
from assistant.answer.compared_wholes import compared_figures
from assistant.answer.fact_plans import PLAN_WORDS
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, format_number
from assistant.answer.period_figures import (
    cell_figures,
    compared_measures,
    not_said_in_question,
    one_statement_twice,
    period_of_clause,
    said_of_part,
    said_of_period,
    same_period,
)
from assistant.answer.quantities import QUANTITY
from assistant.answer.question import MODALITY, PERIOD, asks, is_thin, slots_of
from assistant.answer.stated_changes import stated_difference, with_stated_figures
from assistant.answer.verification import MARK, renumbered
from assistant.core.numerals import parse_number
from assistant.core.schema import Answer, Citation
from assistant.core.text import QUARTER, YEAR

SLOT = "\0"  # where each period goes in a question naming two (2024年和2025年上半年各开了几次)
# Periods as a comparison names them: those of any question, and 上年/上一年度 as official writing says 去年.
P = rf"(?:(?:去年|前年|今年|上一?年度?)(?:全年|[上下]半年)?|(?:(?:19|20)\d{{2}}年)?{QUARTER.pattern}|{PERIOD.pattern})"
# 和上半年比 / 跟2024年全年相比 / 与去年比较 / 同去年的比起来: the other period, named before 比.
AGAINST_NAMED = re.compile(rf"(?:和|跟|与|同)\s*({P})的?\s*(?:相比|比较|对比|比)(?:起来|一下)?(?:呢)?[，,]?")
# 比去年多发展了几名 / 较上半年增加了几次 / 对比去年: the other period after 比.
AGAINST_AFTER = re.compile(rf"(?:对比|相比|(?<![对相])比|较)\s*({P})(?:的)?(实际)?[，,]?")  # 比2023年实际多几个
# 2024年和2025年上半年 / 2023年与2024年: two periods named together.
BOTH = re.compile(rf"({P})\s*(?:和|与|及|、|跟|同|对比)\s*({P})")
YEAR_BEFORE_YEAR = re.compile(r"((?:19|20)\d{2})(?=\s*[和与及、跟同](?:19|20)\d{2}\s*年)")  # 2023和2024年
# 对比两年 / 这两年相比 / 两个年度比较: the two periods the conversation was about.
# Only with a word comparing them: 近两年共发展了多少 asks a total, 两期读书班 counts classes.
TWO = r"(?:这|前后|近)?两(?:年|个年度|个时期|个阶段|个半年)"
TWO_PERIODS = re.compile(rf"(?:对比|比较){TWO}的?|{TWO}(?:相比|对比|比较|各自|各|分别)的?")
# 两个时期一共立案多少件: the figures of the two periods the conversation was about, added (not 近两年共…, which a
# document may state itself).
TWO_TOTAL = re.compile(r"(?:这|前后)?两(?:个时期|个阶段|期|个半年)(?:一共|总共|加起来|合计|共计|共)")
DRAFTING = re.compile(r"起草|撰写|草拟|拟写|写(?:一|个|成|段|篇|份)|总结一下|概括|归纳")
STATED_CHANGE = re.compile(
    r"(?:(?:比|较)(?:上年|上一年|去年|上年度)(?:同期)?|同比)(?:增长|提高|下降|上升|增幅|降幅)(?:了|为|是)?(?:多少|几)"
)
COMPARE_VERB = re.compile(r"^(?:请)?(?:对比|比较)(?:一下)?")
EACH = re.compile(r"^(?:各自|各|分别)")
# Words that only say which way the figures differ: 多收了多少 -> 收了多少, 增加了几次 -> 几次.
CHANGE_VERB = re.compile(
    r"(?:增加|增长|减少|下降|提高|降低|上升|变化|相差|超出|超额|超过|差(?=了?(?:多少|几))|超(?=了?(?:多少|几)))(?:了)?"
)
MORE_OR_LESS = re.compile(r"(?<![多至])[多少](?=[\u4e00-\u9fff]{1,4}?(?:多少|几))")
RELATIVE_YEAR = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "上年度": -1, "上一年度": -1, "今年": 0}
YEAR_SAID = {0: "今年", -1: "去年", -2: "前年"}  # a year counted back from this one, as questions say it
RELATIVE_PERIOD = re.compile(r"(前年|去年|上一?年度?|今年)(全年|[上下]半年)?")
SAID_OF = re.compile(r"[\u4e00-\u9fff]{2,5}$")  # the words just before a figure (支委会 of 支委会7次)
PLAN_OR_DONE = ("计划", "原计划", "目标", "实际")
# 全年要求讲多少场 / 任务数 / 不少于: a target said without a plan word
TARGET_SAID = re.compile(r"要求|任务|不少于")
PART_OF_YEAR = re.compile(r"[上下]半年|季度")
TOTAL_BEFORE = re.compile(r"(?:共|合计|总计|一共|共计|累计)$")
ROW_TOTAL = re.compile(r"(?:合计|总计|共计)[：:]")  # 全年合计：支部党员大会6次, a table's total row


@dataclass(frozen=True)
class PeriodsAsked:
    """What a question asks across periods.

    `periods` are as said: the other one for 和X比 (the current one is in `rest` or the conversation's),
    both for a question naming two (`rest` then holds `SLOT` where each goes), none for 对比两年."""

    periods: tuple[str, ...]
    rest: str  # the question without the comparison: what is asked of each period
    total: bool = False  # the periods' figures are added (两个时期一共), not compared
    other_done: bool = False  # 2024年计划…比2023年实际多几个: the other period's figure is what was done

    @property
    def both_named(self) -> bool:
        return SLOT in self.rest


def periods_asked(question: str) -> PeriodsAsked | None:
    """The periods a question compares, if it compares any."""
    text = YEAR_BEFORE_YEAR.sub(r"\1年", question.strip())
    if DRAFTING.search(text):  # 对比两年…写一段总结: a draft comparing periods (answer.draft_compare)
        return None
    if STATED_CHANGE.search(text):  # 比上年增长多少: reports state the rate (增长14.2%), not two figures
        return None
    both = BOTH.search(text)
    if both and both.group(1) != both.group(2) and asks(text[both.end() :]):
        first, second = both.group(1), in_year_of(both.group(2), both.group(1))
        rest = f"{COMPARE_VERB.sub('', text[: both.start()])}{SLOT}{EACH.sub('', text[both.end() :])}"
        return PeriodsAsked((first, second), without_change_words(rest))
    against = AGAINST_NAMED.search(text) or AGAINST_AFTER.search(text)
    if against:
        rest = (text[: against.start()] + text[against.end() :]).strip("，, ")
        done = against.re is AGAINST_AFTER and bool(against.group(2))
        return PeriodsAsked((against.group(1),), without_change_words(rest), other_done=done)
    two = TWO_TOTAL.search(text)
    if two:
        return PeriodsAsked((), without_change_words(text[: two.start()] + text[two.end() :]), total=True)
    two = TWO_PERIODS.search(text)
    if two:
        return PeriodsAsked((), without_change_words(text[: two.start()] + text[two.end() :]))
    return None


def asks_only_a_gap(text: str) -> bool:
    """差了几个 / 多了多少 / 还差几名: how far two figures just given apart are, naming nothing else."""
    if PERIOD.search(text) or MODALITY.search(text):
        return False  # 下半年多了几次 / 计划呢 name what is compared: periods_asked and the swaps read them
    rest = without_change_words(text.strip())
    return rest != text.strip() and is_thin(rest)


# 一共呢 / 加起来是多少 / 两家加起来多少党员 / 总共多少人: a total of what was just asked, naming nothing else.
TOTAL_ONLY = re.compile(
    r"^(?:那么|那)?(?:这|那)?(?:两|二|几)?(?:家|个|项|者)?(?:一共|总共|加起来|加在一起|合起来|合计|总计|共计)"
    r"(?:是|有|共)?(?:多少|几)?[个名人项次件场位]?[\u4e00-\u9fff]{0,4}?(?:呢|吗)?[？?。！!\s]*$"
)


def asks_only_a_total(text: str) -> bool:
    """一共呢 after 省级11项 and 市级26项: their sum."""
    return bool(TOTAL_ONLY.match(text.strip())) and not PERIOD.search(text)


def without_change_words(text: str) -> str:
    """多收了多少 -> 收了多少: what each period is asked, without the word for how they differ."""
    return MORE_OR_LESS.sub("", CHANGE_VERB.sub("", text)).strip("，, ")


def in_year_of(period: str, other: str) -> str:
    """上半年 said after 2024年 is 2024年上半年; 去年 said of 2024年 is 2023年 (a period as documents state it)."""
    year = YEAR.search(other)
    relative = RELATIVE_PERIOD.fullmatch(period)
    if not year and relative and relative.group(1).startswith("上"):
        # 去年…比上年多了多少: the year before the one said (前年), not the year before this one
        said = RELATIVE_PERIOD.fullmatch(other)
        shift = RELATIVE_YEAR[said.group(1)] + RELATIVE_YEAR[relative.group(1)] if said else None
        return f"{YEAR_SAID[shift]}{relative.group(2) or ''}" if shift in YEAR_SAID else period
    if not year or YEAR.search(period):
        return period
    if relative and relative.group(1) in RELATIVE_YEAR:  # 去年全年 / 去年上半年 of 2024年上半年
        half = (relative.group(2) or "").replace("全年", "")
        return f"{int(year.group(0)) + RELATIVE_YEAR[relative.group(1)]}年{half}"
    return f"{year.group(0)}年{period}"


YEAR_SAID_BY_NOW = re.compile(r"今年|去年|前年|明年")  # a year said relative to now


def refined_period(period: str, before: str) -> str:
    """上半年 after 2024年上半年 (or after 2024年) is 2024年上半年: a bare half keeps the year said before;
    明年 after 2025年 is 2026年, the year after the one talked about (its report's 2026年工作打算), and 去年 /
    前年 the years before it (换成去年的呢 after 2025年上半年: 2024年)."""
    year = YEAR.search(before)
    shift = {"明年": 1, "去年": -1, "前年": -2}.get(period)
    if year and shift:
        return f"{int(year.group(0)) + shift}年"
    if not period or YEAR.search(period) or not year or YEAR_SAID_BY_NOW.match(period):  # 今年上半年: said whole
        return period
    return before if before.endswith(period) else f"{year.group(0)}年{period}"


# 9月份 / 6月底 after the year: a month of the period said before, which a span put in its place covers
MONTH_AFTER = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?:底|末|初|上旬|中旬|下旬)?")
SPANS_MONTHS = re.compile(r"全年|年度|半年|季度")


PERIOD_RUN = re.compile(rf"(?:{PERIOD.pattern})+")  # 今年上半年: a year and its part, said together
RELATIVE_YEAR_SAID = re.compile(r"今年|去年|前年")  # a year said apart from its part (今年上半年)


def with_period(question: str, period: str) -> str:
    """`question` asked of `period` in place of its own. A span (全年 / 上半年 / 季度) replaces the whole period
    said, its month too (那全年呢 after 2024年9月份开了几次; 去年上半年 for 今年上半年, not 去年上半年上半年), and keeps
    the year said apart when it names none (全年 after 今年上半年: 今年全年)."""
    old = PERIOD.search(question)
    if not old:
        holder = slots_of(question).holder
        return question.replace(holder, holder + period, 1) if holder else period + question
    if not SPANS_MONTHS.search(period):
        return f"{question[: old.start()]}{period}{question[old.end() :]}"
    end = PERIOD_RUN.match(question, old.start()).end()
    month = MONTH_AFTER.match(question, end)
    year = RELATIVE_YEAR_SAID.match(question, old.start())
    named = YEAR.search(period) or RELATIVE_YEAR_SAID.search(period)
    said = f"{year.group(0)}{period}" if year and not named else period
    return f"{question[: old.start()]}{said}{question[month.end() if month else end :]}"


# 打算发展 / 准备召开: a plan said as an intention, which another modality replaces as it does 计划
INTENDED = re.compile(r"(?:打算|准备)(?=[\u4e00-\u9fff])")


def with_modality(question: str, modality: str) -> str:
    """计划 in place of 实际 (or of 打算), or after the period when the question said none (下半年 -> 下半年计划)."""
    old = MODALITY.search(question) or INTENDED.search(question)
    if old:
        return question.replace(old.group(0), modality, 1)
    period = PERIOD_RUN.search(question)  # 今年上半年计划, not 今年计划上半年
    return f"{question[: period.end()]}{modality}{question[period.end() :]}" if period else question


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str


PART_OF = re.compile(r"其中")
CLAUSE_BREAK = re.compile(r"[；;。\n]")


def main_figure(answer: Answer, question: str = "") -> Figure | None:
    """The one figure an answer states (its 共 total if it gives one, else the one said of the question's
    words: 支委会7次 of 党员大会3次、支委会7次); None when it states several."""
    text = MARK.sub("", answer.text)
    figures: list[tuple[Figure, bool]] = []
    named: dict[Figure, int] = {}  # how many characters before each figure the question says too
    matches = said_of_period(text, list(QUANTITY.finditer(text)), slots_of(question).period if question else "")
    matches = said_of_part(text, not_said_in_question(matches, question), question)
    if PLAN_ASKED.search(question):  # a plan's figures are all planned: the one of the period asked first
        matches = named_period_first(text, matches, slots_of(question).period)
    matches = of_modality(text, matches, question)
    wholes = [m for m in matches if not PART_OF.search(CLAUSE_BREAK.split(text[: m.start()])[-1])]
    # 现有党员27名；其中女党员11名: the whole, unless a part is asked (其中…) or only parts are said
    for match in matches if PART_OF.search(question) else wholes or matches:
        raw, unit = match.group("pct") or match.group("num"), match.group("unit")
        value = parse_number(raw)
        if value is None or unit not in FAMILY_OF_UNIT and unit not in "%％":
            continue
        stated_unit = (match.group("scale") or "") + unit  # 9.31万元 is compared in 万元
        clause = CLAUSE_BREAK.split(text[: match.start()])[-1]
        total = bool(TOTAL_BEFORE.search(text[: match.start()]) or ROW_TOTAL.search(clause))
        figures.append((Figure(value, stated_unit), total))
        before = SAID_OF.search(text[: match.start()])
        said = before.group(0) if before else ""
        shared = next((n for n in range(len(said), 1, -1) if said[-n:] in question), 0)
        if shared:
            named[figures[-1][0]] = max(shared, named.get(figures[-1][0], 0))
    if not matches:  # 参与人次160: a table cell says its unit before its number
        figures = [(Figure(value, unit), False) for value, unit in cell_figures(text)]
    totals = {f for f, total in figures if total}
    distinct = totals or {f for f, _ in figures}
    best = max(named.values(), default=0)
    closest = {f for f, n in named.items() if n == best}
    if len(distinct) > 1 and len(closest) == 1:
        distinct = closest  # 女党员72名 of 女党员72名、35岁以下党员118名 for 多几名女党员
    return next(iter(distinct)) if len(distinct) == 1 else None


def named_period_first(text: str, matches: list[re.Match[str]], asked: str) -> list[re.Match[str]]:
    """全年达到40个 of 拟新设10个；全年达到40个 asked of 全年: the figures whose clause names the period asked,
    when every other one names no period; `matches` unchanged otherwise."""
    periods = {m: period_of_clause(text, m.start()) for m in matches}
    own = [m for m in matches if asked and periods[m] and same_period(periods[m], asked)]
    return own if own and all(m in own or not periods[m] for m in matches) else matches


def of_modality(text: str, matches: list[re.Match[str]], question: str) -> list[re.Match[str]]:
    """召开党委会5次（全年计划20次）: a plan question takes the figure a plan word leads, an actual one the
    others; `matches` unchanged when they are all of one kind."""
    starts = [0, *(m.end() for m in matches)]
    planned = [m for m, start in zip(matches, starts, strict=False) if PLAN_WORDS.search(text[start : m.start()])]
    if not planned or len(planned) == len(matches):
        return matches
    return planned if PLAN_ASKED.search(question) else [m for m in matches if m not in planned]


def compared_answer(questions: list[str], answers: list[Answer], summed: bool = False) -> Answer:
    """Each period's answer under its period, citations renumbered into one list, and the difference of
    their figures (the later period's against the earlier one's as asked: the first against the second)."""
    labels = done_beside_plan([label_of(q) for q in questions])
    answers = with_stated_figures(questions, answers)  # 由2023年的38万元增长到52.6万元: both from one sentence
    if all(a.refused for a in answers):
        return answers[0]
    book = CitationBook()
    texts: list[str] = []
    # The periods are the question's own words (2024年上半年), not figures taken from a document.
    derived = {float(y) for label in labels for y in re.findall(r"(?:19|20)\d{2}", label)}
    for label, answer in zip(labels, answers):
        if answer.refused:
            texts.append(f"{label}：知识库中没有找到该时期的相关记载，不作推测。")
            continue
        numbers = {n: cite_again(book, c) for n, c in enumerate(answer.citations, 1) if c.chunk is not None}
        texts.append(f"{label}：{renumbered(answer.text, numbers)}")
        derived |= answer.derived_numbers
    figures = compared_figures(compared_measures(questions, answers), answers, main_figure)
    difference = sum_sentence(figures) if summed else difference_sentence(labels, figures)
    if difference is None and not summed:  # 比上年增加6名, said by the later year alone
        difference = stated_difference(labels, questions, answers, [f.unit if f else None for f in figures], book)
    if one_statement_twice(answers, figures):  # one sentence found for both: no total, no difference
        difference = None
    if difference:
        text, value = difference
        texts.append(text)
        derived.add(value)
    answered = [a for a in answers if not a.refused]
    return Answer(
        "\n".join(texts),
        answered[0].kind,
        book.citations(),
        list({e.chunk.id: e for a in answers for e in a.retrieved}.values()),
        derived_numbers=derived,
        confidence="low" if len(answered) < len(answers) or any(a.confidence == "low" for a in answered) else "high",
        resolved_question="；".join(questions),
    )


def label_of(question: str) -> str:
    """2025年计划 / 2024年实际 / 2024年上半年: the period a question asks about, and whether planned or done."""
    slots = slots_of(question)
    quarter = QUARTER.search(question)  # 第四季度 / 2024年第三季度
    quarter_said = quarter.group(0) if quarter else ""
    said = PERIOD_RUN.search(question, question.find(slots.period)) if slots.period else None
    period = said.group(0) if said else ""  # 今年上半年, not 今年 alone
    modality = slots.modality if slots.modality in PLAN_OR_DONE else "目标" if TARGET_SAID.search(question) else ""
    return f"{period}{quarter_said}{modality}" or question


def done_beside_plan(labels: list[str]) -> list[str]:
    """2025年实际 beside 2025年计划: a period said plainly against its own plan is what was done in it (not
    "2025年比2025年计划少4名"); a part of the year beside the year's target is what was done of it (今年上半年完成,
    not "今年全年比今年上半年多")."""
    plain = [label for label in labels if not label.endswith(PLAN_OR_DONE)]
    planned = {label.removesuffix(word) for label in labels for word in PLAN_OR_DONE[:3] if label.endswith(word)}
    return [done_label(label, planned) if label in plain else label for label in labels]


def done_label(label: str, planned: set[str]) -> str:
    if label in planned:
        return f"{label}实际"
    return f"{label}完成" if planned and PART_OF_YEAR.search(label) else label


def cite_again(book: CitationBook, citation: Citation) -> int:
    """The number `citation`'s chunk has in `book` (cited there with the same quote)."""
    book.cite(citation.chunk, citation.quote)
    return book.number(citation.chunk)


def sum_sentence(figures: list[Figure | None]) -> tuple[str, float] | None:
    """ "两项合计37项（11项＋26项）", for figures of one unit."""
    if len(figures) < 2 or None in figures or len({f.unit for f in figures}) != 1:
        return None
    unit = figures[0].unit
    total = round(sum(f.value for f in figures), 6)
    worked = "＋".join(f"{format_number(f.value)}{unit}" for f in reversed(figures))
    return f"合计{format_number(total)}{unit}（{worked}）。", total


def difference_sentence(labels: list[str], figures: list[Figure | None]) -> tuple[str, float] | None:
    """ "2024年全年比2024年上半年多9.31万元（18.62万元－9.31万元）", for two figures of one unit."""
    if len(figures) != 2 or None in figures or figures[0].unit != figures[1].unit:
        return None
    this, other = figures
    unit = this.unit
    gap = round(abs(this.value - other.value), 6)
    if gap == 0:
        return f"两者持平，均为{format_number(this.value)}{unit}。", this.value
    way = "多" if this.value > other.value else "少"
    larger, smaller = sorted((this.value, other.value), reverse=True)
    worked = f"{format_number(larger)}{unit}－{format_number(smaller)}{unit}"
    return f"{labels[0]}比{labels[1]}{way}{format_number(gap)}{unit}（{worked}）。", gap
