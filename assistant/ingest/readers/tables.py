"""Table rows -> lines that carry their headers, so one row or one cell can be found and cited.

"全年合计　6　13" under "季度　支部党员大会（次）　支委会（次）" becomes
"全年合计：支部党员大会6次，支委会13次". The cells stay in their order, so a quote of the
row as U+3000-joined cells still matches the line.
"""

from __future__ import annotations

import re

from assistant.core.text import GROUP_BOUND

CELL_SEPARATOR = "　"
SENTENCE_ENDS = ("。", "！", "？", "；")
# "支委会（次）" -> name 支委会, unit 次; "金额(万元)" -> 金额, 万元
UNIT_IN_HEADER = re.compile(r"^(?P<name>.+?)[（(](?P<unit>[^（）()\d]{1,4})[）)]$")
NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)*$")
# A header cell names a column: short, and no figures except a year ("2023年") or its unit, or a bound
# naming a group (35岁以下党员).
YEAR = re.compile(r"\d{4}年度?")
MAX_HEADER_CELL = 20
PLACEHOLDERS = frozenset({"—", "-", "－", "/", "／", "无", "——"})
SERIAL_HEADERS = frozenset({"序号", "编号", "序", "No.", "NO."})
# A lower header that names the measure of its figures rather than a thing: 党课 over 场次 | 参加人次 reads
# 党课6场, 党课参加236人次, so a question asking 几场党课 finds the measure word beside the figure.
MEASURE_NOUNS = {
    "场次": "场",
    "人次": "人次",
    "次数": "次",
    "人数": "人",
    "个数": "个",
    "户数": "户",
    "件数": "件",
    "期数": "期",
}
MEASURED = re.compile(rf"^(?P<name>.*?)(?P<noun>{'|'.join(MEASURE_NOUNS)})$")
# A unit's name led by its number (2号跨江大桥项目党支部, 3号线项目部) is a text cell, not a figure: it keeps 为
# after its column name so that the name is read whole, never as the figure 2 of a column.
NUMBERED_UNIT = re.compile(
    r"^\d+[\u4e00-\u9fffA-Za-z0-9\-]*?[\u4e00-\u9fff]{2,}"
    r"(?:党支部|支部|党总支|党小组|项目部|项目|中心|大队|中队|分队|公司|车间|班组|社区|[站所队组部科处室村厂校院区])$"
)
MEASURE_WORDS = frozenset({"名", "人", "人次", "次", "场", "个", "件", "户", "期", "家", "项", "条", "元", "万元"})


def is_header_cell(cell: str) -> bool:
    return 0 < len(cell) <= MAX_HEADER_CELL and not re.search(r"\d", GROUP_BOUND.sub("", YEAR.sub("", cell)))


def looks_like_header(row: list[str]) -> bool:
    """A first row that names columns; the corner cell of a cross table may be empty."""
    return len(row) >= 2 and all(is_header_cell(c) for c in row[1:]) and (not row[0] or is_header_cell(row[0]))


def has_header_and_figures(rows: list[list[str]]) -> bool:
    """A two-column table with a header: "类别 | 学时（小时）", or whose second column holds figures."""
    if len(rows) < 2 or not looks_like_header(rows[0]):
        return False
    return bool(UNIT_IN_HEADER.match(rows[0][1])) or all(NUMBER.match(row[-1]) for row in rows[1:])


Cell = tuple[str, int]  # a cell's text and how many grid columns it spans


def with_stacked_header(rows: list[list[Cell]]) -> list[list[str]]:
    """Cell texts per grid column; two header rows, the upper one spanning columns (发展党员（名） over
    计划 | 实际), become one header that names each column (发展党员计划（名）, 发展党员实际（名）)."""
    texts = [[text for text, _ in row] for row in rows]
    if len(rows) >= 3 and any(span > 1 for _, span in rows[0]) and looks_like_header(texts[1]):
        header = stacked_header(rows[0], texts[1])
        if header is not None:
            return [header, *map(grid_row, rows[2:])]
    return [grid_row(row) for row in rows]


def grid_row(row: list[Cell]) -> list[str]:
    """A merged cell's text once, under the first column it covers, and the columns after it left empty:
    a 合计 merged over 片区 | 乡镇 leaves its figures under their own headers, not one column to the left."""
    return [text if column == 0 else "" for text, span in row for column in range(span)]


def stacked_header(top: list[Cell], bottom: list[str]) -> list[str] | None:
    """One name per grid column; None when the rows do not line up. The lower row either repeats a cell
    merged down from the upper one (Word) or leaves it out (HTML rowspan)."""
    columns = sum(span for _, span in top)
    repeats = columns == len(bottom)
    if not repeats and columns != len(bottom) + sum(span == 1 for _, span in top):
        return None
    names, below = [], iter(bottom)
    for text, span in top:
        if span == 1 and not repeats:
            names.append(text)
        else:
            names.extend(joined_header(text, next(below)) for _ in range(span))
    return names


def joined_header(upper: str, lower: str) -> str:
    """主题党日（次） over 计划 -> 主题党日计划（次）, so a cell still reads 主题党日计划3次; a year goes first
    (党员（名） over 2024年 -> 2024年党员（名）)."""
    if not lower or lower == upper:
        return upper
    if YEAR.fullmatch(lower):
        return f"{lower}{upper}"
    measured = measured_header(upper, lower)
    if measured:
        return measured
    match = UNIT_IN_HEADER.match(upper)
    if match:
        # 开展活动（次） over 示范岗（个）: the column's own unit counts its figures, the group's does not
        own_unit = UNIT_IN_HEADER.match(lower) is not None
        return f"{match.group('name')}{lower}" if own_unit else f"{match.group('name')}{lower}（{match.group('unit')}）"
    return f"{upper}{lower}"


def measured_header(upper: str, lower: str) -> str | None:
    """党课 over 场次 -> 党课（场）; over 参加人次 -> 党课参加（人次）; 参训 over 人数（名） -> 参训（名）; 发展党员 over
    名 -> 发展党员（名）. None when the lower header names no measure."""
    upper_unit = UNIT_IN_HEADER.match(upper)
    name = upper_unit.group("name") if upper_unit else upper
    if lower in MEASURE_WORDS:
        return f"{name}（{lower}）"
    lower_unit = UNIT_IN_HEADER.match(lower)
    measured = MEASURED.match(lower_unit.group("name") if lower_unit else lower)
    if measured is None:
        return None
    unit = lower_unit.group("unit") if lower_unit else MEASURE_NOUNS[measured.group("noun")]
    return f"{name}{measured.group('name')}（{unit}）"


def render_cell(header: str, value: str) -> str:
    """One cell with its column name: 支委会13次, 党员人数61名, 支部书记为王磊."""
    if not header or value in ("", header):
        return value
    match = UNIT_IN_HEADER.match(header)
    if match and NUMBER.match(value):
        return f"{match.group('name')}{value}{match.group('unit')}"
    # a header naming its measure gives the figure its unit, as a question says it: 学员人次 -> 学员98人次; a count
    # noun stays, since a question may name it (听课人数 -> 听课人数64人, 期数 -> 期数2期)
    measured = MEASURED.match(header)
    if measured and NUMBER.match(value):
        noun = measured.group("noun")
        name = header if noun.endswith("数") else measured.group("name")
        return f"{name}{value}{MEASURE_NOUNS[noun]}"
    if NUMBER.match(value) or (value[0].isdigit() and not NUMBERED_UNIT.match(value)) or value in PLACEHOLDERS:
        return f"{header}{value}"  # 时间2月16日, 得分95
    return f"{header}为{value}"


def render_row(header: list[str], row: list[str]) -> str:
    label = f"{header[0]}{row[0]}" if header[0] in SERIAL_HEADERS else row[0]
    cells = [render_cell(h, v) for h, v in zip(header[1:], row[1:], strict=False) if v]
    cells += [v for v in row[len(header) :] if v]  # a ragged row keeps its extra cells
    if not cells:
        return label
    return f"{label}：{'，'.join(cells)}" if label else "，".join(cells)


def render_table(rows: list[list[str]]) -> list[str]:
    """One line per row that names its columns; each row is a sentence of its own.

    The header row is not repeated as a line: every row already carries it. Two-column tables
    without a header over figures are label/value forms ("会议时间 | 3月26日" -> "会议时间：3月26日").
    A table without a recognisable header keeps its rows as U+3000-joined cells.
    """
    rows = [[c.strip() for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    if max(len(row) for row in rows) == 2 and not has_header_and_figures(rows):
        return [f"{row[0]}：{row[1]}" if len(row) == 2 and row[0] and row[1] else "".join(row) for row in rows]
    if len(rows) < 2 or not looks_like_header(rows[0]):
        return [CELL_SEPARATOR.join(c for c in row if c) for row in rows]
    header, body = rows[0], rows[1:]
    lines = []
    for row in body:
        distinct = [c for c in row if c]
        if len(distinct) <= 1:  # a row spanning the table: a caption or a group title
            lines.append("".join(distinct))
        else:
            lines.append(end_sentence(render_row(header, row)))
    return lines


def end_sentence(line: str) -> str:
    return line if line.endswith(SENTENCE_ENDS) else line + "。"
