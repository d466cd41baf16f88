"""Tables in a PDF text layer: a wide gap between glyphs opens a cell, a cell wrapped onto more lines is
joined back into its row by the rules drawn between rows, and runs of rows are rendered with their headers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.ingest.readers.tables import (
    CELL_SEPARATOR,
    NUMBER,
    Cell,
    is_header_cell,
    render_table,
    stacked_header,
)

if TYPE_CHECKING:
    from assistant.ingest.readers.pdf import Glyphs, Line

CELL_GAP = 1.5  # in font sizes: wider than any justification gap, as between table columns
# Marks a wide gap until tables are rendered: a U+3000 typed in the text is no cell boundary.
CELL_GAP_MARK = "\x1f"
MIN_TABLE_COLUMNS = 3
GLYPH_MIDDLE = 0.35  # of the font size above the baseline: the middle of a CJK glyph


@dataclass(frozen=True)
class Divider:
    """A vertical rule drawn on the page (a table's column border): x, and the heights it spans."""

    x: float
    bottom: float
    top: float


def opens_cell(previous: Glyphs, glyph: Glyphs, dividers: Sequence[Divider] = ()) -> bool:
    """A gap wider than any justification, or a column border drawn between the two glyphs (a cell filled to
    its border, 县处级领导干部进 then the next column's 2, leaves no wide gap): the glyph starts another cell."""
    if glyph.x - previous.end > CELL_GAP * glyph.size:
        return True
    # the glyph's middle (its baseline is y) must lie within the rule: a line just under a table is no cell of it
    middle = glyph.y + GLYPH_MIDDLE * glyph.size
    return any(previous.x < rule.x < glyph.x and rule.bottom <= middle <= rule.top for rule in dividers)


def cell_starts(row: list[Glyphs], dividers: Sequence[Divider] = ()) -> tuple[float, ...]:
    return (row[0].x, *(g.x for p, g in zip(row, row[1:], strict=False) if opens_cell(p, g, dividers)))


def ruled_rows(lines: list[Line], rules: list[float]) -> list[Line]:
    """A ruled table's cell text wrapped onto more lines (城区一大队党 / 支部) joined into its row: no rule is
    drawn between lines of one row."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        merged = merged_cells(previous, line) if previous and one_row(previous, line, rules) else None
        if merged:
            joined[-1] = merged
        else:
            joined.append(line)
    return joined


def page_break_rows(pages: list[list[Line]], rules: list[list[float]]) -> list[list[Line]]:
    """A row wrapped across a page break joined back: the lines in the first ruled band of a page go, cell by
    cell, into the last row above the previous page's bottom rule, when none of them is a full row itself."""
    out = [list(lines) for lines in pages]
    for at in range(1, len(out)):
        above = [i for i, line in enumerate(out[at - 1]) if rules[at - 1] and line.y > min(rules[at - 1])]
        lower = sorted(rules[at], reverse=True)[1:2]
        if not above or not lower:
            continue
        row = out[at - 1][above[-1]]
        band = [line for line in out[at] if lower[0] < line.y < max(rules[at])]
        if not band or len(row.cells) < MIN_TABLE_COLUMNS or any(len(line.cells) >= len(row.cells) for line in band):
            continue
        merged: Line | None = row
        for line in band:
            merged = merged_cells(merged, line) if merged else None
        if merged is not None:
            out[at - 1][above[-1]] = replace(merged, y=row.y)
            out[at] = [line for line in out[at] if not any(line is joined for joined in band)]
    return out


def one_row(upper: Line, lower: Line, rules: list[float]) -> bool:
    """Both lines lie between the same two rules, and the upper one is a row of a table."""
    return (
        len(upper.cells) >= MIN_TABLE_COLUMNS
        and any(rule > upper.y for rule in rules)
        and any(rule < lower.y for rule in rules)
        and not any(lower.y < rule < upper.y for rule in rules)
    )


def merged_cells(row: Line, line: Line) -> Line | None:
    """The row with each piece of the line appended to the cell above it; None when the pieces do not
    fall one to a column."""
    texts = row.text.split(CELL_GAP_MARK)
    pieces = line.text.split(CELL_GAP_MARK)
    if len(texts) != len(row.cells) or len(pieces) != len(line.cells):
        return None
    # a wrapped cell goes on where its column starts
    columns = [next((i for i, start in enumerate(row.cells) if abs(start - x) <= line.size), -1) for x in line.cells]
    if -1 in columns or len(set(columns)) != len(columns):
        return None
    for column, piece in zip(columns, pieces, strict=True):
        texts[column] += piece
    return replace(row, text=CELL_GAP_MARK.join(texts), x1=max(row.x1, line.x1), y=line.y)


def stacked_headers(lines: list[Line]) -> list[Line]:
    """Rows carried under labels merged down (`labels_merged_down`); two header lines over a table's rows, the upper one with cells merged across columns (党课 over 场次 |
    参加人次) or down (党支部), become one header line naming every column, as for .docx and HTML tables."""
    lines = labels_merged_down(lines)
    out: list[Line] = []
    at = 0
    while at < len(lines):
        header = stacked_line(*lines[at : at + 3]) if at + 2 < len(lines) else None
        if header is None:
            out.append(lines[at])
            at += 1
        else:
            out.append(header)
            at += 2
    return out


def labels_merged_down(lines: list[Line]) -> list[Line]:
    """A row whose first cells are empty because the row above holds a label merged down over both (南区 over two
    towns' rows) takes that label, as a .docx row does, so that it reads 南区：乡镇为…, not as the town's row."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        skipped = leading_columns(above, line) if above else 0
        if above and skipped:
            labels = above.text.split(CELL_GAP_MARK)[:skipped]
            text = CELL_GAP_MARK.join([*labels, line.text])
            line = replace(line, text=text, x0=above.x0, cells=(*above.cells[:skipped], *line.cells))
        out.append(line)
    return out


def leading_columns(above: Line, line: Line) -> int:
    """How many of the row above's first columns the line leaves empty, its other cells starting where the row
    above's do; 0 when it is no such row."""
    if len(above.cells) < MIN_TABLE_COLUMNS or len(above.text.split(CELL_GAP_MARK)) != len(above.cells):
        return 0
    skipped = len(above.cells) - len(line.cells)
    aligned = all(abs(x - start) <= line.size for x, start in zip(line.cells, above.cells[skipped:], strict=False))
    # a serial number (序号 11) labels its own row only: the row under it (合计) left that cell empty
    serial = any(map(is_figure, above.text.split(CELL_GAP_MARK)[: max(skipped, 0)]))
    return skipped if 0 < skipped < len(above.cells) - 1 and aligned and not serial else 0


def stacked_line(upper: Line, lower: Line, body: Line) -> Line | None:
    """The one header line over body's columns; None unless both lines' cells fall one to a column of the body
    and the upper line leaves some columns to the cell before them (a cell merged across)."""
    starts = body.cells
    if len(starts) < MIN_TABLE_COLUMNS or not 2 <= len(upper.cells) < len(starts) or len(lower.cells) < 2:
        return None
    if not all(map(is_header_cell, upper.text.split(CELL_GAP_MARK) + lower.text.split(CELL_GAP_MARK))):
        return None
    top, bottom = column_texts(upper, starts), column_texts(lower, starts)
    if top is None or bottom is None or not top[0]:
        return None
    cells: list[Cell] = []
    for text in top:
        if text is None and cells:
            cells[-1] = (cells[-1][0], cells[-1][1] + 1)  # the column is covered by the cell before it
        else:
            cells.append((text or "", 1))
    names = stacked_header(cells, [text or "" for text in bottom])
    if names is None or not any(span > 1 for _, span in cells):
        return None
    return replace(body, text=CELL_GAP_MARK.join(names), x0=min(upper.x0, lower.x0), y=lower.y)


def column_texts(line: Line, starts: tuple[float, ...]) -> list[str | None] | None:
    """The line's cell texts by the body column each starts in (None where none starts); None when two cells
    start in one column or one starts left of the table."""
    texts = line.text.split(CELL_GAP_MARK)
    if len(texts) != len(line.cells):
        return None
    columns: list[str | None] = [None] * len(starts)
    for x, text in zip(line.cells, texts, strict=True):
        column = max((i for i, start in enumerate(starts) if x >= start - line.size), default=None)
        if column is None or columns[column] is not None:
            return None
        columns[column] = text
    return columns


def render_tables(lines: list[str]) -> list[str]:
    """Runs of lines with the same number of cells (three or more) are a table: rows carry their headers."""
    out: list[str] = []
    run: list[list[str]] = []

    def flush() -> None:
        out.extend(render_table(run) if len(run) >= 2 else [CELL_SEPARATOR.join(row) for row in run])
        run.clear()

    for line in lines:
        cells = line.split(CELL_GAP_MARK)
        if run and spans_leading_labels(cells, run):
            run.append([cells[0], *[""] * (len(run[0]) - len(cells)), *cells[1:]])
            continue
        if len(cells) < MIN_TABLE_COLUMNS:
            flush()
            out.append(line.replace(CELL_GAP_MARK, CELL_SEPARATOR))
            continue
        if run and len(cells) != len(run[0]):
            flush()
        run.append(cells)
    flush()
    return out


def spans_leading_labels(cells: list[str], run: list[list[str]]) -> bool:
    """A row with fewer cells than the table above it, a label then only figures, where the table's last
    columns hold figures: its label is merged over the leading label columns (合计 over 片区 | 乡镇), so its
    figures belong under the last columns, not the first ones."""
    figures = len(cells) - 1
    if not 1 <= figures < len(run[0]) - 1 or is_figure(cells[0]) or not all(map(is_figure, cells[1:])):
        return False
    return len(run) >= 2 and all(is_figure(cell) for row in run[1:] for cell in row[-figures:])


def is_figure(cell: str) -> bool:
    return bool(NUMBER.match(cell.removesuffix("%")))
