"""The branch of an organisation a question asks about (外科 of 中医院外科党支部, 第二支部 of 二支部, 机关支部 of
执法支队机关支部, 河西所 / 推广站 / 防保科 / 办公室), and whether a statement is said of it: a figure of the whole
organisation is no branch's figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.branch_short_names import said_by_short_form
from assistant.answer.question import GENERIC_ORG, PERIOD, UNIT_SUFFIX
from assistant.core.words import cut_words, tagged_words
from assistant.index.manifest import DocRecord
from assistant.search.organisations import named_organisation

# The unit's own name follows the organisation's (中医院|外科) or opens the question; 2023年开了几次党小组会 names none.
UNIT_NAME = re.compile(
    r"(?:^|院|学校|大学|公司|集团|机关|党委|党总支|党支部|支部|局|社区|村|镇|街道|中心)([\u4e00-\u9fff]{2,8})$"
)
NOT_A_UNIT_NAME = re.compile(
    r"[一二三四五六七八九十两几各每全所这那哪\d]+个?$|各|每|基层|下属|所有|全部|^(?:召开|开展|组织|举办|参加|召集|成立)$"
)
ENUMERATION = re.compile(r"(?<!\d)[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")  # 下设内科、外科、医技4个党支部
COUNT_BEFORE = re.compile(r"(?<![这那])(?:几|多少)个?$")  # 这几个学生党支部 names them
UNITS_COUNTED = re.compile(r"(?:有|共|一共|共有|总共)?(?:几|多少)个?(?:[？?。！!，,\s]|$)")
# Offices of a body that are no Party units by name (市场监管局河西所, 农业农村局推广站, 卫生院防保科, 局办公室):
# their figures are theirs, not the body's. 科 of 科技/学科 and 所 of 所有/场所 are no office.
OFFICE_SUFFIX = re.compile(r"(所|站|科室|科|办公室)(?![有属谓以会长技学研普级员室务])")
WHOLE_OFFICE = {"办公室"}  # 水务局办公室: the office's name is its kind
ORDINAL = "[一二三四五六七八九十]"
# 二支部 / 第二党支部 / 三大队: an ordinal names a unit with its suffix, a meeting after it (第一党支部党员大会) too;
# 三个支部 / 这三支部 / 各 count them; 统一支部… is no ordinal.
ORDINAL_UNIT = re.compile(
    rf"(?<![一二三四五六七八九十两几多每各这那哪\d个第统唯同万之单逐])第?({ORDINAL}{{1,3}})(党支部|支部|党小组|小组|党总支|大队|中队|分队|车间)"
)
# 第三支部 is 第三党支部, 二支部 is 第二党支部's short form: compared without 党 and 第 before the unit word.
PARTY_INFIX = re.compile(r"党(?=支部|小组|总支)")
ORDINAL_MARK = re.compile(rf"第(?={ORDINAL}+(?:支部|小组|总支|大队|中队|分队|车间))")
# 科技局党支部 / 妇联机关支部: the body's name and no more than the word of its own branch
OWN_BRANCH_WORD = re.compile(r"(?:机关)?(?:党)?支部$")
# 公路 + 院 of 设计院公路院党支部: a kind word cut off its name is the sub-unit's own (公路院, 规划科).
KIND_WORD = frozenset("院局所处科室部")
# 信访局今年上半年来访接待党支部: a period between the organisation and its branch's name is no part of the name.
# After a period a verb phrase is what happened then (2022年最早改选党支部, 去年新成立): a name has no
# adverb, locative, adjective, numeral or particle, nor a branch's own procedure as its last word.
NOT_IN_A_NAME_TAGS = ("f", "d", "a", "m", "u", "p", "c", "r")
PROCEDURES = re.compile(r"换届|成立|组建|召开|撤销|撤并|合并|调整|选举|改选|整顿")
# 在火车站 / 去推广站: a name after a verb or a preposition is where someone went, not whose figure
NOT_A_NAME_TAGS = ("v", "p", "r", "d", "c", "u")


def sub_unit(question: str) -> str:
    """The name of the branch or group a question asks about (外科 in 中医院外科党支部有多少名党员), if any."""
    found = [*UNIT_SUFFIX.finditer(question), *OFFICE_SUFFIX.finditer(question), *ORDINAL_UNIT.finditer(question)]
    for suffix in sorted(found, key=lambda m: -m.start()):  # the last is the most specific
        if UNITS_COUNTED.match(question, suffix.end()):
            continue  # 学生支部几个: the branches are counted, none is asked about
        if suffix.re is ORDINAL_UNIT:
            return f"第{suffix.group(1)}{suffix.group(2)}"
        before = question[: suffix.start()]
        if suffix.group(1) in WHOLE_OFFICE:
            return suffix.group(1)
        named = UNIT_NAME.search(before) or after_period(before)
        words = cut_words(named.group(1)) if named else []
        if len(words) > 1 and words[-1] in KIND_WORD:
            words[-2:] = [words[-2] + words[-1]]
        if words and suffix.re is UNIT_SUFFIX and words[-1].endswith("机关"):
            return f"机关{suffix.group(1)}"  # 执法支队机关支部 / 局机关党支部: the 机关's branch, not the body
        if not words or len(words[-1]) < 2 or NOT_A_UNIT_NAME.match(words[-1]) or GENERIC_ORG.fullmatch(words[-1]):
            continue
        if COUNT_BEFORE.search(named.group(1)[: -len(words[-1])]):
            continue  # 有几个学生党支部: those branches are counted, none is asked about
        if suffix.re is OFFICE_SUFFIX:
            tagged = tagged_words(named.group(1))
            if len(tagged) > 1 and tagged[-2][1].startswith(NOT_A_NAME_TAGS):
                continue
            return words[-1] + suffix.group(1)  # 河西所: 河西 alone may be a place of any unit
        # An ordinal names a unit only with its suffix: 第一党小组, not any 第一.
        return words[-1] + suffix.group(1) if words[-1].startswith("第") else words[-1]
    return ""


def after_period(before: str) -> re.Match[str] | None:
    """The words after a period right after the organisation (局今年上半年|来访接待), when they make a noun phrase."""
    for period in PERIOD.finditer(before):
        named = UNIT_NAME.search(before[: period.start()] + before[period.end() :].lstrip("的"))
        rest = before[period.end() :]
        if named and rest and named.group(1).endswith(rest) and noun_phrase(rest):
            return named
    return None


def noun_phrase(text: str) -> bool:
    tagged = tagged_words(text)
    return not PROCEDURES.search(tagged[-1][0]) and not any(tag.startswith(NOT_IN_A_NAME_TAGS) for _, tag in tagged)


def plain_unit_words(text: str) -> str:
    """第二党支部 as 二支部, the short form a unit's name is compared in."""
    return ORDINAL_MARK.sub("", PARTY_INFIX.sub("", text))


def names_unit(unit: str, place: str, statement: str) -> bool:
    """Whether a statement is said of the unit: its place (title, section) or the statement names it,
    outside a list of units (下设内科、外科…4个党支部，共有党员97名 is the hospital's figure, not 外科's).
    二支部 is not said of 第十二党支部."""
    unit = plain_unit_words(unit)
    said = re.compile(rf"(?<!{ORDINAL}){re.escape(unit)}" if re.match(ORDINAL, unit) else re.escape(unit))
    texts = (place, ENUMERATION.sub("", statement))
    # 疾控 said of 疾病控制党支部's row: a short form is no other branch's name
    return any(said.search(plain_unit_words(text)) or said_by_short_form(unit, text) for text in texts)


def own_branch(holder: str, reports: Sequence[DocRecord]) -> bool:
    """Whether a holder ending in 党支部 is the organisation whose documents they are, itself a branch (妇联机关党支部
    of a 妇联机关党支部's report; 科技局党支部 of a 科学技术局党支部's), rather than a branch of a larger body
    (商务局机关第一党支部 of a 机关党委's reports): the name its documents go by and nothing more than a branch word."""
    if not OWN_BRANCH_WORD.search(holder):
        return False
    said, docs = named_organisation(holder, reports)
    if not docs or said not in holder:
        return False
    rest = holder[holder.index(said) + len(said) :]
    is_branch = any(a.endswith("支部") for r in reports if r.doc_id in docs and r.profile for a in r.profile.aliases)
    return is_branch and (not rest or bool(OWN_BRANCH_WORD.fullmatch(rest)))
