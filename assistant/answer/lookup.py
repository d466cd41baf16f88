"""Look-up answers: a regulation's article quoted whole (第N条 by number, or the article a topic falls under)."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.context import ANY_TITLE, FACT_THRESHOLD, AnswerContext
from assistant.answer.fact import answer_fact
from assistant.answer.outline import WHOLE_DOCUMENT, answer_outline
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.search.retriever import Filters, revision_year, short_title


def answer_lookup(ctx: AnswerContext) -> Answer:
    direct = ctx.source.resolve_article(ctx.question)
    if direct:
        return article_answer(ctx, direct[0].chunk, direct)
    named = ctx.source.named_documents(ctx.question)
    if named and WHOLE_DOCUMENT.search(ctx.question):
        return answer_outline(ctx, named[0])
    cited_missing = [t for t in ANY_TITLE.findall(ctx.question) if not named]
    if cited_missing:
        return missing_regulation(ctx, cited_missing[0])
    evidence = ctx.evidence(k=8, filters=Filters(kinds=("regulation",)))
    ranked = ctx.best_sentences(ctx.question, evidence)
    if not ranked or ranked[0].passage < FACT_THRESHOLD or not ranked[0].chunk.article:
        return answer_fact(ctx, "lookup")
    return article_answer(ctx, ranked[0].chunk, evidence)


def article_answer(ctx: AnswerContext, chunk: Chunk, evidence: list[Evidence]) -> Answer:
    """The article's whole text; a note says when another revision of the regulation is indexed."""
    book = CitationBook()
    mark = book.cite(chunk, chunk.text)
    text = f"依据《{chunk.doc_title}》{chunk.article or ''}：\n{chunk.text}{mark}"
    answer = Answer(text, "lookup", book.citations(), evidence)
    older = [
        d
        for d in ctx.source.documents()
        if d.doc_id != chunk.doc_id and short_title(d.title) == short_title(chunk.doc_title)
    ]
    current = ctx.source.document(chunk.doc_id)
    newer = [d for d in older if current and revision_year(d) > revision_year(current)]
    if newer:
        answer.note = f"知识库中另有更新的版本《{newer[0].title}》，以上按问题所指的版本回答。"
    elif older:
        answer.note = f"知识库中另有旧版本《{older[0].title}》，以上依据最新版本。"
    return answer


def missing_regulation(ctx: AnswerContext, title: str) -> Answer:
    """A refusal that says where the regulation is cited and how to add it."""
    places = ctx.source.citing_places(title)
    text = f"知识库中没有收录《{title}》的原文，无法回答其具体内容。"
    book = CitationBook()
    if places:
        refs = "；".join(f"《{c.doc_title}》{c.location}{book.cite(c, s)}" for c, s in places[:3])
        text += f"该文件在以下位置被引用：{refs}。"
    text += "如需查询，请将其原文放入 corpus/ 文件夹后运行 assistant index。"
    return Answer(text, "lookup", book.citations(), [], refused=True)
