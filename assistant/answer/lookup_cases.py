"""给干部亲属送大额礼金，情节较重的给什么处分: a conduct told in plain words, the penalty asked.

No regulation is named (or only 新版/旧版条例): the case is looked up in the regulation that sets
penalties, as the article on that conduct, and the answer says its penalty (`case_penalty`): the penalty
part, the clause of the grade asked (情节较重的，给予…处分), or whether the heaviest reaches the penalty
asked (最重能…吗). The article must be the one both retrieval and the question's words rank first; when
they disagree no article is guessed.
"""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import GRADE, asks_case_penalty, case_told
from assistant.answer.case_penalty import penalty_part, penalty_said
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.lookup_quotes import answer_of, other_revision_note, provision_name
from assistant.answer.lookup_topic import MAX_QUOTED_CHUNKS, abbreviated, ranked_provisions, topic_of
from assistant.answer.regulation_wording import in_regulation_words
from assistant.core.schema import Answer, Evidence
from assistant.search.regulations import Provision
from assistant.search.source import DocRecord

# 党员干部违规收受礼金: who acted, said before the conduct; articles name the conduct, seldom its doer
ACTOR = re.compile(r"^(?:某|一名|一位|有的?)?(?:党员领导干部|党员干部|领导干部|党员|干部)(?:同志)?")
CASE_COVERAGE = 0.5  # share of the case's words (in the rules' wording) the article must hold


def conduct_of(question: str) -> str:
    """The case as told: the question without its regulation's name, asking, grade and filler."""
    return case_told(topic_of(question))


def case_article(ctx: AnswerContext, doc: DocRecord) -> Answer | None:
    """The article of `doc` on the case the question tells, its penalty said; None when the
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
    grade = GRADE.search(ctx.question)
    answer = case_answer(ctx, doc, best, grade.group(0) if grade else "", told)
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
    if ctx.source.terms(ACTOR.sub("", case) or case).coverage(abbreviated(best.text)) < CASE_COVERAGE:
        return None  # 酒后驾车 in rules that never say it: the best-ranked article is about something else
    return (best, evidence) if "处分" in best.text else None  # an article setting no penalty answers none


def case_answer(ctx: AnswerContext, doc: DocRecord, provision: Provision, grade: str, told: str) -> Answer:
    """依据《…》第N条，<the penalty it sets for the case, or the grade's clause>〔1〕。 (能。/不能。 first when the
    heaviest is asked); the article quoted whole only when no penalty part is found in it."""
    book = CitationBook()
    lead = f"依据《{doc.title}》{provision_name(provision)}"
    part = penalty_part(provision, ctx.source.terms(in_regulation_words(told)).coverage)
    if part is None:
        body = "\n".join(f"{c.text}{book.cite(c, c.text)}" for c in provision.chunks)
        return answer_of(f"{lead}：\n{body}", book)
    verdict, said = penalty_said(ctx.question, grade, provision, part, book)
    return answer_of(f"{verdict}{lead}{said}。", book)
