"""这俩支部加起来多少党员 / 这两个支部一共有多少名党员 after turns about two rows of a table (它 = one branch, 那Y呢 the
other) that counted something else: the thing the turn names, asked of each of the two units the conversation
last talked about, in its period, and added (answer.periods)."""

from __future__ import annotations

from assistant.answer.followup_turns import ENDING, Turn
from assistant.answer.question import UNIT_SUFFIX
from assistant.answer.row_label import own_row_name


def units_talked_about(last: Turn) -> list[str]:
    """The last two different units (rows) the conversation's questions were about, in the order asked."""
    units: list[str] = []
    for turn in reversed(last.conversation):
        unit = own_row_name(turn.holder)
        if UNIT_SUFFIX.search(unit) and unit not in units and not turn.refused:
            units.append(unit)
        if len(units) == 2:
            break
    return list(reversed(units)) if len(units) == 2 else []


def asked_of_each_unit(asked: str, last: Turn) -> list[str]:
    """离退休干部党支部去年有多少党员 and 节能和后勤党支部去年有多少党员 of 加起来多少党员 (`asked`, the words after
    the sum word); [] when the conversation named no two units or the turn asks no quantity."""
    asked = ENDING.sub("", asked).removeprefix("是")
    if not asked or not ("多少" in asked or "几" in asked):
        return []
    verb = "" if asked.startswith(("有", "开", "讲", "搞", "发展", "召开")) else "有"
    period = last.slots.period
    return [f"{unit}{period}{verb}{asked}" for unit in units_talked_about(last)]
