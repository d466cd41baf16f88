"""Pages set in two columns of running text: read each column top to bottom, the left one first.

A PDF draws a two-column page row by row, so lines rebuilt from glyph heights join the two columns' lines
side by side. The columns show as a vertical gutter of whitespace that runs through many rows; rows that
cross it (a full-width title above the columns, a paragraph below them) keep their place. A table also
leaves wide gaps between its cells, so a gutter only parts running text: both sides wide, with lines
wrapped at their column's right edge, and no rule drawn across or inside the rows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.ingest.readers.pdf import Glyphs
    from assistant.ingest.readers.pdf_tables import Divider

WRAP_REACH = 2.5  # in font sizes: a line ending this close to the right margin was wrapped
GUTTER = 1.2  # in font sizes: the least whitespace between two columns (a Latin word space is far less)
MIN_SIDE_BY_SIDE = 3  # rows with text on both sides of a gutter
COLUMN_WIDTH = 10.0  # in font sizes: a column of running text is wider than a table's label or figure column
MIN_WRAPPED = 2  # lines of each column wrapped at its right edge: running text, not cells


@dataclass(frozen=True)
class Column:
    """The left and right margins of the column a line was read in."""

    left: float
    right: float


def column_rows(
    rows: list[list[Glyphs]], dividers: Sequence[Divider] = (), rules: Sequence[float] = ()
) -> list[tuple[list[Glyphs], Column | None]]:
    """Rows top to bottom -> rows in reading order, each with its column (None: a row across the page)."""
    x = gutter(rows)
    if x is None:
        return [(row, None) for row in rows]
    out: list[tuple[list[Glyphs], Column | None]] = []
    run: list[list[Glyphs]] = []
    for row in [*rows, []]:  # an empty row closes the last run
        if row and not any(glyph.x < x < glyph.end for glyph in row):
            run.append(row)
            continue
        out += read_columns(run, x, dividers, rules)
        run = []
        if row:
            out.append((row, None))
    return out


def gutter(rows: list[list[Glyphs]]) -> float | None:
    """The middle of the widest band of x positions that lies in a wide gap of the most rows, when at least
    MIN_SIDE_BY_SIDE rows have text on both of its sides."""
    counts: Counter[int] = Counter()
    for row in rows:
        boxes = sorted((glyph.x, glyph.end) for glyph in row)
        least = GUTTER * median(glyph.size for glyph in row)
        reach = boxes[0][1]
        for start, end in boxes[1:]:
            if start - reach >= least:
                counts.update(range(math.ceil(reach), math.floor(start) + 1))
            reach = max(reach, end)
    if not counts or max(counts.values()) < MIN_SIDE_BY_SIDE:
        return None
    best = max(counts.values())
    xs = sorted(x for x, count in counts.items() if count == best)
    bands: list[list[int]] = []
    for x in xs:
        if bands and x == bands[-1][-1] + 1:
            bands[-1].append(x)
        else:
            bands.append([x])
    widest = max(bands, key=len)
    return (widest[0] + widest[-1]) / 2


def read_columns(
    run: list[list[Glyphs]], x: float, dividers: Sequence[Divider], rules: Sequence[float]
) -> list[tuple[list[Glyphs], Column | None]]:
    """Rows that do not cross the gutter at x: the left column's parts, then the right column's, when the
    two sides are columns of running text; else the rows as they are."""
    lefts = [[glyph for glyph in row if glyph.x < x] for row in run]
    rights = [[glyph for glyph in row if glyph.x >= x] for row in run]
    if sum(1 for left, right in zip(lefts, rights) if left and right) < MIN_SIDE_BY_SIDE:
        return [(row, None) for row in run]
    size = median(glyph.size for row in run for glyph in row)
    left, right = span(lefts), span(rights)
    top = max(glyph.y + glyph.size for glyph in run[0])
    bottom = min(glyph.y for glyph in run[-1])
    ruled = any(bottom < rule < top for rule in rules) or any(
        left.right <= divider.x <= right.left and divider.bottom < top and divider.top > bottom for divider in dividers
    )
    if ruled or not (running_text(lefts, left, size) and running_text(rights, right, size)):
        return [(row, None) for row in run]
    return [(row, left) for row in lefts if row] + [(row, right) for row in rights if row]


def span(rows: list[list[Glyphs]]) -> Column:
    glyphs = [glyph for row in rows for glyph in row]
    return Column(min(glyph.x for glyph in glyphs), max(glyph.end for glyph in glyphs))


def running_text(rows: list[list[Glyphs]], column: Column, size: float) -> bool:
    """A wide column whose lines are wrapped at its right edge."""
    wrapped = sum(1 for row in rows if row and max(glyph.end for glyph in row) >= column.right - WRAP_REACH * size)
    return column.right - column.left >= COLUMN_WIDTH * size and wrapped >= MIN_WRAPPED
