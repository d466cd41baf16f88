"""The sub-part of a section a list question narrows to (组织上做了哪些工作 → （二）建强基层组织 of
二、重点工作): words the question has beyond its document, the asked noun and its verbs, said in one
sub-part's heading, choose that sub-part."""

from __future__ import annotations

import re

from assistant.answer.heading_names import words_said
from assistant.answer.sections import strip_number
from assistant.core.schema import Chunk
from assistant.core.words import cut_words

# 方面/领域/层面: how a speaker marks the topic (组织建设方面), no word of it.
TOPIC_MARK = re.compile(r"方面|领域|层面|上面|这块|这一块")
# 组织建设 is said of 建强基层组织, 制度建设 of 健全制度: 建设/工作 name no topic (every heading may end so).
GENERIC = re.compile(r"建设|工作|情况|活动")
NAMING_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def topic_words(phrase: str, known: str) -> str:
    """The words of `phrase` (the question before its asked noun, verbs of asking gone) that `known` (the
    document's title and the section's heading) does not say: what the question narrows to."""
    words = cut_words(GENERIC.sub("，", TOPIC_MARK.sub("，", phrase)))
    # 水务局 names 水务管理局: a word whose every character the title has is the document's.
    return "".join(w for w in words if NAMING_WORD.match(w) and not set(w) <= set(known))


def asked_part(topic: str, section: list[Chunk], depth: int) -> list[Chunk]:
    """The chunks of the one sub-part (headings at `depth`) whose heading says most of `topic`'s words;
    [] when the topic is empty, no heading says any of it, or two say as much."""
    if not topic:
        return []
    labels = list(dict.fromkeys(c.section_path[depth] for c in section if len(c.section_path) > depth))
    said = {label: words_said(strip_number(label), topic)[0] for label in labels}
    best = max(said.values(), default=0)
    chosen = [label for label, n in said.items() if n == best]
    if best == 0 or len(chosen) > 1:
        return []
    return [c for c in section if len(c.section_path) > depth and c.section_path[depth] == chosen[0]]
