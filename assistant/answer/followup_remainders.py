"""What a state follow-up (还剩几个 / 整改了多少) asks about when the counted turn named no thing of its own:
全年计划几名 after a turn about who was admitted is about the figure its answer stated (全年计划发展党员2名), so
the items are 发展党员 of that organisation and period, not a bare 全年计划."""

from __future__ import annotations

import re

from assistant.answer.facts import QUANTITY
from assistant.answer.followup_turns import ENDING, Turn
from assistant.answer.question import MODALITY, PERIOD, is_thin
from assistant.answer.verification import MARK

CLAUSE = re.compile(r"[，,；;。\n：:]")


def items_counted(last: Turn, asked: re.Match[str]) -> str:
    """The last question without its asking words (排查了隐患 of 排查了隐患多少项), with the thing its answer
    counted (发展党员 of 全年计划发展党员2名) when the question names none besides whose and when."""
    items = ENDING.sub("", f"{last.question[: asked.start()]}{last.question[asked.end() :]}")
    if last.refused or not is_thin(items.replace(last.holder, "", 1) if last.holder else items):
        return items
    thing = stated_thing(last.answer)
    return f"{items}{thing}" if thing and thing not in items else items


def stated_thing(answer: str) -> str:
    """发展党员 of "全年计划发展党员2名〔1〕。": what the one figure of a short answer counts ("" when it states
    none or several)."""
    text = MARK.sub("", answer)
    figures = list(QUANTITY.finditer(text))
    if len(figures) != 1:
        return ""
    clause = CLAUSE.split(text[: figures[0].start()])[-1]
    return MODALITY.sub("", PERIOD.sub("", clause)).strip()
