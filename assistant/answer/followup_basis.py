"""The turn a follow-up counting a thing leans on: the last count of a whole, not a 其中 part or a rate asked
of it (诫勉谈话了几个人 after …处理了多少人次，其中批评教育呢; 下半年还打算搞几场 after 完成率多少)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.followup_turns import Turn, whole_of
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, family_of
from assistant.answer.question import QUANTITY_WORD, SUBSET, asks_quantity

RATE = re.compile(r"率|比例|占比|比重|百分")
MONEY_ASKED = re.compile(r"多少钱|多少资金|多少经费|多少万")


def asks_rate(question: str) -> bool:
    """完成率多少 / 占比多少: a rate before the asked quantity word, not a count of things."""
    asked = QUANTITY_WORD.search(question)
    return bool(RATE.search(question[: asked.start()] if asked else question))


def counted_basis(text: str, last: Turn) -> Turn:
    """`last` as a turn that counted a whole when `text` counts something of its own (neither a 其中 part
    nor a rate): the whole's turn asked before, or the last question without its 其中 part. A part or rate
    the last turn narrowed to would otherwise be glued into the new count's words."""
    if not asks_quantity(text) or asks_rate(text) or SUBSET.match(text):
        return last
    if last.subset:
        whole = whole_of(last)
        before = next((t for t in reversed(last.earlier) if t.question.startswith(whole) and not t.subset), None)
        return before or replace(last, question=whole, subset="")
    if asks_rate(last.question):
        return next((t for t in reversed(last.earlier) if not (t.subset or asks_rate(t.question))), last)
    return last


def measure_asked(question: str) -> str:
    """名 of 救助了多少名 (the family of its unit: people), "money" of 投了多少钱; "" when no unit is said."""
    if MONEY_ASKED.search(question):
        return "money"
    asked = QUANTITY_WORD.search(question)
    unit = asked.group(0).removeprefix("多少").removeprefix("几") if asked else ""
    if not unit:
        return ""
    return family_of(unit) if unit in FAMILY_OF_UNIT else family_of(unit[:1], unit[1:])  # 几个人: 个 of people


def of_same_measure(text: str, last: Turn) -> Turn:
    """The latest turn counting in the measure `text` asks (还差多少名 after …救助了多少名，投了多少钱: the people,
    not the money the last part asked); `last` when the measures agree or the turn names none."""
    wanted = measure_asked(text)
    if not wanted or measure_asked(last.question) in ("", wanted):
        return last
    return next((t for t in reversed(last.conversation) if measure_asked(t.question) == wanted), last)
