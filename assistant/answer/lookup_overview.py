"""Two revisions of a whole regulation compared (新旧两版纪律处分条例有什么不同): articles added, articles
dropped, articles changed or renumbered, each listed article cited where it starts.

Articles are paired by content, keeping their order, so renumbering (an article inserted) is followed.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_compare import comparable
from assistant.answer.lookup_quotes import answer_of, first_line
from assistant.core.schema import Answer
from assistant.search.regulations import Provision, provisions, revision_year
from assistant.search.source import DocRecord

# Share of character pairs two articles must have to be one article in two revisions: an article reworded keeps
# about half or more (第十九条 with a paragraph added: 0.51); articles sharing only boilerplate, about a third.
PAIR_MIN = 0.4
# Words that ask about the revision as a whole, not a topic in it (主要修改了哪些内容).
WHOLE_WORDS = re.compile(r"主要|修改|修订|改动|改了|内容|地方|方面|条文|整体|总体|哪些|什么|那些")


def asks_whole(topic: str, noise: re.Pattern[str]) -> bool:
    """Whether a comparison names no topic: nothing left once its comparison and question words are gone."""
    return not noise.sub("", WHOLE_WORDS.sub("", topic))


def compared_wholes(ctx: AnswerContext, older: DocRecord, newer: DocRecord) -> Answer:
    old = provisions(ctx.source.document_chunks(older.doc_id))
    new = provisions(ctx.source.document_chunks(newer.doc_id))
    pairs = paired(old, new)
    matched = set(pairs.values())
    added = [p for i, p in enumerate(new) if i not in pairs]
    dropped = [p for j, p in enumerate(old) if j not in matched]
    changed = [i for i, j in pairs.items() if comparable(new[i].text) != comparable(old[j].text)]
    moved = [i for i, j in pairs.items() if new[i].number != old[j].number]
    same = len(pairs) - len(changed)
    book = CitationBook()
    lines = [
        f"《{older.title}》共{len(old)}条，《{newer.title}》共{len(new)}条。按条文内容对照"
        f"（由{revision_year(older)}年版到{revision_year(newer)}年版）："
    ]
    if added:
        lines.append(f"{revision_year(newer)}年版新增条文{len(added)}条：{listed(added, book)}。")
    if dropped:
        lines.append(f"{revision_year(older)}年版中在新版没有对应条文的{len(dropped)}条：{listed(dropped, book)}。")
    lines.append(
        f"两版都有的{len(pairs)}条中，内容有改动的{len(changed)}条，内容相同的{same}条；条号有变化的{len(moved)}条。"
    )
    lines.append("某一条的逐字差异可以问“新旧两版第N条有什么不同”或“新旧两版关于……的规定有什么不同”。")
    counts = {len(old), len(new), len(added), len(dropped), len(pairs), len(changed), same, len(moved)}
    return answer_of("\n".join(lines), book, {float(n) for n in counts})


def paired(old: list[Provision], new: list[Provision]) -> dict[int, int]:
    """Index of each newer article -> index of the older article with its content, in order: the order-keeping
    pairing with the most shared text (character pairs), pairs sharing less than PAIR_MIN left out."""
    alike = [[shared(a, b) for b in map(bigrams, old)] for a in map(bigrams, new)]
    n, m = len(new), len(old)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]  # best[i][j]: the most shared from new[i:] and old[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = alike[i][j] + best[i + 1][j + 1] if alike[i][j] >= PAIR_MIN else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    pairs: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        if alike[i][j] >= PAIR_MIN and best[i][j] == alike[i][j] + best[i + 1][j + 1]:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def bigrams(provision: Provision) -> frozenset[str]:
    text = comparable(provision.text)
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


def shared(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def listed(items: list[Provision], book: CitationBook) -> str:
    return "、".join(f"{p.label}{book.cite(p.chunks[0], first_line(p.chunks[0]))}" for p in items)
