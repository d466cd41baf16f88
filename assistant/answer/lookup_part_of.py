"""Which 章/节/编 of a regulation a topic or an article is in: 违反廉洁纪律的处分在第几章, 第七十条在哪一章."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_quotes import answer_of
from assistant.answer.lookup_structure import span
from assistant.answer.lookup_topic import TOPIC_LEAD, TOPIC_NOISE, ranked_provisions
from assistant.answer.question import ASKS_PART
from assistant.core.numerals import PartRef
from assistant.core.schema import Answer
from assistant.search.regulations import Part, Provision, parts, provisions
from assistant.search.retriever import short_title
from assistant.search.source import DocRecord

SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:条例|准则|细则|章程|规则|办法)")  # not 规定: a topic may end so
HEADING_SHARE = 0.5  # share of the topic's words a 章 heading must hold to name the topic by itself


def part_holding(ctx: AnswerContext, doc: DocRecord, refs: list[PartRef]) -> Answer | None:
    """The part of the asked unit that holds the article referred to, or the provisions on the topic;
    None when the question asks no such thing, or the regulation is not divided that way."""
    asked = ASKS_PART.search(ctx.question)
    if asked is None or any(r.unit != "条" for r in refs):
        return None
    unit = asked.group(1)
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    found = [p for p in parts(items) if p.unit == unit]
    if not found:
        return Answer(f"《{doc.title}》不分{unit}。", "lookup", refused=True)
    if refs:
        wanted = {r.number for r in refs}
        held = [i for i, p in enumerate(items) if p.number in wanted and p.label.startswith("第")]
        return said_of(doc, items, [p for p in found if set(p.provisions) & set(held)])
    topic = TOPIC_LEAD.sub("", ASKS_PART.sub("", without_name(ctx.question, doc)))
    if not TOPIC_NOISE.sub("", topic):
        return None  # 第几章 of nothing named
    return said_of(doc, items, topic_parts(ctx, doc, found, topic))


def without_name(question: str, doc: DocRecord) -> str:
    """The question without the regulation's name (纪律处分条例, 党章, 《…》): a topic can end in 规定 too."""
    question = re.sub(r"《[^》]*》", "", question)
    for name in (short_title(doc.title), "党章"):
        question = question.replace(name, "")
    return SHORT_NAME.sub("", question, count=1)  # 效能监督条例 for 机关效能监督条例


def topic_parts(ctx: AnswerContext, doc: DocRecord, found: list[Part], topic: str) -> list[Part]:
    """The part whose heading says the topic (对违反廉洁纪律行为的处分), else the part of its best provision."""
    terms, chars = ctx.source.terms(topic), set(TOPIC_NOISE.sub("", topic))
    # Headings alike in words (对违反政治/工作纪律行为的处分) differ in characters a common word leaves out.
    best = max(found, key=lambda p: (terms.coverage(p.heading), sum(ch in p.heading for ch in chars)))
    if terms.coverage(best.heading) >= HEADING_SHARE:
        return [best]
    ranked, _ = ranked_provisions(ctx, doc, topic)
    if not ranked:
        return []
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    top = items.index(ranked[0][0])
    return [p for p in found if top in p.provisions]


def said_of(doc: DocRecord, items: list[Provision], found: list[Part]) -> Answer:
    if not found:
        return Answer(f"《{doc.title}》中没有找到所问内容所在的部分。", "lookup", refused=True)
    book = CitationBook()
    listed = [f"{p.heading}（{span(items[p.provisions[0]], items[p.provisions[-1]], book)}）" for p in found]
    text = f"在《{doc.title}》" + "、".join(listed) + "。"
    return answer_of(text, book, {float(p.number) for p in found})
