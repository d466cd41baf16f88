"""A roster sentence (党组书记、院长甲某，党组成员、副院长乙某，纪检组组长丙某): a sentence made of nothing but
posts and their holders names a whole team on its own, each with the posts held, so it answers 班子都有谁
(and 啥职务) even where the report never states the team's size."""

from __future__ import annotations

import re

from assistant.answer.answer_types import ROLES
from assistant.answer.person_names import TITLE
from assistant.core.names import NAME, is_name
from assistant.core.schema import Chunk

POST = rf"[\u4e00-\u9fff]{{0,6}}?(?:{ROLES}|{TITLE}|成员)"
# 党委副书记、副局长乙某: one clause, its posts joined by 、, then the holder's name and nothing else
HELD_POSTS = re.compile(rf"^({POST}(?:、{POST})*)[：:\s]*({NAME})$")
CLAUSE_BREAK = re.compile(r"[，,；;]")
# a roster may run its holders on with ；, which ends no sentence here
SENTENCE = re.compile(r"[^。！？!?\n]+")
# 领导班子成员 / 班子 / 委员会: the team's own word, which a roster does not say (it says each post)
TEAM_WORD = re.compile(r"(?:领导)?(?:班子|委员会)(?:成员)?$|成员$")
MIN_HOLDERS = 3
HEAD_SPAN = 2  # characters of whose team it is (党委 of 党委班子) the roster's posts must say


def roster(phrase: str, chunks: list[Chunk]) -> tuple[Chunk, str, list[tuple[str, str]]] | None:
    """(chunk, sentence, [(name, posts)]) of the first sentence listing at least three holders, every clause
    of it one holder with posts, one of them the team's (党委 of 党委班子); None when no sentence does."""
    head = TEAM_WORD.sub("", phrase.rstrip("的"))
    if head == phrase.rstrip("的") or len(head) < HEAD_SPAN:
        return None  # no team asked (成员都有谁 of an activity): a roster of the organisation does not answer it
    for chunk in chunks:
        for sentence in SENTENCE.findall(chunk.text):
            held = held_posts(sentence)
            if len(held) >= MIN_HOLDERS and any(head[-HEAD_SPAN:] in posts for _, posts in held):
                return chunk, sentence.strip(), held
    return None


def held_posts(sentence: str) -> list[tuple[str, str]]:
    """[(name, posts)] when every clause of the sentence is posts and a holder, else []."""
    held: list[tuple[str, str]] = []
    for clause in CLAUSE_BREAK.split(sentence.strip().rstrip("。；;")):
        found = HELD_POSTS.match(clause.strip())
        if not found or not is_name(found.group(2)):
            return []
        held.append((found.group(2), found.group(1)))
    return held
