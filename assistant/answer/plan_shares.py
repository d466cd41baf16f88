"""What share of its plan was done, asked in a clerk's words ("发展党员完成了计划的百分之多少", "培训的计划完成率是
多少"), when no document states the share itself: the done and the planned figure, each asked and cited on its
own (as `plan_gaps` does for a difference), and done ÷ planned computed from both. With only one of them stated
nothing is computed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.citations import CitationBook
from assistant.answer.fact_plans import PLAN_WORDS
from assistant.answer.numeric_fact import format_number
from assistant.answer.period_figures import TITLE_YEAR
from assistant.answer.periods import (
    PERIOD_RUN,
    RELATIVE_YEAR_SAID,
    Figure,
    compared_answer,
    main_figure,
    with_modality,
    with_period,
)
from assistant.answer.plan_gaps import planned_version
from assistant.answer.question import QUANTITY_WORD, is_thin
from assistant.core.schema import Answer, Citation
from assistant.core.text import YEAR, split_sentences

# 完成了计划的百分之多少 / 占年度计划的百分之几 / 计划完成率是多少 / 完成计划的几成
SHARE_OF_PLAN = re.compile(
    r"(?:完成|达到|占)了?(?P<year>年度|全年)?(?:原|年初)?(?:计划|目标)(?:任务|数)?"
    r"(?:的?(?:百分之(?:多少|几)|百分比是?多少|比例是?多少|几成)|的多少(?=[？?。！!\s]*$))"  # 完成全年目标的多少
    r"|(?:计划)?完成率(?:是|为|达到)?(?:多少|几)"
    r"|完成率(?=呢?[？?。！!\s]*$)"  # 完成率呢 said as a turn or a part of its own
)

# 完成年度计划1.6万吨的112.5% / 完成率46.2% (a target table's row rendered as a sentence): the share stated
STATED_SHARE = re.compile(
    r"(?:计划|目标)[^，,；;。]*?\d+(?:\.\d+)?\s*[%％]|完成率(?:为|是|达到?)?\d+(?:\.\d+)?\s*[%％]"
)
# 上半年 / 下半年 / 一季度: a part of a year, whose share is of the whole year's target, never of a half's plan
PART_OF_YEAR = re.compile(r"[上下]半年|[一二三四1-4]季度")


def share_questions(question: str) -> tuple[str, str] | None:
    """(what was done, what was planned) for a question asking the share of its plan done, else None."""
    match = SHARE_OF_PLAN.search(question)
    if not match:
        return None
    done = f"{question[: match.start()]}多少{question[match.end() :]}"
    planned = planned_version(done)
    if match.group("year"):  # 上半年…完成了全年目标的百分之多少: the half's figure against the year's plan
        planned = with_period(planned, "全年")
    # 计划家访多少户 asked first, then its share: the done question asks what was done
    return (with_modality(done, "实际") if PLAN_WORDS.search(done) else done), planned


def share_of_last(text: str, last_question: str) -> str | None:
    """完成了计划的百分之多少 after 实际完成家访多少户: the share asked of what the last turn counted, or None when
    the turn names a thing of its own or asks no share."""
    match = SHARE_OF_PLAN.search(text)
    asked = QUANTITY_WORD.search(last_question)
    if not match or not asked or not is_thin(f"{text[: match.start()]}{text[match.end() :]}"):
        return None
    share = "完成率是多少" if match.group(0) == "完成率" else match.group(0)  # 完成率呢: asked as a question
    return f"{last_question[: asked.start()].rstrip('了')}{share}？"  # 发展了几名: 发展完成了…


def of_done_period(questions: tuple[str, str], done: Answer) -> tuple[str, str]:
    """Both questions asked of the year the done figure is of, when they name none: a 2025 report's 年初计划
    answers the plan, not the same report's 2026年工作打算 (and the answer says 2025年 of both)."""
    if YEAR.search(questions[1]) or done.refused or not done.citations or done.citations[0].chunk is None:
        return questions
    titled = TITLE_YEAR.search(done.citations[0].chunk.doc_title)
    return tuple(in_year(q, f"{titled.group(1)}年") for q in questions) if titled else questions


def in_year(question: str, year: str) -> str:
    """The question asked of that year, its half or 全年 kept (上半年 → 2025年上半年)."""
    said = PERIOD_RUN.search(question)  # 今年上半年 said whole: 2025年上半年, not 2025年今年上半年
    part = RELATIVE_YEAR_SAID.sub("", said.group(0)) if said else ""
    return with_period(question, f"{year}{part}")


def plan_of_part(planned: str, ask: Callable[[str], Answer]) -> tuple[str, Answer]:
    """The plan asked and its answer. A plan of a half (上半年计划…) is one whose sentence says that half; else the
    whole year's target is the plan: a 上半年 report's 下半年打算 (力争完成…7项) is no plan of the half done, and
    a rate or a gap is of the whole target, never of the second half's plan."""
    answer = ask(planned)
    part = PART_OF_YEAR.search(planned)
    if not part or (not answer.refused and any(part.group(0) in cited_sentence(c) for c in answer.citations)):
        return planned, answer
    whole = planned.replace(part.group(0), "全年", 1)  # 2025年上半年计划 -> 2025年全年计划: the year kept
    answer = ask(whole)
    if any(PART_OF_YEAR.search(f"{c.section}{cited_sentence(c)}") for c in answer.citations):
        # a plan set for a half (下半年工作安排：拟组织…59场) is no year's target
        return whole, replace(answer, refused=True, citations=[])
    return whole, answer


def cited_sentence(citation: Citation) -> str:
    """The whole sentence a citation quotes from, else its quote."""
    if citation.chunk is None:
        return citation.quote
    return next((s for s in split_sentences(citation.chunk.text) if citation.quote in s), citation.quote).strip()


def stated_share(done: Answer) -> Answer | None:
    """The sentence of the done figure when it states the share itself (完成…1.8万吨，完成年度计划1.6万吨的112.5%),
    quoted: nothing is computed where the report says it."""
    for citation in done.citations:
        sentence = cited_sentence(citation)
        if citation.chunk is not None and STATED_SHARE.search(sentence):
            book = CitationBook()
            return Answer(f"{sentence.rstrip('。')}{book.cite(citation.chunk, sentence)}。", "count", book.citations())
    return None


def share_answer(questions: tuple[str, str], answers: list[Answer]) -> Answer | None:
    """The share the done figure's sentence states, else both answers side by side and done ÷ planned; None
    unless one of these is there (each answer stating one figure of the same unit)."""
    stated = stated_share(answers[0]) if not answers[0].refused else None
    if stated:
        return stated
    if any(a.refused for a in answers):
        return None
    done, planned = (main_figure(a, q) for q, a in zip(questions, answers))
    if not (isinstance(done, Figure) and isinstance(planned, Figure)) or done.unit != planned.unit or not planned.value:
        return None
    share = round(done.value / planned.value * 100, 1)
    answer = compared_answer(list(questions), answers)
    worked = f"{format_number(done.value)}{done.unit}÷{format_number(planned.value)}{planned.unit}"
    answer.text += f"\n完成计划的{format_number(share)}%（{worked}）。"
    answer.derived_numbers = {*answer.derived_numbers, share}
    return answer
