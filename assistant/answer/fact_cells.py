"""Figures of a table row rendered as a sentence (label：cell，cell…): the row's label, its measure word, and a
cell's bare figure with the family its column names.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from assistant.answer.fact_plans import PLAN_LABEL
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, UNITS, NumericFact, Qualifier, UnitFamily, family_of
from assistant.core.schema import Chunk
from assistant.core.text import GROUP_BOUND

# A table row rendered as a sentence: "外科党支部：支部书记为邝伟，党员人数26，全年发展党员1". Its label is the
# subject of every figure; a cell with no measure word takes its family from the column name.
# A label may be spaced out across its cell (合  计, 小  计), and a part's row say so (其中：送展下乡（场）).
ROW_LABEL = re.compile(
    r"^((?:其中[：:])?(?:[^：:，,。；;\s]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])){1,24})[：:](.+?)。?$"
)

# A cell names its column, then a value: 支部书记为王磊, 党员人数61名, 时间8月24日, 支部书记—.
# Column names may quote a word: 民主评议“优秀”（人）.
# A column may be named with its year: 2024年计划3, 2024年度完成4.
# A column may name a group by a bound: 其中35岁以下党员6.
# A change column holds a signed figure: 增减+36, 同比-2.
HEAD_CHAR = rf"(?:[\u4e00-\u9fff（）()“”\"「」]|{GROUP_BOUND.pattern})"

UPPER_HEADER = 4  # characters an upper header cell holds at least (开展情况)

# A column may hold a day (召开时间2025年1月16日), longer than a figure with its measure word.
DAY_VALUE = r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?"
ROW_CELL = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年度?{HEAD_CHAR}{{0,12}}|{HEAD_CHAR}{{1,12}})"
    rf"(?:为.{{1,40}}|{DAY_VALUE}|[+＋\-－−]?\d[\d.\u4e00-\u9fff%％]{{0,8}}|[—－-]+)$"
)

# A column may be named by its year alone (2023年98.6) when the row's label holds its measure word.
BARE_CELL = re.compile(
    rf"^(?P<head>(?:19|20)\d{{2}}年度?{HEAD_CHAR}{{0,16}}?|{HEAD_CHAR}{{2,16}}?)(?P<num>\d+(?:\.\d+)?)$"
)

# A row's measure word when its cells are bare figures: in its label (吸收新党员（名）：计划3，完成4) or in a unit
# column (志愿服务：单位为人次，年度计划300，实际完成356).
# The label may state a scale with it (旅客人数（万人次）, 粉丝（万）) or a rate (完成率（%）).
UNIT_IN_LABEL = re.compile(rf"^(?P<name>.+?)[（(](?P<unit>(?:万|亿)?(?:{UNITS}|%|％)|万|亿)[）)]$")

SCALES = {"万": 10_000, "亿": 100_000_000}

UNIT_COLUMN = re.compile(rf"^(?:计量)?单位(?:为)?(?P<unit>{UNITS})$")

PLAN_OR_DONE_COLUMN = re.compile(r"计划|目标|预计|完成|实际")  # a column of a plan/actual table

COLUMN_FAMILIES: tuple[tuple[UnitFamily, re.Pattern[str]], ...] = (
    # 完成率0 / 参学率96 in a row of 个 or 名: a rate, never the row's measure word
    ("percent", re.compile(r"(?:率|比例|占比|比重)$")),
    ("person_time", re.compile(r"人次")),
    ("person", re.compile(r"人数|(党员|同志|干部|人员|学生|教师|职工|委员|积极分子|发展对象|志愿者)数?$|发展数$")),
    # A column named by a meeting or an activity (支委会, 主题党日, 党课) counts how many times it was held.
    # 党课场次 / 培训期数: a column of how many sessions
    ("times", re.compile(r"[次场期]数$|场次$|(?:会|党日|党课|活动|学习|研讨|培训)$")),
)


def row_label(sentence: str) -> str:
    """The label of a table row rendered as a sentence (label：cell，cell…), else ""."""
    match = ROW_LABEL.match(sentence)
    if not match:
        return ""
    cells = without_upper_header([c.strip() for c in re.split(r"[，,]", match.group(2))])
    return match.group(1) if len(cells) >= 2 and all(ROW_CELL.match(c) for c in cells) else ""


def without_upper_header(cells: list[str]) -> list[str]:
    """The cells without the upper cell of a stacked header that several of them repeat (“三会一课”开展情况 of
    …党员大会4次 and …支委会12次), which would make their heads too long to tell from prose."""
    shared = [os.path.commonprefix([a, b]) for i, a in enumerate(cells) for b in cells[i + 1 :] if a[:1] == b[:1]]
    heads = [p for p in shared if len(p) >= UPPER_HEADER and not re.search(r"\d", p)]
    # the head most cells repeat (“三会一课”开展情况 of four cells, not …情况党 of 党员大会 and 党课 only)
    upper = max(heads, key=lambda p: (sum(c.startswith(p) for c in cells), len(p)), default="")
    return [c.removeprefix(upper) or c for c in cells] if upper else cells


# A text cell naming a place or unit the row is of (乡镇为清河镇, 站点为城东站): short, no person. A project's
# name may hold a line or section number (G15改扩建5标项目党支部, 3号线项目部).
NAME_CELL = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,12}为([\u4e00-\u9fffA-Za-z0-9\-－]{1,16}?"
    r"(?:街道|社区|中心|[镇乡村区县市片站所队组部科处室厂场院校园点]))$"
)


def named_cells(sentence: str) -> list[str]:
    """The places or units a table row's text cells name besides its label (清河镇 of 东区：乡镇为清河镇，…)."""
    match = ROW_LABEL.match(sentence)
    cells = re.split(r"[，,]", match.group(2)) if match else []
    return [m.group(1) for c in cells if (m := NAME_CELL.match(c.strip()))]


def row_name(sentence: str, label: str) -> str:
    """Whose a row's figures are: its label with the places its text cells name (东区清河镇), so that a row
    under a label merged down over several rows is told from its siblings."""
    return label + "".join(named_cells(sentence))


def row_unit(clauses: list[str]) -> str:
    """The measure word of a row's bare figures: 名 of 吸收新党员（名）, 人次 of a cell 单位为人次; else ""."""
    if clauses and clauses[0].strip() == "其中":  # 其中：送展下乡（场）：… — the part's own label
        clauses = clauses[1:]
    in_label = UNIT_IN_LABEL.match(clauses[0].strip()) if clauses else None
    if in_label:
        return in_label.group("unit")
    column = next((m for c in clauses[1:] if (m := UNIT_COLUMN.match(c.strip()))), None)
    return column.group("unit") if column else ""


def bare_cell(
    chunk: Chunk,
    sentence: str,
    clause: str,
    label: str,
    position: int,
    in_plan_section: bool,
    offset: int,
    unit: str = "",
) -> NumericFact | None:
    """党员人数26 in the row of 外科党支部: 26 党员 of that branch (the label is the figure's lead).
    A column that names no thing (年度计划3, 完成4) counts the row's thing in the row's measure word: the
    figure is then said of the label (发展党员年度计划), and a column of plans (计划/目标) states a plan."""
    match = BARE_CELL.match(clause)
    if not match:
        return None
    head = match.group("head")
    family = column_family(head) or (whole_column_family(sentence, label) if head.startswith("其中") else None)
    predicate = head
    # 1412 under 旅客人数（万人次）: 1412万 people-times (万元 is a measure word of its own)
    scale = unit[0] if unit[:1] in SCALES and unit not in FAMILY_OF_UNIT else ""
    if family is None and unit:
        thing = UNIT_IN_LABEL.match(label)
        family, predicate = family_of(unit[len(scale) :]), f"{thing.group('name') if thing else label}{head}"
    elif family is None and PLAN_OR_DONE_COLUMN.search(head):  # 发展党员：2024年计划3，2024年完成4
        family = next((f for f, pattern in COLUMN_FAMILIES if pattern.search(label)), None)
        predicate = f"{label}{head}"
    else:
        unit = ""
    if family is None:
        return None
    number, value = match.group("num"), float(match.group("num"))
    if scale and unit:
        number, value, unit = number + scale, value * SCALES[scale], unit[1:]
    qualifiers: set[Qualifier] = {"plan"} if in_plan_section or PLAN_LABEL.search(head) else set()
    return NumericFact(
        chunk,
        sentence,
        clause,
        predicate,
        value,
        number,
        unit,
        family,
        frozenset(qualifiers),
        position,
        lead=label,
        span=(offset + match.start("num"), offset + match.end("num")),
    )


def column_family(head: str) -> UnitFamily | None:
    return next((f for f, pattern in COLUMN_FAMILIES if pattern.search(head)), None)


def whole_column_family(sentence: str, label: str) -> UnitFamily | None:
    """其中员额法官 under a row's 党员数: a 其中 column counts a part of the row's whole, in the whole's family
    (the part's own noun may be one no column list knows)."""
    for clause in sentence[len(label) :].lstrip("：:").split("，"):
        cell = BARE_CELL.match(clause.strip().rstrip("。"))
        if cell and not cell.group("head").startswith("其中"):
            return column_family(cell.group("head"))
    return None


def part_row(before: list[NumericFact], row: list[NumericFact], label: str) -> list[NumericFact]:
    """其中：惠民演出（场）：… under 演出（场）：…: each cell a part of the cell in the same column of the row
    above (never an addend beside it); `row` unchanged when its label says no 其中."""
    if not re.match(r"其中[：:]", label) or not row:
        return row
    above = [f for f in before if f.sentence == before[-1].sentence and f.row] if before else []
    return [
        replace(f, qualifiers=f.qualifiers | {"subset"}, parent=above[n].position if len(above) == len(row) else None)
        for n, f in enumerate(row)
    ]
