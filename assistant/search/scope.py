"""Which documents a question is about: its organisation and its period, read against document profiles.

A question about 2023年上半年 is not answered from a 2022 report, nor a question about 二支部 from
another branch's report. When no document covers what was asked the answer is a refusal that
says what the knowledge base does have. Regulations are never scoped by report periods, and a
question that names no organisation is not scoped by organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.numerals import ARTICLE_REF
from assistant.core.schema import Genre
from assistant.core.text import TITLE_REF
from assistant.index.knowledge_base import DocRecord
from assistant.search.genres import fitting_documents, lacked_genre, of_genre_asked
from assistant.search.head_names import organisation_of
from assistant.search.organisations import Known, Mentions, named_organisation, unknown_organisation, with_profile
from assistant.search.periods import (
    NEXT_YEAR,
    RELATIVE_YEAR,
    AskedPeriod,
    asked_period,
    in_period,
    meetings_held_in,
    recalling,
    telling_last_meeting,
    telling_part,
    with_relative_years,
)

# Words of questions about regulations (unless they ask what an organisation's report cites).
REGULATION_WORDS = re.compile(r"条例|准则|细则|章程|党规|法规|处分|修订")
GENRE_NAMES: dict[Genre, str] = {
    "summary": "工作总结",
    "report": "报告",
    "plan": "工作计划（要点）",
    "meeting": "会议情况报告",
    "notice": "通知",
    "述职": "述职报告",
    "regulation": "法规",
    "other": "材料",
}
MAX_LISTED = 6


@dataclass(frozen=True)
class Scope:
    doc_ids: frozenset[str] | None  # None: every document is in scope
    refusal: str | None = None  # set when nothing is in scope: why, and what the knowledge base has
    # Of those, the documents whose type the question fits best (genres.fitting_documents): answered from first.
    preferred: frozenset[str] | None = None


EVERYTHING = Scope(None)


# 2018年版是第几条 / 旧版在哪一条: which article of an edition; a report is never a 版.
ARTICLE_OF_EDITION = re.compile(r"(?:年的?版|[新旧老]版|修订[前后]的?)[^？?]{0,8}?(?:第几条|哪一?条)")


def regulation_question(question: str, documents: Sequence[DocRecord]) -> bool:
    """Questions about an article or a named regulation: report periods say nothing about them."""
    if ARTICLE_REF.search(question) or TITLE_REF.search(question) or ARTICLE_OF_EDITION.search(question):
        return True
    return any(d.kind == "regulation" and short_title(d.title) in question for d in documents)


def short_title(title: str) -> str:
    """纪律处分条例 for 中国共产党纪律处分条例（2023年修订）: the name people actually say."""
    title = re.sub(r"[（(][^）)]*[）)]$", "", title)
    return re.sub(r"^(中国共产党|中共中央)", "", title) or title


def holdings(documents: Sequence[DocRecord]) -> str:
    """What the knowledge base has of these documents: 2023年度的工作总结、2024年上半年的工作总结."""
    items = []
    # Newest first: when there are more than MAX_LISTED, the recent ones are those people ask about next.
    for doc in sorted(documents, key=lambda d: d.profile.periods if d.profile else (), reverse=True):
        profile = doc.profile
        if profile is None or not profile.periods:
            continue
        span = "至".join(dict.fromkeys([profile.periods[0].label, profile.periods[-1].label]))
        items.append(f"{span}的{GENRE_NAMES[profile.genre]}")
    return "、".join(list(dict.fromkeys(items))[:MAX_LISTED])


def organisation_names(documents: Sequence[DocRecord]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()  # documents sharing a name are one organisation
    for doc in documents:
        aliases = set(doc.profile.aliases) if doc.profile else set()
        if aliases and not aliases & seen:
            # The name a title uses is the one people know it by.
            names.append(next((a for a in doc.profile.aliases if a in doc.title), doc.profile.aliases[-1]))
        seen |= aliases
    return names[:MAX_LISTED]


def common_relative_years(question: str, asked: AskedPeriod, reports: Sequence[DocRecord]) -> AskedPeriod:
    """去年 of a question naming no organisation: the year it is for every organisation of the knowledge base, when
    their reports are as recent (one organisation's 2024年度 and 2025上半年 reports: 去年 is 2024, not both); left
    open when organisations are at different years, as 去年 is then nobody's in particular."""
    if not (RELATIVE_YEAR.search(question) or NEXT_YEAR.search(question)):
        return asked
    counted = {with_relative_years(question, asked, own) for own in bodies_of(reports)}
    return counted.pop() if len(counted) == 1 else asked


def bodies_of(reports: Sequence[DocRecord]) -> list[list[DocRecord]]:
    """The dated reports of each organisation (an undated notice has no present)."""
    bodies: dict[str, list[DocRecord]] = {}
    for doc in (d for d in reports if d.profile and d.profile.periods):
        bodies.setdefault(organisation_of(doc.profile.aliases), []).append(doc)
    return list(bodies.values())


def in_own_years(question: str, asked: AskedPeriod, reports: Sequence[DocRecord]) -> list[DocRecord]:
    """去年 of a question naming no organisation when organisations are at different years (车队去年保障了多少车次):
    each organisation's documents of its own 去年, counted back from its newest one — so a 2025上半年 report is
    not read for 去年 where its organisation's 去年 is 2024 — with the undated ones."""
    # 明年 is what each document plans for the year after its own (a 2023 述职's 2024), not a year counted from its
    # organisation's newest document: left to the common reading
    if asked.years or not RELATIVE_YEAR.search(question) or NEXT_YEAR.search(question):
        return []
    dated = [d for own in bodies_of(reports) for d in own_period(own, with_relative_years(question, asked, own))]
    return dated + [d for d in reports if not (d.profile and d.profile.periods)] if dated else []


def own_period(documents: list[DocRecord], asked: AskedPeriod) -> list[DocRecord]:
    return in_period(documents, asked) or recalling(documents, asked)


def scope_for(
    question: str,
    documents: Sequence[DocRecord],
    known: Known = lambda name: True,
    mentions: Mentions = lambda words, doc_id: False,
) -> Scope:
    """The documents a question is about, or a refusal that says what the knowledge base has."""
    if regulation_question(question, documents):
        return EVERYTHING
    documents = [with_profile(d) for d in documents]
    regulations = {d.doc_id for d in documents if d.kind == "regulation"}
    reports = [d for d in documents if d.doc_id not in regulations]
    stranger = unknown_organisation(question, documents, known, mentions)
    if stranger:
        have = "、".join(organisation_names(reports))
        return Scope(frozenset(), f"知识库中没有“{stranger}”的材料" + (f"，现有{have}等单位的材料。" if have else "。"))
    name, own = named_organisation(question, reports)
    if not name and REGULATION_WORDS.search(question):  # 2023年修订的条例…: a regulation, not a report period
        return EVERYTHING
    candidates = [d for d in reports if d.doc_id in own] if name else reports
    asked = asked_period(question)
    if not asked.years:
        asked = (
            with_relative_years(question, asked, candidates)
            if name
            else common_relative_years(question, asked, reports)
        )
    in_scope = (
        ([] if name else in_own_years(question, asked, reports))
        or in_period(candidates, asked)
        or recalling(candidates, asked)
        or telling_part(candidates, asked, mentions)
        or telling_last_meeting(candidates, asked, mentions)
    )
    held = meetings_held_in(question, {str(y) for y in asked.years}, candidates)  # 今年组织生活会: of 2024年度
    kept = {d.doc_id for d in in_scope}
    in_scope += [d for d in held if d.doc_id not in kept]
    if name and not in_scope:
        period = asked.label or "所问期间"
        what = f"没有{period}的实际情况" if asked.actual else f"没有{period}的材料"
        return Scope(frozenset(), f"知识库中只有{name}{holdings(candidates)}，{what}。")
    if not in_scope and candidates and (asked.years or asked.half or asked.month):
        return Scope(frozenset(), f"知识库中没有{asked.label}的报告；现有{holdings(candidates)}。")
    lacked = lacked_genre(question, in_scope) if name else None
    if lacked:  # 述职里… of an organisation whose 述职 the knowledge base lacks: what it has
        period = asked.label or ""
        return Scope(frozenset(), f"知识库中只有{name}{holdings(candidates)}，没有{period}的{GENRE_NAMES[lacked]}。")
    in_scope = of_genre_asked(question, in_scope)
    preferred = fitting_documents(question, in_scope) if name else None
    if len(in_scope) == len(reports) and preferred is None:  # no filter at all is much cheaper for Chroma
        return EVERYTHING
    return Scope(frozenset(d.doc_id for d in in_scope) | regulations, preferred=preferred)
