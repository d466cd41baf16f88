"""Look-up refusals that say what the knowledge base holds instead."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.core.numerals import PartRef
from assistant.core.schema import Answer
from assistant.search.regulations import revision_year
from assistant.search.retriever import short_title
from assistant.search.source import DocRecord


def missing_regulation(ctx: AnswerContext, title: str) -> Answer:
    """A refusal that says where the regulation is cited and how to add it."""
    places = ctx.source.citing_places(title)
    text = f"知识库中没有收录《{title}》的原文，无法回答其具体内容。"
    book = CitationBook()
    if places:
        refs = "；".join(f"《{c.doc_title}》{c.location}{book.cite(c, s)}" for c, s in places[:3])
        text += f"该文件在以下位置被引用：{refs}。"
    text += "如需查询，请将其原文加入知识库（网页“知识库”页上传，或放入 corpus/ 文件夹后重新索引）。"
    return Answer(text, "lookup", book.citations(), [], refused=True)


def which_regulation(refs: list[PartRef], documents: Sequence[DocRecord]) -> Answer:
    newest = {short_title(d.title): d.title for d in sorted(documents, key=revision_year) if d.kind == "regulation"}
    names = list(newest.values())
    have = f"知识库收录的法规有：{'、'.join(f'《{n}》' for n in names[:8])}。" if names else "知识库中没有收录法规。"
    return Answer(f"请说明要查询哪部法规的{refs[0].full_label}。{have}", "lookup", refused=True)


def which_of(revisions: list[DocRecord]) -> Answer:
    newest = {short_title(d.title): d.title for d in reversed(revisions)}  # revisions come newest first
    names = "、".join(f"《{t}》" for t in newest.values())
    return Answer(f"问题所指的法规不明确，知识库中有{names}，请说明是哪一部。", "lookup", refused=True)


def revision_missing(revisions: list[DocRecord], years: frozenset[int]) -> Answer:
    """2015年版 not held, or 旧版 of a regulation held in one revision only."""
    held = "、".join(f"《{d.title}》" for d in revisions)
    if not years:
        return Answer(f"知识库中只收录了{held}一个版本，没有更早的版本。", "lookup", refused=True)
    asked = "、".join(f"{y}年版" for y in sorted(years))
    return Answer(f"知识库中没有{asked}，只收录了{held}。", "lookup", refused=True)
