"""出自哪个条例第几条？ after a question part: where the answer just given comes from, from its own citations."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.core.schema import Answer


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
