"""学了哪些书目 / 传达了哪些文件: the titles one sentence lists before naming the kind asked
(先后学习了《甲》《乙》《丙》等书目), each title one item; the sentence saying 等书目 says they are what is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.context import Scored
from assistant.answer.sections import Item
from assistant.core.text import split_sentences

# 哪些书目 / 哪几本书 / 哪几份文件: the kind of thing asked, at the question's end
KIND_ASKED = re.compile(r"哪(?:些|几)(?:本|部|份|篇|个)?([\u4e00-\u9fff]{1,4}?)[？?，,。]*$")
TITLE = re.compile(r"《[^《》]{2,60}》")
JOINED = r"(?:[、，,]|和|及|以及)?"  # what may stand between two titles of one run


def titles_listed(question: str, ranked: Sequence[Scored], candidates: int) -> list[Item]:
    """The titles of the first of the best passages whose sentence lists two or more of them just before
    等/这些 and the kind asked (…《乙》等书目); [] when the question asks no kind or no passage says so."""
    asked = KIND_ASKED.search(question)
    if not asked:
        return []
    run = re.compile(
        rf"((?:{TITLE.pattern}{JOINED}){{2,}})(?:等|这些|这几(?:本|部|份|篇))[\u4e00-\u9fff]{{0,2}}?{asked.group(1)}"
    )
    seen: set[str] = set()
    for scored in ranked[:candidates]:
        if scored.chunk.id in seen:
            continue
        seen.add(scored.chunk.id)
        for sentence in split_sentences(scored.chunk.text):
            found = run.search(sentence)
            if found:
                return [Item(title, title, scored.chunk) for title in TITLE.findall(found.group(1))]
    return []
