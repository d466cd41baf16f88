"""给干部亲属送大额礼金，情节较重的给什么处分: a conduct told in plain words, the penalty asked.

No regulation is named (or only 新版/旧版条例): the case is looked up in the regulation that sets
penalties, as the article on that conduct, quoted whole and led by the clause of the grade asked
(情节较重的，给予…处分). The article must be the one both retrieval and the question's words rank
first; when they disagree no article is guessed.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_quotes import answer_of, other_revision_note, provision_name
from assistant.answer.lookup_topic import MAX_QUOTED_CHUNKS, ranked_provisions, topic_of
from assistant.core.schema import Answer, Chunk
from assistant.search.regulations import Provision
from assistant.search.source import DocRecord

# 给什么处分 / 怎么处理 / 会受到啥处分: the penalty of a case asked, not a count or a list of penalties.
# 咋处理 alone is how a report's matter was handled (评成基本合格的咋处理, 剩下的怎么处理的): a case only with its grade.
PENALTY_ASKED = re.compile(
    r"(?:给予?|受到?|挨|该|会|要|得)?(?:个|一个)?(?:什么|啥|何种|哪种|怎样的?|哪一?类)(?:样的?)?(?:党纪)?处分"
    r"|(?:怎么|如何|咋|怎样)(?:个)?(?:处分|处罚)"
)
HANDLING_ASKED = re.compile(r"(?:怎么|如何|咋|怎样)(?:个)?处理(?![的了过])")
GRADE = re.compile(r"情节(?:较轻|较重|严重|特别严重)")
# What asks rather than tells the case: filler around the asking and the grade.
ASKING_FILLER = re.compile(r"的话|的时候|如果|要是|假如|请问|呢|吗|啊|[？?。！!]")


def asks_case_penalty(question: str) -> bool:
    """Whether the question tells a case and asks its penalty (…送礼金，给什么处分)."""
    return bool(PENALTY_ASKED.search(question) or (HANDLING_ASKED.search(question) and GRADE.search(question)))


def conduct_of(question: str) -> str:
    """The case as told: the question without its asking, grade and filler (送大额礼金给干部亲属)."""
    told = ASKING_FILLER.sub("", GRADE.sub("", HANDLING_ASKED.sub("", PENALTY_ASKED.sub("", topic_of(question)))))
    return told.strip("，,、 ")


def case_article(ctx: AnswerContext, doc: DocRecord) -> Answer | None:
    """The article of `doc` on the case the question tells, led by the grade's clause; None when the
    question asks no case's penalty or retrieval and the question's words do not agree on one article."""
    if not asks_case_penalty(ctx.question):
        return None
    conduct = conduct_of(ctx.question)
    if len(conduct) < 2:
        return None
    ranked, evidence = ranked_provisions(ctx, doc, conduct)
    if not ranked or not evidence:
        return None
    best = ranked[0][0]
    if len(best.chunks) > MAX_QUOTED_CHUNKS or evidence[0].chunk.id not in {c.id for c in best.chunks}:
        return None
    if not re.search(r"处分", best.text):  # an article on the case that sets no penalty answers no penalty
        return None
    answer = case_answer(doc, best, GRADE.search(ctx.question))
    answer.note = other_revision_note(ctx, doc)
    answer.retrieved = evidence
    return answer


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
