"""The topic a follow-up swaps: "那权利呢" after 党员的义务是第几条, "转正的呢" after 发展了几名党员,
"民主生活会呢" after 组织生活会开了几次. The new word takes the place of the word of its kind in the last
question; its organisation, period, document and what it asks are kept."""

from __future__ import annotations

import re

from assistant.answer.question import FLOW, FOLLOW_END, FOLLOW_START, INTERROGATIVE, ORG_SUFFIX, PERIOD, asks
from assistant.core.words import cut_words

# Words of one kind replace each other: an action on members (发展 -> 转正), a meeting (支委会 -> 党员大会).
MEETING = re.compile(
    r"组织生活会|民主生活会|专题生活会|支委会|党委会|党员大会|党小组会|座谈会|推进会|中心组(?:集体)?学习会?|主题党日"
)
KINDS = (FLOW, MEETING)
SHORTEST_ENDING = 2  # 生活会, 党课: a shared ending of at least two characters marks the same kind of thing
# Before the asked word: 是第 / 有 / 共 … belong to the asking, not to the topic (党员的义务是第几条).
ASKING_TAIL = re.compile(r"(?:[是为有在共了都还的]|第|一共|总共)+$")
WHICH_ARTICLE = re.compile(r"哪一?条|第几条")
WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
NOT_A_TOPIC = re.compile(rf"(?:{ORG_SUFFIX})$|{PERIOD.pattern}")
LISTED_NOUN = re.compile(r"(?:哪些|哪几[个项条类种])([\u4e00-\u9fff]{2,4})[？?。！!\s]*$")  # 哪些义务 / 哪几项任务
# Where a topic said in a question ends: the asking (都是谁 / 有几个), 的, a pause.
TOPIC_END = re.compile(r"[都是有的几多哪，,？?。]|一共|总共|分别")
OPENING = 2  # 优秀: the characters an honour or title opens with, shared by one of its kind
ECHOED = 3  # 是哪一条 / 开了几次: an ending this long, asking, shared with the last question


def swapped_kind(question: str, new: str) -> str | None:
    """`question` with `new` in place of its word of the same kind (转正 for 发展), or None."""
    for kind in KINDS:
        old = kind.search(question) if kind.fullmatch(new) else None
        if old and old.group(0) != new:
            return question.replace(old.group(0), new, 1)
    return None


def swapped_topic(question: str, new: str) -> str | None:
    """`question` with `new` in place of the word that ends alike, else of its head noun, or None."""
    return same_ending(question, new) or head_noun_swapped(question, new) or same_opening(question, new)


def same_ending(question: str, new: str) -> str | None:
    """民主生活会 for 组织生活会, 党委会 for 支委会: the word of the question that ends as the new one does."""
    words = cut_words(question)
    # 收受礼金 is cut 收受/礼金: the pair is the phrase 赠送礼金 replaces, not 礼金 alone.
    pairs = [a + b for a, b in zip(words, words[1:]) if WORD.fullmatch(a + b) and not INTERROGATIVE.search(a)]
    for size in range(len(new) - 1, SHORTEST_ENDING - 1, -1):
        ending = new[-size:]
        for word in [*pairs, *words]:
            if word.endswith(ending) and word != new and WORD.fullmatch(word) and len(word) <= len(new) + 1:
                return question.replace(word, new, 1)
    return None


def head_noun_swapped(question: str, new: str) -> str | None:
    """权利 for 义务 in 党员的义务是第几条: the noun after 的 just before what the question asks is its topic
    (讲党课几次 has no such noun: 那党支部书记呢 there names who, not what)."""
    if not WORD.fullmatch(new) or PERIOD.search(new):
        return None
    asked = INTERROGATIVE.search(question)
    listed = LISTED_NOUN.search(question)
    if listed and listed.group(1) != new:  # 党员有哪些义务: the noun the question lists is its topic
        return f"{question[: listed.start(1)]}{new}{question[listed.end(1) :]}"
    before = ASKING_TAIL.sub("", question[: asked.start()] if asked else question)
    words = [w for w in cut_words(before) if WORD.fullmatch(w)]
    # 党员义务是哪一条: asked which article, the word before the asking is the topic, 的 or not.
    if not words or words[-1] == new or not (before.endswith(f"的{words[-1]}") or WHICH_ARTICLE.search(question)):
        return None
    head = words[-1]
    return f"{before[: -len(head)]}{new}{question[len(before) :]}"


def echoed_question(text: str, last_question: str) -> str:
    """那权利是哪一条 after 党章规定党员的义务是哪一条: a turn ending as the last question did, with a new
    topic before the shared ending, is the last question about that topic."""
    own, before = FOLLOW_END.sub("", FOLLOW_START.sub("", text)), FOLLOW_END.sub("", last_question)
    if not FOLLOW_START.search(text) or own == before:
        return ""
    shared = 0
    while shared < min(len(own), len(before)) and own[-1 - shared] == before[-1 - shared]:
        shared += 1
    ending, topic = own[len(own) - shared :], own[: len(own) - shared]
    if len(ending) < ECHOED or not asks(ending) or not topic or asks(topic) or NOT_A_TOPIC.search(topic):
        return ""  # 那外科党支部开了几次 / 那2024年开了几次: another unit or period, not another topic
    return swapped_kind(before, topic) or swapped_topic(before, topic) or ""


def same_opening(question: str, new: str) -> str | None:
    """优秀党务工作者 for 优秀共产党员 in 评优秀共产党员都是谁: the phrase of the question (not whose or when) that
    opens as the new one does, up to where the asking starts; None when none does."""
    if len(new) <= OPENING + 1 or not WORD.fullmatch(new) or NOT_A_TOPIC.search(new[:OPENING]):
        return None
    at = question.find(new[:OPENING])
    end = TOPIC_END.search(question, at + OPENING) if at > 0 else None
    old = question[at : end.start()] if end else ""
    if len(old) <= OPENING or old == new or not WORD.fullmatch(old):
        return None
    return f"{question[:at]}{new}{question[end.start() :]}"
