"""Cited answers: the regulations a report cites, where, and whether the knowledge base has them."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import ANY_TITLE, AnswerContext, refusal
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.search.retriever import Filters

REGULATION_TITLE = re.compile(r"(条例|准则|规定|细则|章程|办法|规则)$")
MAX_REPORTS = 3


def answer_cited(ctx: AnswerContext) -> Answer:
    documents = ctx.source.documents()
    mentioned = ctx.source.mentioned_documents(ctx.question)
    reports = [d for d in documents if d.doc_id in mentioned]
    reports = [d for d in reports if d.kind != "regulation"] or [d for d in documents if d.kind == "report"]
    if not reports:
        return refusal("cited", [], "（知识库中没有报告类文档）")
    if len(reports) > 1 and not mentioned:
        top = ctx.source.search(ctx.question, 5, Filters(kinds=("report",)), ctx.route.hints)
        reports = [ctx.source.document(top[0].chunk.doc_id)] if top else reports[:1]
    book = CitationBook()
    sections = []
    counts: set[float] = set()
    used: list[Evidence] = []
    for report in reports[:MAX_REPORTS]:
        found: dict[str, list[tuple[Chunk, str]]] = {}
        for chunk in ctx.source.document_chunks(report.doc_id):
            for sentence in split_sentences(chunk.text):
                for title in ANY_TITLE.findall(sentence):
                    found.setdefault(title, []).append((chunk, sentence.strip()))
        regulations = {t: p for t, p in found.items() if REGULATION_TITLE.search(t)}
        counts.add(float(len(regulations)))
        others = {t: p for t, p in found.items() if t not in regulations}
        lines = [
            f"《{report.title}》引用的党内法规共{len(regulations)}部："
            if regulations
            else f"《{report.title}》中没有引用党内法规。"
        ]
        for n, (title, places) in enumerate(regulations.items(), 1):
            chunk, sentence = places[0]  # cited where it is first mentioned; other places named
            mark = book.cite(chunk, sentence)
            elsewhere = list(dict.fromkeys(c.location or "正文" for c, _ in places[1:] if c.id != chunk.id))
            also = f"（另见{'；'.join(elsewhere)}）" if elsewhere else ""
            in_kb = ctx.source.titles_in_knowledge_base(title)
            status = f"知识库已收录{'、'.join(f'《{t}》' for t in in_kb)}" if in_kb else "知识库未收录原文"
            lines.append(f"{n}. 《{title}》——见{chunk.location or '正文'}{mark}{also}；{status}。")
            used.append(Evidence(chunk, 1.0))
        if others:
            lines.append(f"另提及其他文件{len(others)}个（非党内法规）：{'、'.join(f'《{t}》' for t in others)}。")
            counts.add(float(len(others)))
        sections.append("\n".join(lines))
    return Answer("\n".join(sections), "cited", book.citations(), used, derived_numbers=counts)
