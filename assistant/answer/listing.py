"""List answers: the items of an enumeration (一是……二是……), a named section, or an article's （一）（二）."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, LIST_LIMIT, AnswerContext, clean, is_heading_sentence, refusal
from assistant.answer.fact import answer_fact
from assistant.answer.outline import WHOLE_DOCUMENT, answer_outline
from assistant.core.schema import Answer, Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import ENUMERATED, lead_label
from assistant.search.retriever import longest_common_substring


def answer_list(ctx: AnswerContext) -> Answer:
    named = ctx.source.named_documents(ctx.question)
    if named and WHOLE_DOCUMENT.search(ctx.question):
        return answer_outline(ctx, named[0])
    evidence = ctx.evidence()
    ranked = ctx.best_sentences(ctx.question, evidence)
    if not ranked or ranked[0].passage < FACT_THRESHOLD:
        return refusal("list", evidence)
    best = ranked[0].chunk
    items_in = enumeration(ctx, best)
    if not items_in and ranked[0].own >= 0.75 and not best.article:
        return answer_fact(ctx, "list")  # one sentence names them all (项目建设、招投标、……)
    book = CitationBook()
    items: list[str] = []
    if items_in:  # 一是……二是……: each paragraph's lead sentence is one item
        for chunk in items_in:
            for line in chunk.text.split("\n"):  # short paragraphs may share a chunk
                if ENUMERATED.match(line):
                    lead = split_sentences(line)[0].strip()
                    items.append(f"{lead.rstrip('。；')}{book.cite(chunk, lead)}")
    for chunk in [] if items_in else named_section(ctx, best) or [best]:
        for item in list_items(chunk):
            items.append(f"{clean(item).rstrip('。；')}{book.cite(chunk, item)}")
    items = items[:LIST_LIMIT]
    where = f"《{best.doc_title}》" + (f"“{best.section_path[-1]}”" if best.section_path else "")
    head = f"据{where}，共{len(items)}项：" if len(items) > 1 else f"据{where}："
    body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) if len(items) > 1 else items[0]
    return Answer(f"{head}\n{body}", "list", book.citations(), evidence, derived_numbers={float(len(items))})


def enumeration(ctx: AnswerContext, chunk: Chunk) -> list[Chunk]:
    """The 一是/二是/三是 paragraphs a chunk belongs to, in order (empty if it is not one)."""
    # Either one of the paragraphs, or the lead paragraph that announces them.
    path = chunk.section_path if ENUMERATED.match(chunk.text) else (*chunk.section_path, lead_label(chunk.text))
    siblings = ctx.source.document_chunks(chunk.doc_id)
    return [c for c in siblings if c.section_path == path and ENUMERATED.match(c.text)][:LIST_LIMIT]


def named_section(ctx: AnswerContext, chunk: Chunk) -> list[Chunk]:
    """All chunks of a section the question names (党员领导干部廉洁自律规范有哪几条)."""
    if not chunk.section_path:
        return []
    label = chunk.section_path[-1]
    if longest_common_substring(ctx.question, label) < min(6, len(label)):
        return []
    siblings = [c for c in ctx.source.document_chunks(chunk.doc_id) if c.section_path == chunk.section_path]
    return siblings[:LIST_LIMIT]


def list_items(chunk: Chunk) -> list[str]:
    """The items of a passage: （一）（二） lines of an article, else its sentences."""
    lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
    if len(lines) > 1 and chunk.article:
        return lines[1:] if len(lines[0]) < 40 else lines
    sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()]
    return [s for s in sentences if not is_heading_sentence(s, chunk)] or sentences
