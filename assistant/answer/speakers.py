"""Items said by one of several speakers: a section where each person's line opens with who speaks
(支部书记某某查摆问题：一是……；二是……), asked about one of them (宣传委员查摆了啥 / 唐某某查摆了哪些问题)."""

from __future__ import annotations

import os
import re

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.answer.sections import Item
from assistant.core.schema import Chunk
from assistant.core.words import tagged_words

ROLE = re.compile(ROLES)
NAMES = re.compile(NAME)
SPEAKER = 20  # at most this many characters before a line's first colon name who speaks
NAMED = 2  # characters of a speaker's own words (a name, a post) the question must repeat


def speaker_of(item: Item) -> str:
    """The words before the first colon of the line holding the item's quote, if they are short."""
    line = next((line for line in item.chunk.text.split("\n") if item.quote in line), "")
    return line_speaker(line)


def line_speaker(line: str) -> str:
    head, colon, _ = line.partition("：")
    return head.strip() if colon and 0 < len(head.strip()) <= SPEAKER else ""


def own_words(speakers: list[str]) -> dict[str, str]:
    """Each speaker's words without what all of them share (查摆问题, 对照检查)."""
    ahead = os.path.commonprefix(speakers)
    behind = os.path.commonprefix([s[::-1] for s in speakers])[::-1]
    return {s: s[len(ahead) : len(s) - len(behind)] for s in speakers}


def names_someone(words: str) -> bool:
    return any(flag.startswith("nr") for _, flag in tagged_words(words))


def named_speaker(question: str, speakers: list[str]) -> str:
    """The one speaker the question names by name or post, the longest such words deciding (副书记 is 支部副书记
    某某's post, not 支部书记某某's); "" when none or several fit equally."""
    own = own_words(speakers)
    if not all(ROLE.search(words) or names_someone(words) for words in own.values()):
        return ""  # 存在的不足：一是… / 整改措施：一是…: headings of lists, not people speaking

    def fit(speaker: str) -> int:
        """The longest run of the speaker's own words that the question repeats and that holds a name or a
        post (支部书记 of 支部书记某某, not 书记 alone when 支部副书记某某 also has it)."""
        words = own[speaker]
        runs = (words[i:j] for i in range(len(words)) for j in range(i + 2, len(words) + 1))
        return max((len(r) for r in runs if r in question and (ROLE.search(r) or NAMES.search(r))), default=0)

    fits = sorted(((fit(s), s) for s in speakers), reverse=True)
    if not fits or fits[0][0] < NAMED or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return ""
    return fits[0][1]


def speakers_items(question: str, items: list[Item]) -> list[Item]:
    """The items of the one speaker the question names, when the items are several speakers' lines;
    else all the items."""
    speakers = list(dict.fromkeys(speaker_of(item) for item in items))
    if len(speakers) < 2 or "" in speakers:
        return items
    named = named_speaker(question, speakers)
    return [item for item in items if speaker_of(item) == named] if named else items


def speaker_line_items(question: str, chunks: list[Chunk]) -> list[Item]:
    """The enumerated items of the one speaker's line the question names, among a document's lines of several
    speakers (某某查摆问题：一是……；二是……); [] when the document has no such lines or the question names none."""
    lines = [
        (chunk, line.strip())
        for chunk in chunks
        for line in chunk.text.split("\n")
        if line_speaker(line) and len(enumerated_clauses(line)) > 1
    ]
    speakers = list(dict.fromkeys(line_speaker(line) for _, line in lines))
    if len(speakers) < 2:
        return []
    named = named_speaker(question, speakers)
    return [
        Item(clause, quote, chunk)
        for chunk, line in lines
        if named and line_speaker(line) == named
        for quote, clause in enumerated_clauses(line)
        if quote in chunk.text
    ]
