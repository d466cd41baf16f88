"""Units named in a follow-up: 那外科党支部呢 (a sibling of the unit asked about, under the same parent),
四个支部加起来呢 (their total), 那个支部的书记是谁 (the unit the last answer named)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.person_names import is_name
from assistant.answer.question import FOLLOW_START, LEADING_ORG, ORG_SUFFIX, PERIOD, Slots

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

ORG_END = re.compile(f"(?:{ORG_SUFFIX})$")
PARENT_END = re.compile(r"(?:院|局|公司|集团|村|镇|社区|学院|学校|党委|党总支|机关|中心)$")
PARENT_IN = re.compile(r".+(?:院|局|公司|集团|村|镇|社区|学院|学校|党委|党总支|机关|中心)(?=.)")


PARENT_IN = re.compile(r".+(?:院|局|公司|集团|村|镇|社区|学院|学校|党委|党总支|机关|中心)(?=.)")


def with_units_total(question: str, units: str, slots: Slots) -> str:
    """四个支部加起来呢: the units replace the one unit the last question asked about, and ask for their total."""
    suffix = ORG_END.search(units).group(0)
    after_context = question.find(slots.period) + len(slots.period) if slots.period else len(slots.holder)
    unit_end = question.rfind(suffix)
    if unit_end >= after_context > 0:  # 县纪委…2024年上半年第一党小组志愿服务… -> …三个党小组一共志愿服务…
        return f"{question[:after_context]}{units}一共{question[unit_end + len(suffix) :]}"
    parent = PARENT_IN.match(slots.holder) if slots.holder else None
    if parent:  # 中医院外科党支部有多少名党员 -> 中医院四个支部一共有多少名党员
        return question.replace(slots.holder, f"{parent.group(0)}{units}一共", 1)
    return f"{units}一共，{question}"


def sibling_unit(holder: str, unit: str) -> str:
    """中医院内科党支部 + 外科党支部 -> 中医院外科党支部: a unit of the same parent keeps the parent's name."""
    suffix = ORG_END.search(unit)
    if suffix is None:  # 东岭热电厂: an organisation of its own
        return unit
    name, own = holder.removesuffix(suffix.group(0)), unit.removesuffix(suffix.group(0))
    if holder.endswith(suffix.group(0)) and len(name) > len(own) and PARENT_END.search(name[: -len(own)]):
        return name[: -len(own)] + unit
    return unit


# 那个支部 / 这个村 / 该党小组: a unit the last answer named, pointed at by its kind.
POINTED_UNIT = re.compile(rf"(?:那个|这个|那一个|这一个|该)({ORG_SUFFIX})")
UNIT_NAME_CHARS = r"[^\s，,。：:；;、（）()“”《》〔〕\d的是为有在了和与及各每个全]"
GENERIC_UNIT = re.compile(r"^(?:下属|基层|所属|其他|其余|各|本级|该)")  # not 本科生第一党支部
TITLE = re.compile(r"《[^》]*》")
FIRST_STATEMENT = re.compile(r"[^〔]*")  # up to the first citation mark


WHICH = re.compile(r"哪")


def unit_pointed_at(question: str, answer: str, asked: str = "") -> tuple[str, str] | None:
    """(the question with the unit's name, the name) for 那个支部的书记是谁: the unit of that kind the last
    question `asked` about (红星村第二党支部2023年发展了几名党员), else, or when it asked which one, the last
    unit of that kind the answer's first statement names (获评示范村的是桂花村: 桂花村)."""
    pointer = POINTED_UNIT.search(question)
    if not pointer:
        return None
    suffix = pointer.group(1)
    statement = TITLE.sub("", FIRST_STATEMENT.match(answer).group(0))
    asked_units = units_named(asked, suffix) if asked and not WHICH.search(asked) else []
    if asked_units:  # in the period it was asked of (红星村第一党支部2023年的书记是谁)
        period = PERIOD.search(asked)
        named = f"{asked_units[-1]}{period.group(0) if period else ''}"
        return question.replace(pointer.group(0), named, 1), asked_units[-1]
    units = units_named(statement, suffix)
    return (question.replace(pointer.group(0), units[-1], 1), units[-1]) if units else None


# 其中到基层联系点X党支部 / 深入联系点X党支部: where an act went, said before the unit's own name
LEAD_IN = re.compile(r"^(?:其中)?(?:到|去|赴|向|对|深入|走进)?(?:基层)?(?:联系点|联系的)?")


def units_named(text: str, suffix: str) -> list[str]:
    """The names of units of a kind (支部, 村) a text gives, in order, leaving out 各支部 / 其他支部 and the words
    leading to a name (其中到基层联系点查验科党支部: 查验科党支部)."""
    found = (
        LEAD_IN.sub("", named.group(1))
        for named in re.finditer(rf"({UNIT_NAME_CHARS}{{1,24}}?){re.escape(suffix)}", text)
    )
    return [f"{name}{suffix}" for name in found if len(name.removesuffix("党")) >= 2 and not GENERIC_UNIT.match(name)]


def swapped_unit(question: str, unit: str) -> str:
    """电气学院本科生第一党支部的书记是谁 + 研究生第二党支部 -> 电气学院研究生第二党支部的书记是谁: the unit of
    the same kind the question names is replaced, under the same parent; "" when it names none."""
    suffix = ORG_END.search(unit)
    named = units_named(question, suffix.group(0)) if suffix else []
    if not named or named[-1] == unit:
        return ""
    stem = named[-1].removesuffix(suffix.group(0))
    # the parent ends before the unit's own name (机械学院 of 机械学院本科生第一), not with it (维修中心), and
    # has a name of its own: the 馆 opening 馆藏管理 is a word of the branch's name, not a parent
    ends = [m.end() for m in PARENT_UNIT.finditer(stem) if 2 <= m.end() <= len(stem) - 2]
    parent = stem[: ends[-1]] if ends and not unit.startswith(stem[: ends[-1]]) else ""
    return question.replace(named[-1], f"{parent}{unit}", 1)


def other_unit_question(text: str, before: Slots) -> tuple[str, str] | None:
    """(the question, the unit) for 那外科党支部开了几次支委会 after 市中医院内科党支部2024年…: the
    sibling unit, in the same period."""
    rest = FOLLOW_START.sub("", text) if FOLLOW_START.search(text) else ""
    unit = LEADING_ORG.match(rest)
    if not unit or not before.holder or not ORG_END.search(unit.group(0)):
        return None
    return f"{sibling_unit(before.holder, unit.group(0))}{before.period}{rest[unit.end() :]}", unit.group(0)


# 五个支部 / 各支部 / 所有党支部一共…: every branch of the organisation, not the one talked about last.
ALL_UNITS = re.compile(r"(?:[一二三四五六七八九十两\d]+个|各|所有|全部|各个)(?:党)?支部")
BRANCH_END = re.compile(r"(?:党)?支部$")
PARENT_UNIT = re.compile(r"处|局|院|公司|集团|村|镇|乡|街道|社区|学院|学校|中学|支行|中心|党委|党总支|机关|站|所|馆|厂")


def parent_of(holder: str) -> str:
    """青川管理处 of 青川管理处收费管理党支部: 五个支部一共… asks of all its branches, not the last one named."""
    if not BRANCH_END.search(holder):
        return holder
    ends = [m.end() for m in PARENT_UNIT.finditer(BRANCH_END.sub("", holder))]
    return holder[: ends[-1]] if ends else holder


def organisation_of_branches(last: Turn) -> str:
    """The organisation whose branches the conversation named (青川管理处 of 青川管理处收费管理党支部)."""
    holders = [t.slots.holder for t in reversed(last.conversation) if t.slots.holder]
    own = last.slots.holder
    # 各支部… after 韩某2024年…: a person opened the last question, and a person has no branches
    return next((parent_of(h) for h in holders if parent_of(h) != h), "" if is_name(own) else own)
