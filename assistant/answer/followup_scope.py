"""Where a follow-up is answered from: the documents the last answer drew on, or the organisation's other periods."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from assistant.answer.draft_compose import CONNECTIVE
from assistant.answer.followup_turns import REFUSED, Organisations, Turn
from assistant.answer.question import GENERIC_ORG, ROLE, slots_of
from assistant.answer.sections import strip_number
from assistant.core.schema import Evidence
from assistant.core.text import squash
from assistant.index.manifest import DocRecord
from assistant.search.genres import genre_said, of_genre
from assistant.search.organisations import named_organisation, with_profile
from assistant.search.periods import asked_period, in_period
from assistant.search.retriever import NO_HINTS, Filters, SearchHints
from assistant.search.scope import Scope
from assistant.search.source import EvidenceSource

if TYPE_CHECKING:  # routing imports followup
    from assistant.answer.routing import Route

ANSWER_TITLE = re.compile(r"(?:^|\n|据|依据|出自|〕)《([^》]+)》")  # 〕: a rendered source line 〔1〕《…》
# a cited statement, e.g. 全年讲党课4次〔1〕, with the label of the table row it is (某车间：发展党员6名〔1〕)
QUOTED_BEFORE_MARK = re.compile(r"((?:[^〔〕\n：；。“”]{2,20}：)?[^〔〕\n：；。“”]{5,})〔\d+〕")
PARTY_BODY = re.compile(r"(?:党总支|党支部|党委|党组|支部)$")
PARTY_NAMED = ("党总支", "党支部", "党委", "党组")
LEAD_PERIOD = re.compile(r"^(?:19|20)\d{2}年(?:度|[上下]半年)?[，,]")
MIN_NEEDLE = 5  # 项目10个: shorter statements are in too many documents to tell which one was cited
NAME_KEY = 4  # a longer organisation name is matched by any 4 characters of it (纪委监委 of 鹿鸣县纪委监委机关)


def answered_documents(answer: str, source: EvidenceSource) -> frozenset[str]:
    """Ids of the documents an earlier answer drew on: titles it names, and the documents its other quotes come
    from (an answer of several parts may quote one part and name the document of another's passage)."""
    if not answer or REFUSED.search(answer):
        return frozenset()
    titles = set(ANSWER_TITLE.findall(answer))
    ids = {d.doc_id for d in source.documents() if d.title in titles}
    if ids:  # the quotes said before the first named document only: those after it are that document's
        answer = answer[: answer.find(f"《{next(iter(sorted(titles, key=answer.find)))}》")]
    # Each quote is held by some documents; the fewest documents holding them all drew on them (a draft's
    # 项目10个 is also in the 述职 beside the 总结, its 税款入库96.8亿元 only in the 总结).
    holders = [quote_holders(quote, source) for quote in QUOTED_BEFORE_MARK.findall(answer)[:3]]
    holders = [held for held in holders if held]
    while holders:
        counts = Counter(doc_id for held in holders for doc_id in held)
        best = max(
            counts, key=lambda doc_id: (counts[doc_id], -min(held.index(doc_id) for held in holders if doc_id in held))
        )
        ids.add(best)
        holders = [held for held in holders if best not in held]
    return frozenset(ids)


def quote_holders(quote: str, source: EvidenceSource) -> list[str]:
    """The documents, best first, whose retrieved passages hold a cited statement; a draft's own 一是 / 此外，
    and the period it said before a point (2024年，) are not in them."""
    said = strip_number(CONNECTIVE.sub("", strip_number(quote.split("：")[-1])))
    needle = squash(LEAD_PERIOD.sub("", said))
    if len(needle) < MIN_NEEDLE:
        return []
    found = (e.chunk.doc_id for e in source.search(quote, 3) if needle in squash(e.chunk.text))
    return list(dict.fromkeys(found))


class ScopedSource:
    """An EvidenceSource narrowed to the documents a follow-up refers to.

    With `refusal`, a question whose period none of them covers is refused with that text
    (换成2023年的呢 when the organisation has no 2023 document), instead of being answered elsewhere.
    """

    def __init__(self, source: EvidenceSource, doc_ids: frozenset[str], refusal: str = ""):
        self.inner = source
        self.doc_ids = doc_ids
        self.refusal = refusal

    def scope(self, question: str) -> Scope:
        scope = self.inner.scope(question)
        if scope.refusal:
            return scope
        narrowed = self.doc_ids if scope.doc_ids is None else scope.doc_ids & self.doc_ids
        if narrowed:
            return Scope(narrowed)
        return Scope(frozenset(), self.refusal) if self.refusal else scope

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = NO_HINTS
    ) -> list[Evidence]:
        filters = filters or Filters()
        if filters.doc_ids is None and not filters.title:
            filters = Filters(filters.kinds, filters.title, self.doc_ids)
        return self.inner.search(query, k, filters, hints)

    def mentioned_documents(self, query: str) -> set[str]:
        return self.inner.mentioned_documents(query) or set(self.doc_ids)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def scoped_source(source: EvidenceSource, route: Route, last: Turn | None) -> EvidenceSource:
    """The source a follow-up is answered from: the last answer's documents when it refers back to
    them, the documents of the same organisation when it asks about another period."""
    if last is None or not (route.refers_back or route.same_organisation):
        return source
    doc_ids = answered_documents(last.answer, source)
    if not doc_ids or of_rules_only(source, doc_ids) and slots_of(route.question).holder:
        return source  # 回到消防支队，… after an answer from a regulation: not that regulation's text
    if route.same_organisation or names_other_genre(route.question, doc_ids, source):
        # 那组织生活会上… after an answer from the 总结: the organisation's other documents, its meeting's first
        return organisation_source(source, doc_ids, route.question)
    if route.anchor:
        chunks = (c for d in doc_ids for c in source.document_chunks(d))
        if not any(route.anchor in c.text for c in chunks):
            return source
    role = role_asked(route.question)
    if role and not any(role in c.text for d in doc_ids for c in source.document_chunks(d)):
        # 那组织委员是谁 after a later report that names no 组织委员: the organisation's other reports may
        return organisation_source(source, doc_ids, route.question)
    return ScopedSource(source, doc_ids)


# 组织委员 / 宣传委员 are roles of their own, not any 委员
WHO_HOLDS = re.compile(rf"((?:组织|宣传|纪检|青年|统战|保密|群工|文体)?(?:{ROLE.pattern}))(?:是谁|是哪位|叫什么)")


def role_asked(question: str) -> str:
    """组织委员 of 医院党支部组织委员是谁: the role whose holder a question asks; "" when it asks none."""
    asked = WHO_HOLDS.search(question)
    return asked.group(1) if asked else ""


def names_other_genre(question: str, doc_ids: frozenset[str], source: EvidenceSource) -> bool:
    """The turn names a document type (述职, 生活会, 要点, 总结) that none of the documents is of."""
    genre = genre_said(question)
    answered = [d for i in doc_ids if (d := source.document(i)) is not None]
    return genre is not None and not of_genre(genre, [with_profile(d) for d in answered])


def of_rules_only(source: EvidenceSource, doc_ids: frozenset[str]) -> bool:
    """The documents are all regulations (what an organisation did is never in them)."""
    return all((d := source.document(i)) is not None and d.kind == "regulation" for i in doc_ids)


def organisation_source(source: EvidenceSource, answered: frozenset[str], question: str) -> EvidenceSource:
    """Every document of the organisation the question names and the last answer drew on: by its title,
    or by its profile (宏达新材料公司 for 中共宏达能源集团新材料有限公司委员会…)."""
    holder = slots_of(question).holder
    documents = source.documents()
    titles = [d.title for d in documents if d.doc_id in answered]
    name = max((common_name(holder, t) for t in titles), key=len, default="")
    if len(name) < 2 or GENERIC_ORG.match(name):  # 党支部 alone: the last answer's documents were another's
        return source
    keys = {name} if len(name) <= NAME_KEY else {name[i : i + NAME_KEY] for i in range(len(name) - NAME_KEY + 1)}
    _, profiled = named_organisation(holder, documents)
    same = profiled if profiled & answered else frozenset()
    siblings = frozenset(d.doc_id for d in documents if any(k in d.title for k in keys)) | same
    period = slots_of(question).period
    return ScopedSource(source, siblings, f"知识库中没有{name}{period}的相关材料。为避免误导，不作推测。")


def common_name(holder: str, title: str) -> str:
    """The longest stretch of the organisation's name that the title also has (石岭镇 in 中共石岭镇委员会…)."""
    best = ""
    for start in range(len(holder)):
        for end in range(len(holder), start + len(best), -1):
            if holder[start:end] in title:
                best = holder[start:end]
                break
    return best


def known_organisations(source: EvidenceSource) -> Organisations:
    """The organisations of the knowledge base as follow-ups need them: the one a text opens with, by the names
    and short forms of the document profiles (高管处 for 南岭高速公路管理处党总支), and whether its documents
    report on (or plan for) a period. The documents are listed once, when first asked."""
    listed: list[list[DocRecord]] = []

    def documents() -> list[DocRecord]:
        if not listed:
            listed.append([with_profile(d) for d in source.documents() if d.kind != "regulation"])
        return listed[0]

    @cache  # a turn's organisation is asked after each later turn
    def named(text: str) -> str:
        name, _ = named_organisation(text, documents())
        if name.endswith("党") and text[len(name) :].startswith("员"):  # 云山律所党员…: 党 begins 党员
            name = name[:-1]
        return name if name and text.startswith(name) and not GENERIC_ORG.match(name) else ""  # not 党支部

    def half_told(own: list[DocRecord], period: str) -> bool:
        """2024年上半年 of an organisation whose 2024年度 report tells its halves (a 上半年 column, 上半年…): that
        report answers for the half, no other year's half report does."""
        asked = asked_period(period)
        if not asked.half or not asked.years:
            return False
        whole = in_period(own, replace(asked, half="", whole_year=True))
        return any(asked.half in c.text for d in whole for c in source.document_chunks(d.doc_id))

    def covers(organisation: str, period: str) -> bool:
        _, ids = named_organisation(organisation, documents())
        own = [d for d in documents() if d.doc_id in ids]
        # an unknown one is refused as such
        return not own or bool(in_period(own, asked_period(period))) or half_told(own, period)

    def formal(name: str) -> str:
        _, ids = named_organisation(name, documents())
        aliases = [a for d in documents() if d.doc_id in ids and d.profile for a in d.profile.aliases]
        bodies = [a for a in aliases if a.startswith(name) and PARTY_BODY.search(a)]
        return min(bodies, key=lambda a: (not a.endswith(PARTY_NAMED), len(a)), default=name)  # 党支部 over 支部

    def texts(kind_is_regulation: bool, ids: frozenset[str] | None = None) -> list[str]:
        chosen = [d for d in source.documents() if (d.kind == "regulation") == kind_is_regulation]
        return [
            squash(c.text) for d in chosen if ids is None or d.doc_id in ids for c in source.document_chunks(d.doc_id)
        ]

    def rules_only(topic: str, organisation: str) -> bool:
        _, ids = named_organisation(organisation, documents())
        if not ids or any(topic in text for text in texts(False, frozenset(ids))):
            return False
        return any(topic in text for text in texts(True))

    def reported(organisation: str, period: str) -> bool:
        titled = [d for d in documents() if organisation and organisation in d.title]
        # none titled so: nothing known
        return not titled or bool(in_period(titled, asked_period(period))) or half_told(titled, period)

    return Organisations(named, covers, formal, rules_only, reported)
