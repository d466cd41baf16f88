"""Totals over the units of an organisation, asked after questions about one unit at a time: 四个支部党员一共呢 /
全支队一共呢 / 各车间加起来多少 (the figure of the whole, or of that many rows added up) and 两个大队加起来多少 (the
two figures just asked, added). Also the turn that a short swap goes back to: 其他班子成员呢 after 他叫什么
(asked aside of the 书记 who gave the counted 党课) swaps the actor of the counted turn, not of the aside; and
二季度呢 after a half-year figure asks that quarter (never answered with the half-year's figure)."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import TOTAL_ASKED
from assistant.answer.followup_actors import is_people
from assistant.answer.followup_rows import HEAD, ROW_HEAD, row_of_branch, unit_asked
from assistant.answer.followup_turns import ENDING, Resolution, Turn
from assistant.answer.question import PERIOD, QUANTITY_WORD, asks_quantity
from assistant.core.text import HALF, QUARTER

TOTAL = re.compile(rf"{TOTAL_ASKED.pattern}|加在一起|合起来")
NUMBER = r"[一二三四五六七八九十两\d]+"
# 5个村党支部 / 各个基层支部: a short kind may stand between the count and the unit
MANY = re.compile(rf"^(?:那|这)?(?:({NUMBER})个|各个?|所有|全部(?:的)?|全体)(?:[\u4e00-\u9fff]{{1,3}}?)?({HEAD})")
# 全社 / 全馆 / 全台: the 出版社, 档案馆 or 电视台; right before the total word any short kind of body (全矿 / 全总支 /
# 全会 of a 协会) but a span or an extent (全年合计 is the unit's year, 全部加起来 its items)
WHOLE = re.compile(
    rf"^(?:那)?全({HEAD}|社(?!会)|馆|厂|台|场|行|(?![年月季周天日部体员额程面])[\u4e00-\u9fff]{{1,2}}?(?={TOTAL.pattern}))"
)
# Words around what a total is asked of that ask and name nothing: 有 / 是 / 呢.
ASKING_EDGE = re.compile(r"^(?:是|有|共|为|的)+|(?:是|有|的|呢|吗)+$")
ROW = re.compile(rf"(?:{ROW_HEAD})$")  # a unit that is a row of a per-unit table, not the body itself
PARTY_BODY = re.compile(r"^(?:党支部|支部|党委|党总支|党组|委员会)$")  # 稽查局党支部 is 稽查局's own branch
WHO_ASKED = re.compile(r"是谁$")


def over_units(text: str, last: Turn) -> Resolution | None:
    """四个支部党员一共呢 / 全支队一共呢 / 两个大队加起来多少: the total over units the turn names by kind, of
    what the conversation counted; None when the turn asks no such total."""
    body = ENDING.sub("", text.strip())
    total = TOTAL.search(body)
    scope = MANY.match(body) or WHOLE.match(body)
    if not total or not scope:
        return None
    base = counted_turn(last, thing_named(body[scope.end() : total.start()]) or thing_named(body[total.end() :]))
    if base is None:
        return None
    head = scope.group(scope.lastindex)
    count = scope.group(1) if scope.re is MANY else None
    if count in ("两", "二", "2"):
        return two_units_added(last, head)
    unit = unit_asked(base)
    if not unit:
        return None
    question = ENDING.sub("", base.question)
    if scope.re is WHOLE:
        whole = whole_of_units(last, head)
        if not whole and unit == base.holder and not ROW.search(unit):  # 全狱 after 某监狱党委…: the body asked
            return Resolution(f"{total_inserted(question, unit)}？", refers_back=True)
        if not whole:  # 全局 of 稽查局党支部: which bureau the documents cited say, not the question
            # 一共 where the unit stood (某会组织生活会，一共应到几个), never between whose and what was asked of it
            at = question.find(unit)
            alone = question.replace(unit, "", 1)
            if base.holder and base.holder in alone:  # 人社局…，就业促进党支部…: the bureau named stays whose
                return Resolution(f"{total_at(alone, at)}？", refers_back=True)
            said = scope.group(0).removeprefix("那")
            return Resolution(f"{total_at(question.replace(unit, said, 1), at + len(said))}？", refers_back=True)
        return Resolution(f"{total_inserted(question.replace(unit, whole, 1), whole)}？", refers_back=True)
    # the organisation whose units they are: of the unit's own name (市人民医院 of 市人民医院眼科党支部), of an
    # earlier turn's, or the one asked about when it was the whole (青禾社区党委有多少党员 -> 四个支部一共呢)
    branch = row_of_branch(unit)
    if branch and branch[1].endswith(head):  # 四个大队一共 after 矿山救护大队党支部…: of 矿山, not of the branch
        return Resolution(f"{question.replace(unit, f'{branch[0]}{scope.group(0)}一共', 1)}？", refers_back=True)
    parent = whole_named(unit, "") or whole_of_units(last, "") or (unit if unit == base.holder else "")
    if asks_quantity(body) and thing_named(body[total.end() :]):  # 七个支部一共多少党员: asked in its own words
        return Resolution(f"{parent}{body}？", refers_back=True)
    parent = "" if parent and parent in question and parent not in unit else parent
    return Resolution(f"{question.replace(unit, f'{parent}{scope.group(0)}一共', 1)}？", refers_back=True)


def thing_named(phrase: str) -> str:
    """党员 of 党员一共呢 / 实际开了 of 一共实际开了多少次: what the turn says is added up, its asking words left out."""
    return ASKING_EDGE.sub("", QUANTITY_WORD.sub("", phrase))


def counted_turn(last: Turn, words: str) -> Turn | None:
    """The latest turn that counted a whole (not a 其中 part); of `words` when the turn names what (党员 of 四个支部党员
    一共呢). A branch's figure the documents lack still says what the whole is asked of (全院一共多少项 after a
    refused 市政所攻关项目几项 adds up 攻关项目, not the 党员 counted before it)."""
    counted = [t for t in reversed(last.conversation) if asks_quantity(t.question) and not t.subset]
    return next((t for t in counted if words in t.question), None)


def whole_of_units(last: Turn, head: str) -> str:
    """The organisation the units the conversation asked about belong to, as the latest turn naming it says
    (交警支队 of 交警支队高新区大队, though later turns named 机动大队 alone)."""
    named = (whole_named(unit_asked(t), head) for t in reversed(last.conversation) if not t.refused)
    return next((w for w in named if w), "")


def whole_named(unit: str, head: str) -> str:
    """The organisation a unit belongs to, named in the unit's own words: 交警支队 of 交警支队高新区大队 (of the kind
    `head` when given); "" when the unit names none (稽查局党支部 is the bureau's own branch, not a unit of it)."""
    kinds = head or HEAD
    for found in reversed(list(re.finditer(kinds, unit))):
        rest = unit[found.end() :]
        if len(rest) >= 2 and not PARTY_BODY.match(rest) and found.end() >= 2:
            return unit[: found.end()]
    return ""


def total_inserted(question: str, whose: str = "") -> str:
    """一共 after whose and when: 交警支队上半年一共发展了几名党员 / 东坪水文站一共有多少党员."""
    start = question.find(whose) + len(whose) if whose and whose in question else 0
    period = PERIOD.match(question, start)
    at = period.end() if period else start
    return f"{question[:at]}一共{question[at:]}"


def total_at(question: str, at: int) -> str:
    """一共 at `at`, after a period said there: 某矿去年一共… / 组织生活会，一共应到…."""
    period = PERIOD.match(question, at)
    at = period.end() if period else at
    return f"{question[:at]}一共{question[at:]}"


def two_units_added(last: Turn, head: str) -> Resolution | None:
    """两个大队加起来多少: the last two wholes counted of different units of that kind, added."""
    counted = [t for t in reversed(last.conversation) if asks_quantity(t.question) and not t.refused and not t.subset]
    units: dict[str, Turn] = {}
    for turn in counted:
        unit = unit_asked(turn)
        if unit and unit.endswith(head):
            units.setdefault(unit, turn)
        if len(units) == 2:
            break
    if len(units) != 2:
        return None
    later, earlier = (ENDING.sub("", t.question) for t in units.values())
    if later.replace(next(iter(units)), "") != earlier.replace(list(units)[1], ""):
        return None  # 党员数 of one and 志愿服务 of the other make no total
    return Resolution(f"{earlier}？", compared=(f"{later}？",), summed=True)


def counted_before_aside(core: str, last: Turn) -> Turn:
    """The counting turn that the last turn asked aside about (他叫什么 -> 党委书记是谁 after 党委书记讲了几次党课):
    other people (其他班子成员呢) are asked what the counted turn asked, not who they are; `last` otherwise."""
    if not is_people(core) or QUANTITY_WORD.search(last.question) or not last.earlier:
        return last
    who = WHO_ASKED.search(ENDING.sub("", last.question))
    counted = last.earlier[-1]
    if not who or not asks_quantity(counted.question) or counted.refused:
        return last
    asked = ENDING.sub("", last.question)[: who.start()]
    role = asked.removeprefix(last.holder)
    role = PERIOD.sub("", role)
    return counted if role and role in counted.question else last


def quarter_of_half(question: str, core: str) -> str:
    """二季度呢 after 上半年查处多少起: the question of that quarter in place of the half-year; "" otherwise."""
    quarter = QUARTER.fullmatch(core.strip())
    half = HALF.search(question)
    if not quarter or not half or QUARTER.search(question):
        return ""
    return f"{question[: half.start()]}{quarter.group(0)}{question[half.end() :]}"
