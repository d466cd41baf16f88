"""A table whose columns are years, rendered as rows (展览（场）：2023年58，2024年73，增减+15): an earlier year's
figure is its own cell of the later year's report. Asked 比上年多了多少 or 2023年呢, the earlier year's figure is
that cell, said with the row's label and measure word, never the later year's cell nor the change cell."""

from __future__ import annotations

import re

from assistant.answer.fact_cells import row_label, row_unit
from assistant.core.text import YEAR
from assistant.search.periods import RELATIVE_YEARS

# 2023年58, or under a header over the years (2023年年度对比58); never a year's plan column (2023年计划60).
YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})年(?P<head>[\u4e00-\u9fff（）()]{0,12}?)(?P<num>\d+(?:\.\d+)?)$")
PLAN_HEAD = re.compile(r"计划|目标|预计|任务")


def year_cells(sentences: list[str], years: tuple[str, str]) -> list[tuple[str, str]]:
    """For each of `years` (2023年, 2024年), its figure as said ('举办展览（场）：2023年58场') and its number, of the
    first row among `sentences` with a cell of both, in the measure word its label names; else []."""
    said = [re.fullmatch(r"((?:19|20)\d{2})年(?:度|全年)?", re.sub(r"\s", "", y)) for y in years]
    asked = [year.group(1) for year in said if year]
    if len(asked) < len(years):
        return []
    for sentence in (s.strip().rstrip("。") for s in sentences):
        label = row_label(sentence)
        cells = [c.strip() for c in re.split(r"[，,]", sentence[len(label) + 1 :])] if label else []
        unit = row_unit([label, *cells])
        found = {
            cell.group("year"): cell.group("num")
            for cell in filter(None, map(YEAR_CELL.match, cells))
            if not PLAN_HEAD.search(cell.group("head"))
        }
        numbers = [found.get(year) for year in asked]
        if all(numbers):
            return [(f"{label}：{year}年{n}{unit}", str(n)) for year, n in zip(asked, numbers, strict=True)]
    return []


def earlier_year(earlier: str, later: str, report: str) -> str:
    """The year asked as the earlier one (2023年), when the later one asked is the year `report` reports on
    (2024年): 前年 beside 去年 of a 2024 report is 2023年; else ""."""
    reported = YEAR.match(report)
    if not reported:
        return ""
    back = {p: RELATIVE_YEARS.get(re.sub(r"\s", "", p)) for p in (earlier, later)}
    later_year = YEAR.match(later)
    if later_year and later_year.group(0) != reported.group(0) or not later_year and back[later] is None:
        return ""  # the later year asked is not the year the report is of
    if YEAR.match(earlier):
        return earlier
    if back[earlier] is None or back[later] is None:
        return ""
    return f"{int(reported.group(0)) - back[earlier] + back[later]}年"
