"""How one problem of a rectification report stands (那个问题整改得咋样 / 整改情况如何): the 整改情况 line of
the 问题N： entry whose problem the question names, with the problem it answers for."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.problem_entries import Entry, problem_entries
from assistant.answer.remainders import remainder_handling
from assistant.core.numerals import to_int
from assistant.core.schema import Answer, Evidence

PROGRESS_ASKED = re.compile(
    r"整改(?:得|的)?(?:怎么样|咋样|如何|怎样|情况|进展|到哪|到什么程度)|改(?:得|的)(?:怎么样|咋样|如何)|(?:整改|落实)进展"
)
ASKING = re.compile(r"(?:那个|这个|的)?问题|那个|这个|[？?呢吗了]")
NAMED = 0.4  # share of the question's naming words the entry (with its document's title) must hold
MARGIN = 0.1  # …and this much more than any other entry, or the question names no one problem


# 问题7 / 第7个问题 / 第七项问题: an entry asked by its number.
NUMBER_ASKED = re.compile(
    r"问题\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})|第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[个项条]?问题"
)
ENTRY_NUMBER = re.compile(r"^(?:问题|存在问题)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})")


def entry_numbered(question: str, entries: list[Entry]) -> Entry | None:
    """The one entry labelled with the number the question asks first (问题7), else None."""
    asked = NUMBER_ASKED.search(question)
    if not asked:
        return None
    number = to_int(asked.group(1) or asked.group(2))
    labelled = [e for e in entries if (m := ENTRY_NUMBER.match(e.problem.quote)) and to_int(m.group(1)) == number]
    return labelled[0] if len({id(e) for e in labelled}) == 1 else None


def answer_progress(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """The status of the one entry the question names, or None when it asks no such thing."""
    handled = remainder_handling(ctx, evidence)
    if handled:  # 剩下的怎么处理的: 其余2个纳入长期整改
        return handled
    if not PROGRESS_ASKED.search(ctx.question) or not evidence:
        return None
    subject = ctx.source.terms(ASKING.sub("，", PROGRESS_ASKED.sub("，", ctx.question)))
    fits: list[tuple[float, Entry]] = []
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        chunks = ctx.source.document_chunks(doc_id)
        for entry in problem_entries(chunks):
            said = " ".join([chunks[0].doc_title, entry.problem.quote, *(m.quote for m in entry.measures)])
            fits.append((subject.coverage(said), entry))
    fits.sort(key=lambda pair: -pair[0])
    numbered = entry_numbered(ctx.question, [entry for _, entry in fits])
    if numbered is not None:  # 问题7呢: the entry of that number, whatever the words beside it name
        fits = [(1.0, numbered)]
    if not fits or fits[0][0] < NAMED or (len(fits) > 1 and fits[0][0] - fits[1][0] < MARGIN):
        return None
    entry = fits[0][1]
    if entry.status is None:
        return None
    book = CitationBook()
    problem = f"{entry.problem.quote.rstrip('。')}{book.cite(entry.problem.chunk, entry.problem.quote)}"
    status = f"{entry.status.quote.rstrip('。')}{book.cite(entry.status.chunk, entry.status.quote)}"
    return Answer(f"{problem}。{status}。", "fact", book.citations(), evidence)
