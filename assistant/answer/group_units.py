"""The units of one group of a table's rows asked by the group's label (管理类的党支部有哪几个, where 管理类 is
merged down over the rows of 行政党支部 and 后勤党支部): the unit each of those rows names, its row cited; the
rows of other groups and the 合计 row are no answer."""

from __future__ import annotations

import re
from collections import Counter

from assistant.answer.context import AnswerContext
from assistant.answer.fact_cells import named_cells
from assistant.answer.facts import ROW_TOTAL
from assistant.answer.sections import Item
from assistant.answer.table_lists import UNIT_KIND, table_runs
from assistant.core.schema import Evidence

UNITS_LISTED = re.compile(rf"哪(?:几|些)个?(?:{UNIT_KIND})|(?:{UNIT_KIND})[^，,？?]{{0,4}}哪(?:几|些)")
KIND_SAID = re.compile(UNIT_KIND)
MIN_GROUP_ROWS = 2  # a label merged down labels two rows or more; one row's own label names that unit


def group_units(ctx: AnswerContext, evidence: list[Evidence]) -> list[Item] | None:
    """The units named by the rows whose group label the question says, in table order; None if it says none."""
    if not UNITS_LISTED.search(ctx.question):
        return None
    kind = KIND_SAID.search(ctx.question).group(0).removeprefix("党")
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        for run in table_runs(ctx.source.document_chunks(doc_id)):
            labels = Counter(item.text for item in run if not ROW_TOTAL.search(item.quote))
            said = {label for label, rows in labels.items() if rows >= MIN_GROUP_ROWS and label in ctx.question}
            items = [
                Item(name, item.quote, item.chunk)
                for item in run
                if item.text in said
                for name in named_cells(item.quote)[:1]
                if name.endswith(kind)
            ]
            if items:
                return items
    return None
