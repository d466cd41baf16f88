"""Writing a draft from its parts: which sentences fit the length asked, and how they are joined.

A part is the sentences one section gives. Official writing joins parts with 一是……；二是……, and
beyond the ordinals with 此外; a whole piece (一篇) gives each top-level section its own 一、 heading.
Trimming keeps whole sentences: first the leading figure of every part, then more figures, then the
rest (a table's rows only when there is nothing else); what is kept is written in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.citations import CitationBook
from assistant.answer.draft_options import DraftOptions
from assistant.answer.sections import strip_number
from assistant.core.schema import Chunk
from assistant.ingest.structure import ORDINALS

CONNECTIVE = re.compile(r"^(此外|同时|另外|其次|最后|首先)[，,]")
NUMBER = re.compile(r"\d|[一二三四五六七八九十百千]+[名次个项条件篇场人]")
# A table row as the reader renders it (机械设计教工党支部：支部书记为李明远，党员人数31名，…): no sentence end.
TABLE_ROW = re.compile(r"^[^，。；：:]{1,24}[：:](?:[^，。；！？]{1,16}[，,])+[^，。；！？]{1,16}。?$")
TOTAL_ROW = re.compile(r"^(全年|全部|总|小)?(合计|总计|累计)[^—－/]*$")  # without empty cells (支部书记—)
DATE = re.compile(r"(?:19|20)\d{2}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?")
MARK = re.compile(r"〔\d+〕")
# Lengths when none was asked: a paragraph an office would paste into a report; a piece of a few pages.
DEFAULT_BUDGET = {"paragraph": 450, "article": 1500}
JOIN_COST = 3  # the 一是 / ；/ ，同时 around a sentence


@dataclass(frozen=True)
class Part:
    chunk: Chunk
    sentences: list[str]


def is_table_row(sentence: str) -> bool:
    return bool(TABLE_ROW.match(sentence.strip()))


def tier(sentence: str, leading: bool) -> int:
    """How much a sentence is worth keeping: lower first; a table's rows only when nothing else is said."""
    if is_table_row(sentence):
        return 1 if TOTAL_ROW.match(sentence.strip()) else 3
    figure = has_figure(sentence)
    if figure:  # a part's leading figure, then every other figure, then what says none
        return 0 if leading else 1
    return 2


def has_figure(sentence: str) -> bool:
    """A quantity (6次, 27名, 98%), not a year or a date."""
    return bool(NUMBER.search(DATE.sub("", strip_number(sentence))))


def leading_index(sentences: list[str]) -> int:
    """The sentence that stands for its part: its first figure in prose, else its first prose sentence."""
    prose = [i for i, s in enumerate(sentences) if not is_table_row(s)]
    figures = [i for i in prose if has_figure(sentences[i])]
    return (figures or prose or [0])[0]


def fit(parts: list[Part], budget: int) -> list[Part]:
    """The parts with only the sentences that fit in `budget` characters (at least one sentence)."""
    ranked = []
    for p, part in enumerate(parts):
        lead = leading_index(part.sentences)
        for s, sentence in enumerate(part.sentences):
            ranked.append((tier(sentence, s == lead), p, s, len(strip_number(sentence)) + JOIN_COST))
    prose = any(rank < 3 for rank, *_ in ranked)
    kept: set[tuple[int, int]] = set()
    used = 0
    for rank, p, s, cost in sorted(ranked):
        if rank == 3 and prose:  # 机械设计教工党支部：支部书记为…，党员人数31名 reads as a table, not a paragraph
            break
        if used + cost <= budget or not kept:
            kept.add((p, s))
            used += cost
    fitted = [
        Part(part.chunk, [x for s, x in enumerate(part.sentences) if (p, s) in kept]) for p, part in enumerate(parts)
    ]
    return [part for part in fitted if part.sentences]


def said(part: Part, book: CitationBook) -> list[str]:
    """The part's sentences without their own enumerators or connectives, each cited."""
    return [f"{CONNECTIVE.sub('', strip_number(s))}{book.cite(part.chunk, s)}" for s in part.sentences]


def enumerated(pieces: list[str], between: str = "；") -> str:
    """一是A；二是B；……此外，K: the connectives of official writing (a single piece stands alone)."""
    if len(pieces) == 1:
        return pieces[0]
    marked = [f"{ORDINALS[i]}是{p}" if i < len(ORDINALS) else f"此外，{p}" for i, p in enumerate(pieces)]
    return between.join(marked)


def paragraph(lead: str, parts: list[Part], book: CitationBook) -> str:
    """lead + 一是……；二是……。 One part alone: its sentences are the points."""
    pieces = said(parts[0], book) if len(parts) == 1 else ["，".join(said(part, book)) for part in parts]
    return f"{lead}{enumerated(pieces)}。"


def article(lead: str, parts: list[Part], book: CitationBook) -> str:
    """An opening paragraph, then one 一、 heading per top-level section with its paragraph."""
    opening = [part for part in parts if not part.chunk.section_path]
    sections: dict[str, list[Part]] = {}
    for part in parts:
        if part.chunk.section_path:
            sections.setdefault(part.chunk.section_path[0], []).append(part)
    overview = "，".join(s for part in opening for s in said(part, book))
    lines = [f"{overview}。" if overview else lead.rstrip("：:") + "。"]  # the opening says whose and when
    for i, (heading, group) in enumerate(sections.items()):
        title = strip_number(heading) or heading
        number = ORDINALS[i] if i < len(ORDINALS) else str(i + 1)
        pieces = ["；".join(said(part, book)) for part in group]
        lines.append(f"{number}、{title}")
        lines.append(f"{enumerated(pieces, '。')}。")
    return "\n".join(lines)


def written_length(text: str) -> int:
    """Characters of a draft as an office counts them: without 〔n〕 marks and line breaks."""
    return len(MARK.sub("", re.sub(r"\s", "", text)))


def compose(lead: str, parts: list[Part], options: DraftOptions, book: CitationBook) -> str:
    """The draft in the form and length asked for."""
    budget = (options.budget or DEFAULT_BUDGET[options.form]) - len(lead)
    fitted = fit(parts, max(budget, 0))
    if options.form == "article":
        return article(lead, fitted, book)
    return paragraph(lead, fitted, book)
