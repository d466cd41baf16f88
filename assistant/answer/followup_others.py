"""The others of a body acting in place of the one named: 其他班子成员呢 / 其余委员呢 after 书记王建国讲了几次党课
(the role and the name that said who acted are replaced: not 王建国讲了几次其他班子成员). Another group or a
sibling in place of an actor named without a role is `followup_actors`'s."""

from __future__ import annotations

import re

from assistant.answer.question import ROLE

# The others of a body: 其他班子成员, 其余支委, 另外的党组成员, 别的委员.
OTHERS = re.compile(
    r"(?:其他|其余|另外的?|别的)(?:的)?(?:(?:党委|党总支|支委会?|党组|班子|支部|委员会)?成员|支委|委员|班子成员|副书记)"
)


def others_acting(question: str, rest: str, acting: list[re.Match[str]]) -> str:
    """`question` with the last named actor (and the role said just before the name) replaced by `rest`,
    when `rest` names the others of a body; "" otherwise."""
    if not OTHERS.fullmatch(rest) or not acting:
        return ""
    named = acting[-1]
    start = named.start()
    role = next((r for r in ROLE.finditer(question[:start]) if r.end() == start), None)
    if role:
        start = role.start()
    return f"{question[:start]}{rest}{question[named.end() :]}"
