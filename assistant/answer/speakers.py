"""Items said by one of several speakers: a section where each person's line opens with who speaks
(支部书记某某查摆问题：一是……；二是……), asked about one of them (宣传委员查摆了啥 / 唐某某查摆了哪些问题)."""

from __future__ import annotations

import os

from assistant.answer.sections import Item
from assistant.search.retriever import longest_common_substring

SPEAKER = 20  # at most this many characters before a line's first colon name who speaks
NAMED = 2  # characters of a speaker's own words (a name, a post) the question must repeat


def speaker_of(item: Item) -> str:
    """The words before the first colon of the line holding the item's quote, if they are short."""
    line = next((line for line in item.chunk.text.split("\n") if item.quote in line), "")
    head, colon, _ = line.partition("：")
    return head if colon and 0 < len(head) <= SPEAKER else ""


def own_words(speakers: list[str]) -> dict[str, str]:
    """Each speaker's words without what all of them share (查摆问题, 对照检查)."""
    ahead = os.path.commonprefix(speakers)
    behind = os.path.commonprefix([s[::-1] for s in speakers])[::-1]
    return {s: s[len(ahead) : len(s) - len(behind)] for s in speakers}


def speakers_items(question: str, items: list[Item]) -> list[Item]:
    """The items of the one speaker the question names, when the items are several speakers' lines;
    else all the items."""
    speakers = list(dict.fromkeys(speaker_of(item) for item in items))
    if len(speakers) < 2 or "" in speakers:
        return items
    own = own_words(speakers)
    named = [s for s in speakers if longest_common_substring(own[s], question) >= NAMED]
    if len(named) != 1:
        return items
    return [item for item in items if speaker_of(item) == named[0]]
