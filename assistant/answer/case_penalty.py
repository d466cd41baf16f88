"""The penalty an article sets for a case, said rather than quoted whole.

A clerk asking 给什么处分 wants the penalty: the article's penalty part (情节较轻的，给予…；情节较重的，…), cited,
not its description of the conduct. A grade asked (情节严重的) is that grade's clause alone; 最重能X吗 is answered yes
or no against the heaviest penalty the article names, with the clause naming it. Only the article's own words are
said: no penalty is named that the article does not set.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.asked_penalty import HEAVIEST, PENALTY_NAME
from assistant.answer.citations import CitationBook
from assistant.core.schema import Chunk
from assistant.search.regulations import Provision

# Where a paragraph's penalty starts: 对…责任者， / 情节较轻的， / 给予, up to the sentence's last 处分.
PENALTY_PART = re.compile(r"(?:对[^，；。：\n]{1,20}?者，)?(?:情节[^，；。：\n]{1,6}?的?，)?给予[^。：\n]*处分")
# The five penalties of the disciplinary rules, lightest first (严重警告 before 警告 in the pattern, by rank here).
RANKS = {"警告": 1, "严重警告": 2, "撤销党内职务": 3, "留党察看": 4, "开除党籍": 5}

Place = tuple[Chunk, str]  # a chunk and the exact words of it said


def penalty_part(provision: Provision, weight: Callable[[str], float]) -> Place | None:
    """The penalty part of the article's paragraph on the case: of the paragraphs setting a penalty, the one
    holding most of the case's words (`weight`), the first on a tie."""
    best: Place | None = None
    most = -1.0
    for chunk in provision.chunks:
        for paragraph in chunk.text.split("\n"):
            found = PENALTY_PART.search(paragraph)
            if found and weight(paragraph[: found.start()] or paragraph) > most:
                most, best = weight(paragraph[: found.start()] or paragraph), (chunk, found.group(0))
    return best


def graded(part: Place, grade: str) -> Place | None:
    """情节较重的，给予撤销党内职务或者留党察看处分: the clause of the penalty part setting the grade's penalty."""
    chunk, text = part
    found = re.search(re.escape(grade) + r"的?[，,][^；;。\n]*?处分", text)
    return (chunk, found.group(0)) if found else None


def heaviest(part: Place) -> tuple[Place, str]:
    """The clause of the penalty part naming its heaviest penalty, and that penalty ("" when it names none of
    the five); the last clause when none is ranked above another."""
    chunk, text = part
    clauses = [c for c in re.split(r"[；;]", text) if "处分" in c]
    ranked = [(max((RANKS[p] for p in PENALTY_NAME.findall(c)), default=0), n, c) for n, c in enumerate(clauses)]
    rank, _, clause = max(ranked, key=lambda r: (r[0], r[1]))
    top = next((p for p, r in RANKS.items() if r == rank), "")
    return (chunk, clause), top


def reaching(provision: Provision, rank: int) -> Place | None:
    """在特殊时期…拒不执行…的，给予留党察看或者开除党籍处分: the first paragraph of the article, told up to its
    penalty, that names a penalty of `rank` or heavier."""
    for chunk in provision.chunks:
        for paragraph in chunk.text.split("\n"):
            found = PENALTY_PART.search(paragraph)
            if found and max((RANKS[p] for p in PENALTY_NAME.findall(found.group(0))), default=0) >= rank:
                return chunk, paragraph[: found.end()]
    return None


def penalty_said(question: str, grade: str, provision: Provision, part: Place, book: CitationBook) -> tuple[str, str]:
    """The yes or no of 最重能X吗 ("" otherwise) and what follows 依据《…》第N条: the heaviest clause, the
    grade's clause, or the whole penalty part; each cited. A heavier penalty another paragraph of the article
    sets for its own circumstance makes the answer 不一定, with that paragraph."""
    if HEAVIEST.search(question):
        (chunk, clause), top = heaviest(part)
        asked = [RANKS[p] for p in PENALTY_NAME.findall(question)]
        cited = f"{clause}{book.cite(chunk, clause)}"
        if not asked or not top:
            return "", f"，最重的是：{cited}"
        if max(asked) > RANKS[top]:
            other = reaching(provision, max(asked))
            if other is None:
                return "不能。", f"，最重的是：{cited}"
            return "不一定。", f"，最重的是：{cited}；另款规定：{other[1]}{book.cite(*other)}"
        return ("能。" if max(asked) == RANKS[top] else f"能，最重可至{top}处分。"), f"，{cited}"
    clause = graded(part, grade) if grade else None
    if grade and clause is None:
        chunk, text = part
        return "", f"，未单列“{grade}的”情形，其规定是：{text}{book.cite(chunk, text)}"
    chunk, text = clause or part
    return "", f"，{text}{book.cite(chunk, text)}"
