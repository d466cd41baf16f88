"""那X呢 where X is a person or a role: the one who acts in the last question is replaced, role and name
together (乡长呢 after 书记陈国华讲了几次党课 -> 乡长讲了几次党课; 总会计师呢 after 总经理在会上重点查摆了啥 ->
总会计师在会上…, never both piled up). A role whose holder an earlier answer of the conversation named is
asked by that name (专职副书记呢 -> 彭某讲了几次, as the report counts each by name)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.followup_actors import actor_in, is_people
from assistant.answer.person_names import TITLE, is_name, named_holder
from assistant.answer.question import ROLE

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# A name right before what it did: 韩冬讲了几次, 王建国主持了几次.
ACTING_NAME = re.compile(rf"{NAME}?(?=讲|主持|领学|参加|负责|带领|作|发言|述职|查摆|谈话)")
# A role as said alone: 组织委员, 党支部副书记, 专职副书记, 乡长, 总会计师.
ROLE_SAID = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{ROLE.pattern}|{ROLES}|{TITLE})")
# Roles said before a name (党委书记、董事长邱某): they go with the name.
ROLES_BEFORE = re.compile(rf"(?:(?:{ROLE.pattern}|{ROLES}|{TITLE})、?)+$")


def is_person_or_role(phrase: str) -> bool:
    return is_name(phrase) or bool(ROLE_SAID.fullmatch(phrase))


def acting_span(question: str) -> tuple[int, int] | None:
    """Where the question names who acts (a name, a role, or a role and the name), or None."""
    actor = actor_in(question)
    if actor and is_people(actor.text):
        start, end = actor.start, actor.end
    else:
        named = list(ACTING_NAME.finditer(question))
        if not named:
            return None
        start, end = named[-1].span()
    before = ROLES_BEFORE.search(question[:start])
    return (before.start() if before else start), end


def holder_named(role: str, last: Turn) -> str:
    """The holder of `role` an answer of the conversation (latest first) named, in the same organisation."""
    if is_name(role):
        return ""
    for turn in reversed(last.conversation):
        if turn.refused or turn.holder and last.holder and turn.holder != last.holder:
            continue
        name = named_holder(role, turn.answer)
        if name:
            return name
    return ""


def person_swapped(question: str, rest: str, last: Turn) -> str:
    """`question` asked of `rest` (a person or a role) in place of whoever acts in it; "" when `rest` is no
    person or role, or nobody acts in the question."""
    if not is_person_or_role(rest):
        return ""
    span = acting_span(question)
    if span is None:
        return ""
    start, end = span
    if question[start:end] == rest:
        return ""
    who = holder_named(rest, last) or rest
    return f"{question[:start]}{who}{question[end:]}"
