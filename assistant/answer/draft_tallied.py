"""A report's tally of a task against its target, as a draft writes it.

A half-year report often gives its main tasks as lines of a table — 志愿服务（小时）：全年目标5000，上半年完成2300，
完成率46.0% — and says their done figures nowhere else. Those lines are the key figures of the period, so a summary
says them; but not as a table's raw row: the measure word the label holds in brackets goes after each bare figure
(志愿服务全年目标5000小时，上半年完成2300小时，完成率46.0%), and the citation still quotes the line as written.

An annual report may instead set its main indicators against the year before (主要指标与上年对比：
献血（人次）：2023年3870，2024年4120，增减+250): the figure of the later year is what the year did, a key figure too.

Scanned reports give the same table as lines of cells apart by wide spaces, its header naming the target and the
done column (指标　全年目标　上半年完成　完成率); its rows' labels are tasks of the same kind, never said as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# 发展党员（名）：全年目标7，上半年完成2，完成率28.6% — the task's name, then its target and what was done of it.
TALLIED = re.compile(
    r"^(?P<task>[^：:（(]{2,20})(?:[（(](?P<unit>[^）)]*)[）)])?[：:].*?(?:目标|计划|任务)[^，,；;]*?\d"
    r".*?(?:完成|实际|达到)[^，,；;\d]{0,4}(?P<done>\d+(?:\.\d+)?)"
)
# 无偿献血（人次）：2023年3870，2024年4120，增减+250 — the task's figure of each year, the later one its done figure.
COMPARED = re.compile(r"^(?P<task>[^：:（(]{2,20})(?:[（(](?P<unit>[^）)]*)[）)])?[：:](?P<cells>.*)$")
YEAR_CELL = re.compile(
    r"^(?:(?P<year>(?:19|20)\d{2})年|(?P<before>上年|去年|上一年)|(?P<this>本年|今年))[^\d，,；;]{0,4}"
    r"(?P<figure>\d+(?:\.\d+)?)(?![\d.]*[月日号])"
)
# A cell ending in a bare figure takes the label's measure word; 43.0% or 12项 already has one.
BARE_END = re.compile(r"\d(?:\.\d+)?$")
MEASURE = re.compile(r"^[\u4e00-\u9fff]{1,3}$")  # 名 / 人次 / 万元, not a note (含线上)
CELL = re.compile(r"[，,；;]")
# 序号3：重点任务为发展党员（名），全年目标3，… — a table led by a serial column, each cell read as 表头为值: the task is
# the value of the cell after the serial number.
SERIAL_ROW = re.compile(r"^(?:序号|编号|序)\s*\d+[：:][^，,：:为]{1,8}为(?P<task>[^，,：:]{2,30})[，,](?P<cells>.+)$")


# Cells of a scanned table row: two or more runs apart by a wide (U+3000) or double space.
CELLS = re.compile(r"\u3000+|\s{2,}")
TARGET_COLUMN = re.compile(r"目标|计划|任务")
DONE_COLUMN = re.compile(r"完成(?!率)|实际")
LABEL_NOISE = re.compile(r"[（(][^）)]*[）)]|\d+(?:\.\d+)?")  # the bracketed unit, and a target cell run into it


def spaced_cells(line: str) -> list[str]:
    cells = [cell for cell in CELLS.split(line.strip()) if cell]
    return cells if len(cells) >= 3 else []


def is_spaced_row(sentence: str) -> bool:
    """A scanned table's row (or header) as one line of cells, which a draft never writes down as it is."""
    return bool(spaced_cells(sentence))


def tallied_tasks(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(task, done figure) of every tally a report's lines give: 任务（单位）：全年目标…，上半年完成N lines, and the
    rows of a scanned table under a header with a target and a done column (its header may be in the chunk before)."""
    tasks: list[tuple[str, str]] = []
    done_from_right = 0  # the done column, counted from the row's end (a label may run into the target cell)
    for line in lines:
        found = tally(line)
        if found:
            tasks.append((found.group("task"), done_figure(found)))
        cells = spaced_cells(line)
        if not cells:
            done_from_right = 0
            continue
        done = [i for i, cell in enumerate(cells) if DONE_COLUMN.search(cell)]
        if done and any(TARGET_COLUMN.search(cell) for cell in cells):
            done_from_right = len(cells) - done[0]
        elif done_from_right and len(cells) >= done_from_right:
            task = LABEL_NOISE.sub("", cells[0]).strip()
            figure = re.match(r"\d+(?:\.\d+)?", cells[-done_from_right])
            if len(task) >= 2 and figure:
                tasks.append((task, figure.group(0)))
    return tasks


def tally_line(line: str) -> str:
    """The line as 任务（单位）：cells — a serial-numbered row (序号3：重点任务为X（名），…) without its serial cell."""
    serial = SERIAL_ROW.match(line.strip())
    return f"{serial.group('task')}：{serial.group('cells')}" if serial else line.strip()


def tally(line: str) -> re.Match | None:
    """A tally line: against the year's target (TALLIED), or against the year before (two years' cells)."""
    line = tally_line(line)
    found = TALLIED.match(line)
    if found:
        return found
    found = COMPARED.match(line)
    return found if found and len(year_cells(found)) >= 2 else None


def year_cells(found: re.Match) -> list[re.Match]:
    cells = [YEAR_CELL.match(cell.strip()) for cell in CELL.split(found.group("cells"))]
    return [cell for cell in cells if cell]


def done_figure(found: re.Match) -> str:
    """The done figure of a tally: its 完成 cell, or the latest year's cell of a comparison with the year before."""
    if "done" in found.re.groupindex:
        return found.group("done")
    latest = max(year_cells(found), key=lambda c: int(c.group("year") or 0) + (9999 if c.group("this") else 0))
    return latest.group("figure")


def is_tally(sentence: str) -> bool:
    return tally(sentence) is not None


def written_tally(sentence: str) -> str:
    """The tally line as a sentence: its task, then each cell, a bare figure with the label's measure word;
    any other sentence as it is."""
    found = tally(sentence)
    if found is None:
        return sentence
    unit = found.group("unit") or ""
    unit = unit if MEASURE.match(unit) else ""
    cells = CELL.split(re.split(r"[：:]", tally_line(sentence).rstrip("。"), maxsplit=1)[1])
    said = [
        f"{cell.strip()}{unit}" if BARE_END.search(cell.strip()) else cell.strip() for cell in cells if cell.strip()
    ]
    return f"{found.group('task').strip()}{'，'.join(said)}"
