"""关心困难职工那条呢 after 支委下车间调研不够这个问题整改得咋样: another item of the same list (a problem, an
opinion), asked the way the conversation asked of the item it named: that question with the item replaced."""

from __future__ import annotations

import re

from assistant.answer.followup_people import is_person_or_role
from assistant.answer.followup_turns import Turn

ITEM_KIND = r"(?:问题|事项|意见|建议|措施|任务)"
# 这个问题 / 那条意见 / 这一项: what points at one item of a list (这个 alone may point at anything: 这个支部)
POINTER = rf"(?:(?:这|那)一?个{ITEM_KIND}|(?:这|那)一?(?:条|项)(?!目|工作){ITEM_KIND}?)"
# 调研不够这个问题 / 食堂卫生那条意见: an item named by its own words, then pointed at
ITEM_NAMED = re.compile(rf"([^\s，,。？?；;]{{2,20}}?){POINTER}")
# 关心困难职工那条呢 / 那食堂卫生的那项呢: a turn that only names another item
ITEM_POINTED = re.compile(rf"^(?:那么?)?([^\s，,。？?；;]{{2,20}}?)的?{POINTER}呢?[？?。！!\s]*$")


def other_item(text: str, last: Turn) -> str:
    """The latest question of the conversation naming an item, asked of the item `text` names; "" when the turn
    names no item or no turn named one."""
    pointed = ITEM_POINTED.match(text.strip())
    if not pointed or is_person_or_role(pointed.group(1)):  # 组织委员那条呢: whose item, not which
        return ""
    named = [(t, m) for t in last.conversation if (m := ITEM_NAMED.search(t.question))]
    if not named:
        return ""
    item = named[-1][1].group(1)
    turn, said = next((t, m) for t, m in named if m.group(1) == item)  # the turn that named it, not a later rewrite
    start = said.start(1)
    if turn.holder and turn.question.startswith(turn.holder, start):  # 恒锐公司 + the item: whose is kept
        start += len(turn.holder)
    return f"{turn.question[:start]}{pointed.group(1)}{turn.question[said.end(1) :]}"
