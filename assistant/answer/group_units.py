"""The units of one group of a table's rows asked by the group's label (管理类的党支部有哪几个, where 管理类 is
merged down over the rows of 行政党支部 and 后勤党支部): the unit each of those rows names, its row cited; the
rows of other groups and the 合计 row are no answer."""

from __future__ import annotations

import re

from assistant.answer.context import AnswerContext
from assistant.answer.sections import Item
from assistant.answer.table_lists import UNIT_KIND, group_labels, row_unit, table_runs
from assistant.core.schema import Evidence

# 哪几个支部 / 哪些项目党支部 (a short word may narrow the kind) / 支部有哪几个
UNITS_LISTED = re.compile(
    rf"哪(?:几|些)个?[\u4e00-\u9fff]{{0,4}}?({UNIT_KIND})|({UNIT_KIND})[^，,？?]{{0,4}}哪(?:几|些)"
)


def group_units(ctx: AnswerContext, evidence: list[Evidence]) -> list[Item] | None:
    """The units named by the rows whose group label the question says, in table order; None if it says none."""
    listed = UNITS_LISTED.search(ctx.question)
    if not listed:
        return None
    kind = listed.group(1) or listed.group(2)
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        for run in table_runs(ctx.source.document_chunks(doc_id)):
            said = {label for label in group_labels(run) if label in ctx.question}
            units = [row_unit(item, kind, said) for item in run if item.text in said]
            items = [unit for unit in units if unit.text not in said]
            if items:
                return items
    return None
