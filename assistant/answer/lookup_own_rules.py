"""区农业局党组会的材料要提前几天送: a limit an organisation's own rules set, asked by the organisation's name.

The question names no regulation, only the organisation (by any name its documents' profiles know); when
the knowledge base holds a regulation of that organisation (its title or profile names it), the limit
is looked up in that regulation as if it were named, the organisation's name left out of what is
limited (it is the rules' name, not their content). Otherwise this is no answer here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_limit import asks_rule_limit
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_limits import counted, rule_limit
from assistant.core.schema import Answer
from assistant.search.organisations import named_organisation, with_profile
from assistant.search.regulations import revision_year
from assistant.search.scope import short_title
from assistant.search.source import DocRecord

PARTY_PREFIX = "中共"
# 要多少人到会 / 至少几人: a figure asked in a rule's words; a year asked (2024年开了几次) is a report's figure.
RULE_COUNT = re.compile(r"(?:要|须|需要?|应当?|至少|得)[^？?。，,]{0,6}(?:多少|几)")
YEAR_SAID = re.compile(r"(?:19|20)\d{2}\s*年|今年|去年|上半年|下半年|季度")
MIN_NAME = 3  # characters of an organisation's name that can say whose rules are meant


def own_rule_limit(ctx: AnswerContext) -> Answer | None:
    """The limit (or figure, 要多少人到会) the named organisation's own regulation sets; None when the question
    asks none, names no organisation, or that organisation has no regulation of its own held."""
    question = ctx.question
    if YEAR_SAID.search(question) or not (
        asks_rule_limit(question) or (counted(question) and RULE_COUNT.search(question))
    ):
        return None
    found = own_regulation(question, ctx.source.documents())
    if found is None:
        return None
    doc, said = found
    plain = question.replace(said, "", 1).lstrip("的")
    inner = AnswerContext(replace(ctx.route, question=plain), ctx.source)
    return rule_limit(inner, frozenset({doc.doc_id}), named=True)


def own_regulation(question: str, documents: list[DocRecord]) -> tuple[DocRecord, str] | None:
    """(the newest regulation of the organisation the question names, the name as said); None when it names
    none or that organisation has no regulation, or several."""
    reports = [with_profile(d) for d in documents if d.kind != "regulation"]
    said, ids = named_organisation(question, reports)
    if len(said) < MIN_NAME or not ids:
        return None
    names = {bare(d.profile.organisation) for d in reports if d.doc_id in ids and d.profile and d.profile.organisation}
    names.discard("")
    regulations = [d for d in documents if d.kind == "regulation" and any(owned_by(d, n) for n in names)]
    if len({short_title(d.title) for d in regulations}) != 1:
        return None
    return max(regulations, key=revision_year), said


def owned_by(doc: DocRecord, organisation: str) -> bool:
    """Whether a regulation is the organisation's own: its title or its profile names it."""
    own = bare(doc.profile.organisation) if doc.profile else ""
    return organisation in doc.title or (bool(own) and own == organisation)


def bare(name: str) -> str:
    """青禾县…党组 of 中共青禾县…党组: the name as titles write it after 中共."""
    return name.removeprefix(PARTY_PREFIX)
