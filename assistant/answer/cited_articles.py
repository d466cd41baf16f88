"""The articles of one regulation a report cites (总结里引用了监督条例哪几条: 对照《…监督条例》第十二条、第十五条 →
第十二条, 第十五条, each cited where the report says it), and whether a cited title is the regulation a question
names by a short name (监督条例 of 《中国共产党…监督条例（试行）》)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answer.citations import CitationBook
from assistant.answer.context import ANY_TITLE, AnswerContext
from assistant.core.numerals import REFERENCE_RUN, parse_article_refs
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.search.regulations import ALIASES, matched_length
from assistant.search.scope import short_title
from assistant.search.source import DocRecord

AFTER_TITLE = "的"  # 《X》的第五条: a word between the title and the articles it cites


def names_title(name: str, title: str) -> bool:
    """Whether a name a question says (处分条例, 《…处分条例》, 党章) is the cited title: inside it, or an
    abbreviation of its short title that keeps its characters in order (纪律条例 of 纪律处分条例)."""
    bare = short_title(name.strip("《》"))
    short = short_title(title)
    if not bare:
        return False
    return bare in short or ALIASES.get(bare, "\0") in title or matched_length(bare, short) >= len(bare)


def articles_cited(sentence: str, name: str) -> list[tuple[str, list[str]]]:
    """(title, article labels) for each 《title》 of the sentence naming the regulation, with the articles said
    right after it (《X》第一百零五条、第一百零七条; ranges expanded)."""
    cited = []
    for title in ANY_TITLE.finditer(sentence):
        if not names_title(name, title.group(1)):
            continue
        run = REFERENCE_RUN.match(sentence[title.end() :].removeprefix(AFTER_TITLE))
        labels = [ref.full_label for ref in parse_article_refs(run.group(0))] if run else []
        cited.append((title.group(1), labels))
    return cited


def answer_articles(ctx: AnswerContext, reports: Sequence[DocRecord], name: str) -> Answer:
    """Per report, the articles of the named regulation it cites, each cited at the sentence first citing it;
    a report citing the regulation without articles is said so, quoted; one not citing it, said so."""
    book = CitationBook()
    lines: list[str] = []
    used: list[Evidence] = []
    counts: set[float] = set()
    for report in reports:
        title = ""
        places: dict[str, tuple[Chunk, str]] = {}
        mention: tuple[Chunk, str] | None = None
        for chunk in ctx.source.document_chunks(report.doc_id):
            for sentence in split_sentences(chunk.text):
                for cited_title, labels in articles_cited(sentence, name):
                    title = title or cited_title
                    mention = mention or (chunk, sentence.strip())
                    for label in labels:
                        places.setdefault(label, (chunk, sentence.strip()))
        if mention is None:
            lines.append(f"《{report.title}》中没有引用《{name.strip('《》')}》。")
            continue
        if not places:
            chunk, sentence = mention
            lines.append(f"《{report.title}》引用了《{title}》，但没有写明具体条款{book.cite(chunk, sentence)}。")
            used.append(Evidence(chunk, 1.0))
            continue
        counts.add(float(len(places)))
        lines.append(f"《{report.title}》引用《{title}》的条款共{len(places)}条：")
        for n, (label, (chunk, sentence)) in enumerate(places.items(), 1):
            lines.append(f"{n}. {label}——见{chunk.location or '正文'}{book.cite(chunk, sentence)}。")
            used.append(Evidence(chunk, 1.0))
    if not used:  # no report cites it: there is no sentence to cite for an absence
        return Answer("\n".join(lines), "cited", refused=True)
    return Answer("\n".join(lines), "cited", book.citations(), used, derived_numbers=counts)
