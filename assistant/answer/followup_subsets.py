"""其中Y asked after a whole, said or left unsaid (女的有几个 after 有多少名党员): the part of the last turn's whole,
from the same documents; a part counted in a measure of its own is asked on its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.followup_money import money_part_apart
from assistant.answer.followup_turns import (
    ENDING,
    Resolution,
    Turn,
    conversation_holder,
    focus_of,
    whole_asked,
    whole_of,
)
from assistant.answer.followup_units import organisation_of_branches
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, UNITS
from assistant.answer.periods import refined_period, with_period
from assistant.answer.question import FOLLOW_END, PERIOD, QUANTITY_WORD, asks, asks_quantity, context_of
from assistant.core.words import tagged_words

OWN_WHOLE = re.compile(
    r"^(?:那)?([^，,？?的]{2,10}?)(?:里面|当中|之中|里|中)的?[^，,？?]{1,8}的(?:有|是|占)?(?:多少|几)"
)

IMPLICIT_SUBSET = re.compile(r"^[^，,？?、的]{1,10}的(?:有|是|占)?(?:多少|几)")

# 都有哪些支部 / 这些支部都叫啥: the things themselves asked for, by name (a 其中 after it picks one of them)
NAMES_ASKED = re.compile(r"哪些|哪几|都有(?:谁|哪)|叫(?:啥|什么)|(?:名称|名字)(?:是|有)")

COUNTERS = frozenset(
    {"个", "名", "位", "人", "项", "件"}
)  # general counters: a part in another of them is still a share


def is_implicit_subset(text: str, last: Turn) -> bool:
    """其中 left unsaid: 女的有几个 / 女党员有多少 after 有多少名党员 asks for a part of that whole."""
    if not QUANTITY_WORD.search(last.question) or last.refused:  # no part of a whole that was not found
        return False
    whole = OWN_WHOLE.match(text)
    if whole and whole.group(1) not in last.question:  # 学生竞赛获奖里国家级的几项: a part of the whole it names
        return False
    if IMPLICIT_SUBSET.match(text):
        return True
    asked = QUANTITY_WORD.search(text)
    thing = re.sub(r"[有是共]+$", "", text[: asked.start()]) if asked else ""
    whole = last.slots.counted
    return bool(whole) and thing.endswith(whole) and thing != whole and len(thing) <= len(whole) + 6


def on_subset(subset: str, last: Turn, within_question: bool = False) -> Resolution:
    """其中Y: Y of the last turn's whole, from the same documents (a later part is not held to the
    documents of the first part's answer: it names the whole itself)."""
    subset = FOLLOW_END.sub("", subset).removesuffix("呢")
    base = whole_of(last)
    named = PERIOD.match(subset.strip())
    if named:  # 2024年35岁以下的有多少 after 2023年有多少党员: a part of that period's whole
        subset = subset.strip()[named.end() :]
        base = with_period(base, refined_period(named.group(0), last.slots.period))
    if not asks(subset):
        subset += "是多少" if QUANTITY_WORD.search(base) else "呢"
    focus = focus_of(subset)
    money = money_part_apart(subset, base)
    if money:  # 其中上级补助多少钱 after 村道修了多长: of what the road cost, not a share of its length
        return Resolution(f"{money}？", focus=focus, subset=subset, refers_back=not within_question)
    own_unit = counted_apart(subset, last)
    if own_unit:  # 其中加装电梯多少部 after 办实事项目几项: elevators are no 项, counted on their own
        return Resolution(f"{own_unit}？", focus=focus, refers_back=not within_question)
    if asks_quantity(subset) and NAMES_ASKED.search(base) and not QUANTITY_WORD.search(base):
        # 其中B支部有多少党员 after 都有哪些支部: one of the things listed, counted on its own, not a share of a list
        scope = f"{organisation_of_branches(last)}{last.slots.period}"
        return Resolution(f"{scope}{ENDING.sub('', subset)}？", focus=focus, refers_back=not within_question)
    if (
        QUANTITY_WORD.search(base)
        and not last.slots.counted
        and not re.search(r"的(?:有|是)?$", ENDING.sub("", context_of(subset)))
        and not ends_with_act(context_of(base))  # 经费花了多少 -> 其中阵地建设呢: not "经费花，其中…"
    ):
        # 总收入多少 -> 其中经营性收入呢: the part is a thing of its own, asked within the whole
        return Resolution(
            f"{context_of(base)}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question
        )
    return Resolution(f"{base}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question)


def counted_apart(subset: str, last: Turn) -> str:
    """其中加装电梯多少部 after 确定了几项办实事项目: a part counted in a measure of its own (部, not 项) is no
    share of the whole: asked of the whole's organisation and period; "" when it is a share."""
    asked = re.search(rf"(?:几|多少)({UNITS})", subset)
    unit = asked.group(1) if asked else ""
    whole = last.slots.unit
    if not unit or not whole or unit == whole or {unit, whole} <= COUNTERS:
        return ""
    if unit in COUNTERS and FAMILY_OF_UNIT.get(whole) == "person_time":
        return ""  # 其中谈话提醒几个 after 处理了几人次: people of those person-times, a share asked loosely

    if re.search(r"的(?:有|是)?$", subset[: asked.start()]):  # 参加的有多少人次: who took part in the whole's acts
        return ""
    return f"{conversation_holder(last)}{last.slots.period}{ENDING.sub('', subset)}"


def ends_with_act(phrase: str) -> bool:
    """党建经费花 / 支出: a context cut before its quantity word that ends on a verb."""
    words = tagged_words(phrase)
    return bool(words) and words[-1][1] == "v"


def turn_of_whole_act(text: str, last: Turn) -> Turn:
    """去年实际办了几期 after a turn about a 其中 part (其中线上的 → 线上的要求呢): the act the turn names (办) is the
    whole's — said by the turn that asked the whole, not by the part nor by the last turn — so the part is not
    carried: `last` without the part's words; else `last`."""
    acts = [w for w, tag in tagged_words(text) if tag.startswith("v") and w not in last.question]
    if not acts:
        return last
    for turn in reversed(last.conversation[:-1]):
        whole = whole_asked(turn)
        part = focus_of(turn.subset) if turn.subset else ""
        if whole and part and part in last.question and any(a in whole.question and a not in part for a in acts):
            return replace(last, question=last.question.replace(part, "", 1))
    return last
