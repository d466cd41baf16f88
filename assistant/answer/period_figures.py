"""The figure an answer states of the period asked, when it states figures of several periods.

A sentence may give one year's figure beside another's, or their sum ("两年共服务2100人次：2022年服务900人次，
2023年服务1200人次"). Compared with another period, the 2022 answer is the figure said of 2022 (900), never
the sum said of both years nor the other year's figure.
"""

from __future__ import annotations

import re

from assistant.answer.numeric_fact import UNITS
from assistant.answer.question import PERIOD
from assistant.core.schema import Answer
from assistant.core.text import COHORT, MEETING_MODIFIER, squash
from assistant.index.knowledge_base import DocRecord
from assistant.search.periods import asked_period, with_relative_years

CLAUSE_START = re.compile(r"[，,；;。：:\n]")
ITEM_START = re.compile(r"[，,；;。：:、\n]|其中")
# 其中35岁以下的有多少 / 其中女党员几名: the words that pick the part out (35岁以下, 女党员).
PART_ASKED = re.compile(r"其中([^，,；;。？?的有是占多几]{2,10})")


def period_of_clause(text: str, at: int) -> str:
    """The period named in the clause a figure at `at` stands in, before the figure ("" when none)."""
    clause = CLAUSE_START.split(text[:at])[-1]
    named = PERIOD.findall(clause)
    return re.sub(r"\s", "", named[-1]) if named else ""


def same_period(said: str, asked: str) -> bool:
    """2023年 of 2023年; 2023年底 and 2023年度 of 2023年 too (one year said more precisely)."""
    return said.startswith(asked) or asked.startswith(said) if said[:4].isdigit() == asked[:4].isdigit() else False


def said_of_period(text: str, matches: list[re.Match[str]], asked: str) -> list[re.Match[str]]:
    """The figures whose own clause names the `asked` period, when the answer names several periods and
    some figure is said of the one asked; else `matches` unchanged."""
    asked = re.sub(r"\s", "", asked)
    periods = {m: period_of_clause(text, m.start()) for m in matches}
    if not asked or len(set(periods.values()) - {""}) < 2:
        return matches
    own = [m for m in matches if periods[m] and same_period(periods[m], asked)]
    return own or matches


def of_several_periods(clauses: list[str]) -> bool:
    """Figures said of different periods (2022年服务1300人次 and 2023年服务1800人次): never one total."""
    return len({period_of_clause(c, len(c)) for c in clauses} - {""}) > 1


def one_statement_twice(answers: list[Answer], figures: list[object]) -> bool:
    """Both answers give the same figure from the same cited sentence: one fact found twice (two wordings of
    one question), which makes neither a total (63 + 63) nor a level (持平)."""
    if len(answers) != 2 or None in figures or figures[0] != figures[1]:
        return False
    quotes = [{c.quote for c in a.citations} for a in answers]
    return bool(quotes[0] & quotes[1])


def said_of_part(text: str, matches: list[re.Match[str]], question: str) -> list[re.Match[str]]:
    """The figures said of the part a question asks (35岁以下党员20名 for 其中35岁以下的有多少, not the whole
    57名 nor 女党员16名); `matches` unchanged when the question asks no part or no figure is said of it."""
    asked = PART_ASKED.search(question)
    if not asked:
        return matches
    said = [m for m in matches if asked.group(1) in ITEM_START.split(text[: m.start()])[-1]]
    return said or matches


def not_said_in_question(matches: list[re.Match[str]], question: str) -> list[re.Match[str]]:
    """The figures but those the question itself states (50万元 of 收入超过50万元的村有几个): what describes the
    counted things is never their count; `matches` unchanged when every figure is the question's."""
    squashed = re.sub(r"\s", "", question)
    return [m for m in matches if re.sub(r"\s", "", m.group(0)) not in squashed] or matches


PART_CLAUSE = re.compile(r"[，,]?其中[^，,；;。？?]*")
STATED_PART = re.compile(r"其中[^。；;\n]*?\d")  # 其中留置案件2件: an answer stating a 其中 figure


def compared_measures(questions: list[str], answers: list[Answer]) -> list[str]:
    """The questions whose answers' figures are compared: as asked when every answer found states the 其中 part
    asked, else without it (a period whose report states no such part is compared whole with whole, never with
    the other period's part)."""
    if not any(PART_ASKED.search(q) for q in questions):
        return questions
    if all(STATED_PART.search(a.text) for a in answers if not a.refused):
        return questions
    return [PART_CLAUSE.sub("", q) or q for q in questions]


# 2023年度民主生活会 / 2024年度组织生活会: a year's meeting (held early the next year), told apart by its year.
EVENT_OF_YEAR = re.compile(rf"((?:19|20)\d{{2}})\s*年度?(?:的)?{MEETING_MODIFIER}(民主生活会|组织生活会|民主评议|述职)")


def of_another_event(question: str, sentence: str) -> bool:
    """The sentence tells of the same kind of yearly meeting as asked, but of another year's (召开2023年度民主生活会
    for 2022年度民主生活会是哪天开的): it does not answer, however well it matches."""
    asked = set(EVENT_OF_YEAR.findall(question))
    kinds = {kind for _, kind in asked}
    said = {(year, kind) for year, kind in EVENT_OF_YEAR.findall(sentence) if kind in kinds}
    return bool(said) and not said & asked


def titles_another_event(title: str, years: set[str]) -> bool:
    """The document is the report of a yearly meeting of none of the years asked (a 2023年度民主生活会 report
    asked of 2022): a paragraph mentioning the 2022 meeting still tells this one's figures."""
    titled = {year for year, _ in EVENT_OF_YEAR.findall(title)}
    return bool(titled) and not titled & years


def tells_another_event(question: str, sentence: str, title: str) -> bool:
    """`of_another_event`, or a sentence naming no year asked in the report of another year's meeting (本次会议共
    查摆问题16条 in a 2023年度组织生活会 report, asked of the 2022 meeting)."""
    if of_another_event(question, sentence):
        return True
    years = {year for year, _ in EVENT_OF_YEAR.findall(question)}
    return bool(years) and titles_another_event(title, years) and not any(year in sentence for year in years)


# 参与人次160 / 场次4: a table cell read as its column header and its number (the unit is the header's end).
CELL = re.compile(rf"(?P<unit>{UNITS})(?P<num>\d+(?:\.\d+)?)(?=[，,。；;\s]|$)")


# 粉丝总数达到312万 / 粉丝（万）：完成338万: a count in 万 or 亿 with no measure word, compared in that scale
SCALED = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<unit>[万亿])(?=[，,。；;\s]|$)")


def cell_figures(text: str) -> list[tuple[float, str]]:
    """(value, unit) of each header-and-number cell of an answer that states no figure with its unit after it,
    else of each figure in 万 or 亿 said with no measure word."""
    cells = list(CELL.finditer(text)) or list(SCALED.finditer(text))
    return [(float(m.group("num")), m.group("unit")) for m in cells]


def relative_years(question: str, documents: list[DocRecord]) -> set[str]:
    """去年上半年 as the year it is for the organisation's documents (counted back from its newest one)."""
    return {str(year) for year in with_relative_years(question, asked_period(question), documents).years}


# 四、下一步工作打算 / 二、下半年计划: a report's section about what comes after the period it reports on.
PLAN_SECTION = re.compile(r"打算|计划|下一步|思路|努力方向")
PLAN_TITLE = re.compile(r"要点|计划|打算|方案|安排")
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(上半年|下半年)?")


def plan_section_year(section_path: tuple[str, ...], title: str) -> str:
    """The year a report's plan section (下一步工作打算) is about: the next year after a year's report, the same
    year after a half's; "" for a plan's own sections, a section naming its year, or no plan section."""
    section = " ".join(section_path)
    titled = TITLE_YEAR.search(title)
    if not titled or not PLAN_SECTION.search(section) or PLAN_TITLE.search(title) or TITLE_YEAR.search(section):
        return ""
    return titled.group(1) if titled.group(2) == "上半年" else str(int(titled.group(1)) + 1)


def of_cohorts(sentence: str, at: int, section_path: tuple[str, ...], asked: set[str]) -> bool:
    """Whether a figure may be of the cohorts asked (2019届…多少人): the last cohort said before it in its
    sentence, else in its section, is one of them; a figure with none said may be (2018届…812人；2019届…798人:
    798 is the 2019 cohort's, 812 is not)."""
    said = COHORT.findall(sentence[:at]) or COHORT.findall(" ".join(section_path))
    return not said or squash(said[-1]) in asked
