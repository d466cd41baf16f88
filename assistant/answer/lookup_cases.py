"""给干部亲属送大额礼金，情节较重的给什么处分: a conduct told in plain words, the penalty asked.

No regulation is named (or only 新版/旧版条例): the case is looked up in the regulation that sets
penalties, as the article on that conduct, quoted whole and led by the clause of the grade asked
(情节较重的，给予…处分). The article must be the one both retrieval and the question's words rank
first; when they disagree no article is guessed.
"""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import GRADE, HANDLING_ASKED, PENALTY_ASKED, asks_case_penalty
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.lookup_quotes import answer_of, other_revision_note, provision_name
from assistant.answer.lookup_topic import MAX_QUOTED_CHUNKS, abbreviated, ranked_provisions, topic_of
from assistant.answer.regulation_wording import in_regulation_words
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.search.regulations import Provision
from assistant.search.source import DocRecord

# What asks rather than tells the case: filler around the asking and the grade.
ASKING_FILLER = re.compile(r"的话|的时候|如果|要是|假如|请问|这种(?:情况)?|这样的?(?:情况)?|呢|吗|啊|[？?。！!]")
LEFT_AFTER_CASE = re.compile(r"[，,、\s]+(?:的会|的|会|要|该)?$")  # 送礼金，(情节较重)的(给什么处分)
CASE_COVERAGE = 0.5  # share of the case's words (in the rules' wording) the article must hold


def conduct_of(question: str) -> str:
    """The case as told: the question without its asking, grade and filler (送大额礼金给干部亲属)."""
    told = ASKING_FILLER.sub("", GRADE.sub("", HANDLING_ASKED.sub("", PENALTY_ASKED.sub("", topic_of(question)))))
    return LEFT_AFTER_CASE.sub("", told).strip("，,、 ")


def case_article(ctx: AnswerContext, doc: DocRecord) -> Answer | None:
    """The article of `doc` on the case the question tells, led by the grade's clause; None when the
    question asks no case's penalty or retrieval and the question's words do not agree on one article."""
    if not asks_case_penalty(ctx.question):
        return None
    told = conduct_of(ctx.question)
    if len(told) < 2:
        return None
    found = next(
        filter(None, (article_on(ctx, doc, case) for case in dict.fromkeys([in_regulation_words(told), told]))), None
    )
    if found is None:
        return None
    best, evidence = found
    answer = case_answer(doc, best, GRADE.search(ctx.question))
    answer.note = other_revision_note(ctx, doc)
    answer.retrieved = evidence
    return answer


def no_case_article(doc: DocRecord) -> Answer:
    """A case asked of the penalty regulation that no article of it is found on: refused, naming the regulation."""
    return refusal("lookup", [], f"（《{doc.title}》中没有找到与所述情形明确对应的条款）")


def article_on(ctx: AnswerContext, doc: DocRecord, case: str) -> tuple[Provision, list[Evidence]] | None:
    """The article of `doc` on the case (as worded) with the evidence searched; None when retrieval and the
    words rank different articles first, or the first holds too little of the case or sets no penalty."""
    ranked, evidence = ranked_provisions(ctx, doc, case)
    if not ranked or not evidence:
        return None
    best = ranked[0][0]
    if len(best.chunks) > MAX_QUOTED_CHUNKS or evidence[0].chunk.id not in {c.id for c in best.chunks}:
        return None
    if ctx.source.terms(case).coverage(abbreviated(best.text)) < CASE_COVERAGE:
        return None  # 酒后驾车 in rules that never say it: the best-ranked article is about something else
    return (best, evidence) if "处分" in best.text else None  # an article setting no penalty answers none


def case_answer(doc: DocRecord, provision: Provision, grade: re.Match[str] | None) -> Answer:
    """依据《…》第N条，情节较重的，给予…处分〔1〕。 then the article quoted whole."""
    book = CitationBook()
    name = provision_name(provision)
    clause = graded_clause(provision, grade.group(0)) if grade else None
    lead = f"依据《{doc.title}》{name}"
    if clause:
        chunk, text = clause
        lead += f"，{text}{book.cite(chunk, text)}。原文："
    else:
        lead += "："
    body = "\n".join(f"{c.text}{book.cite(c, c.text)}" for c in provision.chunks)
    return answer_of(f"{lead}\n{body}", book)


def graded_clause(provision: Provision, grade: str) -> tuple[Chunk, str] | None:
    """情节较重的，给予警告或者严重警告处分: the clause of the article setting the grade's penalty."""
    pattern = re.compile(re.escape(grade) + r"的?[，,][^；;。\n]*?处分")
    for chunk in provision.chunks:
        found = pattern.search(chunk.text)
        if found:
            return chunk, found.group(0)
    return None
