"""A follow-up that asks the last figure again of another period or the other way, planned or done.

"2025年计划装几部" after "…2024年加装了几部电梯" asks the plan of 2025 for the same thing; "2025年上半年装了几部"
after that plan asks what was done (装了: a new modality replaces the old one, it is not added to it);
"2025年计划多少" after "…示范课上了多少节" asks the plan of the same activity. The last question is asked
again with the turn's period and modality in place of its own, so that its words stay whole.
"""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import TOTAL_ASKED
from assistant.answer.followup_period_words import whole_year_if_uncovered
from assistant.answer.followup_turns import ENDING, Resolution, Turn, conversation_holder, whole_question
from assistant.answer.own_acts import counts_own_thing, names_own_activity
from assistant.answer.periods import refined_period, with_modality, with_period
from assistant.answer.question import (
    FOLLOW_START,
    INTERROGATIVE,
    MODALITY,
    PERIOD,
    QUANTITY_WORD,
    Slots,
    asks_quantity,
    slots_of,
)
from assistant.core.text import QUARTER, YEAR
from assistant.core.words import tagged_words

PLAN_WORD = re.compile(r"原计划|计划|规划|拟|目标|打算|准备")
# 装了几部 / 实际开了几次 / 已完成多少: what was done, said by the turn itself
DONE = re.compile(r"实际|已经?|(?<=[\u4e00-\u9fff])了(?=[^\u4e00-\u9fff]*(?:几|多少))|了(?=几|多少)")
# 现在有多少个 / 目前建了几个 after a plan: what there is now, as a report tells it (no plan's 全年 goes with it)
NOW = re.compile(r"现在|目前|眼下|如今|当前")
ACTS = frozenset({"发展", "吸收", "转正", "培训", "开展", "召开", "举办", "组织", "新建", "建成", "命名", "评选"})
FRAME = re.compile(r"[了过的呢吗啊是有共一总要都还再又？?。！!，,\s]")
# 要点里 / 计划中: the plan the last question was asked of, which tells nothing of what was done
PLAN_DOCUMENT = re.compile(r"(?:工作)?(?:要点|计划|规划|方案)(?:里面|里|中(?![心央])|上(?!半年))的?")  # not 计划中心组
SET_BY_PLAN = re.compile(
    r"(?:确|设|制|规)?定(?=的|了|是|[？?]|$)"
)  # 要点里定的目标: set by the plan, no act of its own
# 要新建 / 要搞: a plan said by 要 before its act (not 要求 / 要点 / 要是 / 重要)
INTENDED_ACT = re.compile(r"(?<![需重主只])要(?![求点是有])(?=[\u4e00-\u9fff])")
MAX_ACT = 3  # 装 / 完成 / 发展: a turn's own act is a verb, never a thing it names
LIGHT_VERBS = frozenset({"搞", "干", "做", "弄", "办"})  # 去年实际搞了多少场: doing whatever the last question did
PERFECTIVE_BEFORE_ASKED = re.compile(r"了(?=(?:几|多少))")


def asked_again(text: str, own: Slots, last: Turn) -> Resolution | None:
    """The last quantity question asked of the turn's period and modality, when the turn names nothing
    else (or only an act the last question names too: 装 of 加装); None otherwise."""
    rest = rest_of_turn(text)
    if len(rest) > 1 or TOTAL_ASKED.search(text) or not asks_quantity(text) or not asks_quantity(last.question):
        return None  # a turn naming a thing, an act of its own or a total is read by the other follow-ups
    modality = PLAN_WORD.search(text)
    now = NOW.search(text)
    done = (DONE.search(text) or now) and not modality
    if not (own.period or modality or done) or own.holder:
        return None
    asked_unit, last_unit = own.unit, last.slots.unit
    if asked_unit and last_unit and asked_unit != last_unit:
        return None  # 几名 after 几部: something else is counted
    # 要点里定的目标是多少 names where the plan is, which the elliptical reading would take for the thing asked
    plan_document = PLAN_DOCUMENT.search(text)
    # 计划是多少 after 疾控中心党支部2024年发展了几名党员: said whole by the elliptical reading; 今年目标是多少个
    # after 2024年评了几个: another year's plan, the last question asked again (its act kept before its thing)
    another_year = own.period and own.period != last.slots.period and modality
    if (
        not (rest or another_year)
        and last.holder
        and not (now or plan_document)
        and not QUARTER.search(text + last.question)
    ):
        return None
    question = ENDING.sub("", whole_question(last))  # 25年计划呢 after 其中35岁以下呢: of the whole
    asked = QUANTITY_WORD.search(question)
    if not asked or not acts_of_last(rest, question[: asked.start()]):
        return None
    quarter, asked_quarter = QUARTER.search(question), QUARTER.search(text)
    if quarter and (asked_quarter or own.period == "全年"):  # 全年计划开多少次 after 一季度开了几次
        period = asked_quarter.group(0) if asked_quarter else "全年"
        question = f"{question[: quarter.start()]}{period}{question[quarter.end() :]}"
    elif own.period:  # 2025年计划开多少次 after 2025年二季度开了几次: the whole year's
        whole_year = question[: quarter.start()] + question[quarter.end() :] if quarter else question
        question = with_period(whole_year, refined_period(own.period, last.slots.period))
        # 去年实际搞了多少场 after 今年下半年打算搞多少: last year's, when it has only a year's report
        question = whole_year_if_uncovered(question, own.period, conversation_holder(last), last)
    elif asked_quarter:  # 二季度实际开了几次 after 全年计划开几次: the quarter of that year
        question = in_quarter(question, asked_quarter.group(0))
    # 今年要新建几个 / 要点里…要搞多少场: a plan said by its document or by 要 as much as by a plan word
    plans_before = PLAN_WORD.search(question) or PLAN_DOCUMENT.search(question) or INTENDED_ACT.search(question)
    if modality:
        question = planned(question, modality.group(0))
    elif done and plans_before:  # 实际开了几次 after 要点里计划召开几次: what was done, told by a report
        question = without_plan_said(question)
        question = with_modality(question, "实际") if "实际" in text else without_plan(question)
        if now and not acts_before_asked(question):  # 现在有多少个 of a thing; of an act, what was done
            question = as_of_now(question, now.group(0))
        elif now:
            question = with_modality(question, "实际")
    elif not (own.period or asked_quarter):
        return None
    changed = own.period != last.slots.period or bool(asked_quarter) or bool(modality) != bool(plans_before)
    return Resolution(f"{question}？", refers_back=not changed, same_organisation=changed)


def rest_of_turn(text: str) -> str:
    """2025年计划装几部 -> 装: what the turn says besides its period, modality and the quantity asked."""
    rest = PERIOD.sub("", FOLLOW_START.sub("", text.strip()))
    for pattern in (PLAN_DOCUMENT, SET_BY_PLAN, QUARTER, PLAN_WORD, MODALITY, NOW, QUANTITY_WORD, INTERROGATIVE, FRAME):
        rest = pattern.sub("", rest)
    return rest


def acts_of_last(rest: str, asked_before: str) -> bool:
    """Nothing said, or a short act the last question says before its quantity (装 of 加装了)."""
    return not rest or rest in LIGHT_VERBS or (len(rest) <= MAX_ACT and rest in asked_before)


def planned(question: str, modality: str) -> str:
    """The question asked of a plan: the plan word after the period (or in place of 实际), no 了 of a done act."""
    with_plan = with_modality(question, "计划" if modality in ("打算", "准备", "规划") else modality)
    if with_plan == question:  # no period to place it after: before what is done
        holder = slots_of(question).holder
        with_plan = question.replace(holder, f"{holder}计划", 1) if holder else f"计划{question}"
    return PERFECTIVE_BEFORE_ASKED.sub("", with_plan)


def acts_before_asked(question: str) -> bool:
    """发展多少党员 / 召开几次: the last question counts what is done, not what there is."""
    asked = QUANTITY_WORD.search(question)
    words = tagged_words(question[: asked.start()]) if asked else []
    return bool(words) and (words[-1][1] == "v" or words[-1][0] in ACTS)


def as_of_now(question: str, now: str) -> str:
    """先锋岗全年多少个 -> 先锋岗现在有多少个: what there is now, not over the plan's whole year."""
    question = question.replace("全年", "", 1)
    asked = QUANTITY_WORD.search(question)
    if not asked:
        return question
    before = question[: asked.start()].rstrip("有")
    return f"{before}{now}有{question[asked.start() :]}"


def without_plan_said(question: str) -> str:
    """工作要点里“X”要搞多少场 -> “X”搞多少场: the document and the 要 that made the question one of a plan,
    left out when a turn asks what was done (a report tells it, not the plan)."""
    return INTENDED_ACT.sub("", PLAN_DOCUMENT.sub("", question), count=1)


def without_plan(question: str) -> str:
    """计划加装几部电梯 -> 加装几部电梯: the same question of what was done."""
    return PLAN_WORD.sub("", question, count=1)


def other_quarter(question: str, core: str) -> str | None:
    """那二季度呢 / 全年一共呢 / 全年计划呢 after …第一季度开了几次: the question of that quarter or of the
    whole year (planned, when the turn says so); None when the last question names no quarter."""
    quarter = QUARTER.search(question)
    swapped = TOTAL_ASKED.sub("", core).strip(" ，,的")
    plan = PLAN_WORD.search(swapped)
    period = PLAN_WORD.sub("", swapped).strip(" ，,的")
    if not quarter or not (QUARTER.fullmatch(period) or period == "全年"):
        return None
    said = question[: quarter.start()] + period + question[quarter.end() :]
    return planned(said, plan.group(0)) if plan else said


def in_quarter(question: str, quarter: str) -> str:
    """The question asked of a quarter: in place of 全年, after the year (2025年二季度), else where a period goes."""
    period = PERIOD.search(question)
    year = YEAR.match(period.group(0)) if period else None
    if not year:
        return with_period(question, quarter)
    return f"{question[: period.start()]}{year.group(0)}年{quarter}{question[period.end() :]}"  # 2025年全年 -> 2025年二季度


def done_before_plan(period: str, text: str, last: Turn) -> str:
    """健身器材更新了多少套 after 明年计划呢: nothing of next year is done yet, so a turn saying what was done is
    of the period the conversation asked before its plan turn; so is a thing of its own said done after a turn
    asking the year's plan (谈心谈话搞了多少 after 他今年打算讲几次党课: a report's own figures, not its plan's year,
    while 讲了几次 there asks how far the plan got); `period` otherwise."""
    if not DONE.search(text) or PLAN_WORD.search(text):
        return period
    quantity = QUANTITY_WORD.search(text)  # 走访慰问了 of 走访慰问了多少户: an act named by its verbs
    asked = text[: quantity.start()] if quantity else text
    own_thing = counts_own_thing(text, last.question) or names_own_activity(asked, last.question)
    after_plan = period == last.slots.period and bool(PLAN_WORD.search(last.question)) and own_thing
    if period != "明年" and not after_plan:
        return period
    done = next((t for t in reversed(last.conversation) if t.slots.period != period), None)
    return done.slots.period if done else ("" if period == "明年" else period)
