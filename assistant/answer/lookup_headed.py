"""领导人员的规范是哪几条: the articles a regulation groups under a heading that is no 第N章 (a 准则's
教师廉洁从教规范 / 领导人员廉洁从业规范), found by the words of the heading the question names."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_part_of import without_name
from assistant.answer.lookup_quotes import answer_of, first_line
from assistant.answer.lookup_structure import span
from assistant.answer.lookup_topic import TOPIC_NOISE
from assistant.core.schema import Answer
from assistant.search.regulations import CHAPTER, Provision, provisions
from assistant.search.source import DocRecord

ASKS_ARTICLES = re.compile(r"(?:是|有|包括|包含|分别是|涉及)?(?:哪几|哪些|几)条")
HEADING_SHARE = 0.8  # share of the question's characters the heading must hold
MIN_CHARS = 3  # 一共几条 names no heading
MAX_LISTED = 12  # more articles than this are given as a range


def headed_articles(ctx: AnswerContext, doc: DocRecord) -> Answer | None:
    """The articles under the one heading the question names, each quoted by its first line and cited;
    None when the question asks no articles or names no heading plainly enough."""
    asked = ASKS_ARTICLES.search(ctx.question)
    if not asked:
        return None
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    groups = headed_groups(items)
    chars = set(TOPIC_NOISE.sub("", without_name(ASKS_ARTICLES.sub("", ctx.question), doc)))
    if not groups or len(chars) < MIN_CHARS:
        return None
    scored = sorted(((sum(ch in h for ch in chars) / len(chars), h) for h in groups), reverse=True)
    best, heading = scored[0]
    if best < HEADING_SHARE or (len(scored) > 1 and scored[1][0] == best):
        # 对一般职工党员的行为规范是哪几条: the one heading the question says whole, whatever it adds
        said = [h for h in groups if all(ch in chars for ch in set(TOPIC_NOISE.sub("", h)))]
        if len(said) != 1:
            return None  # no heading, or two alike: not this question's
        heading = said[0]
    return listed(doc, heading, groups[heading])


def headed_groups(items: list[Provision]) -> dict[str, list[Provision]]:
    """Headings other than 第N编/章/节 with the articles under them, in document order."""
    groups: dict[str, list[Provision]] = {}
    for provision in items:
        if not provision.label.startswith("第"):
            continue
        for heading in provision.path:
            if heading.strip() and not CHAPTER.match(heading.strip()):
                groups.setdefault(heading.strip(), []).append(provision)
    return groups


def listed(doc: DocRecord, heading: str, under: list[Provision]) -> Answer:
    book = CitationBook()
    if len(under) > MAX_LISTED:
        text = f"《{doc.title}》“{heading}”共{len(under)}条：{span(under[0], under[-1], book)}。"
        return answer_of(text, book, {float(len(under))})
    lines = []
    for provision in under:
        line = first_line(provision.chunks[0])
        lines.append(f"{line}{book.cite(provision.chunks[0], line)}")
    text = f"《{doc.title}》“{heading}”共{len(under)}条：\n" + "\n".join(lines)
    return answer_of(text, book, {float(len(under))})
