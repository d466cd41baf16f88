"""Whether a question (or a draft's topic) names a section heading, as people say headings back:
without the number, the quotes and the opening verb (深化, 聚焦…), one clause of a two-clause heading
(聚焦供水保障，党建业务深度融合 → 供水保障), + said as 加 (党建+阅读 → 党建加阅读), and a joining word or a
modifier left out (推动党建与安全生产深度融合 → 党建和安全生产融合)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.sections import strip_number
from assistant.core.words import cut_words
from assistant.search.retriever import longest_common_substring

# A heading's opening verb and quotes are not part of its name.
HEADING_VERB = re.compile(
    r"^(?:深化|加强|推进|强化|抓好|抓实|坚持|持续|扎实|全面|着力|推动|做好|提升|聚焦|突出|落实|开展|实施|打造|健全|完善)+"
)
QUOTE_MARKS = re.compile(r"[“”\"'‘’《》]")
PLUS = re.compile(r"[+＋]")
CLAUSE = re.compile(r"[，,；;：:]")
# Words a speaker drops or swaps when naming a heading: joining words, particles, modifiers, 工作.
GLUE = frozenset(
    {"与", "和", "及", "同", "的", "加", "、", "并", "以", "深度", "深入", "全面", "进一步", "持续", "工作", "有效"}
)
LONG_GLUE = sorted((g for g in GLUE if len(g) > 1), key=len, reverse=True)  # also inside a word (科研工作)
NAMED_CHARS = 4  # a name shorter than this is a common word (党建), not a heading
SHARED_SHARE = 0.6  # …of a heading core one unbroken run of the question must hold
WORD_SHARE = 0.75  # …or of its words, each said somewhere in the question


def said_plainly(text: str) -> str:
    """Text as a question says it: no quotes, + as 加."""
    return PLUS.sub("加", QUOTE_MARKS.sub("", text))


@lru_cache(maxsize=4096)
def heading_cores(label: str) -> tuple[str, ...]:
    """The names a heading goes by: the whole heading and each clause, without number, quotes and verb."""
    text = said_plainly(strip_number(label))
    clauses = [text, *(c for c in CLAUSE.split(text) if c != text)]
    cores = [HEADING_VERB.sub("", c.strip()) for c in clauses]
    return tuple(c for c in dict.fromkeys(cores) if len(c) >= NAMED_CHARS)


def names_heading(phrase: str, label: str) -> int:
    """How many characters of the heading `label` the phrase names (0: it does not name it)."""
    phrase = said_plainly(phrase)
    best = 0
    for core in heading_cores(label):
        shared = longest_common_substring(phrase, core)
        if shared >= NAMED_CHARS and (shared >= SHARED_SHARE * len(core) or core[-NAMED_CHARS:] in phrase):
            best = max(best, shared)
        said, total = words_said(phrase, core)
        if said >= NAMED_CHARS and said >= WORD_SHARE * total:
            best = max(best, said)
    return best


@lru_cache(maxsize=4096)
def named_words(core: str) -> tuple[str, ...]:
    """The words of a heading core that name it: glue left out, also inside a word (科研工作 → 科研)."""
    words = []
    for word in cut_words(core):
        for glue in LONG_GLUE:
            word = word.replace(glue, "")
        if word and word not in GLUE:
            words.append(word)
    return tuple(words)


def words_said(phrase: str, core: str) -> tuple[int, int]:
    """(characters of the core's words the phrase says, characters of its words), glue left out: a word
    is said by any two of its characters in a row (科研 of 科研工作)."""
    said = total = 0
    for word in named_words(core):
        total += len(word)
        if len(word) == 1:
            said += word in phrase
            continue
        covered = {i + k for i in range(len(word) - 1) if word[i : i + 2] in phrase for k in (0, 1)}
        said += len(covered)
    return said, total
