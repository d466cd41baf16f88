"""A topic compared across two revisions: the article on it in each (their numbers may differ), then the diff.

The article that answers the topic best in either revision is the anchor; its counterpart in the other
revision is the article whose text is most alike, so a renumbered or reworded article is still found. A
topic only one revision has is refused with the revision that has it.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_compare import compared_pairs, counterpart
from assistant.answer.lookup_overview import asks_whole, compared_wholes
from assistant.answer.lookup_quotes import found_whole, provision_name
from assistant.answer.lookup_topic import TOPIC_NOISE, ranked_provisions, subject_of
from assistant.core.schema import Answer
from assistant.search.regulations import Provision, provisions, revision_year
from assistant.search.source import DocRecord

# What a comparison asks, not what it is about: the revisions and the wish to compare.
COMPARISON_WORDS = re.compile(
    r"新旧两版|新旧|两个?版本?|修订前后|前后|修订前|修订后|旧版|新版|现行|最新|(?:19|20)\d{2}\s*年?(?:版|修订|修改)?的?"
    r"|相比|比较|对比|有(?:什么|哪些|何)(?:区别|不同|变化|差别|差异|调整|修改)|区别|不同|变化|差别|差异|调整"
)


def compared_topic(ctx: AnswerContext, chosen: list[DocRecord], topic: str) -> Answer:
    """The article on the topic in each of two revisions, both quoted, then what changed."""
    older, newer = sorted(chosen[:2], key=revision_year)
    topic = COMPARISON_WORDS.sub("", topic)
    if asks_whole(topic, TOPIC_NOISE):  # 新旧两版纪律处分条例有什么不同: the revisions as a whole
        return compared_wholes(ctx, older, newer)
    ranked = {doc.doc_id: ranked_provisions(ctx, doc, topic) for doc in (older, newer)}
    held = [doc for doc in (older, newer) if ranked[doc.doc_id][0]]
    if not held:
        text = f"《{older.title}》和《{newer.title}》中都没有找到关于“{subject_of(topic)}”的规定，无法比较。"
        return Answer(text, "lookup", refused=True)
    anchor_doc = max(held, key=lambda d: ranked[d.doc_id][0][0][1])  # where the topic is said most plainly
    other = newer if anchor_doc is older else older
    anchor = ranked[anchor_doc.doc_id][0][0][0]
    match = counterpart(anchor.text, provisions(ctx.source.document_chunks(other.doc_id)))
    if match is None:
        return only_in(anchor_doc, anchor, other)
    pair = {anchor_doc.doc_id: anchor, other.doc_id: match}
    found = [found_whole(d, pair[d.doc_id]) for d in (older, newer)]
    answer = compared_pairs([(found[0], found[1])], older, newer)
    answer.retrieved = ranked[anchor_doc.doc_id][1]
    return answer


def only_in(doc: DocRecord, provision: Provision, other: DocRecord) -> Answer:
    """Refused: there is nothing to compare; the one article is quoted so the user sees what there is."""
    book = CitationBook()
    marks = "".join(book.cite(c, c.text) for c in provision.chunks)
    text = (
        f"只有《{doc.title}》有相关规定（{provision_name(provision)}），《{other.title}》中没有相应条款，无法比较。\n"
        f"{provision.text}{marks}"
    )
    return Answer(text, "lookup", book.citations(), [], refused=True)
