"""People as reports name them: a name where it ends (罗成林 of 罗成林对新任班组长…, not 罗成林对), the holder
named beside a role (党委书记、董事长邱振华 / 支部书记由远帆物流副总经理包立新担任), and the one of several
holders whose unit the question says (第一党支部的书记 -> 机关第一党支部书记罗成林, not 党组书记包立新)."""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME, ROLES, post_said
from assistant.core.names import is_name
from assistant.core.words import tagged_words

# Titles of heads and officers besides the Party roles: 董事长, 乡长, 总会计师, 总工程师.
TITLE = r"(?<!其)[\u4e00-\u9fff]{1,2}长|总(?:会计|工程|经济|审计)师|总法律顾问"
# What follows a name in a report's sentence: 罗成林对…, 包立新担任, 向明远讲…, 聂文轩同志.
NAME_FOLLOWERS = (
    r"同志|担任|兼任|任|讲|主持|领学|带领|带头|牵头|负责|分管|参加|作|对|在|和|与|及|等|为|是|的|以|重点|主要|、"
)
BOUNDED_NAME = rf"{NAME}(?<![担兼])(?=[^\u4e00-\u9fa5]|$|{NAME_FOLLOWERS})"
OTHER_TITLES = rf"(?:、(?:[\u4e00-\u9fff]{{0,4}}?(?:{ROLES}|{TITLE})))*"
QUALIFIER_SPAN = 12  # characters before a role that say whose it is (机关第一党支部)


def holders(role: str, text: str) -> list[tuple[int, str]]:
    """(where the role stands, name) of each holder `text` names beside `role`: right after it, perhaps
    after other titles (书记、董事长邱振华), or as 由…担任; a 副 role is not the role itself."""
    deputy = "" if role.startswith("副") else "(?<!副)"
    said = rf"{deputy}{post_said(role)}[：:\s]*"
    appointed = re.compile(rf"{said}由[^，。；]{{0,16}}?({NAME})(?=(?:同志)?(?:担任|兼任))")
    # 林某任组长、高某任副组长: the name said before the role it takes (not 高某 after 组长、副书记)
    taking = re.compile(rf"({NAME})(?:同志)?(?:担任|兼任|任){deputy}{post_said(role)}")
    took = {m.start(): name_at(text, m.start(1), m.group(1)) for m in taking.finditer(text)}
    if took:
        return sorted(took.items())
    for name in (BOUNDED_NAME, rf"{NAME}(?!任)"):  # where the name ends is known, else where the words say
        beside = re.compile(rf"{said}(?:由|为|是)?(?:{ROLES}|{TITLE})?{OTHER_TITLES}({name})")
        found = {
            m.start(): name_at(text, m.start(1), m.group(1))
            # 由常务副局长某某同志担任: the appointed name wins over a title read as one right after 由 (常务)
            for pattern in (beside, appointed)
            for m in pattern.finditer(text)
        }
        # 主任柯长林全程…: a name right after the role is no title (柯长) and another name (林全程)
        bare = re.compile(rf"{said}(?:为|是)?({name})")
        found |= {
            m.start(): held
            for m in bare.finditer(text)
            if m.start() in found and is_name(held := name_at(text, m.start(1), m.group(1)))
        }
        if found:
            return sorted(found.items())
    return []


def name_at(text: str, at: int, name: str) -> str:
    """`name` as long as the words of `text` let it be: 林涛 of 林涛逐一进行 (逐一 is a word), 刘晓芸 of 刘晓芸分工."""
    if len(name) < 3:
        return name
    ends, length = set(), 0
    for word, _ in tagged_words(text[at : at + len(name) + 4]):
        length += len(word)
        ends.add(length)
    return name[:2] if 2 in ends and len(name) not in ends else name


def named_holder(role: str, text: str, qualifier: str = "") -> str:
    """The holder of `role` that `text` names, the one whose unit ends like `qualifier` (the words of the
    question before the role) when several are named; "" when it names none."""
    found = holders(role, text)
    if not found:
        return ""

    def shared_end(at: int) -> int:
        before = text[max(0, at - QUALIFIER_SPAN) : at]
        return next((n for n in range(min(len(before), len(qualifier)), 0, -1) if before.endswith(qualifier[-n:])), 0)

    best = max(found, key=lambda held: shared_end(held[0]))  # max keeps the first of equals
    return best[1]


PEOPLE_NAMED = re.compile(rf"(?:{ROLES}|{TITLE}){OTHER_TITLES}[：:\s]*(?:由|为|是)?({BOUNDED_NAME})")


def people_named(text: str) -> list[str]:
    """The people `text` names beside a role, in order (书记方某，副书记黄某，组织委员冯某 -> 方某, 黄某, 冯某)."""
    return list(dict.fromkeys(name_at(text, m.start(1), m.group(1)) for m in PEOPLE_NAMED.finditer(text)))
