"""An organisation named by its head noun alone (史志馆, 监狱, 党校): a name only while one body of the knowledge
base goes by it, and only where the question opens with it, so that 参加党校培训 or another prison's 北山监狱 is
never read as the one body's name."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ingest.org_names import head_forms, split_organisation
from assistant.search.contractions import contracts

# What may come before the name at the question's opening: instruction words and the period asked about.
OPENING = re.compile(
    r"^(?:请问|请|帮我|麻烦|查一下|看看|说说|那么|那|关于|(?:19|20)\d{2}年度?|[去今前明]年|上半年|下半年|全年|年度|的|，|,|\s)*"
)

CONTRACTION_LENGTHS = (4, 3, 2)  # 红会, 粮储局, 疾控中心: the longest reading first

Named = tuple[tuple[str, str, tuple[str, ...]], ...]  # (doc id, title, aliases), as organisations.organisation_named


def organisation_of(aliases: tuple[str, ...]) -> str:
    """The body a document's aliases name (its longest, without 中共 and its party suffix): one key per body."""
    return split_organisation(aliases[0])[0] if aliases else ""


@lru_cache(maxsize=256)
def heads_by_body(documents: Named) -> dict[str, frozenset[str]]:
    """Each head noun with the bodies it is the head of."""
    bodies: dict[str, set[str]] = {}
    for _, _, aliases in documents:
        body = organisation_of(aliases)
        for head in head_forms(aliases[0]) if aliases else ():
            bodies.setdefault(head, set()).add(body)
    return {head: frozenset(owners) for head, owners in bodies.items()}


def head_named(question: str, documents: Named) -> tuple[str, frozenset[str]]:
    """(head, ids of that body's documents) when the question opens with the head of exactly one body."""
    rest = question[OPENING.match(question).end() :]
    heads = heads_by_body(documents)
    said = max((h for h in heads if rest.startswith(h)), key=len, default="")
    said, head = (said, said) if said else contracted_head(rest, heads)
    if not said or len(heads[head]) != 1:  # two bodies share the head: it names neither
        return "", frozenset()
    (body,) = heads[head]
    return said, frozenset(doc_id for doc_id, _, aliases in documents if organisation_of(aliases) == body)


def contracted_head(opening: str, heads: dict[str, frozenset[str]]) -> tuple[str, str]:
    """(the words said, the head) when the question's opening contracts exactly one head (红会 of 红十字会);
    ("", "") when none does or several do."""
    found = {(opening[:n], h) for n in CONTRACTION_LENGTHS for h in heads if contracts(opening[:n], h)}
    return found.pop() if len(found) == 1 else ("", "")
