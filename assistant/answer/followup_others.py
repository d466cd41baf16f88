"""The others of a body acting in place of the one named: 其他班子成员呢 / 其余委员呢 after 书记王建国讲了几次党课
(the role and the name that said who acted are replaced: not 王建国讲了几次其他班子成员), by name when the
conversation named exactly one member not yet asked about; and 支委其他几个人都是谁 as the members but those
already talked about (除方某、黄某外的支委都有谁). Another group or a sibling in place of an actor named without a
role is `followup_actors`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME
from assistant.answer.followup_people import acting_span
from assistant.answer.group_members import ASKS_PEOPLE, MIN_MEMBERS
from assistant.answer.person_names import people_named
from assistant.answer.question import ROLE

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# The others of a body: 其他班子成员, 其余支委, 另外的党组成员, 别的委员.
OTHERS = re.compile(
    r"(?:其他|其余|另外的?|别的)(?:的)?(?:(?:党委|党总支|支委会?|党组|班子|支部|委员会)?成员|支委|委员|班子成员|副书记)"
)
OTHER_WORD = re.compile(r"(?:其他|其余|另外|别的)的?")
HOW_MANY_PEOPLE = re.compile(r"(?:几|多少)(?:个人|个|位|名|人)|的$")
GROUP = re.compile(r"(?:成员|班子|委员|支委|干部|领导)$")


def others_acting(question: str, rest: str, acting: list[re.Match[str]], last: Turn | None = None) -> str:
    """`question` with the last named actor (and the role said just before the name) replaced by `rest`,
    or by the one member the conversation named and has not asked about, when `rest` names the others of
    a body; "" otherwise."""
    if not OTHERS.fullmatch(rest) or not acting:
        return ""
    named = acting[-1]
    start = named.start()
    role = next((r for r in ROLE.finditer(question[:start]) if r.end() == start), None)
    if role:
        start = role.start()
    remaining = not_asked_about(last) if last else []
    who = remaining[0] if len(remaining) == 1 else rest
    return f"{question[:start]}{who}{question[named.end() :]}"


def asked_about(last: Turn) -> list[str]:
    """The people the conversation's questions named as acting, in order."""
    names = []
    for turn in last.conversation:
        span = acting_span(turn.question)
        if span and re.fullmatch(NAME, turn.question[span[0] : span[1]]):  # where one acts: a name though a word
            names.append(turn.question[span[0] : span[1]])
    return list(dict.fromkeys(names))


def not_asked_about(last: Turn) -> list[str]:
    """The people an answer of the conversation named as a team (each beside a role, three or more: 书记、
    董事长甲，副书记、总经理乙，专职副书记丙) whom no question has asked about yet; [] when no answer named a
    team (林某任组长、高某任副组长 are two of the 班子, not all of it)."""
    asked = asked_about(last)
    teams = [
        named
        for turn in last.conversation
        if not turn.refused and len(named := people_named(turn.answer)) >= MIN_MEMBERS
    ]
    return [name for name in dict.fromkeys(n for team in teams for n in team) if name not in asked]


def others_listed(text: str, last: Turn) -> str:
    """支委其他几个人都是谁 after turns about 方某 and 黄某: 除方某、黄某外的支委都有谁, in the conversation's
    organisation and period; "" when the turn asks no others of a group or nobody was asked about."""
    asking = ASKS_PEOPLE.search(text)
    if not asking or not OTHER_WORD.search(text[: asking.start()]):
        return ""
    group = HOW_MANY_PEOPLE.sub("", OTHER_WORD.sub("", text[: asking.start()]))
    asked = asked_about(last)
    if not GROUP.search(group) or not asked:
        return ""
    return f"{last.holder}{last.slots.period}除{'、'.join(asked)}外的{group}都有谁"
