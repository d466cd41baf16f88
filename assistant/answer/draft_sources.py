"""Drafts drawn from two documents of one organisation: 结合书记述职和全年总结写一段….

A request naming two kinds of document (述职 and 总结, 组织生活会报告 and 述职) speaks of the same
organisation and period in both: the report chosen for the draft is joined by the organisation's
document of the other kind for that period, and each part keeps its own document for its citations.
"""

from __future__ import annotations

from assistant.answer.context import AnswerContext
from assistant.core.schema import Genre
from assistant.search.genres import GENRE_ASKED
from assistant.search.organisations import with_profile
from assistant.search.source import DocRecord

# A 总结 named may be titled 工作报告: both say what was done.
SAME_GENRE: dict[Genre, frozenset[str]] = {"summary": frozenset({"summary", "report"})}


def named_genres(question: str) -> list[Genre]:
    """The kinds of document a request names, in the order it names them."""
    found = [(m.start(), genre) for genre, words in GENRE_ASKED if (m := words.search(question))]
    return [genre for _, genre in sorted(found)]


def joined_documents(ctx: AnswerContext, record: DocRecord) -> list[DocRecord]:
    """The organisation's documents of the other kinds the request names, of the chosen report's period."""
    own = with_profile(record).profile
    genres = named_genres(ctx.question)
    if own is None or len(genres) < 2 or not own.periods:
        return []
    others = [g for g in genres if own.genre not in SAME_GENRE.get(g, {g})]
    joined = []
    for genre in others:
        kinds = SAME_GENRE.get(genre, frozenset({genre}))
        joined += [
            d
            for d in ctx.source.documents()
            if d.doc_id != record.doc_id
            and d.kind == "report"
            and (profile := with_profile(d).profile)
            and profile.genre in kinds
            and set(profile.aliases) & set(own.aliases)
            and set(profile.periods) & set(own.periods)
        ][:1]
    return joined
