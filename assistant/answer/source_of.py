"""出自哪个条例第几条？ / 这个数出自哪里？ after an answer: where it comes from, from its own citations."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.core.schema import Answer


def source_of(previous: Answer) -> Answer | None:
    """出自《…》第二十条〔1〕 / 出自《…》一、… › （二）…：“…讲党课9次”〔1〕: the document, and the article or the
    section with the sentence quoted, of each place the last part cited."""
    cited = [c for c in previous.citations if c.chunk is not None]
    if not cited:
        return None
    book = CitationBook()
    places = []
    for citation in cited:
        chunk = citation.chunk
        where = chunk.article or " › ".join(chunk.section_path)
        # A report's section holds many sentences: the one the answer stood on is said with it.
        said = "" if chunk.article or not citation.quote.strip() else f"：“{citation.quote.strip().rstrip('。；;')}”"
        places.append(f"《{chunk.doc_title}》{where}{said}{book.cite(chunk, citation.quote)}")
    joint = "；" if any("“" in p for p in places) else "、"
    # After a refusal, the figures asked about are those of the related sentences it quoted: said so.
    related = "上一问没有找到所问的数字，所附相关内容" if previous.refused else ""
    return Answer(
        f"{related}出自" + joint.join(dict.fromkeys(places)) + "。", previous.kind, book.citations(), previous.retrieved
    )
