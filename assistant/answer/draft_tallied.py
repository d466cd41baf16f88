"""A report's tally of a task against its target, as a draft writes it.

A half-year report often gives its main tasks as lines of a table — 志愿服务（小时）：全年目标5000，上半年完成2300，
完成率46.0% — and says their done figures nowhere else. Those lines are the key figures of the period, so a summary
says them; but not as a table's raw row: the measure word the label holds in brackets goes after each bare figure
(志愿服务全年目标5000小时，上半年完成2300小时，完成率46.0%), and the citation still quotes the line as written.

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
# A cell ending in a bare figure takes the label's measure word; 43.0% or 12项 already has one.
BARE_END = re.compile(r"\d(?:\.\d+)?$")
MEASURE = re.compile(r"^[\u4e00-\u9fff]{1,3}$")  # 名 / 人次 / 万元, not a note (含线上)
CELL = re.compile(r"[，,；;]")


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
        found = TALLIED.match(line.strip())
        if found:
            tasks.append((found.group("task"), found.group("done")))
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


def is_tally(sentence: str) -> bool:
    return bool(TALLIED.match(sentence.strip()))


def written_tally(sentence: str) -> str:
    """The tally line as a sentence: its task, then each cell, a bare figure with the label's measure word;
    any other sentence as it is."""
    found = TALLIED.match(sentence.strip())
    if found is None:
        return sentence
    unit = found.group("unit") or ""
    unit = unit if MEASURE.match(unit) else ""
    cells = CELL.split(re.split(r"[：:]", sentence.strip().rstrip("。"), maxsplit=1)[1])
    said = [
        f"{cell.strip()}{unit}" if BARE_END.search(cell.strip()) else cell.strip() for cell in cells if cell.strip()
    ]
    return f"{found.group('task').strip()}{'，'.join(said)}"
