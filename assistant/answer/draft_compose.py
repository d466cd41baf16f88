"""Writing a draft from its parts: which sentences fit the length asked, and how they are joined.

A part is the sentences one section gives. Official writing joins parts with 一是……；二是……, and
beyond the ordinals with 此外; a whole piece (一篇) gives each top-level section its own 一、 heading.
Trimming keeps whole sentences: first the leading figure of every part, then more figures, then the
rest (a table's rows only when there is nothing else); what is kept is written in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer.citations import CitationBook
from assistant.answer.draft_leads import compact_lead
from assistant.answer.draft_options import DraftOptions, written_length
from assistant.answer.sections import strip_number
from assistant.core.schema import Chunk
from assistant.ingest.structure import ORDINALS

CONNECTIVE = re.compile(r"^(此外|同时|另外|其次|最后|首先)[，,]")
# The end of a lead-in kept for its figure (制定整改措施31条，具体如下：): the items it announced are not written after it.
LEAD_IN_END = re.compile(r"[，,]?(?:具体|现将)?(?:情况)?如下[。：:]?$|[：:]$")
NUMBER = re.compile(r"\d|[一二三四五六七八九十百千]+[名次个项条件篇场人]")
# A table row as the reader renders it (机械设计教工党支部：支部书记为李明远，党员人数31名，…): no sentence end.
TABLE_ROW = re.compile(r"^[^，。；：:]{1,24}[：:](?:[^，。；！？]{1,16}[，,])+[^，。；！？]{1,16}。?$")
TOTAL_ROW = re.compile(r"^(全年|全部|总|小)?(合计|总计|累计)[^—－/]*$")  # without empty cells (支部书记—)
# Dates are no quantities: 2023年度, 2023年4月8日, and a span of months (2022年3月至6月, 5月份).
DATE = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日|份)?)"
    r"(?:(?:至|到|—|－|-|~)(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|份|底)?)?"
)
MARK = re.compile(r"〔\d+〕")
ATTENDANCE = re.compile(r"主持|到会指导|莅临指导|列席|出席")
FIRST_PERSON = "本人"  # how a 述职报告 says its 述职人
# Lengths when none was asked: a paragraph an office would paste into a report; a piece of a few pages.
DEFAULT_BUDGET = {"paragraph": 450, "article": 1500}
JOIN_COST = 3  # the 一是 / ；/ ，同时 around a sentence
REFITS = 4
LEAD_SHARE = 0.4  # a lead taking more of a length limit than this says only whose and when


@dataclass(frozen=True)
class Part:
    chunk: Chunk
    sentences: list[str]
    when: str = ""  # the period the part is of, said before it when a draft spans several (2024年，…)
    speaker: str = ""  # who 本人 is when the part is of a 述职报告 (a draft is not in the first person)
    leads: bool = False  # the first part of its section in a summary of a whole report: said before any detail


def is_table_row(sentence: str) -> bool:
    return bool(TABLE_ROW.match(sentence.strip()))


def tier(sentence: str, leading: bool) -> int:
    """How much a sentence is worth keeping: lower first; a table's rows only when nothing else is said."""
    if is_table_row(sentence):
        return 1 if TOTAL_ROW.match(sentence.strip()) else 3
    # Who presided over a meeting or came to guide it is said as surely as its figures.
    figure = has_figure(sentence) or bool(ATTENDANCE.search(sentence))
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
            rank = -1 if part.leads and s == lead else tier(sentence, s == lead)  # every section, then details
            ranked.append((rank, p, s, len(strip_number(sentence)) + JOIN_COST))
    prose = any(rank < 3 for rank, *_ in ranked)
    usable = sorted(r for r in ranked if r[0] < 3 or not prose)  # table rows read as a table, not a paragraph
    kept: set[tuple[int, int]] = set()
    used = 0
    for _, p, s, cost in usable:
        if used + cost <= budget:
            kept.add((p, s))
            used += cost
    if not kept and usable:  # nothing fits: the sentence whose clauses that fit say most figures, of the best kind
        cuts = [(clauses_within(parts[p].sentences[s], budget - JOIN_COST), rank, p, s) for rank, p, s, _ in usable]
        cut, _, p, s = max(cuts, key=lambda c: (len(NUMBER.findall(DATE.sub("", c[0]))), -c[1], len(c[0]) <= budget))
        parts = [
            replace(part, sentences=[*part.sentences[:s], cut, *part.sentences[s + 1 :]]) if i == p else part
            for i, part in enumerate(parts)
        ]
        kept.add((p, s))
    fitted = [
        replace(part, sentences=[x for s, x in enumerate(part.sentences) if (p, s) in kept])
        for p, part in enumerate(parts)
    ]
    return [part for part in fitted if part.sentences]


def clauses_within(sentence: str, budget: int) -> str:
    """The sentence's clauses from its first figure on that fit in `budget` characters (at least that one)."""
    clauses = re.findall(r"[^，,；;。]+[，,；;。]?", strip_number(sentence).strip())
    figures = [i for i, clause in enumerate(clauses) if has_figure(clause)]
    start = figures[0] if figures else 0  # from the first clause stating a figure
    kept = clauses[start : start + 1]
    for clause in clauses[start + 1 :]:
        if len("".join(kept)) + len(clause) > budget:
            break
        kept.append(clause)
    return "".join(kept).rstrip("，,；;") if len(kept) < len(clauses) else sentence


def said(part: Part, book: CitationBook) -> list[str]:
    """The part's sentences without their own enumerators or connectives, each cited; the first after the
    part's period when it has one of its own and does not open with it."""
    pieces = [
        f"{LEAD_IN_END.sub('', CONNECTIVE.sub('', strip_number(s)))}{book.cite(part.chunk, s)}" for s in part.sentences
    ]
    if part.speaker:
        pieces = [piece.replace(FIRST_PERSON, part.speaker) for piece in pieces]
    if part.when and pieces and not pieces[0].startswith(part.when):
        pieces[0] = f"{part.when}，{pieces[0]}"
    return pieces


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
    """An opening paragraph, then one 一、 heading per top-level section, and under it one （一）
    heading per second-level section it has, each with its paragraph."""
    opening = [part for part in parts if not part.chunk.section_path]
    overview = "，".join(s for part in opening for s in said(part, book))
    lines = [f"{overview}。" if overview else lead.rstrip("：:") + "。"]  # the opening says whose and when
    for i, (heading, group) in enumerate(grouped(parts, 0).items()):
        lines.append(f"{outline_number(i)}、{strip_number(heading) or heading}")
        subsections = grouped(group, 1)
        if list(subsections) == [""]:  # no （一） level under this heading
            lines.append(points(group, book))
            continue
        numbered = 0
        for sub, subgroup in subsections.items():
            if sub:
                lines.append(f"（{outline_number(numbered)}）{strip_number(sub) or sub}")
                numbered += 1
            lines.append(points(subgroup, book))
    return "\n".join(lines)


def grouped(parts: list[Part], level: int) -> dict[str, list[Part]]:
    """Parts by their heading at `level` ("" for a part with no heading that deep), in document order."""
    groups: dict[str, list[Part]] = {}
    for part in parts:
        path = part.chunk.section_path
        if level == 0 and not path:
            continue  # the opening paragraph
        groups.setdefault(path[level] if len(path) > level else "", []).append(part)
    return groups


def points(group: list[Part], book: CitationBook) -> str:
    """一是A；A2。二是B。: one point per part."""
    return enumerated(["；".join(said(part, book)) for part in group], "。") + "。"


def outline_number(i: int) -> str:
    return ORDINALS[i] if i < len(ORDINALS) else str(i + 1)


def compose(lead: str, parts: list[Part], options: DraftOptions, book: CitationBook) -> str:
    """The draft in the form and length asked for.

    Headings and connectives take room too: when the written draft runs over, the sentences'
    share shrinks by the overflow and the draft is written again."""
    budget = options.budget or DEFAULT_BUDGET[options.form]
    write = article if options.form == "article" else paragraph
    if options.ceiling and len(lead) > budget * LEAD_SHARE:  # 50字以内: whose and when, not 主要开展了以下工作
        lead = compact_lead(lead)
    room = budget - len(lead)
    for _ in range(REFITS):
        over = written_length(write(lead, fit(parts, max(room, 0)), CitationBook())) - budget
        if over <= 0:
            break
        room -= over
    return write(lead, fit(parts, max(room, 0)), book)
