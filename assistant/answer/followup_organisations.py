"""A follow-up that names another organisation: 换成X的呢 / 那X上半年呢 / X的Y呢 / 换成X2024年，评了几名….

The new organisation replaces the one the conversation was about (never glued to it, never read as the
thing counted); a period the turn names replaces the old one, a bare half-year (上半年) taking the old
year, which the organisation may not have (`Resolution.carried_period`: the pipeline then answers from
what it has). Which names are organisations the knowledge base knows comes from the document profiles
(`Organisations`); a name ending like an institution (局, 林场, 检察院 …) is one too, so that an
organisation the knowledge base lacks is refused as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.followup_turns import ENDING, Organisations, Resolution, Turn, conversation_holder, focus_of
from assistant.answer.periods import refined_period, with_period
from assistant.answer.question import (
    FOLLOW_END,
    FOLLOW_START,
    GENERIC_ORG,
    LEADING_ORG,
    PERIOD,
    ROLE,
    asks,
    slots_of,
)
from assistant.core.text import HALF
from assistant.core.words import tagged_words

# A unit of the organisation talked about (那外科党支部呢, 第二党小组呢) is no other organisation.
BRANCH_END = re.compile(r"(?:党支部|支部|党小组|党总支|党委|党组|中心组|委员会)$")
# What may follow an organisation named on its own: its period, 的, a comma, 呢 or nothing.
NAME_ENDS = re.compile(rf"$|的|[，,？?。\s]|呢|{PERIOD.pattern}|\d")
PARTY_UNIT = re.compile(r"(?:机关)?(?:党总支|党支部|党委|党组|支部)")
WHO_ASKED = re.compile(r"谁|叫什么")
YEAR = re.compile(r"(?:19|20)\d{2}")
PERIOD_RUN = re.compile(rf"(?:{PERIOD.pattern})+")  # 今年上半年: a year and its half, said together
# 检察长是谁 / 站长是谁: the head of an institution, titled after its kind (检察院, 水文站)
HEAD_TITLE = re.compile(r"(?<![其副])([\u4e00-\u9fff]{1,2})长(?=是谁|叫什么|[？?]?$)")
PARTY_HEADS = ("组长", "部长")  # heads of Party bodies every organisation has
MANNER = r"(?:带头|亲自|一共|共|都|还)?"
TOPIC_PAUSE = re.compile(r"^呢[，,\s]+")
# 检察院 / 公司 / 医院 said alone: an institution's kind (a Party body alone, 党委, is no organisation named)
LINK = re.compile(r"^[的，,\s]+|[的，,\s]+$")


def opening_organisation(text: str, organisations: Organisations) -> str:
    """The organisation `text` (a follow-up without its 那/换成) opens with: known to the knowledge base, or
    named like an institution of its own (县气象局, 红岭林场), not like a branch of one."""
    known = organisations(text)
    if known and text.startswith(known) and not GENERIC_ORG.match(known):
        unit = PARTY_UNIT.match(text, len(known))  # 白鹭湖水库党总支: the name with its Party unit
        return text[: unit.end()] if unit else known
    named = LEADING_ORG.match(text)
    if not named or GENERIC_ORG.match(named.group(0)) or is_branch(named.group(0)):
        return ""
    if not NAME_ENDS.match(text[named.end() :]):
        return ""  # 检查学校食堂: a name running on into a noun is no organisation named on its own
    words = tagged_words(named.group(0))
    return "" if words and words[0][1] in ("v", "vn") else named.group(0)  # 检查学校 opens with an act


def is_branch(name: str) -> bool:
    """外科党支部 / 第五党支部: a unit of the organisation talked about; not 柳塘卫生服务中心党支部, the branch of
    an institution named with it."""
    stem = BRANCH_END.sub("", name)
    return stem != name and not LEADING_ORG.fullmatch(stem)


def on_other_organisation(
    text: str, last: Turn, organisations: Organisations, swap: Callable[[str, Turn], Resolution]
) -> Resolution | None:
    """The turn asked of another organisation, or None when it names none (or the one talked about). `swap`
    replaces a topic the turn names too (followup.on_swap)."""
    lead = FOLLOW_START.match(text)
    rest = text[lead.end() :] if lead else text
    organisation = opening_organisation(rest, organisations)
    before = last.holder or conversation_holder(last)
    if not organisation or not before or organisation in before or before in organisation:
        return None
    rest = LINK.sub("", rest[len(organisation) :])
    said = PERIOD_RUN.match(rest)
    period, carried = period_for(said.group(0) if said else "", last.slots.period)
    if carried and not YEAR.search(carried) and not organisations.covers(organisation, period):
        # 上半年 carried to an organisation with annual reports only: what it has. (A year it lacks stays
        # carried: the scope refuses it, and the pipeline answers from what it has, saying so.)
        period, carried = "", ""
    asked_before = PERIOD_RUN.search(last.question)  # 今年上半年: the slot keeps only its year
    period = year_of_the_half(period, asked_before.group(0) if asked_before else "", organisation, organisations)
    after = rest[said.end() :] if said else rest
    paused = TOPIC_PAUSE.match(after)  # 仁和医院呢，党员多少: the organisation first, then the question
    own = LINK.sub(
        "", ENDING.sub("", FOLLOW_END.sub("", after[paused.end() :] if paused else after)).removesuffix("呢")
    )
    if asks(own) and not (lead or said or paused):  # 河运处的突击队出动了多少人次: a question of its own, as said
        return Resolution(text)
    if asks(own):  # 换成应急局24年，评了几名优秀共产党员: a question of its own, in that scope
        return Resolution(f"{organisation}{period}{own}", carried_period=carried)
    if not (lead or text.rstrip("？?。 ").endswith("呢")):
        return None  # 青峰县检察院的材料: no follow-up
    question = moved_question(last.question, before, organisation, period)
    asked_who = any(own in t.question and WHO_ASKED.search(t.question) for t in last.conversation)
    if ROLE.fullmatch(own) and (asked_who or not ROLE.search(question)):
        # X的书记呢 after 书记是谁 (or a count naming no role): who holds it there
        return Resolution(f"{organisation}{period}的{own}是谁", carried_period=carried)
    if own and own not in question:  # 换成红岭林场2024年的党员大会呢: the topic swapped too
        swapped = swap(own, replace(last, question=question))
        if organisation not in swapped.question:  # the topic found in an earlier turn, of the old organisation
            swapped = replace(swapped, question=moved_question(swapped.question, before, organisation, period))
        return replace(swapped, refers_back=False, same_organisation=False, anchor="", carried_period=carried)
    counterpart = role_counterpart(question, before, organisation, last)
    if counterpart:  # 检察长是谁 -> 换成烟草公司的呢: no 检察长 there; who did what the 检察长 was asked about
        return Resolution(f"{organisation}{period}{counterpart}", carried_period=carried)
    focus = focus_of(last.subset) if last.subset else ""
    return Resolution(f"{ENDING.sub('', question)}？", focus, last.subset, carried_period=carried)


def role_counterpart(question: str, before: str, organisation: str, last: Turn) -> str:
    """谁讲了党课, for 检察长是谁 moved from 县检察院 to a company after 其中检察长讲了几次: a head's title made of
    the old organisation's kind (检察长 of 检察院, 校长 of 学校, 站长 of 水文站) has no holder in another kind,
    so the question asks who did the act the conversation asked of that title; "" when it is no such title
    or no act was asked of it."""
    title = HEAD_TITLE.search(question)
    if not title or title.group(0).endswith(PARTY_HEADS) or title.group(1)[-1] in organisation:
        return ""  # a 组长 is found anywhere; a 检察长 in another 检察院 too
    for turn in reversed(last.conversation):
        stems = "|".join(re.escape(t) for t in (title.group(1), title.group(1)[-1]))  # 年站长: 站长
        act = re.search(rf"(?:{stems})长{MANNER}([\u4e00-\u9fff]{{1,2}}?)了?(?:几|多少)", turn.question)
        if act and turn.counted:
            return f"谁{act.group(1)}了{turn.counted}"
    return ""


def period_for(said: str, before: str) -> tuple[str, str]:
    """(the period asked, the part of it carried from the conversation): 上半年 after 2024年 is 2024年上半年,
    of which 2024年 was carried; a year the turn names is taken as it is."""
    if not said:
        return before, before
    period = refined_period(said, before) if not YEAR.match(said) else said
    carried = period.removesuffix(said) if period.endswith(said) and period != said else ""
    return period, carried


BARE_YEAR = re.compile(r"(?:(?:19|20)\d{2}年|今年|去年|前年)")


def year_of_the_half(period: str, before: str, organisation: str, organisations: Organisations) -> str:
    """去年呢 after 今年上半年 keeps the half (去年上半年) where the organisation reports on it; where it has only
    the whole year's report, the year is asked whole (去年全年), not refused for a half it never reports."""
    half = HALF.search(before)
    if not half or not BARE_YEAR.fullmatch(period):
        return period
    if organisations.covers(organisation, period + half.group(0)) or not organisations.covers(organisation, period):
        return period
    return f"{period}全年"


def moved_question(question: str, before: str, organisation: str, period: str) -> str:
    """The last question asked of `organisation` in `period` (its own organisation and period replaced)."""
    holder = slots_of(question).holder
    old = holder if holder and holder in question else before
    moved = question.replace(old, organisation, 1) if old in question else f"{organisation}{question}"
    old_period = PERIOD.search(moved)
    if not period:  # a period the organisation has none of: asked of what it has
        return moved.replace(old_period.group(0), "", 1) if old_period else moved
    if not old_period and moved.startswith(organisation):  # 粮库今年上半年…: the period after whose
        return f"{organisation}{period}{moved[len(organisation) :]}"
    return with_period(moved, period)
