"""Who acts, replaced by a follow-up: 其他班子成员呢 / 其余委员呢 after 书记王建国讲了几次党课 (the others of a
body in place of the one named, with the role and the name that said who acted: not 王建国讲了几次其他班子成员);
支部班子呢 after 党员个人查摆了多少条问题 (one group for another: not 查摆了多少条支部班子)."""

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


# Groups that act together in a meeting's account: 党员个人, 支部班子, 领导班子, 班子成员个人, 党委班子成员.
GROUP = re.compile(r"(?:党员|班子成员|(?:(?:党委|党总支|党支部|支部|党组|领导)?班子)(?:成员)?)(?:个人)?")


def group_acting(question: str, rest: str) -> str:
    """`question` with the group said to act (党员个人) replaced by the group `rest` names (支部班子); "" when
    `rest` names no such group or the question names none acting before its act."""
    if not GROUP.fullmatch(rest):
        return ""
    acting = [g for g in GROUP.finditer(question) if ACT_AFTER.match(question, g.end()) and g.group(0) != rest]
    if not acting:
        return ""
    group = acting[-1]
    return f"{question[: group.start()]}{rest}{question[group.end() :]}"


ACT_AFTER = re.compile(r"(?:共|一共|个人|各自)?(?:查摆|查找|梳理|剖析|提出|认领|整改)")
