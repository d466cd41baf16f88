"""A person's move asked after a turn about them: "她后来调到哪去了" / "那接替她的是谁" / "他现在在哪个单位".

A move (调任, 调整为, 接替) happens after the period the conversation was about, and a later report tells it
(of the same organisation, or of the one the person moved to). So such a turn keeps whose, but not when: the
period of the earlier turn is not carried, unless the turn names one of its own.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.question import PERIOD, asks_quantity

# 调到哪 / 调任 / 调走了吗 / 去向 / 接替她的是谁 / 谁接任 / 继任者: where a person went, or who came after them
MOVE_ASKED = re.compile(
    r"调(?:到|任|往|去|走)|去了?哪(?!些)|到哪(?:里|儿)?去|去向|现在在哪|交流到"
    r"|接替|接任|继任|后任|接班|谁来(?:当|接|担任)"
)


# 后来 / 现在: when the move happened, said by the question only (a report says 3月 or nothing)
LATER = re.compile(r"后来|之后|以后|后面|现在|目前|如今|随后")


def without_later(text: str) -> str:
    """她后来调到哪去了 -> 她调到哪去了: the words for a later time, which no report uses of a move."""
    return LATER.sub("", text) if MOVE_ASKED.search(text) else text


def asks_person_move(text: str) -> bool:
    """Whether the turn asks where someone moved or who succeeded them (not how many: 调入党员几名 counts),
    naming no period of its own."""
    return bool(MOVE_ASKED.search(text)) and not PERIOD.search(text) and not asks_quantity(text)


# 书记由甲调整为乙 / 乙接替甲 / 乙接任书记: the one who came after, as a report says it
SUCCESSOR_ASKED = re.compile(r"接替|接任|继任|后任|接班|谁来(?:当|接|担任)")
AFTER_CHANGE = re.compile(
    rf"由(?:{NAME})(?:同志)?(?:调整|变更|改|更换)为(?:{ROLES})?({NAME}?)(?:同志)?(?=[^\u4e00-\u9fa5]|$|担任|接任)"
)
TAKES_OVER = re.compile(rf"({NAME}?)(?:同志)?(?:接替|接任|继任)")


def successor_named(question: str, answer: str) -> str:
    """The person an answer names as the successor a question asked about (书记由甲调整为乙 -> 乙), so that 他
    in the next turn is that person; "" when the question asked no successor or the answer names none."""
    if not SUCCESSOR_ASKED.search(question):
        return ""
    found = AFTER_CHANGE.search(answer) or TAKES_OVER.search(answer)
    return found.group(1) if found and found.group(1) not in question else ""
