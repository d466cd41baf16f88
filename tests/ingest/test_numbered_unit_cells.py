"""A unit's name led by its number (3号隧道项目党支部) in a column of names is a text cell: rendered with 为 after its
column name, whole, never read as the figure 3 of that column."""

from __future__ import annotations

from assistant.answer.fact_cells import named_cells
from assistant.ingest.readers.tables import render_cell, render_table


def test_numbered_unit_name_keeps_its_label() -> None:
    assert render_cell("项目党支部", "3号隧道项目党支部") == "项目党支部为3号隧道项目党支部"
    assert render_cell("工区", "5标段第二工区") == "工区为5标段第二工区"


def test_figures_and_dates_led_by_digits_stay_bare() -> None:
    assert render_cell("召开时间", "3月12日") == "召开时间3月12日"
    assert render_cell("得分", "97.5") == "得分97.5"
    assert render_cell("人数", "15人（含3名预备党员）") == "人数15人（含3名预备党员）"


def test_numbered_unit_row_names_its_unit() -> None:
    rows = [["序号", "项目党支部", "党员（名）"], ["1", "3号隧道项目党支部", "14"], ["2", "7号桥梁项目部", "9"]]
    lines = render_table(rows)
    assert lines[0].startswith("序号1：项目党支部为3号隧道项目党支部，")
    assert named_cells(lines[1].rstrip("。")) == ["7号桥梁项目部"]
