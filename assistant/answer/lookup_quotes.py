"""Quoted provisions: what a reference found, written out with citations, and notes shared by the look-ups."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.core.numerals import PartRef
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.search.regulations import Provision, revision_year
from assistant.search.retriever import short_title
from assistant.search.source import DocRecord


# ---------- references ----------
@dataclass
class Found:
    """What a reference found in one revision: the quoted lines with their chunks."""

    doc: DocRecord
    ref: PartRef
    label: str  # 第六条第（三）项, 二、
    quotes: list[tuple[Chunk, str]]


def quoted(found: list[Found]) -> Answer:
    book = CitationBook()
    doc = found[0].doc
    if len(found) == 1 and found[0].ref.unit != "条":
        return answer_of(f"依据《{doc.title}》，{structure_of(found[0], book)}。", book)
    if len(found) == 1:
        body = "\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in found[0].quotes)
        return answer_of(f"依据《{doc.title}》{found[0].label}：\n{body}", book)
    lines: list[str] = []
    for n, f in enumerate(found):
        if n == 0 or f.doc.doc_id != found[n - 1].doc.doc_id:
            lines.append(f"依据《{f.doc.title}》：")
        if f.ref.unit != "条":
            lines.append(structure_of(f, book))
        elif f.label.startswith("第") and f.quotes[0][1].startswith(f.label):
            lines.append("\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in f.quotes))
        else:
            lines.append(f"{f.label}：" + "\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in f.quotes))
    return answer_of("\n".join(lines), book)


def structure_of(found: Found, book: CitationBook) -> str:
    """第三章 …：第十七条〔1〕至第二十九条〔2〕."""
    labels = [f"{line.split()[0] if line.split() else line}{book.cite(chunk, line)}" for chunk, line in found.quotes]
    return f"{found.label}，包括" + "至".join(labels)


def provision_name(provision: Provision) -> str:
    """第八条 for an article; 第二项 / 第5项 for a numbered point (二、 / 5.)."""
    if provision.label.startswith("第"):
        return provision.label
    return f"第{provision.label.rstrip('、.．')}项"


def quotes_of(provision: Provision) -> list[tuple[Chunk, str]]:
    return [(c, c.text) for c in provision.chunks]


def found_whole(doc: DocRecord, provision: Provision) -> Found:
    """A provision found by its topic, quoted whole under its name (第八条, 第二项)."""
    return Found(doc, PartRef("条", provision.number), provision_name(provision), quotes_of(provision))


def other_revision_note(ctx: AnswerContext, doc: DocRecord) -> str | None:
    others = [
        d
        for d in ctx.source.documents()
        if d.doc_id != doc.doc_id and d.kind == "regulation" and short_title(d.title) == short_title(doc.title)
    ]
    newer = [d for d in others if revision_year(d) > revision_year(doc)]
    if newer:
        return f"知识库中另有更新的版本《{newer[0].title}》，以上按问题所指的版本回答。"
    if others:
        return f"知识库中另有旧版本《{others[0].title}》，以上依据最新版本。"
    return None


def first_line(chunk: Chunk) -> str:
    return chunk.text.split("\n")[0].strip()


def answer_of(text: str, book: CitationBook, derived: set[float] | None = None) -> Answer:
    evidence = [Evidence(c, 1.0) for c in book.chunks]
    return Answer(text, "lookup", book.citations(), evidence, derived_numbers=derived or set())
