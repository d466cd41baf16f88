"""The row's own name in a label that glues a group cell before it (直属单位支部 + 离退休干部党支部, as a table
whose first column groups its rows is read): what 它 / 这俩支部 point at, a name the documents say alone."""

from __future__ import annotations

from assistant.answer.question import UNIT_SUFFIX


def own_row_name(label: str) -> str:
    """离退休干部党支部 of 直属单位支部离退休干部党支部; the label itself when it names one unit (机关党委第一党支部)."""
    ends = [m.end() for m in UNIT_SUFFIX.finditer(label)]
    if len(ends) < 2 or ends[-1] != len(label):
        return label
    own = label[ends[-2] :]
    # 第一党小组 alone is no name: the unit's ordinal needs the unit it belongs to
    return own if len(UNIT_SUFFIX.sub("", own)) >= 2 and not own.startswith("第") else label
