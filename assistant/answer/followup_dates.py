"""A follow-up that names only a day or a month (换成去年年底呢 / 那9月底呢 / 截至今年6月呢 / 到了2025年3月底呢): the
date of the last question replaced, its subject and its 其中 part kept. The date is never a part of the whole
(…，其中6月底是多少), and a day said without its year is a day of the year the conversation is about."""

from __future__ import annotations

import re

from assistant.answer.followup_period_words import picks_period_part
from assistant.answer.followup_turns import ENDING, Resolution, Turn, conversation_holder, focus_of
from assistant.answer.periods import MONTH_AFTER, PERIOD_RUN, with_period
from assistant.answer.question import slots_of
from assistant.core.text import QUARTER

# The whole turn (framing and 呢 already taken off) is a day or a month, with the year it may name.
DAY_ONLY = re.compile(
    r"^(?P<lead>到了?|截至|截止到?|至)?(?P<year>(?:19|20)\d{2}\s*年|今年|去年|前年|明年)?"
    r"(?P<day>年?(?:底|末|初)|\d{1,2}\s*月份?(?:底|末|初|上旬|中旬|下旬)?)"
    r"(?:时|的时候)?(?:的)?(?:情况|数据|数字)?$"
)
YEAR_SAID = re.compile(r"(?:19|20)\d{2}\s*年|今年|去年|前年|明年")
BARE_MONTH = re.compile(r"\d{1,2}\s*月份?$")
DAY_AFTER = re.compile(r"年?(?:底|末|初)")  # 2024年底: the day that closes the year said before it


def day_swapped(core: str, last: Turn) -> Resolution | None:
    """The last question asked of the day `core` names; None when `core` is more than a day or a month."""
    said = DAY_ONLY.fullmatch(core.strip())
    if not said:
        return None
    if picks_period_part(last):  # 6月底呢 after 其中二季度呢: of the whole the quarter was picked from
        last = next((t for t in reversed(last.conversation) if not picks_period_part(t)), last)
    day = said.group("day")
    if said.group("lead") and BARE_MONTH.fullmatch(day):  # 截至9月: to the end of that month
        day = f"{day.removesuffix('份')}底"
    year = said.group("year") or year_of(last.slots.period)
    period = f"{year}{day.removeprefix('年')}" if year else day
    question = ENDING.sub("", last.question)
    holder = conversation_holder(last)
    if not slots_of(question).holder and holder not in question:
        question = f"{holder}{question}"
    subset = last.subset
    return Resolution(
        f"{dated(question, period)}？",
        focus=focus_of(subset) if subset else "",
        subset=subset,
        same_organisation=True,
    )


def year_of(period: str) -> str:
    """2024年 of 2024年上半年, 今年 of 今年6月底: the year a period is in; "" when it names none."""
    year = YEAR_SAID.search(period)
    return year.group(0) if year else ""


def dated(question: str, period: str) -> str:
    """`question` asked of `period` in place of its own date: the year with its part, month and day said after
    it (2024年6月底 or 2024年一季度 replaced whole by 2024年9月底, not glued before the old month)."""
    run = PERIOD_RUN.search(question)
    if not run:
        return with_period(question, period)
    quarter = QUARTER.match(question, run.end())  # 今年一季度: the quarter is the old date too
    end = quarter.end() if quarter else run.end()
    month = MONTH_AFTER.match(question, end)
    end = month.end() if month and month.group(0).strip() else end
    closing = DAY_AFTER.match(question, end)
    end = closing.end() if closing else end
    return f"{question[: run.start()]}{period}{question[end:]}"
