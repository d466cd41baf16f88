"""Draft answers: a 公文-style paragraph (一是……二是……) from one report's cited sentences on a topic."""

from __future__ import annotations

import re
from collections import defaultdict

from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, AnswerContext, clean, refusal
from assistant.core.schema import Answer, Chunk
from assistant.core.text import YEAR
from assistant.ingest.structure import ENUMERATED
from assistant.search.retriever import Filters
from assistant.search.scope import period_conflict
from assistant.search.terms import TIME_WORDS

DRAFT_SENTENCES = 5
ORDINALS = "一二三四五六七八九十"
SOURCE_CLAUSE = re.compile(
    r"^(请)?(根据|依据|结合|按照|参照)([^，,。]*?(报告|材料|总结|文件|讲话)|[^，,。]*[，,])[，,]?"
)
ABOUT_TOPIC = re.compile(r"关于(.+?)(?:工作)?(?:的)?(?:情况|开展情况)?(?:的)?(?:总结|段落|材料|综述|文字|小结|汇报)")
DRAFT_VERBS = re.compile(
    r"请|帮我|起草|撰写|草拟|拟写|写|形成|生成|概括|一段|一份|段|总结|情况|段落|材料|的$|[。？?！!，,]"
)
ORG = re.compile(r"(?:[局校院所厅处办委]|市委|县委)?党(?:委|组|总支|支部)")
PERIOD = re.compile(r"((?:19|20)\d{2}年(?:上半年|下半年|度)?|[上下]半年)")


def answer_draft(ctx: AnswerContext) -> Answer:
    topic = draft_topic(ctx.question)
    mentioned = ctx.source.mentioned_documents(ctx.question)
    filters = Filters(kinds=("report",))  # a work summary is drafted from reports, not regulations
    if mentioned:
        titles = [
            d.title
            for d in ctx.source.documents()
            if d.doc_id in mentioned and d.kind == "report" and not period_conflict(ctx.question, d.title)
        ]
        filters = Filters(title=titles[0]) if len(titles) == 1 else filters
    # Retrieve by topic, but keep the period the user named (上半年, 2022年) in the query.
    wanted = TIME_WORDS.findall(ctx.question) + YEAR.findall(ctx.question)
    evidence = ctx.evidence(k=20, filters=filters, query=f"{' '.join(wanted)} {topic}".strip())
    ranked = [s for s in ctx.best_sentences(topic, evidence) if s.passage >= FACT_THRESHOLD]
    if not ranked:
        return refusal("draft", evidence, f"（没有关于“{topic}”的材料）")
    # One paragraph speaks for one document: the one whose title names the period asked
    # about (上半年), else the one with the best passage.
    doc_id = max(ranked, key=lambda s: (all(w in s.chunk.doc_title for w in wanted), s.score)).chunk.doc_id
    ranked = [s for s in ranked if s.chunk.doc_id == doc_id]
    best_passage = max(s.passage for s in ranked)
    top_chunks = list(dict.fromkeys(s.chunk.id for s in ranked if s.passage >= 0.9 * best_passage))[:3]
    chosen = [s for s in ranked if s.chunk.id in top_chunks][:DRAFT_SENTENCES]
    chosen.sort(key=lambda s: (top_chunks.index(s.chunk.id), s.chunk.text.find(s.sentence)))
    book = CitationBook()
    parts = [
        f"{ORDINALS[i]}是{ENUMERATED.sub('', clean(s.sentence)).rstrip('。；')}{book.cite(s.chunk, s.sentence)}"
        for i, s in enumerate(chosen)
    ]
    first = chosen[0].chunk
    period = period_of(first.doc_title)
    org = most_common_org(ctx.source.document_chunks(first.doc_id))
    lead = f"{period}，{org}在{topic}方面主要开展了以下工作：" if period else f"{org}在{topic}方面主要开展了以下工作："
    return Answer(lead + "；".join(parts) + "。", "draft", book.citations(), evidence)


def draft_topic(question: str) -> str:
    """廉政文化建设 from 根据上半年报告，起草一段关于廉政文化建设情况的总结。"""
    text = SOURCE_CLAUSE.sub("", question.strip())
    about = ABOUT_TOPIC.search(text)
    topic = about.group(1) if about else DRAFT_VERBS.sub("", text)
    return topic.strip("，,。 的") or question


def period_of(title: str) -> str:
    """2023年上半年 / 2022年 / 上半年 as a report's title states its period, else ''."""
    match = PERIOD.search(title)
    return match.group(1).rstrip("度") if match else ""


def most_common_org(chunks: list[Chunk]) -> str:
    """The organisation a report speaks for: the 党委/党支部 it names most often."""
    counts: dict[str, int] = defaultdict(int)
    for chunk in chunks:
        for match in ORG.finditer(chunk.text):
            counts[match.group(0)] += 1
    return max(counts, key=counts.get) if counts else ""
