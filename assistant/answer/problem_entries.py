"""The entries of a 问题清单 (a rectification report): each problem with its measures and whether it is done.

`progress` answers 那个问题整改得咋样 from them; lists answer 哪些问题还没整改完 and the measures of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.sections import Item, strip_number
from assistant.core.schema import Chunk
from assistant.ingest.structure import heading_text

# A 问题清单 entry: 问题5：…… / 整改措施：（1）……；（2）…… / 整改情况：正在推进，……
PROBLEM_LINE = re.compile(r"^(?:问题|存在问题)\s*[0-9一二三四五六七八九十]*[：:、.．]\s*(.+)")
MEASURE_LINE = re.compile(r"^(?:整改措施|整改举措|措施)[：:]\s*(.+)")
STATUS_LINE = re.compile(r"^(?:整改|完成|进展|落实)情况[：:]\s*(.+)")
OPEN_STATUS = re.compile(r"正在|推进中|持续推进|未完成|尚未|没有完成|待")
SUB_ITEM = re.compile(r"[（(]\d{1,2}[）)]")


@dataclass
class Entry:
    """One problem of a 问题清单 with the measures taken and whether it is done."""

    problem: Item
    measures: list[Item]
    open: bool = False
    status: Item | None = None  # its 整改情况： line


def problem_entries(chunks: list[Chunk]) -> list[Entry]:
    """The 问题N：/整改措施：/整改情况： entries of a rectification report, in order."""
    entries: list[Entry] = []
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            text = heading_text(line)
            if text not in chunk.text:
                continue
            problem, measure, status = PROBLEM_LINE.match(text), MEASURE_LINE.match(text), STATUS_LINE.match(text)
            if problem:
                entries.append(Entry(Item(strip_number(problem.group(1)), text, chunk), []))
            elif measure and entries:
                entries[-1].measures.extend(measure_items(chunk, text, measure.group(1)))
            elif status and entries:
                entries[-1].open = bool(OPEN_STATUS.search(status.group(1).split("，")[0]))
                entries[-1].status = Item(status.group(1), text, chunk)
    return entries


def measure_items(chunk: Chunk, line: str, body: str) -> list[Item]:
    """（1）……；（2）…… as separate items, else the whole measure."""
    parts = [p.strip("；;。 ") for p in SUB_ITEM.split(body) if p.strip("；;。 ")]
    if len(parts) < 2:
        return [Item(strip_number(body), line, chunk)]
    return [Item(p, p, chunk) for p in parts if p in chunk.text]
