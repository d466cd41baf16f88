"""The turn a follow-up counting a thing leans on: the last count of a whole, not a 其中 part or a rate asked
of it (诫勉谈话了几个人 after …处理了多少人次，其中批评教育呢; 下半年还打算搞几场 after 完成率多少)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.followup_turns import Turn, whole_of
from assistant.answer.question import QUANTITY_WORD, SUBSET, asks_quantity

RATE = re.compile(r"率|比例|占比|比重|百分")


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
