"""Who the members of a group are (班子成员都有谁): the names one paragraph of the report gives the
group, each marked as a person (赵某同志…；钱某同志…), all of them when the report states how many."""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME
from assistant.answer.person_names import BOUNDED_NAME, is_name, people_named
from assistant.answer.post_roster import roster
from assistant.core.numerals import CHINESE_NUMERAL, chinese_to_int
from assistant.core.schema import Chunk

# 都有谁，啥职务: the posts of the people asked for too, which the answer shows beside each name
POSTS_ASKED = r"[，,]?(?:各自|分别|都)?(?:是|任|担任)?(?:啥|什么|哪些|何)(?:职务|职位|分工|岗位)呢?"
# 都有谁 / 分别是谁: several people asked for, not one (谁主持的); 哪几位 is a list question already.
ASKS_PEOPLE = re.compile(rf"(?:都|分别|各自)(?:有|是)谁(?:{POSTS_ASKED})?[？?呢。]*$")
MARKED_NAME = re.compile(rf"({NAME})同志")
# 除方某、黄某外的支委都有谁: members already talked about, left out of the answer
EXCEPT = re.compile(rf"除了?((?:{NAME}、?)+?)(?:以)?外的?")
MIN_MEMBERS = 3
MIN_GROUP, MAX_GROUP = 2, 6  # characters of the group's name (成员, 班子成员, 支部委员会委员)
STATED_SIZE = r"{0}[^，。；]{{0,6}}?(\d+|{1})(?:人|名|位)"
SIZE_BEFORE = r"(\d+|{1})(?:人|名|位){0}"  # 由7名委员组成: the size said before the group
# 委员郑海峰、陆文静: the names after a role's holder that share the role
SHARED_ROLE = re.compile(rf"、({BOUNDED_NAME})")


def asks_people(question: str) -> bool:
    return bool(ASKS_PEOPLE.search(question))


def group_said(question: str, line: str) -> str:
    """The longest end of the question's words before its asking that the line says (党委班子成员 →
    班子成员): how the report names the group; "" when it says none of it."""
    asked = ASKS_PEOPLE.search(question)
    phrase = (question[: asked.start()] if asked else question).rstrip("的")
    for length in range(min(MAX_GROUP, len(phrase)), MIN_GROUP - 1, -1):
        if phrase[-length:] in line:
            return phrase[-length:]
    return ""


def group_members(question: str, chunks: list[Chunk]) -> tuple[Chunk, str, list[str]] | None:
    """(chunk, line, names) of the document's paragraph naming the most members of the asked group, each
    as 某某同志; None when no paragraph names three, or the document does not state that size of the group."""
    best: tuple[Chunk, str, list[str]] | None = None
    group = ""
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            said = group_said(question, line)
            names = list(dict.fromkeys(MARKED_NAME.findall(line))) or sharing_roles(line) if said else []
            if len(names) >= MIN_MEMBERS and (best is None or len(names) > len(best[2])):
                best, group = (chunk, line, names), said
    if best is None:
        return None
    # Members said in other paragraphs too (the one who chairs) cannot be told apart: only a stated size
    # the paragraph's names reach makes the list whole.
    return best if stated_size(group, chunks) == len(best[2]) else None


def sharing_roles(line: str) -> list[str]:
    """The people a line names beside their roles, with those listed after one who share the role
    (书记甲，委员乙、丙 -> 甲, 乙, 丙)."""
    names: list[str] = []
    for name in people_named(line):
        names.append(name)
        at = line.find(name) + len(name)
        while (more := SHARED_ROLE.match(line, at)) and is_name(more.group(1)):
            names.append(more.group(1))
            at = more.end()
    return list(dict.fromkeys(names))


def stated_size(group: str, chunks: list[Chunk]) -> int | None:
    """How many the document says the group has (班子成员五人参加会议 / 由7名委员组成), if it says."""
    patterns = [re.compile(size.format(re.escape(group), CHINESE_NUMERAL)) for size in (STATED_SIZE, SIZE_BEFORE)]
    for chunk in chunks:
        found = patterns[0].search(chunk.text) or patterns[1].search(chunk.text)
        if found:
            number = found.group(1)
            return int(number) if number.isdigit() else chinese_to_int(number)
    return None


# 四个支部书记分别是谁 / 两个教工支部的书记分别是谁: how many units, which kind, and the role of each.
HOLDER_ROLE = r"(副?书记|组织委员|宣传委员|纪检委员|负责人|组长)(?:都|分别|各自)(?:有|是)谁"
ASKED_HOLDERS = (
    re.compile(rf"(\d+|{CHINESE_NUMERAL})个([\u4e00-\u9fff]{{1,8}}?)的?{HOLDER_ROLE}"),
    re.compile(rf"()([\u4e00-\u9fff]{{2}})的?{HOLDER_ROLE}"),  # 各支部书记: the kind is the last word before
)
ROW = re.compile(r"^([^：:，,。]{2,30})[：:](.+)$")
HOLDER = r"{0}(?:为|是|：|:)\s*([\u4e00-\u9fa5]{{2,4}}?)(?=[，,。；;\s]|$)"
MIN_ROWS = 2


def row_holders(question: str, chunks: list[Chunk]) -> list[tuple[Chunk, str, str, str]]:
    """(chunk, row, unit, name) of each table row of the asked kind of unit (第一党支部（…）：支部书记为…),
    with the asked role's holder; [] unless every unit the question counts (五个) has its row."""
    asked = next((found for pattern in ASKED_HOLDERS if (found := pattern.search(question))), None)
    if not asked:
        return []
    number, kind, role = asked.groups()
    holder = re.compile(HOLDER.format(role))
    rows: dict[str, tuple[Chunk, str, str, str]] = {}
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            row = ROW.match(line.strip())
            found = holder.search(row.group(2)) if row and kind.lstrip("党") in row.group(1) else None
            if found:
                rows.setdefault(row.group(1), (chunk, line.strip(), row.group(1), found.group(1)))
    wanted = (int(number) if number.isdigit() else chinese_to_int(number)) if number else None
    if len(rows) < MIN_ROWS or (wanted is not None and wanted != len(rows)):
        return []  # 两个教工支部 but one row says 教工: which is the third is not for us to guess
    return list(rows.values())


# 发展党员2名（甲、乙）/ 接收预备党员1名（观测股业务骨干林某）: a count of people and their names in brackets.
COUNTED_NAMES = re.compile(rf"(\d+|{CHINESE_NUMERAL})(?:名|人|位)[（(]([^（()）]{{2,80}})[）)]")
BRACKET_NAME = re.compile(rf"({NAME})$")


def counted_names(question: str, chunks: list[Chunk]) -> tuple[Chunk, str, list[str]] | None:
    """(chunk, sentence, names) where the document gives the asked group (发展党员) a count and, in brackets,
    exactly that many names; None when no sentence does."""
    for chunk in chunks:
        for sentence in re.split(r"(?<=[。；;])", chunk.text):
            for found in COUNTED_NAMES.finditer(sentence):
                if not group_said(question, sentence[max(0, found.start() - MAX_GROUP - 4) : found.start()]):
                    continue
                names = [m.group(1) for item in found.group(2).split("、") if (m := BRACKET_NAME.search(item.strip()))]
                number = found.group(1)
                size = int(number) if number.isdigit() else chinese_to_int(number)
                if len(names) == size == len(found.group(2).split("、")) and all(map(is_name, names)):
                    return chunk, sentence.strip(), names
    return None


def members(question: str, chunks: list[Chunk]) -> list[tuple[Chunk, str, str]]:
    """(chunk, quoted line, what to show) per person: each row's unit and holder (各支部书记分别是谁), else
    the members one paragraph names (班子成员都有谁); [] when the document says neither fully."""
    rows = row_holders(question, chunks)
    if rows:
        return [(chunk, row, f"{unit}：{name}") for chunk, row, unit, name in rows]
    excepted = EXCEPT.search(question)
    left_out = excepted.group(1).split("、") if excepted else []
    found = group_members(question, chunks) or counted_names(question, chunks)
    if found:
        return [(found[0], found[1], name) for name in found[2] if name not in left_out]
    asked = ASKS_PEOPLE.search(question)
    listed = roster(question[: asked.start()] if asked else question, chunks)  # 党委班子都有谁: one roster sentence
    return (
        [(listed[0], listed[1], f"{name}（{posts}）") for name, posts in listed[2] if name not in left_out]
        if listed
        else []
    )
