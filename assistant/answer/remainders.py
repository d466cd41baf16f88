"""还剩几个没整改 when nothing is left: the items' figure followed by 已全部完成整改 (发现问题17个，已全部完成整改)
answers that none remain, quoting that sentence. No such statement: no answer (never a guessed 0)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import HANDLING_ASKED, AskedQuantity
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.count_matching import matching_facts
from assistant.answer.facts import extract_facts
from assistant.core.schema import Answer, Evidence
from assistant.core.words import cut_words

# What says every item is done, after the figure of the items: 已全部完成整改 / 均已整改到位 / 全部办结.
ALL_DONE = re.compile(
    r"^[^。；;]{0,12}?(?:已|均已|都已|现已)?(?:全部|均|悉数|全都)(?:已)?(?:完成)?(?:整改|办结|解决|销号|完成)(?:完成|完毕|到位)?"
)


def none_left(
    ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence], book: CitationBook
) -> str | None:
    """ "没有剩余" with the statement that all the counted items are done, else None."""
    if asked.state != "open":
        return None
    for scored in matching_facts(ctx, part, replace(asked, state=None), evidence):
        fact = scored.fact
        after = fact.sentence[fact.sentence.find(fact.clause) + len(fact.clause) :].lstrip("，,")
        if ALL_DONE.match(after):
            said = fact.sentence.strip()
            return f"没有剩余，均已完成：{said.rstrip('。')}{book.cite(fact.chunk, said)}。"
    return None


def remainder_handling(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """The sentence saying what became of the open items (其余2个纳入长期整改) of the best document, when it
    states exactly one such figure; several (which items?) or none: no answer here."""
    if not HANDLING_ASKED.search(ctx.question) or not evidence:
        return None
    doc_id = evidence[0].chunk.doc_id
    open_facts = {
        (fact.chunk.id, fact.sentence): fact
        for chunk in ctx.source.document_chunks(doc_id)
        for fact in extract_facts(chunk)
        if "open" in fact.qualifiers
    }
    if len(open_facts) != 1:
        return None
    fact = next(iter(open_facts.values()))
    topic = [w for w in cut_words(HANDLING_ASKED.sub("，", ctx.question)) if len(w) >= 2]
    said = f"{fact.chunk.doc_title}{''.join(fact.chunk.section_path)}{fact.sentence}"
    if not all(w in said for w in topic):
        return None  # 办实事剩下的怎么处理: the open items stated are of something else
    book = CitationBook()
    said = fact.sentence.strip()
    return Answer(f"{said.rstrip('。；;')}{book.cite(fact.chunk, said)}。", "fact", book.citations(), evidence)
