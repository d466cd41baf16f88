"""Whether a figure is of the period a count question asks: the years said up to it, in its paragraph, section or
title; a half or a quarter said of it; a year before or after its document's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import AskedQuantity, answers
from assistant.answer.fact_plans import RECALLED_OPENING, recalled_sentences
from assistant.answer.fact_states import STATED
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.period_figures import period_of_clause, plan_section_year, titles_another_event
from assistant.core.text import HALF, TITLE_REF, YEAR_PART
from assistant.index.knowledge_base import DocRecord
from assistant.search.periods import ANNUAL_EVENT
from assistant.search.terms import TIME_WORDS

YEAR_OF = re.compile(r"((?:19|20)\d{2})\s*年")  # 2024年, not 2000余份

# 截至2024年4月底: the day a 2023 report's figures were taken, not the period they belong to.
STATUS_DATE = re.compile(r"(?:截至|截止|到)(?:19|20)\d{2}\s*年[^，,。；;]{0,8}?(?:底|末|止|为止|日|号)")


def of_years(fact: NumericFact, years: set[str]) -> bool:
    """Whether a figure may belong to the years asked: the years said up to its clause (2024年，拟发展…)
    or in its section (2025年工作计划), else the first year of its title (a 2024年总结及2025年计划 reports
    2024); a figure with no year may. A year after the clause is about something else (完成两个支部换届，
    另一个推迟至2024年)."""
    # 制定《2021年度…清单》，明确了52项: a year in a title names that document, not when the figure was reached
    said = TITLE_REF.sub("", STATUS_DATE.sub("", said_up_to(fact)))
    if cell := YEAR_OF.match(STATUS_DATE.sub("", period_of_clause(fact.sentence, fact.span[0]))):
        return cell.group(1) in years  # 2024年上半年参与人次160，2025年上半年参与人次300: each cell its own year
    if own := set(YEAR_OF.findall(said)):
        return bool(own & years)
    # 2024年，支部开展主题党日12次。全年发展党员1名。: the year opening a paragraph holds for its sentences,
    # also under a plan's heading (2025年工作要点 › 2024年，全乡…)
    paragraph = next((line for line in fact.chunk.text.split("\n") if fact.sentence in line), "")
    if set(ANNUAL_EVENT.findall(paragraph)) & years and not titles_another_event(fact.chunk.doc_title, years):
        return True  # 2024年2月1日，支部召开2023年度组织生活会…共查摆问题27条: of the 2023 meeting
    opening = RECALLED_OPENING.match(paragraph)
    if opening and fact.sentence in recalled_sentences(fact.chunk):
        return opening.group(1) in years
    if own := set(YEAR_OF.findall(" ".join(fact.chunk.section_path))):
        return bool(own & years)
    planned = plan_section_year(fact.chunk.section_path, fact.chunk.doc_title) if fact.is_plan else ""
    if planned:  # 四、下一步工作打算 › 拟发展党员4名 of a 2024 report: the 2025 plan (存在问题：… is of 2024)
        return planned in years
    titled = YEAR_OF.search(fact.chunk.doc_title)
    return titled is None or titled.group(1) in years


STANDING = re.compile(r"每年|每半年|每季度?|每月|年均")


def is_standing(fact: NumericFact, asked: AskedQuantity) -> bool:
    """每年安排党建工作经费不少于8万元: a minimum set for every year answers 每年安排多少 (said with its 不少于)."""
    return bool(STANDING.search(fact.clause)) and answers(fact, replace(asked, bound=True))


def of_part_of_year(fact: NumericFact) -> bool:
    """A figure its clause or its section says of a half or a quarter (下半年拟完成加装电梯2部, 第二季度工作安排 ›
    计划召开党委会不少于5次), not of the whole year."""
    said = YEAR_PART.search(fact.clause) or YEAR_PART.search(" ".join(fact.chunk.section_path))
    return bool(said) and "全年" not in fact.clause


def documents_of_whole_years(documents: list[DocRecord], half: str) -> set[str]:
    """The documents of no period of the half or quarter asked (a year's report): their figures are the year's."""
    return {d.doc_id for d in documents if half and not any(p.half == half for p in d.profile.periods)}


def names_part(fact: NumericFact, half: str) -> bool:
    """The figure's row, section or words up to it name the half or quarter (四季度 of 第四季度 too)."""
    said = f"{fact.row}{' '.join(fact.chunk.section_path)}{said_up_to(fact)}"
    return half.removeprefix("第") in said


def of_later_year(fact: NumericFact) -> bool:
    """A figure of a year after the one its document's title names (a 2025年度 report's 2026年工作打算 ›
    新建示范点3个): a half asked with no year is a half of the document's own year."""
    titled = YEAR_OF.search(fact.chunk.doc_title)
    return bool(titled) and not of_years(fact, {titled.group(1)})


def of_earlier_year(fact: NumericFact) -> bool:
    """A figure of a year before the document's (2022年度…12条问题 in a 2023 report): recalled for
    comparison, never the answer to a question that names no year. (Later years are 截至 dates or plans.)"""
    titled = YEAR_OF.findall(fact.chunk.doc_title)
    own = YEAR_OF.findall(said_up_to(fact))
    return bool(titled and own) and max(own) < min(titled)


def said_up_to(fact: NumericFact) -> str:
    """The words whose years are the figure's: its sentence up to its clause; for the done or open part of a
    whole (对2024年度查摆的12个问题，截至6月底已整改9个) only its own clause, as the year said with the whole
    is when the items were found, not when their state was taken."""
    if fact.parent is not None and fact.qualifiers & STATED:
        return fact.clause
    return fact.sentence[: fact.sentence.find(fact.clause) + len(fact.clause)]


def of_other_half(periods: list[str], clause: str) -> bool:
    """The clause names only a period the question does not ask: the other half or the whole year (上半年完成64,
    全年目标3000 for 下半年计划签多少)."""
    asked = {p for p in periods if HALF.fullmatch(p)}
    said = set(HALF.findall(clause)) | ({"全年"} & set(TIME_WORDS.findall(clause)))
    return len(asked) == 1 and bool(said) and not said & asked
