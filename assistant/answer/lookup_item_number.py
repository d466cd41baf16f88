"""…列了几种行为，其中第三项是啥: an item asked by its number, of the article the question's topic names.

No article is numbered, only the item (第三项 / 第二种): the article is the one of the revision whose
（一）（二）… items are led by a line holding most of the question's topic (违规从事营利活动), and the
reference becomes 第N条第（K）项 of it, quoted as any reference. An article whose lead holds too little of
the topic, or that has no such item, gives no reference: no item of another article is guessed.
"""

from __future__ import annotations

import re

from assistant.answer.context import AnswerContext
from assistant.answer.lookup_topic import topic_of
from assistant.core.numerals import PartRef, to_int
from assistant.search.regulations import Provision, provisions
from assistant.search.source import DocRecord

# 其中第三项是啥 / 第二种是什么: an item by its number, not after 第N条/款 (第十一条第（四）项 is a reference).
ITEM_ASKED = re.compile(
    r"(?<![条款])(?:其中)?的?第\s*([一二三四五六七八九十\d]+)\s*(?:项|种|类)(?:行为|情形)?"
    r"(?:是|指|说的是|讲的是|规定的是)?(?:啥|什么|哪个|哪一?项|哪一?种|哪些)"
)
# 列了几种行为 / 有几项: the count the item's number was asked after, no part of the topic.
COUNT_WORDS = re.compile(r"(?:列了|列出了?|规定了|有|包括)?(?:几|多少)(?:项|种|类)[\u4e00-\u9fff]{0,4}?[，,]")
# 里违规兼职取酬的: what is left of 《…》里…的 around the topic.
LEFT_OVER = re.compile(r"^(?:里|中|上|对|关于)+|(?:的|中|里)+$")
LEAD_COVERAGE = 0.5  # share of the topic's words the lead of the list must hold


def item_of_topic(ctx: AnswerContext, doc: DocRecord) -> list[PartRef]:
    """第N条第（K）项 for 其中第K项是啥 asked of a topic; [] when no item is asked by number alone or no
    article of `doc` lists items under a lead on that topic."""
    asked = ITEM_ASKED.search(ctx.question)
    number = to_int(asked.group(1)) if asked else None
    if not asked or not number:
        return []
    topic = LEFT_OVER.sub("", topic_of(COUNT_WORDS.sub("", ctx.question[: asked.start()])))
    terms = ctx.source.terms(topic)
    if not terms.words:
        return []
    scored = [
        (terms.coverage(lead_of_item(p, number)), p)
        for p in provisions(ctx.source.document_chunks(doc.doc_id))
        if p.label.startswith("第") and any(n == number for n, _, _ in p.items())
    ]
    best = max(scored, key=lambda sp: sp[0], default=None)
    if best is None or best[0] < LEAD_COVERAGE:
        return []
    return [PartRef("条", best[1].number, item=number)]


def lead_of_item(provision: Provision, number: int) -> str:
    """The line leading the clause that holds item `number` (违反有关规定从事营利活动，有下列行为之一…：),
    which says what it lists."""
    line = next(text for n, _, text in provision.items() if n == number)
    clause = next((text for _, text in provision.clauses() if line in text), provision.text)
    return clause.split("\n")[0]
