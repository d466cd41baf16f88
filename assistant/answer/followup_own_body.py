"""A follow-up that names a person and the Party body it asks about (祁某在总支里是啥职务 / 韦某在党委班子中分管
什么): that body is the turn's own scope. The branch the last turn was about is not carried into it, since the
person's post in the 总支 or 党委 is written in that body's documents, not in the branch's row."""

from __future__ import annotations

import re

from assistant.answer.followup_people import titled_name
from assistant.core.names import is_name

# 在总支里 / 在党委班子中 / 在党组内 / 在局机关党委: a body above a branch, said as where the person serves,
# perhaps with whose it is before it.
BODY_SAID = re.compile(
    r"在[\u4e00-\u9fff]{0,8}?(?:党)?(?P<body>总支|党工委|党委|党组)(?:委员会)?(?:班子)?(?:里面|里|中|内|当中|上)?"
)
LEAD = re.compile(r"^(?:那么|那)")


def body_of_person(body: str) -> str:
    """总支 of 祁某在总支里是啥职务: the body a turn naming a person says it asks about; "" when it says none
    or names no person before it."""
    said = BODY_SAID.search(body)
    if not said:
        return ""
    person = titled_name(LEAD.sub("", body[: said.start()]).removesuffix("同志"))
    return said.group("body") if is_name(person) else ""


def scope_of_body(holder: str, body: str) -> str | None:
    """The last turn's `holder` cut to the body `body` names (城关镇党委 of 城关镇党委第三党支部), "" when the
    holder is a branch that does not say it; None when the turn names no person and body of its own."""
    named = body_of_person(body)
    if not named:
        return None
    at = holder.rfind(named)
    return holder[: at + len(named)] if at >= 0 else ""
