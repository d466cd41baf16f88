"""最后一条 / 第一条 said as "the last": the regulation's last article (or chapter), as a reference to answer."""

from __future__ import annotations

import re

from assistant.answer.context import AnswerContext
from assistant.core.numerals import PartRef, chinese_to_int
from assistant.search.regulations import provisions
from assistant.search.source import DocRecord

# 最后一条说的啥, 最末那条, 最后一章讲什么: the last of the regulation's articles or chapters.
LAST_PART = re.compile(r"(?:最后|最末|末尾)(?:一|那)?个?([条章])")
CHAPTER = re.compile(r"^第([一二三四五六七八九十百零〇]+)章")


def last_part_asked(ctx: AnswerContext, doc: DocRecord) -> list[PartRef]:
    """The regulation's last article (最后一条) or chapter (最后一章) as a reference; [] when neither is asked,
    or the regulation has no numbered articles or chapters to count from."""
    asked = LAST_PART.search(ctx.question)
    if not asked:
        return []
    chunks = ctx.source.document_chunks(doc.doc_id)
    if asked.group(1) == "条":
        articles = [p for p in provisions(chunks) if p.label.startswith("第")]
        return [PartRef("条", articles[-1].number)] if articles else []
    chapters = [
        number
        for chunk in chunks
        for title in chunk.section_path
        if (m := CHAPTER.match(title)) and (number := chinese_to_int(m.group(1)))
    ]
    return [PartRef("章", max(chapters))] if chapters else []
