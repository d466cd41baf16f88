"""The unit (a row of a per-unit table: 城区一大队, 本科生第一党支部) a turn asked about, and the follow-ups that
point at it: 那个大队的书记是谁 / 她那个支部… (the unit the conversation asked about) and 书记是谁 (who heads that
unit, not the organisation whose report lists it)."""

from __future__ import annotations

import re

from assistant.answer.branch_units import sub_unit
from assistant.answer.followup_actors import actor_in, is_people
from assistant.answer.followup_turns import Turn
from assistant.answer.question import PERIOD
from assistant.core.words import tagged_words

# The kinds of units an organisation is divided into, and of wholes (全局 / 全支队 / 全院).
HEAD = r"党支部|支部|党小组|小组|大队|中队|支队|分队|车队|船队|车间|班组|科室|处室|部门|单位|局|院|校|公司|集团|中心|站|所|社区|村"
ROW_HEAD = r"党支部|支部|党小组|大队|中队|分队|车队|船队|车间|班组|科室|处室"  # what a per-unit table's rows are
# The unit named right after the organisation: 本科生第一党支部 of 机械学院本科生第一党支部去年….
ROW_AFTER = re.compile(rf"[^\s，,。？?！!、\d的是有了在年几多哪]{{2,12}}?(?:{ROW_HEAD})")
# …统计表里，就业促进党支部主题党日开了几次: a unit named at the head of a later clause, away from its organisation
ROW_OPENING_CLAUSE = re.compile(rf"(?<=[，,])(?:{ROW_AFTER.pattern})")
ROW_NAME_BREAK = r"局队心司团院校所站处部\s，,"  # where a row's own name starts: after its parent's head
# 她那个支部 / 他这个车间: whose unit, said by a pronoun before the pointer; the pointer says which.
# 大队 / 车间: rows whose kind is no Party body's (那个支部 / 那X党支部呢 are followup_units')
BRANCH = r"党支部|支部|党总支|党小组"  # the Party body of a unit (城南大队党支部)
WORK_ROW = r"大队|中队|分队|车队|船队|车间|班组|科室|处室"
# 康复中心 / 检测站: a unit named after the institution it is, whose branch a report lists like any other
INSTITUTION_UNIT = re.compile(r"(?:中心|站|所|馆)$")
BRANCH_NAME_FLAGS = ("n", "v", "j", "i", "l", "m")  # 行政后勤 / 数字出版 / 离退休 / 编辑一部: what names a branch
POINTED_ROW = re.compile(rf"(?:那个|这个|那一个|这一个|该)({WORK_ROW})")
ROLE_ASKED = re.compile(
    r"^(?:那)?(?:支部|队里的?)?((?:党支部)?(?:副?书记|组织委员|宣传委员|纪检委员))是谁[？?。！!\s]*$"
)


def unit_asked(turn: Turn) -> str:
    """The unit a turn asked about: the row it named (城区一大队 of 交警队城区一大队志愿服务多少人次,
    本科生第一党支部 of 机械学院本科生第一党支部…), else its organisation."""
    actor = actor_in(turn.question)
    holder = turn.holder
    if actor and not is_people(actor.text) and re.search(HEAD, actor.text):
        before = turn.question[: actor.start]
        whose = holder if holder and before.endswith(holder) and holder not in actor.text else ""
        return f"{whose}{trimmed_unit(actor.text)}"  # 机械学院 + 本科生第一党支部
    at = turn.question.find(holder) if holder else -1
    cut = re.compile(ROW_HEAD).match(turn.question, at + len(holder) - 1) if holder and at >= 0 else None
    if cut and cut.end() > at + len(holder):  # 救援一中 + 队: a 中队, not a school (一中) the name ends on
        return turn.question[at : cut.end()]
    row = ROW_AFTER.match(turn.question, at + len(holder)) if at >= 0 else None
    if row and not PERIOD.search(row.group(0)):
        return f"{holder}{row.group(0)}"
    clause = ROW_OPENING_CLAUSE.search(turn.question, at + len(holder)) if at >= 0 else None
    return clause.group(0) if clause and not PERIOD.search(clause.group(0)) else holder


def sibling_row(question: str, rest: str) -> str:
    """救援二中队呢 after 白河中心救援一中队培训了多少人次: the question of that row in place of the one asked
    (the words of the row's name it repeats not said twice); "" when `rest` is no row of the same kind."""
    head = re.search(rf"(?:{WORK_ROW})$", rest)
    unit = unit_asked(Turn(question)) if head else ""
    if head and not unit.endswith(head.group(0)):
        return branch_of_row_swapped(question, unit, rest, head.group(0))
    if not head or unit.endswith(rest):
        return ""
    repeated = unit.rfind(rest[:2])
    if repeated > 0:  # 城区 of 城区二大队, said again: 交警队 + 城区二大队
        return question.replace(unit, f"{unit[:repeated]}{rest}", 1)
    own = re.search(rf"[^{ROW_NAME_BREAK}]{{1,8}}(?:{ROW_HEAD})$", unit)
    return question.replace(unit, f"{unit[: own.start()]}{rest}", 1) if own and own.start() > 0 else ""


def bare_branch_swapped(question: str, rest: str) -> str:
    """行政后勤的呢 after 青禾出版社校对党支部主题党日搞了几次: another branch said by its own name alone (X的, no
    党支部), asked in place of the branch the question names; "" when the question names no branch or `rest` is
    no such name (线上的: a place word; a unit's head of its own is `sibling_row`'s, but for an institution's
    unit, 供水中心的呢, whose branch is named after it)."""
    unit = unit_asked(Turn(question))
    branch = re.search(rf"(?:{BRANCH})$", unit)
    words = tagged_words(rest)
    headed = re.search(HEAD, rest) and not INSTITUTION_UNIT.search(rest)
    if not branch or not words or len(rest) < 2 or headed or rest in question:
        return ""
    if not all(flag.startswith(BRANCH_NAME_FLAGS) for _, flag in words):
        return ""
    own = sub_unit(question)
    named = own if own.endswith(branch.group(0)) else f"{own}{branch.group(0)}"
    named = named if own and named in unit else unit
    return question.replace(named, f"{rest}{branch.group(0)}", 1)


def branch_of_row_swapped(question: str, unit: str, rest: str, head: str) -> str:
    """安平矿山救护大队党支部 -> 安平矿山通风大队党支部 for 通风大队呢: the branch of another row of that kind;
    "" when the unit is no such branch."""
    parts = row_of_branch(unit)
    if not parts or not parts[1].endswith(head) or parts[1] == rest:
        return ""
    whose, _, branch = parts
    return question.replace(unit, f"{whose}{rest}{branch}", 1)


def row_of_branch(unit: str) -> tuple[str, str, str] | None:
    """安平矿山救护大队党支部 -> (安平矿山, 救护大队, 党支部): whose, the row (its own name is the word before its
    head, or the word that ends on it) and its Party body; None when the unit is no branch of a row."""
    branch = re.search(rf"(?:{WORK_ROW})({BRANCH})$", unit)
    row = unit[: branch.start(1)] if branch else ""
    words = [w for w, _ in tagged_words(row)]
    head = re.search(rf"(?:{WORK_ROW})$", row)
    if not head or len(words) < 2:
        return None
    own = len(words[-1]) if words[-1] != head.group(0) else len(head.group(0)) + len(words[-2])
    start = len(row) - own
    return (row[:start], row[start:], branch.group(1)) if start > 0 else None


def trimmed_unit(named: str) -> str:
    """交警队城区一大队志愿 -> 交警队城区一大队: the words up to the last unit head (the act may lean on it)."""
    heads = list(re.finditer(HEAD, named))
    return named[: heads[-1].end()] if heads else named


def row_pointed_at(text: str, last: Turn) -> str:
    """那个大队的书记是谁 after 交警支队高新区大队有多少党员: the question of the unit of that kind the conversation
    last asked about; "" when it asked about none."""
    pointer = POINTED_ROW.search(text)
    if not pointer:
        return ""
    head = pointer.group(1)
    units = (unit_asked(t) for t in reversed(last.conversation) if not t.refused)
    unit = next((u for u in units if u.endswith(head) and len(u) > len(head) + 1), "")
    return text.replace(pointer.group(0), unit, 1) if unit else ""


def role_of_row(text: str, last: Turn) -> str:
    """书记是谁 after 机械学院本科生第一党支部发展了几名党员: who holds the role in that unit (the unit's
    own row names them), in the period asked when that was answered; "" when the turn asked of no unit."""
    role = ROLE_ASKED.match(text.strip())
    unit = unit_asked(last) if role else ""
    if not unit or unit == last.holder or not re.search(rf"(?:{ROW_HEAD})$", unit):
        return ""  # 爱心驿站 or 服务站 has no 书记 of its own: the organisation's is asked
    period = "" if last.refused else last.slots.period
    return f"{unit}{period}{role.group(1)}是谁"
