"""出自哪个条例第几条？ / 这个数出自哪里？ after an answer: where it comes from, from its own citations."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer.citations import CitationBook
from assistant.answer.followup_sources import CITED_MARK, quoted_figure, source_turn, states_figure
from assistant.answer.followup_turns import Turn
from assistant.core.schema import Answer


def source_of(previous: Answer, figure: str = "") -> Answer | None:
    """出自《…》第二十条〔1〕 / 出自《…》一、… › （二）…：“…讲党课9次”〔1〕: the document, and the article or the
    section with the sentence quoted, of each place the last part cited; of a `figure` quoted back, the places
    stating it (3680 of 8000−3680 is the done figure's report, not the plan's)."""
    cited = [c for c in previous.citations if c.chunk is not None]
    stating = [c for c in cited if figure and states_figure(c.quote or c.chunk.text, figure)]
    cited = stating or cited
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


def source_of_turn(asked: str, question: str, kind: str, last: Turn, again: Callable[[Turn], Answer]) -> Answer | None:
    """这个数出自哪里 / 17.2这个数出自哪个文件 (`asked`, understood as `question`): the sources of the turn it is
    about, its question answered `again` against that turn; said so when no answer stated the figure quoted or
    that turn's answer cited nothing (a refusal has no source). None when the turn is understood otherwise."""
    turn = source_turn(asked, last)
    figure = quoted_figure(asked)[0]
    if turn is None:  # a figure no answer gave: naming any document would pass it off as sourced
        return Answer(f"前面的回答里没有给出{figure}这个数，无法说明它的出处。", kind, refused=True)
    if turn.question != question:
        return None
    if not CITED_MARK.search(turn.answer):
        said = "上一问没有找到所问的内容" if turn.refused else "上一问的回答没有引用材料"
        return Answer(f"{said}，因此没有可以说明的出处。", kind, refused=True)
    return source_of(again(turn), figure)
