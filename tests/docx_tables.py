"""Word tables for fixtures: rows written cell by cell (empty cells left empty), then cells merged."""

from __future__ import annotations

from collections.abc import Sequence

Cell = tuple[int, int]


def add_table(document, rows: Sequence[Sequence[str]], merges: Sequence[tuple[Cell, Cell]] = (), grid: bool = False):
    """The table of `rows` added to a python-docx `document`, each (first, last) cell pair of `merges` merged."""
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    if grid:
        table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for first, last in merges:
        table.cell(*first).merge(table.cell(*last))
    return table
