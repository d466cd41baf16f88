"""党员要履行几项义务 / 处分分为几种: the items an article lists (下列义务：（一）…（八）), counted and quoted.

The article is the one that lists what the question counts (its noun followed by ：and （一）); the
count is the number of its （一）（二）… items, numbered one after another from 一. An article that
lists nothing of the kind, or numbers its items with gaps, is no answer here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_quotes import answer_of, provision_name
from assistant.answer.lookup_topic import MAX_QUOTED_CHUNKS, head_noun, lists_term, topic_of
from assistant.core.schema import Answer, Chunk
from assistant.search.regulations import Provision, provisions
from assistant.search.source import DocRecord
from assistant.search.terms import Terms

# 几项义务 / 多少种情形 / 几个方面: a count of listed items, the noun counted after it (else before it).
ASKS_ITEMS = re.compile(
    r"(?<![第这那哪])(?:几|多少)(项|种|类|个方面)([\u4e00-\u9fff]{0,12}?)(?:呢|吗|啊|呀)?[？?。！!\s]*$"
)
# 一共列了 / 总共规定了 / 都有: how the count is asked, between what is counted and 几项
COUNTING_FRAME = re.compile(r"(?:一共|总共|共|都)?(?:列举|列出|列|规定|明确|写|有)?了?$")

# 有下列行为之一，情节较轻的，给予…处分：（一）…: the noun listed after 下列, its penalties before the colon.
LISTED_BELOW = r"下列{noun}(?:之一)?[^。\n]{{0,80}}[：:]\s*\n?\s*[（(]一[）)]"
BELOW_COVERAGE = 0.5  # share of the topic's words the lead of a 下列…之一 list must hold (many articles say it)


def counted_items(ctx: AnswerContext, documents: Sequence[DocRecord]) -> Answer | None:
    """The article of `documents` listing what the question counts: its items counted and quoted;
    None when the question counts no items or no article lists them."""
    asked = ASKS_ITEMS.search(ctx.question)
    if not asked:
        return None
    # 几项支部书记的任务 (a follow-up's noun put after 几项): what is counted is its last word
    before = COUNTING_FRAME.sub("", ctx.question[: asked.start()])  # 情形总共列出了几种: 情形 is counted
    noun = head_noun(asked.group(2)) or head_noun(topic_of(before))
    if len(noun) < 2:
        return None
    terms = ctx.source.terms(topic_of(before))  # not the regulation's name, nor how the count is asked
    listing = [
        (doc, p)
        for doc in documents
        for p in provisions(ctx.source.document_chunks(doc.doc_id))
        if len(p.chunks) <= MAX_QUOTED_CHUNKS
        and (lists_term(noun, p.text) or (lists_below(noun, p.text) and on_list(terms, p, noun)))
    ]
    if not listing:
        return None
    # 入党介绍人的主要任务是：beats 培养联系人…主要任务是：, which says 入党 elsewhere in its article
    doc, provision = max(listing, key=lambda dp: (terms.coverage(lead_of(dp[1], noun)[1]), terms.coverage(dp[1].text)))
    return items_answer(doc, provision, noun, asked.group(1))


def listed_items(provision: Provision, noun: str) -> list[tuple[int, Chunk, str]]:
    """The （一）…（N） items of the clause that lists the noun; [] when they are not numbered 1…N."""
    clause = next((text for _, text in provision.clauses() if lists(noun, text)), None)
    if clause is None:
        return []
    items = provision.items(within=clause)
    return items if [n for n, _, _ in items] == list(range(1, len(items) + 1)) else []


def lead_of(provision: Provision, noun: str) -> tuple[Chunk, str]:
    """The line that introduces the list (党员必须履行下列义务：) with its chunk."""
    return next((c, t.split("\n")[0]) for c, t in provision.clauses() if lists(noun, t))


def lists_below(noun: str, text: str) -> bool:
    """Whether an article lists the noun after 下列 (有下列行为之一的，给予…处分：（一）…)."""
    return bool(re.search(LISTED_BELOW.format(noun=re.escape(noun)), text))


def on_list(terms: Terms, provision: Provision, noun: str) -> bool:
    """Whether the lead of a 下列…之一 list holds most of the topic (违规从事营利活动，有下列行为之一)."""
    return terms.coverage(lead_of(provision, noun)[1]) >= BELOW_COVERAGE


def lists(noun: str, text: str) -> bool:
    return lists_term(noun, text) or lists_below(noun, text)


def items_answer(doc: DocRecord, provision: Provision, noun: str, unit: str) -> Answer | None:
    """依据《…》第三条，…下列义务，共8项：（一）…〔1〕 each item quoted and cited."""
    items = listed_items(provision, noun)
    if not items:
        return None
    book = CitationBook()
    lead_chunk, lead = lead_of(provision, noun)
    lines = [f"{line}{book.cite(chunk, line)}" for _, chunk, line in items]
    head = f"{lead}{book.cite(lead_chunk, lead)}"
    text = f"依据《{doc.title}》{provision_name(provision)}，共{len(items)}{unit}{noun}：\n{head}\n" + "\n".join(lines)
    return answer_of(text, book, {float(len(items))})
