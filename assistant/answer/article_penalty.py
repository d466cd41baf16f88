"""《…》第九十一条，情节严重的给啥处分 / 第一百一十六条，情节严重的呢 / 第九十一条，借机敛财的给什么处分: the penalty
one named article sets for a grade or a circumstance, said as that clause (`case_penalty`), not the article whole.

A circumstance the article does not name (给别人送礼的 asked of the article on receiving gifts) is a case of its
own: it is looked up in the same revision as a case (`lookup_cases`), never answered with the article named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_penalty import GRADE, HEAVIEST, asks_case_penalty, case_told
from assistant.answer.case_penalty import Place, penalty_part, penalty_said
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_cases import case_article, no_case_article
from assistant.answer.lookup_quotes import answer_of, provision_name
from assistant.answer.regulation_wording import in_regulation_words
from assistant.core.numerals import ARTICLE_REF, CLAUSE_REF, PartRef
from assistant.core.schema import Answer
from assistant.search.regulations import Provision, provisions
from assistant.search.source import DocRecord

# 情节严重的呢: a grade asked by itself, its penalty meant
GRADE_ALONE = re.compile(rf"{GRADE.pattern}的?(?:话)?呢?[？?。]*$")
CIRCUMSTANCE_COVERAGE = 0.6  # share of the circumstance's words its clause must hold
CLAUSE_END = re.compile(r"[；;。]")


def article_penalty(ctx: AnswerContext, doc: DocRecord, refs: list[PartRef]) -> Answer | None:
    """The penalty asked of the one whole article `refs` names, as its clause; None when the question asks no
    penalty of a grade or circumstance of it (第九十一条讲的啥) or the article sets none."""
    if len(refs) != 1 or refs[0].unit != "条" or refs[0].clause or refs[0].item:
        return None
    named = list(ARTICLE_REF.finditer(ctx.question))
    asked = CLAUSE_REF.sub("", ctx.question[named[-1].end() :] if named else "").strip("，,、 ")
    if not (asks_case_penalty(asked) or GRADE_ALONE.search(asked) or HEAVIEST.search(asked) and "处分" in asked):
        return None
    provision = next(
        (p for p in provisions(ctx.source.document_chunks(doc.doc_id)) if p.number == refs[0].number), None
    )
    if provision is None or "处分" not in provision.text:
        return None
    told = case_told(asked)
    terms = ctx.source.terms(in_regulation_words(told)) if len(told) >= 2 else None
    if terms and terms.coverage(provision.text) < CIRCUMSTANCE_COVERAGE:
        # 给别人送礼的 after the article on receiving gifts: that case, looked up in this revision
        case = AnswerContext(replace(ctx.route, question=f"{asked.rstrip('？?')}？"), ctx.source)
        return case_article(case, doc) or no_case_article(doc)
    book = CitationBook()
    lead = f"依据《{doc.title}》{provision_name(provision)}"
    grade = GRADE.search(asked)
    clause = circumstance_clause(provision, terms.coverage) if terms and not (grade or HEAVIEST.search(asked)) else None
    if clause:  # 借机敛财的: the clause naming that circumstance
        return answer_of(f"{lead}，{clause[1]}{book.cite(*clause)}。", book)
    # a grade (收礼情节较重的: of the paragraph on the circumstance), the heaviest, or the whole penalty part
    part = penalty_part(provision, terms.coverage if terms else lambda _: 0.0)
    if part is None:
        return None
    verdict, said = penalty_said(asked, grade.group(0) if grade else "", provision, part, book)
    return answer_of(f"{verdict}{lead}{said}。", book)


def circumstance_clause(provision: Provision, coverage) -> Place | None:
    """借机敛财或者有其他侵犯…行为的，从重或者加重处分，直至开除党籍: the clause of the article (told apart at ；
    and 。) that sets a penalty and holds most of the circumstance's words; None when none holds enough."""
    best: Place | None = None
    most = CIRCUMSTANCE_COVERAGE
    for chunk in provision.chunks:
        for clause in (c.strip() for c in CLAUSE_END.split(chunk.text)):
            if "处分" in clause and coverage(clause) >= most:
                most, best = coverage(clause), (chunk, clause)
    return best
