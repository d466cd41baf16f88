"""Numbered references (第N条, 第N条第M款第（K）项, 第N章, lists, ranges) resolved within the chosen revisions.

A number the regulation does not have is reported with its real range, never read as another article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.context import AnswerContext
from assistant.answer.lookup_compare import compared, compared_pairs, counterpart, renumbering_note
from assistant.answer.lookup_links import with_links
from assistant.answer.lookup_quotes import Found, first_line, other_revision_note, provision_name, quoted
from assistant.core.numerals import NUMERAL, PartRef, int_to_chinese, to_int
from assistant.core.schema import Answer, Chunk
from assistant.core.text import squash
from assistant.search.regulations import Provision, named_regulations, parts, provisions, revision_asked, revision_year
from assistant.search.retriever import short_title
from assistant.search.source import DocRecord

POINT_REF = re.compile(r"第\s*([一二三四五六七八九十百\d]+)\s*[项点]")
# 第三章第二节, 第二编第八章, 第三章第十九条: a part asked within the part that holds it.
NESTED_PART = re.compile(rf"第\s*({NUMERAL})\s*([编章])\s*(?:的)?\s*第\s*({NUMERAL})\s*([章节条])")
# What is asked of a part named by its title: its size or its contents, not a topic it shares a word with.
ASKS_WITHIN = re.compile(
    r"(?<!第)(?:多少|几|哪些|哪几)个?[条章节编项]|包括|包含"
)  # 第几条 asks which article, not a count
# 旧版呢 / 2018年版的第七十条第二款: the same provision looked up in the revision named.
REVISION_NAMED = re.compile(r"旧版|老版|新版|现行|最新|修订前|(?:19|20)\d{2}\s*年?(?:版|修订|修改)")
EXISTENCE_ASKED = re.compile(r"有没有|有无|是否有|有[^，,？?。]*吗")  # 旧版有第一百五十条吗: whether the number exists
MAX_ARTICLES = 12  # a longer range is answered with its first articles and a note


def answer_refs(ctx: AnswerContext, groups: list[tuple[list[DocRecord], list[PartRef]]]) -> Answer:
    """The references of each group within its revision(s); two revisions of one group are compared."""
    found, absent = resolved(ctx, groups)
    if not found:
        moved = counterparts(ctx, groups)
        if not moved:
            return Answer("；".join(dict.fromkeys(absent)) + "。", "lookup", refused=True)
        answer = quoted([f for f, _ in moved])
        answer.note = "；".join(dict.fromkeys(absent)) + "。" + "；".join(note for _, note in moved) + "。"
        return answer
    chosen = groups[0][0]
    notes = ["；".join(dict.fromkeys(absent)) + "。"] if absent else []
    if across_revisions(ctx, groups, found):  # 2018年…第八十八条和2023年…第九十七条有什么区别
        older, newer = sorted(found, key=lambda f: revision_year(f.doc))
        answer = compared_pairs([(older, newer)], older.doc, newer.doc)
    elif len(groups) == 1 and len(chosen) > 1:
        answer = compared(found, chosen)
        older, newer = sorted(chosen[:2], key=revision_year)
        items = {d.doc_id: provisions(ctx.source.document_chunks(d.doc_id)) for d in (older, newer)}
        notes.append(renumbering_note(found, older, newer, items))
    else:
        answer = quoted(found[:MAX_ARTICLES])
        if len(found) > MAX_ARTICLES:
            notes.append(f"所问范围较大，以上列出前{MAX_ARTICLES}条。")
        if len(groups) == 1 and not absent:
            notes.append(other_revision_note(ctx, chosen[0]) or "")
    answer.note = "".join(notes) or None
    return with_links(ctx, answer, found[:MAX_ARTICLES])


def resolved(ctx: AnswerContext, groups: list[tuple[list[DocRecord], list[PartRef]]]) -> tuple[list[Found], list[str]]:
    """What each reference found in each revision, and what is missing (said with the real range)."""
    found: list[Found] = []
    absent: list[str] = []
    nested = nested_sections(ctx.question)
    for chosen, refs in groups:
        for doc in chosen:
            items = provisions(ctx.source.document_chunks(doc.doc_id))
            for ref in refs:
                if ref in nested.values():
                    continue  # 第三章第二节 asks for the section; the chapter says where it is
                scope, within = within_chapter(nested.get(ref), items)
                if scope is None:  # 第九章第一节 of four chapters
                    absent.append(absence(doc, nested[ref], items))
                    continue
                hit = resolve(ref, scope)
                if hit:
                    found.append(Found(doc, ref, within + hit[0], hit[1]))
                else:
                    absent.append(absence(doc, ref, scope, within))
    return found, absent


def counterparts(ctx: AnswerContext, groups: list[tuple[list[DocRecord], list[PartRef]]]) -> list[tuple[Found, str]]:
    """旧版第七十条第二款 where the old revision's 第七十条 has one 款, or 旧版第一百五十八条第一款 where it has
    142 articles: the article of the revision named that holds the other revision's part (renumbered), when it
    has the part asked (else the whole article, for a number it lacks); with a note saying so."""
    moved: list[tuple[Found, str]] = []
    if not REVISION_NAMED.search(ctx.question):
        return moved  # 第七条第二款 of the current text is missing, not sought in another revision
    for chosen, refs in groups:
        if len(chosen) != 1:
            continue
        doc = chosen[0]
        items = provisions(ctx.source.document_chunks(doc.doc_id))
        for other in named_regulations(f"《{doc.title}》", ctx.source.documents()):
            if other.doc_id == doc.doc_id:
                continue
            theirs = provisions(ctx.source.document_chunks(other.doc_id))
            held = {p.number for p in items}
            for ref in (r for r in refs if r.unit == "条" and movable(r, held, ctx.question)):
                match = counterpart_of(ref, theirs, items, held)
                hit = (
                    resolve(replace(ref, number=match.number), items) if match and match.number != ref.number else None
                )
                if match and not hit and ref.number not in held:  # the part asked is not there: the whole article
                    hit = resolve(PartRef("条", match.number), items)
                if match and hit:
                    note = f"{revision_year(other)}年版{ref.label}的内容在{revision_year(doc)}年版中是{match.label}，以上引的是该条"
                    moved.append((Found(doc, ref, hit[0], hit[1]), note))
    return moved


def movable(ref: PartRef, held: set[int], question: str) -> bool:
    """A part (款/项) asked that the article lacks, or that the revision lacks the article of (第一款呢 -> 旧版呢
    follows the clause's text); a whole article the revision lacks is refused with its range, and 旧版有第N条吗
    asks whether the number exists."""
    if not (ref.clause or ref.item):
        return False
    return ref.number in held or not EXISTENCE_ASKED.search(question)


def counterpart_of(ref: PartRef, theirs: list[Provision], items: list[Provision], held: set[int]) -> Provision | None:
    """The provision of `items` most like what `ref` holds in the other revision: where the whole article went
    when the revision has the number, else where the part asked went (本条例自…施行 is the first 款 of an
    article whose second has no counterpart), else the whole article."""
    source = next((p for p in theirs if p.number == ref.number), None)
    if source is None:
        return None
    if ref.number in held:
        return counterpart(source.text, items)
    part = resolve(ref, theirs)
    text = "\n".join(t for _, t in part[1]) if part else source.text
    return counterpart(text, items) or (counterpart(source.text, items) if part else None)


def across_revisions(
    ctx: AnswerContext, groups: list[tuple[list[DocRecord], list[PartRef]]], found: list[Found]
) -> bool:
    """Two articles, one in each of two revisions of the same regulation, asked to be compared."""
    docs = [f.doc for f in found]
    return (
        len(groups) == 2
        and len(found) == 2
        and docs[0].doc_id != docs[1].doc_id
        and short_title(docs[0].title) == short_title(docs[1].title)
        and revision_asked(ctx.question).wish == "both"
    )


def nested_sections(question: str) -> dict[PartRef, PartRef]:
    """第三章第二节: each part asked within a larger one, with that one (sections are numbered per chapter)."""
    return {
        PartRef(inner, to_int(number) or 0): PartRef(outer, to_int(container) or 0)
        for container, outer, number, inner in NESTED_PART.findall(question)
        if outer != inner
    }


def within_chapter(chapter: PartRef | None, items: list[Provision]) -> tuple[list[Provision] | None, str]:
    """The provisions of the chapter (or 编; all when none is named) and its label; None when it does not exist."""
    if chapter is None:
        return items, ""
    part = next((p for p in parts(items) if (p.unit, p.number) == (chapter.unit, chapter.number)), None)
    return ([items[i] for i in part.provisions], chapter.label) if part else (None, chapter.label)


def parts_named(ctx: AnswerContext, doc: DocRecord) -> list[PartRef]:
    """纪律处分条例分则有几章 / 附则包括哪些条: a part asked by its title, when its parts are what is asked."""
    question = squash(ctx.question)
    if not ASKS_WITHIN.search(question):
        return []
    named = [
        p
        for p in parts(provisions(ctx.source.document_chunks(doc.doc_id)))
        if len(p.title) >= 2 and p.title in question
    ]
    return [PartRef(named[0].unit, named[0].number)] if named else []


def points_asked(ctx: AnswerContext, doc: DocRecord) -> list[PartRef]:
    """第二项/第二点 of a regulation of numbered points (八项规定) is its point 二."""
    numbers = [to_int(n) for n in POINT_REF.findall(ctx.question)]
    if not numbers:
        return []
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    if not items or items[0].label.startswith("第"):
        return []
    return [PartRef("条", n) for n in numbers if n]


def resolve(ref: PartRef, items: list[Provision]) -> tuple[str, list[tuple[Chunk, str]]] | None:
    """The label and quoted lines of a reference, or None when the regulation has no such part."""
    if ref.unit != "条":
        return chapter_quotes(ref, items)
    provision = next((p for p in items if p.number == ref.number), None)
    if provision is None:
        return None
    lines: list[tuple[Chunk, str]] = [(c, c.text) for c in provision.chunks]
    label = provision_name(provision)
    if ref.clause:
        clauses = provision.clauses()
        if ref.clause > len(clauses):
            return None
        lines = [clauses[ref.clause - 1]]
        label += f"第{int_to_chinese(ref.clause)}款"
    if ref.item:
        within = lines[0][1] if ref.clause else None
        items_found = [(c, line) for n, c, line in provision.items(within) if n == ref.item]
        if not items_found:
            return None
        chunk, line = items_found[0]
        lead = next((cl for cl in provision.clauses() if line in cl[1]), lines[0])
        lines = [(lead[0], lead[1].split("\n")[0]), (chunk, line)]
        label += f"第（{int_to_chinese(ref.item)}）项"
    return label, lines


def chapter_quotes(ref: PartRef, items: list[Provision]) -> tuple[str, list[tuple[Chunk, str]]] | None:
    """第三章: its heading and the range of its articles, quoting the first and last."""
    part = next((p for p in parts(items) if p.unit == ref.unit and p.number == ref.number), None)
    if part is None:
        return None
    first, last = items[part.provisions[0]], items[part.provisions[-1]]
    quotes = [(first.chunks[0], first_line(first.chunks[0]))]
    if last is not first:
        quotes.append((last.chunks[0], first_line(last.chunks[0])))
    return part.heading, quotes


def absence(doc: DocRecord, ref: PartRef, items: list[Provision], within: str = "") -> str:
    """《…》共158条，没有第二百条 (or 第N条没有第M款, 第三章不分节)."""
    if ref.unit != "条":
        same = [p for p in parts(items) if p.unit == ref.unit]
        if not same:
            return f"《{doc.title}》{within}不分{ref.unit}，没有{ref.label}"
        return f"《{doc.title}》{within}共{len(same)}{ref.unit}，没有{ref.label}"
    provision = next((p for p in items if p.number == ref.number), None)
    if provision is None and within and items:
        return f"《{doc.title}》{within}为{items[0].label}至{items[-1].label}，没有{ref.label}"
    if provision is None:
        unit = "条" if items and items[0].label.startswith("第") else "项"
        return f"《{doc.title}》共{len(items)}{unit}，没有{ref.label}"
    if ref.clause and ref.clause > len(provision.clauses()):
        return f"《{doc.title}》{provision.label}共{len(provision.clauses())}款，没有第{int_to_chinese(ref.clause)}款"
    return f"《{doc.title}》{ref.label}中没有{ref.full_label.removeprefix(ref.label)}"
