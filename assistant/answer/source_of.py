"""出自哪个条例第几条？ after a question part: where the answer just given comes from, from its own citations."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.lookup_part_of import ASKS_PART
from assistant.core.schema import Answer

# The part asks for the source of what was just answered, not for something new.
ASKS_SOURCE = re.compile(
    r"^(?:这|这个|这一?条|这些|该)?(?:规定|要求|说法|内容)?(?:是)?"
    r"(?:出自|出于|来自|依据|根据|源自|出处)"
    r"|(?:出自|出处|依据是|根据是|来源是)|是哪[个份部](?:条例|文件|规定|法规|准则)[^，,。？?]{0,6}(?:规定|第几条)"
)


def asks_source(part: str) -> bool:
    return bool(ASKS_SOURCE.search(part)) and not ASKS_PART.search(part)  # 出自哪一章 asks the chapter: a look-up


def source_of(previous: Answer) -> Answer | None:
    """出自《…》第二十条〔1〕: the document, and the article or section, of each place the last part cited."""
    cited = [c for c in previous.citations if c.chunk is not None]
    if previous.refused or not cited:
        return None
    book = CitationBook()
    places = []
    for citation in cited:
        chunk = citation.chunk
        where = chunk.article or " › ".join(chunk.section_path)
        places.append(f"《{chunk.doc_title}》{where}{book.cite(chunk, citation.quote)}")
    return Answer("出自" + "、".join(dict.fromkeys(places)) + "。", previous.kind, book.citations(), previous.retrieved)
