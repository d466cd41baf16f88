"""A held regulation a report names plainly, without 《》 (落实中央八项规定精神 / 严格执行发展党员工作细则): cited
as the knowledge base's regulation, under its full title, once — not again beside a title that names it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.context import ANY_TITLE
from assistant.search.regulations import named_regulations, names_of
from assistant.search.scope import short_title
from assistant.search.source import DocRecord

MIN_PLAIN_NAME = 4  # 党章 is an alias of its own; a shorter name (章程, 规定) is said of many things
QUOTED = re.compile(r"[“\"][^”\"]{2,30}[”\"]")
REVISION_NOTE = re.compile(r"[（(][^）)]*[）)]$")


def plain_names(regulations: Sequence[DocRecord]) -> list[tuple[str, str]]:
    """(name, full title without its revision note) of each held regulation's names long enough to be said
    plainly; made once per answer, then looked for in every sentence."""
    return [
        (name, REVISION_NOTE.sub("", doc.title))
        for doc in regulations
        for name in names_of(doc)
        if len(name) >= MIN_PLAIN_NAME
    ]


def plainly_named(sentence: str, names: Sequence[tuple[str, str]]) -> list[str]:
    """The full titles of held regulations whose names (`plain_names`) the sentence says outside 《》 and
    quotation marks; at one place the longest name counts (八项规定实施细则, not the 八项规定 inside it)."""
    plain = QUOTED.sub("", ANY_TITLE.sub("", sentence))
    spans = [(m.start(), m.end(), title) for name, title in names for m in re.finditer(re.escape(name), plain)]
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    return list(dict.fromkeys(title for _, _, title in sorted(kept)))


def without_doubles(found: dict[str, list], plain: dict[str, list], documents: Sequence[DocRecord]) -> dict[str, list]:
    """The titles found, with the plainly named ones whose regulation no other title found already names."""
    named = {short_title(d.title) for title in found for d in named_regulations(f"《{title}》", documents)}
    extra = {t: places for t, places in plain.items() if t not in found and short_title(t) not in named}
    return {**found, **extra}
