"""What was done set against its plan: "比计划多了几名" / "离目标还差多少" after figures of the conversation
(`asks_gap_to_plan`, answered in followup_compare), and a question naming what it compares, "石桥社区2024年吸收新党员
比计划多了几名" (`gap_questions`: the done and the planned question, each answered and cited on its own; only
their difference is computed, by answer.periods)."""

from __future__ import annotations

import re

from assistant.answer.periods import with_modality, with_period, without_change_words
from assistant.answer.question import MODALITY, PERIOD, is_thin, slots_of
from assistant.core.text import YEAR

# 比计划多了几名 / 比原计划少多少 / 离目标还差几名 / 和计划比差了多少: what was done against the plan.
AGAINST_PLAN = re.compile(
    r"(?:比|较|离|距离?|和|跟|与|同)?(?:这个|那个|这一|该)?(?P<period>(?:19|20)\d{2}年(?:度|全年)?|全年)?"
    r"(?:年度|年初|原定|原来的?|当初|上级下达的?)?"
    r"(?:原计划|计划|目标|任务)(?:数|值)?"
    r"(?:相比|比|的)?"
)
GAP_NOUN = re.compile(r"差距|缺口|差额")  # 距离目标还有多少差距
MORE_RIGHT_BEFORE = re.compile(r"(?<![多至])[多少](?=了?(?:几|多少))")  # 比计划多几名
# 发展党员比计划多了几名 / 实际比原计划少几次 / 离年度目标还差多少人次 / 上半年比全年计划还差几名: the thing is
# named before the comparison; the act after it stays (比计划多发展了几名).
NAMED_GAP = re.compile(
    r"(?:实际)?(?:比|较|离|距离?)(?P<period>(?:19|20)\d{2}年(?:度|全年)?|全年|[上下]半年)?"
    r"(?:年度|年初|原定|原来的?|当初)?(?:原计划|计划|目标|任务)(?:数|值)?(?:还)?(?:多|少|差|超出|超过|超)了?"
    r"(?=[\u4e00-\u9fff]{0,2}?了?(?:几|多少))"
    # 培训超了多少人次 / 超额完成了几个: a plan exceeded, which need not be named
    r"|(?:超额(?:完成)?了?|超出了|超过了|超了)(?=[\u4e00-\u9fff]{0,2}?(?:几|多少))"
)

# 发展党员任务，上半年干完以后还差几个 / 培训目标上半年做完还剩多少: the plan named with its thing, the done
# period after it, and what is left of it asked
TASK_LEFT = re.compile(
    r"(?:的|全年|年度)?(?:任务|计划|目标)[，,]?\s*(?P<mid>[^？?，,]{0,12}?)(?:以后|之后|后)?还(?:差|剩|剩下|有)(?=了?(?:几|多少))"
)
DONE_WORDS = re.compile(r"(?:干|做|搞|完成|落实)(?:完|了)*")


def asks_gap_to_plan(text: str) -> bool:
    """比计划多了几名 / 离目标还差多少: how far what was done is from the plan, naming nothing else."""
    without_plan = AGAINST_PLAN.sub("", text.strip())
    if without_plan == text.strip() or PERIOD.search(without_plan):
        return False  # 离全年计划还差几部: the plan's own period is no period the turn asks about
    rest = without_change_words(MORE_RIGHT_BEFORE.sub("", GAP_NOUN.sub("", without_plan)))
    return rest != without_plan and is_thin(rest)


def plan_period_of_gap(text: str) -> str:
    """离2025年全年计划还差几名: the period of the plan named ("" when the plan is named without one)."""
    match = AGAINST_PLAN.search(text)
    return match.group("period") or "" if match else ""


def done_period_of_gap(text: str) -> str:
    """上半年离这个目标还差多少: the period whose figure is set against the plan just given ("" when the turn
    opens with no period, or asks more than that gap)."""
    lead = PERIOD.match(text.strip())
    return lead.group(0) if lead and asks_gap_to_plan(text.strip()[lead.end() :]) else ""


def gap_questions(question: str) -> tuple[str, str] | None:
    """(what was done, what was planned) for a question naming the thing it sets against its plan, else None."""
    match = NAMED_GAP.search(question)
    if not match:
        return task_left(question)
    done = f"{question[: match.start()]}{question[match.end() :]}"
    if is_thin(done):
        return None  # 比计划多了几名 names nothing: the conversation's figures are compared (followup_compare)
    planned = planned_version(done)
    return done, with_period(planned, match.group("period")) if match.group("period") else planned


def planned_version(question: str) -> str:
    """The question asked of the plan: 计划 in place of 实际, after the period, or after whose it is."""
    if MODALITY.search(question) or PERIOD.search(question):
        return with_modality(question, "计划")
    holder = slots_of(question).holder
    return question.replace(holder, f"{holder}计划", 1) if holder else f"计划{question}"


def task_left(question: str) -> tuple[str, str] | None:
    """发展党员任务，上半年干完以后还差几个: (what the period named did, the plan of its year), else None."""
    match = TASK_LEFT.search(question)
    if not match:
        return None
    period = PERIOD.search(match.group("mid"))
    if DONE_WORDS.sub("", PERIOD.sub("", match.group("mid"))).strip():
        return None  # words of another thing between the plan and 还差: not what is left of it
    asked = f"{question[: match.start()]}{question[match.end() :]}"
    if is_thin(asked):
        return None
    year = YEAR.search(asked)
    year_said = f"{year.group(0)}年" if year else ""
    done = with_period(asked, f"{year_said}{period.group(0)}") if period else asked
    return done, with_period(planned_version(asked), f"{year_said}全年")
