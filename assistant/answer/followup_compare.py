"""Follow-ups that compare or add figures of the conversation: 和上半年比多了多少 (`on_periods`), 差了几个
and 比计划多了几名 (`on_gap`), 一共呢 / 两家加起来 (`on_total`). Each figure is asked on its own and cited; only
their difference or sum is computed (answer.periods)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.asked_quantity import TOTAL_ASKED, read_asked
from assistant.answer.followup_turns import ENDING, Resolution, Turn, topic_turn, topic_words, whole_and_part, whole_of
from assistant.answer.periods import (
    SLOT,
    PeriodsAsked,
    asks_only_a_gap,
    asks_only_a_total,
    in_year_of,
    refined_period,
    with_modality,
    with_period,
    without_change_words,
)
from assistant.answer.plan_gaps import asks_gap_to_plan, done_period_of_gap, plan_period_of_gap, planned_version
from assistant.answer.question import MODALITY, PERIOD, QUANTITY_WORD, actor_of, asks, asks_quantity, is_thin, slots_of
from assistant.core.text import QUARTER

Resolver = Callable[[str, Turn], Resolution]
# 和去年比呢 after a plan figure: the other period as done (a plan is compared with what was).
COMPARED_MODALITY = re.compile(r"原计划|计划|拟|目标")
SELF_NAMED = re.compile(rf"{NAME}(?=本人|自己)")  # 马文斌本人讲了几次
SELF_POST = re.compile(rf"[^，,？?\d]{{0,10}}?(?:{ROLES})(?=本人|自己)")  # (宏达公司)支部书记本人讲了几次
# 计划和实际各多少 / 实际与目标分别是多少: the topic of the conversation asked both ways.
BOTH_MODALITIES = re.compile(
    r"(?:原?计划|目标)数?(?:和|与|及|、|跟|同)实际(?:数)?|实际数?(?:和|与|及|、|跟|同)(?:原?计划|目标)(?:数)?"
)
BARE_MORE = re.compile(r"^[多少](?=了?(?:几|多少))")  # 多几个 / 少了多少: which way, not what
EACH = re.compile(r"(?:各自|各|分别)(?:是|为|有)?")


def on_periods(asked: PeriodsAsked, last: Turn | None, resolve: Resolver) -> Resolution | None:
    """和上半年比，全年多收了多少 / 2024年和2025年上半年各开了几次 / 对比两年…: one question per period, the
    first answered as the turn's own, the others compared with it; what is compared is the latest turn
    the words are about ("多收了多少" is about the turn that asked 党费收了多少, not the one after it)."""
    if asked.both_named:
        questions = [asked.rest.replace(SLOT, period) for period in asked.periods]
        questions = [resolve(q, last).question if last else q for q in questions]
        # 2024年和2025年上半年一共装了多少: the two figures added, not compared
        return Resolution(questions[0], compared=tuple(questions[1:]), summed=bool(TOTAL_ASKED.search(asked.rest)))
    if last is None:
        return None
    topic = topic_turn(BARE_MORE.sub("", without_change_words(asked.rest)), last) or last  # 多几个 names no topic
    plain = is_thin(asked.rest) or not asks(asked.rest)
    base = ENDING.sub("", whole_and_part(topic) if plain else resolve(asked.rest, topic).question)
    quarter = QUARTER.search(base)
    if quarter and asked.periods and all(QUARTER.fullmatch(p) for p in asked.periods):
        # 和第三季度比多了多少 after 志愿服务第四季度多少人次: the same figure of the other quarter
        other = f"{base[: quarter.start()]}{asked.periods[0]}{base[quarter.end() :]}"
        return Resolution(f"{base}？", compared=(f"{other}？",)) if other != base else None
    named = PERIOD.search(asked.rest)
    current = refined_period(named.group(0), topic.slots.period) if named else slots_of(base).period
    periods = [in_year_of(p, current) for p in asked.periods] or [
        p for p in dict.fromkeys(t.slots.period for t in periods_talked_about(asked, last)) if p and p != current
    ][:1]
    if not current or not periods or current in periods or not asks_quantity(base):
        return None  # a figure is compared; other questions of another period are follow-ups of their own
    # The other period as asked before in the conversation (its plan or its actual figure), else as done.
    asked_before = topic_turn(asked.rest, last, periods[0])
    if asked_before and asked_before.subset and "其中" not in base:  # the whole then, not its 35岁以下 part
        asked_before = next(
            (t for t in reversed(asked_before.conversation) if t.slots.period == periods[0] and not t.subset), None
        )
    if asked_before and not topic_words(whole_and_part(asked_before)) & topic_words(base):
        asked_before = None  # 家访 now, 主题党日 then: the same topic is asked of the other period
    if asked_before and "其中" in base and "其中" not in whole_and_part(asked_before):
        asked_before = None  # 35岁以下的 now, all members then: the same part is asked of the other period
    if asked_before:
        other = whole_and_part(asked_before)
    elif COMPARED_MODALITY.search(asked.rest) and not asked.other_done:  # 比全年计划还差几名: its plan, as said
        other = with_modality(with_period(COMPARED_MODALITY.sub("", base), periods[0]), "计划")
    else:
        other = COMPARED_MODALITY.sub("", with_period(base, periods[0]))
    return Resolution(f"{with_period(base, current)}？", compared=(f"{ENDING.sub('', other)}？",), summed=asked.total)


def periods_talked_about(asked: PeriodsAsked, last: Turn) -> list[Turn]:
    """The turns whose periods 两期加起来 / 对比两年 mean, latest first: a plan's period (2025年计划多少场) is never
    added to figures done (两期加起来), unless the turn asks of plans itself; compared, it stays a plan."""
    turns = list(reversed(last.conversation))
    if not asked.total or COMPARED_MODALITY.search(asked.rest):
        return turns
    return [t for t in turns if not COMPARED_MODALITY.search(t.slots.modality)]


def on_gap(text: str, last: Turn) -> Resolution | None:
    """差了几个 after 计划发展多少 and 实际完成了多少: the last figure compared with the one asked before it of
    another period or of the plan (the difference is computed from the two cited answers)."""
    if asks_gap_to_plan(text):  # 离2025年全年计划还差几名: the plan of the period it names, if it names one
        return on_plan_gap(last, plan_period=plan_period_of_gap(text))
    period = done_period_of_gap(text)
    if period:  # 上半年离这个目标还差多少 after 全年的目标是多少: that half's figure against the plan
        return on_plan_gap(last, period)
    if not asks_only_a_gap(text):
        return None
    counted = [t for t in reversed(last.conversation) if asks_quantity(t.question) and not t.refused]
    if not counted:
        return None
    latest = counted[0].slots
    differing = [t for t in counted[1:] if (t.slots.period, t.slots.modality) != (latest.period, latest.modality)]
    # The turn just before, else an earlier one of the same organisation and topic (计划发展几名 after 加起来是多少
    # is compared with what that organisation did, not with the other organisation's figure).
    other = next(
        (
            t
            for t in differing
            if same_holder(t.slots.holder, latest.holder)
            and (t is differing[0] or topic_words(t.question) & topic_words(counted[0].question))
        ),
        None,
    )
    if other is None:
        return None
    return Resolution(counted[0].question, compared=(other.question,))


def same_holder(one: str, other: str) -> bool:
    """交通局 and 交通局机关党委 are one organisation; a turn naming none is the conversation's."""
    return not one or not other or one in other or other in one


def on_total(text: str, last: Turn) -> Resolution | None:
    """一共呢 / 两家加起来多少党员 after two figures of different things or organisations: their sum (a 其中 part
    is never added to its whole, so parts are not taken)."""
    if not asks_only_a_total(text):
        return None
    holder = last.slots.holder
    after_holder = len(holder) if holder and last.question.startswith(holder) else 0
    named = SELF_NAMED.search(last.question) or SELF_POST.match(last.question, after_holder)
    actor = named.group(0) if named else actor_of(last.question) if asks_quantity(last.question) else ""
    if actor:  # 一共呢 after 他自己讲了几次党课: everyone's, not one actor's
        everyone = re.sub(rf"{re.escape(actor)}(?:本人|自己)*", "", ENDING.sub("", last.question), count=1)
        asked = QUANTITY_WORD.search(everyone)
        return Resolution(f"{everyone[: asked.start()]}一共{everyone[asked.start() :]}？", refers_back=True)
    wholes = [t for t in reversed(last.conversation) if asks_quantity(t.question) and not t.refused and not t.subset]
    if len(wholes) < 2 or wholes[0].question == wholes[1].question:
        return None
    families = {read_asked(t.question).family for t in wholes[:2]} - {None}
    if len(families) > 1:
        return None  # 讲了几次党课 and 有多少党员 make no total
    added = [wholes[0], wholes[1], *same_count_run(wholes)]
    return Resolution(wholes[0].question, compared=tuple(t.question for t in added[1:]), summed=True)


def same_count_run(wholes: list[Turn]) -> list[Turn]:
    """一共呢 after 书记讲了几次党课 / 支队长呢 / 各支部书记呢: the earlier turns (beyond the last two) that asked
    the same count of the same period of someone else, for as long as the conversation kept asking it."""

    def asked_count(turn: Turn) -> tuple[str, str]:
        question = ENDING.sub("", turn.question)
        asked = QUANTITY_WORD.search(question)
        return (question[asked.start() :] if asked else question, turn.slots.period)

    first = asked_count(wholes[0])
    if asked_count(wholes[1]) != first:
        return []
    run = []
    for turn in wholes[2:]:
        if asked_count(turn) != first or turn.question in {t.question for t in (*wholes[:2], *run)}:
            break
        run.append(turn)
    return run


def on_plan_gap(last: Turn, period: str = "", plan_period: str = "") -> Resolution | None:
    """The last figure asked (done or planned) against its counterpart: the turn that asked it of the other
    modality on the same topic, else the same question asked the other way (计划开展义诊多少场 -> 开展义诊多少场).
    With `period` (上半年离这个目标还差多少), what was done is that period's figure; with `plan_period`
    (离2025年全年计划还差几名), the plan is that period's."""
    counted = [t for t in reversed(last.conversation) if asks_quantity(t.question) and not t.refused]
    if not counted:
        return None
    latest = counted[0]
    planned = bool(COMPARED_MODALITY.search(latest.slots.modality))
    if period and not planned:
        return None  # 上半年离目标还差多少 after a figure done: which plan is meant is not said
    done_period = refined_period(period, latest.slots.period) if period else ""
    other = next(
        (
            t
            for t in counted[1:]
            if bool(COMPARED_MODALITY.search(t.slots.modality)) != planned
            and same_holder(t.slots.holder, latest.slots.holder)
            and topic_words(t.question) & topic_words(latest.question)
            and (not done_period or t.slots.period == done_period)
            and (not plan_period or t.slots.period == refined_period(plan_period, latest.slots.period))
        ),
        None,
    )
    if other is None and plan_period and not planned:
        question = with_period(planned_version(latest.question), refined_period(plan_period, latest.slots.period))
    elif other is not None:
        question = other.question
    elif done_period:
        question = with_period(COMPARED_MODALITY.sub("", latest.question), done_period)
    elif planned:
        question = COMPARED_MODALITY.sub("", latest.question)
    else:
        question = planned_version(latest.question)
    done, plan = (question, latest.question) if planned else (latest.question, question)
    return Resolution(done, compared=(plan,))


def on_both_modalities(text: str, last: Turn) -> Resolution | None:
    """计划和实际各多少 after a figure (or 换成X呢 in the same message): what was done, compared with what was
    planned, each asked of the topic talked about and cited on its own."""
    both = BOTH_MODALITIES.search(text)
    if not both or not asks_quantity(text) or not asks_quantity(last.question):
        return None
    if not is_thin(EACH.sub("", text.replace(both.group(0), ""))):
        return None  # 发展党员计划和实际各多少 names its own topic
    done = ENDING.sub("", MODALITY.sub("", whole_of(last), count=1))
    return Resolution(f"{done}？", compared=(f"{ENDING.sub('', planned_version(done))}？",))
