"""Inline enumerated clauses of one paragraph: 一是……二是……, 一要……二要……, and the 四是……五是…… of a
paragraph that goes on counting where the one before it stopped.
"""

from __future__ import annotations

import re

from assistant.ingest.structure import ENUMERATED, ORDINALS, in_sequence, inline_items

# 会议要求：一要……；二要……: clauses of demands, counted like 一是……二是…….
INLINE_DEMAND = re.compile(r"(?:^|(?<=[：:；;。，,]))([一二三四五六七八九十]+)要")
# 四是……。五是……: a paragraph that goes on counting where the one before it stopped.
ENUMERATOR = re.compile(r"(?:^|(?<=[：:；;。，,]))([一二三四五六七八九十]+)[是要]")


def enumerated_clauses(paragraph: str) -> list[tuple[str, str]]:
    """(marker-and-clause, clause) of a paragraph's inline 一是…/（1）… (structure.inline_items), its
    一要…二要…, or the 四是…五是… of a paragraph that opens counting on; [] when it counts nothing."""
    found = inline_items(paragraph)
    if found:
        return found
    opening = ENUMERATED.match(paragraph)
    start = ORDINALS.find(opening.group(1)) if opening and len(opening.group(1)) == 1 else 0  # 十一是: from 一
    for marker, ordinals in ((INLINE_DEMAND, ORDINALS), (ENUMERATOR, ORDINALS[start:])):
        matches = in_sequence(marker, paragraph, ordinals)
        if matches:
            return clauses_at(paragraph, matches)
    return []


def clauses_at(paragraph: str, markers: list[re.Match[str]]) -> list[tuple[str, str]]:
    """Each marker's clause, up to the next marker; the last one up to its sentence end."""
    clauses = []
    for match, following in zip(markers, [*markers[1:], None], strict=True):
        quote = paragraph[match.start() : following.start() if following else len(paragraph)].rstrip("；;，,。 ")
        if following is None:
            quote = re.split(r"[。！？]", quote, maxsplit=1)[0]
        clauses.append((quote, quote[match.end() - match.start() :]))
    return clauses
