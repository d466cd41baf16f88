"""学习形式的第（三）项是什么 / 党员义务第二项是啥: one item of the list an article gives, asked by its number and
what the list names, not by the article's number.

The article is the one that lists the named thing (下列形式：（一）…); the item is its （N） line, quoted
with the list's lead. An item number beyond the list is refused with the list's real length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.lookup_items import items_answer, lead_of, listed_items
from assistant.answer.lookup_quotes import answer_of, provision_name
from assistant.answer.lookup_topic import MAX_QUOTED_CHUNKS, lists_term, topic_of
from assistant.core.numerals import ARTICLE_REF, NUMERAL, PartRef, int_to_chinese, parse_number
from assistant.core.schema import Answer
from assistant.core.words import cut_words
from assistant.search.regulations import provisions
from assistant.search.source import DocRecord

# 第（三）项 / 第三项 / 第3项, not of a numbered article (第六条第（三）项 is the references' look-up)
ITEM_ASKED = re.compile(rf"的?第\s*[（(]?\s*({NUMERAL})\s*[）)]?\s*项")


def listed_item(ctx: AnswerContext, documents: Sequence[DocRecord]) -> Answer | None:
    """Item N of the list the question names in `documents`; None when the question asks no item of a named
    list or no article lists it."""
    asked = ITEM_ASKED.search(ctx.question)
    if not asked or ARTICLE_REF.search(ctx.question):
        return None
    number = parse_number(asked.group(1))
    topic = topic_of(ctx.question[: asked.start()])
    if not number:
        return None
    terms = ctx.source.terms(topic)
    chunks = {doc.doc_id: provisions(ctx.source.document_chunks(doc.doc_id)) for doc in documents}
    # 职工党员要求: what the list names is the topic's last word that some article lists (要求, not 党员)
    for noun in [w for w in reversed(cut_words(topic)) if len(w) >= 2]:
        listing = [
            (doc, p)
            for doc in documents
            for p in chunks[doc.doc_id]
            if len(p.chunks) <= MAX_QUOTED_CHUNKS and lists_term(noun, p.text) and listed_items(p, noun)
        ]
        if listing:
            break
    else:
        return None
    doc, provision = max(listing, key=lambda dp: (terms.coverage(lead_of(dp[1], noun)[1]), terms.coverage(dp[1].text)))
    items = listed_items(provision, noun)
    name = f"《{doc.title}》{provision_name(provision)}"
    if number > len(items):
        return refusal("lookup", [], f"（{name}所列{noun}只有{len(items)}项）")
    _, chunk, line = items[int(number) - 1]
    lead_chunk, lead = lead_of(provision, noun)
    book = CitationBook()
    text = f"依据{name}：\n{lead}{book.cite(lead_chunk, lead)}\n{line}{book.cite(chunk, line)}"
    return answer_of(text, book)


# 第三条一共几项 / 这条有多少项: the items an article lists, counted (its lead names them: 下列义务：)
ITEMS_COUNTED = re.compile(r"(?:一共|总共|共)?(?:有|列了|包括)?(?:几|多少)项")
LISTED_NOUN = re.compile(r"下列([\u4e00-\u9fff]{1,6}?)[：:]")


def items_of_article(ctx: AnswerContext, doc: DocRecord, refs: Sequence[PartRef]) -> Answer | None:
    """The （一）…（N） items of the one article asked, counted and quoted; None when not asked so or the
    article lists none."""
    if len(refs) != 1 or refs[0].unit != "条" or refs[0].clause or not ITEMS_COUNTED.search(ctx.question):
        return None
    provision = next(
        (p for p in provisions(ctx.source.document_chunks(doc.doc_id)) if p.number == refs[0].number), None
    )
    listed = LISTED_NOUN.search(provision.text) if provision else None
    if provision is None or listed is None:
        return None
    return items_answer(doc, provision, listed.group(1), "项")


# 第六条总共有几款 / 这条分几款: the article's paragraphs (款), counted
CLAUSES_COUNTED = re.compile(r"(?:一共|总共|共)?(?:有|分|分为|包括)?(?:几|多少)款")


def clauses_of_article(ctx: AnswerContext, doc: DocRecord, refs: Sequence[PartRef]) -> Answer | None:
    """The 款 of the one article asked, counted and each quoted (its （一）（二） items belong to the 款 before
    them); None when not asked so or the article is not held."""
    if len(refs) != 1 or refs[0].unit != "条" or refs[0].clause or not CLAUSES_COUNTED.search(ctx.question):
        return None
    provision = next(
        (p for p in provisions(ctx.source.document_chunks(doc.doc_id)) if p.number == refs[0].number), None
    )
    if provision is None:
        return None
    book = CitationBook()
    clauses = provision.clauses()
    lines = [f"第{int_to_chinese(n)}款：{text}{book.cite(chunk, text)}" for n, (chunk, text) in enumerate(clauses, 1)]
    head = f"依据《{doc.title}》{provision_name(provision)}，共{len(clauses)}款：\n"
    return answer_of(head + "\n".join(lines), book, {float(len(clauses))})
