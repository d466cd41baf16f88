"""Totals over two figures the conversation gave, the turn naming them by kind or by scope: 两家党员加起来一共多少
(the two organisations asked last), 两年一共呢 (the two periods asked last), 甲单位2024年和乙镇上半年加起来一共
几名 (two scopes, each asked what the conversation asked of it). Each figure is asked on its own and cited;
only their sum is computed (answer.periods)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.followup_organisations import opening_organisation
from assistant.answer.followup_pair_units import asked_of_each_unit
from assistant.answer.followup_turns import ENDING, Organisations, Resolution, Turn, whole_of
from assistant.answer.periods import with_period
from assistant.answer.question import MODALITY, ORG_SUFFIX, PERIOD, UNIT_SUFFIX, asks_quantity

SUM = re.compile(r"加起来|加在一起|合起来|一共|总共|合计|总计|共计")
# 两家 / 这两个单位 / 两个支部 / 两年 / 两个时期: which of the conversation's figures are added
PAIR = re.compile(rf"(?:这|那)?(?:两|俩)个?(家|单位|年|个?时期|期|{ORG_SUFFIX})")
BY_PERIOD = ("年", "时期", "个时期", "期")
# 两个加起来 / 这俩一共: the last two figures of the same thing, whatever set them apart (period or organisation)
BARE_PAIR = re.compile(r"(?:那|这)?(?:两|俩)(?:个|者|个数|个数字)?")
SCOPE_JOINER = re.compile(r"和|与|跟|加上|以及")
THING = re.compile(r"[\u4e00-\u9fff]{2,6}")
NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:和|与|跟|及)")  # 机关第一和第二两个支部
ASKING = re.compile(r"是|有|多少|几|[个名人项次件场位条]|呢|吗|[？?。！!\s]")


def on_pair_total(text: str, last: Turn, organisations: Organisations) -> Resolution | None:
    """The sum of two figures the turn points at, or None when it points at no two."""
    total = SUM.search(text)
    if not total:
        return None
    pair = PAIR.search(text[: total.start()])
    thing = THING.match(text[pair.end() : total.start()]) if pair else None
    thing = thing.group(0) if thing else ASKING.sub("", SUM.sub("", text[total.end() :]))  # 两家党员 / 一共有多少党员
    if BARE_PAIR.fullmatch(text[: total.start()].strip("，, ")):
        return summed(last_two(last, lambda t: f"{t.holder}|{t.slots.period}", ""))
    if pair:
        if NAMED_BEFORE.search(text[: pair.start()]):
            return None  # 机关第一和第二两个支部加起来: units the turn names itself, not the conversation's two
        key = (lambda t: t.slots.period) if pair.group(1) in BY_PERIOD else lambda t: t.holder
        pairs = last_two(last, key, thing)
        # 这俩支部加起来多少党员 after turns about two branches that counted something else: asked of each
        units = (
            [] if pairs or not UNIT_SUFFIX.fullmatch(pair.group(1)) else asked_of_each_unit(text[total.end() :], last)
        )
        # …of the documents the last answer cited: a branch's row there, not another report's mention of it
        return summed(pairs or units, refers_back=bool(units))
    asked = named_scopes(text[: total.start()], last, organisations)
    return summed(asked if all(thing in q for q in asked) else [])


def last_two(last: Turn, key: Callable[[Turn], str], thing: str) -> list[str]:
    """The wholes (not 其中 parts) the conversation last counted of two different organisations or periods,
    in the order they were asked; of `thing` when the turn names one (两家党员)."""
    picked: dict[str, str] = {}
    asked = ""  # the first pick's own words: 有多少党员 is no sum with 发展了几名党员
    for turn in reversed(last.conversation):
        whole = counted_whole(turn)
        if not whole or thing not in whole or not key(turn):
            continue
        own = ASKING.sub("", PERIOD.sub("", whole.removeprefix(turn.holder)))
        if asked and own != asked:
            continue
        asked = asked or own
        picked.setdefault(key(turn), whole)
        if len(picked) == 2:
            break
    return list(reversed(picked.values())) if len(picked) == 2 else []


def named_scopes(head: str, last: Turn, organisations: Organisations) -> list[str]:
    """甲单位2024年和乙镇上半年: for each scope, what the conversation last counted of its organisation, asked
    in the scope's own period."""
    scopes = [s.strip("，, ") for s in SCOPE_JOINER.split(head)]
    if len(scopes) != 2:
        return []
    asked = []
    for scope in scopes:
        organisation = opening_organisation(scope, organisations)
        period = PERIOD.search(scope[len(organisation) :]) if organisation else None
        said = period.group(0) if period else ""
        counted = [
            w for t in reversed(last.conversation) if organisation in t.question for w in [counted_whole(t)] if w
        ]
        # the figure of that period if it was asked, else the latest one done (not a plan)
        whole = next((w for w in counted if said and said in w), None) or next(
            (w for w in counted if not MODALITY.search(w)), ""
        )
        if not organisation or not whole:
            return []
        asked.append(with_period(whole, said) if said else whole)
    return asked


def counted_whole(turn: Turn) -> str:
    """The whole a turn counted (its 其中 part left out), as a question: as the turn that asked it put it, or
    with 有多少; "" for a refused or uncounted turn."""
    if turn.refused:
        return ""
    whole = ENDING.sub("", whole_of(turn))
    if asks_quantity(whole):
        return whole
    if not (turn.subset and asks_quantity(turn.question)):
        return ""
    holder = turn.holder if whole.startswith(turn.holder) else ""
    topic = whole[len(holder) :]  # 党员 of 河运处党员: asked before in the same words, perhaps of another organisation
    for earlier in reversed(turn.earlier):
        asked = ENDING.sub("", earlier.question)
        said = asked[len(earlier.holder) :] if asked.startswith(earlier.holder) else asked
        if not earlier.subset and said.startswith(topic) and asks_quantity(said):
            return f"{holder}{said}"
    return f"{whole}有多少"


def summed(questions: list[str], refers_back: bool = False) -> Resolution | None:
    if len(questions) != 2 or questions[0] == questions[1]:
        return None
    return Resolution(f"{questions[0]}？", compared=(f"{questions[1]}？",), summed=True, refers_back=refers_back)
