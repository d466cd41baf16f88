"""Structure questions answered from a regulation's own structure: 多少条/章, 施行, 解释, 发布, 版本."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_quotes import answer_of, first_line
from assistant.core.numerals import PartRef
from assistant.core.schema import Answer, Chunk
from assistant.search.regulations import Provision, named_regulations, parts, provisions, revision_year
from assistant.search.source import DocRecord

ASKS_COUNT = re.compile(r"(?:一共|总共|共|总计)?(?:有|分为?|包括|包含)?(?<!第)(?:多少|几)(?:个)?([条章节编项款部分])")
ASKS_VERSIONS = re.compile(r"几个版本|哪些版本|哪几个?版|几版|版本有哪些|有哪些修订|修订(?:过)?几次")
ASKS_START = re.compile(
    r"(?:什么时候|何时|哪天|哪一天|哪年|什么时间|啥时候)[^？?，,]{0,6}(?:施行|生效|实施|执行)"
    r"|(?:施行|生效|实施)(?:的)?(?:日期|时间)|自何时"
)
ASKS_INTERPRETER = re.compile(r"由谁解释|谁(?:来|负责)?解释|解释权|负责解释|哪个?(?:部门|机关|单位)解释")
ASKS_ISSUED = re.compile(r"(?:什么时候|何时|哪天|哪年)[^？?]{0,6}(?:通过|发布|印发|审议|颁布|出台)")
START_CLAUSE = re.compile(r"本[\u4e00-\u9fff]{1,4}自[^。]{2,24}施行")
INTERPRETER_CLAUSE = re.compile(r"本[\u4e00-\u9fff]{1,4}由[^。]{2,40}解释")
PART_ORDER = "编章节条"  # larger parts first
ASKS_PARTS = re.compile(r"(?:包括|包含|有|分为?)(?:哪些|哪几)个?([编章节])")
ISSUED_LINE = re.compile(r"^[（(][^）)]*(?:通过|发布|印发|批准)[^）)]*[）)]")


def structure_answer(ctx: AnswerContext, doc: DocRecord, book: CitationBook | None = None) -> Answer | None:
    """一共多少条/多少章, 什么时候施行, 由谁解释, 什么时候发布: from the regulation's own structure."""
    question = ctx.question
    chunks = ctx.source.document_chunks(doc.doc_id)
    if ASKS_VERSIONS.search(question):
        return versions_held(ctx, doc)
    count = ASKS_COUNT.search(question)
    items = provisions(chunks)
    by_articles = bool(items) and items[0].label.startswith("第")
    if count and not (count.group(1) == "项" and by_articles):  # 多少项 of articles asks about their content
        return counted(doc, items, count.group(1), book=book)
    for asks, clause in ((ASKS_START, START_CLAUSE), (ASKS_INTERPRETER, INTERPRETER_CLAUSE)):
        if asks.search(question):
            return clause_answer(doc, chunks, clause, book)
    if ASKS_ISSUED.search(question):
        return clause_answer(doc, chunks, ISSUED_LINE, book)
    return None


def structure_of_revisions(ctx: AnswerContext, chosen: list[DocRecord]) -> Answer | None:
    """新旧两版各有多少条 / 两版各自什么时候施行: the structure answer of each revision, one after the other."""
    if len(chosen) == 1 or ASKS_VERSIONS.search(ctx.question):
        return structure_answer(ctx, chosen[0])
    book = CitationBook()
    found = [structure_answer(ctx, doc, book) for doc in sorted(chosen[:2], key=revision_year)]
    answers = [a for a in found if a is not None]
    if len(answers) < len(found):
        return None
    text = "\n".join(a.text for a in answers)
    if all(a.refused for a in answers):
        return Answer(text, "lookup", refused=True)
    return answer_of(text, book, {n for a in answers for n in a.derived_numbers})


def versions_held(ctx: AnswerContext, doc: DocRecord) -> Answer:
    """The revisions of the regulation the knowledge base holds, newest first, each cited where it starts."""
    revisions = named_regulations(f"《{doc.title}》", ctx.source.documents())
    book = CitationBook()
    listed = []
    for revision in revisions:
        chunks = ctx.source.document_chunks(revision.doc_id)
        mark = book.cite(chunks[0], first_line(chunks[0])) if chunks else ""
        listed.append(f"《{revision.title}》{mark}")
    text = f"知识库收录了该法规的{len(revisions)}个版本：" + "、".join(listed) + "。"
    return answer_of(text, book, {float(len(revisions))})


def counted(
    doc: DocRecord, items: list[Provision], unit: str, within: str = "", book: CitationBook | None = None
) -> Answer:
    """How many 条/章/节 the regulation has (or its part `within`, 第二章 …), each part with its range."""
    book = book or CitationBook()
    whole = f"《{doc.title}》{within}"
    if unit in "编章节":
        found = [p for p in parts(items) if p.unit == unit]
        if not found:
            return Answer(f"{whole}不分{unit}。", "lookup", refused=True)
        listed = [f"{p.heading}（{span(items[p.provisions[0]], items[p.provisions[-1]], book)}）" for p in found]
        text = f"{whole}共{len(found)}{unit}：\n" + "\n".join(listed)
        return answer_of(text, book, {float(len(found)), *(float(p.number) for p in found)})
    if not items:
        return Answer(f"{whole}没有编号的条款。", "lookup", refused=True)
    named = "条" if items[0].label.startswith("第") else "项"
    text = f"{whole}共{len(items)}{named}：{span(items[0], items[-1], book)}。"
    return answer_of(text, book, {float(len(items))})


def counted_within(ctx: AnswerContext, doc: DocRecord, refs: list[PartRef]) -> Answer | None:
    """第二章有几节 / 第三章有多少条 / 第二编包括哪些章: counted within that part, each with its range; None
    when the question asks for no smaller parts."""
    count = ASKS_COUNT.search(ctx.question) or ASKS_PARTS.search(ctx.question)
    if len(refs) != 1 or not count or refs[0].unit == "条" or count.group(1) not in PART_ORDER:
        return None
    if PART_ORDER.index(count.group(1)) <= PART_ORDER.index(refs[0].unit):
        return None
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    part = next((p for p in parts(items) if (p.unit, p.number) == (refs[0].unit, refs[0].number)), None)
    if part is None:
        return None  # answered as a reference: 共N章，没有第六章
    return counted(doc, [items[i] for i in part.provisions], count.group(1), part.heading)


def span(first: Provision, last: Provision, book: CitationBook) -> str:
    """第一条〔1〕至第七条〔2〕 (points: 一〔1〕至十二〔2〕, as numbered): both ends cited where they start."""
    ends = [first] if first is last else [first, last]
    marked = [f"{end_name(p)}{book.cite(p.chunks[0], first_line(p.chunks[0]))}" for p in ends]
    return "至".join(marked)


def end_name(provision: Provision) -> str:
    # 第十二项 would read as a count of 二项 to the number check; points are named as the document numbers them
    return provision.label if provision.label.startswith("第") else provision.label.rstrip("、.．")


def clause_answer(
    doc: DocRecord, chunks: Sequence[Chunk], clause: re.Pattern[str], book: CitationBook | None = None
) -> Answer:
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            match = clause.search(line)
            if match:
                book = book or CitationBook()
                quote = line.strip()
                return answer_of(f"依据《{doc.title}》：{quote}{book.cite(chunk, quote)}", book)
    return Answer(f"《{doc.title}》中没有写明这一点。", "lookup", refused=True)
