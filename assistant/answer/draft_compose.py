"""Writing a draft from its parts: which sentences fit the length asked, and how they are joined.

A part is the sentences one section gives. Official writing joins parts with 一是……；二是……, and
beyond the ordinals with 此外; a whole piece (一篇) gives each top-level section its own 一、 heading.
Trimming keeps whole sentences: first the leading figure of every part, then more figures, then the
rest (a table's rows only when there is nothing else); what is kept is written in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import accumulate

from assistant.answer.citations import CitationBook
from assistant.answer.draft_options import DraftOptions, written_length
from assistant.answer.draft_tallied import is_tally, written_tally
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
ALONE_COST = 1  # the 。 after a sentence that stands alone
REFITS = 4
# 一、基本情况: what the organisation is (its branches, members, committee), before what it did.
BACKGROUND_HEADING = re.compile(r"基本情况|概况|简况|单位情况")
STATE_TIER = 3  # …which a short summary of the work says only when its sections' figures leave room
BRIEF_LEAD_SHARE = 2  # a lead longer than 1/2 of the length asked is said briefly


@dataclass(frozen=True)
class Part:
    chunk: Chunk
    sentences: list[str]
    when: str = ""  # the period the part is of, said before it when a draft spans several (2024年，…)
    speaker: str = ""  # who 本人 is when the part is of a 述职报告 (a draft is not in the first person)
    leads: bool = False  # the first part of its section in a summary of a whole report: said before any detail
    keys: tuple[str, ...] = ()  # its sentences stating the key figures (`draft_key_figures`): said before other figures


def is_table_row(sentence: str) -> bool:
    return bool(TABLE_ROW.match(sentence.strip()))


def tier(sentence: str, leading: bool, key: bool = False) -> int:
    """How much a sentence is worth keeping: lower first; a table's rows only when nothing else is said, but
    a row tallying a task against its target is a key figure."""
    if is_table_row(sentence) and not key:
        return 2 if TOTAL_ROW.match(sentence.strip()) else 4
    # Who presided over a meeting or came to guide it is said as surely as its figures.
    figure = has_figure(sentence) or bool(ATTENDANCE.search(sentence))
    if figure:  # a part's leading figure, then its other key figures, then every other figure, then what says none
        return 0 if leading else 1 if key else 2
    return 3


# A figure inside a name is no quantity: “三会一课”, “四强”党支部, 中央八项规定.
NAMED_FIGURE = re.compile(r"“[^“”]{1,12}”|[一二三四五六七八九十]+项规定")


def has_figure(sentence: str) -> bool:
    """A quantity (6次, 27名, 98%), not a year, a date or a name."""
    return bool(NUMBER.search(DATE.sub("", NAMED_FIGURE.sub("", strip_number(sentence)))))


# 截至6月底，共有党员73名: how many members there are is where the period ends, not what it did.
MEMBERSHIP = re.compile(r"(?:共有|现有)(?:正式)?党员\d+名")


def leading_index(sentences: list[str], keys: tuple[str, ...] = ()) -> int:
    """The sentence that stands for its part: its first key figure, else its first figure in prose that is no
    count of members, else its first prose sentence."""
    prose = [i for i, s in enumerate(sentences) if not is_table_row(s) or s in keys]
    figures = [i for i in prose if has_figure(sentences[i]) and not MEMBERSHIP.search(sentences[i])]
    key = [i for i in figures if sentences[i] in keys]
    return (key or figures or prose or [0])[0]


def fit(parts: list[Part], budget: int) -> list[Part]:
    """The parts with only the sentences that fit in `budget` characters (at least one sentence)."""
    ranked = []
    rows = set()
    paths: set[tuple[str, ...]] = set()
    for p, part in enumerate(parts):
        # A chunk continuing its section (a table split in two) has no leading sentence of its own.
        lead = leading_index(part.sentences, part.keys) if part.chunk.section_path not in paths else -1
        paths.add(part.chunk.section_path)
        state = bool(part.chunk.section_path) and bool(BACKGROUND_HEADING.search(part.chunk.section_path[0]))
        for s, sentence in enumerate(part.sentences):
            # a key tally is said as a sentence; one whose task the prose states repeats it, as a table's row
            row = (is_table_row(sentence) or is_tally(sentence)) and sentence not in part.keys
            leading = tier(sentence, s == lead, sentence in part.keys)
            leading = max(leading, STATE_TIER) if state else leading
            # sections, then details; a preamble stating no figure (坚持党建引领，推动…融合) leads no section
            opens = part.leads and s == lead and not (row or state) and (leading == 0 or bool(part.chunk.section_path))
            rank = -1 if opens else leading
            ranked.append((rank, p, s, len(strip_number(sentence)) + JOIN_COST))
            rows |= {(p, s)} if row else set()
    prose = len(rows) < len(ranked)
    # A table's rows (its 合计 too) read as a table, not as sentences: only when the parts say nothing else.
    usable = sorted(r for r in ranked if (r[1], r[2]) not in rows or not prose)
    # Too short for every part's leading sentence and the key figures: the shorter ones first, so that most parts
    # are said (the details after them still in document order).
    keys = {
        (p, s) for p, part in enumerate(parts) for s, sentence in enumerate(part.sentences) if sentence in part.keys
    }
    if sum(r[3] for r in usable if r[0] <= 0 or (r[1], r[2]) in keys) > budget:
        usable.sort(key=lambda r: short_order(r, parts[r[1]].sentences[r[2]], (r[1], r[2]) in keys))
    kept: dict[tuple[int, int], str] = {}
    used = 0
    for _, p, s, cost in usable:
        sentence = parts[p].sentences[s]
        if used + cost > budget and not kept:  # the best sentence too long: its first clauses, if they say a figure
            shorter = first_clauses(sentence, budget - ALONE_COST)
            sentence = shorter if has_figure(shorter) or not has_figure(sentence) else sentence
            cost = len(strip_number(sentence)) + ALONE_COST
        if used + cost <= budget:
            kept[(p, s)] = sentence
            used += cost
    if not kept and usable:  # nothing fits: the shortest of the best kind rather than nothing
        best = min(usable, key=lambda r: (r[0], r[3]))
        kept[(best[1], best[2])] = parts[best[1]].sentences[best[2]]
    fitted = [
        replace(part, sentences=[kept[(p, s)] for s in range(len(part.sentences)) if (p, s) in kept])
        for p, part in enumerate(parts)
    ]
    return [part for part in fitted if part.sentences]


def short_order(ranked: tuple[int, int, int, int], sentence: str, key: bool) -> tuple:
    """Where a sentence comes in a draft too short for every part's leading sentence: the sections' leads,
    then the key figures (`draft_key_figures`: what the report itself measures the period by), those its prose
    states before a table's lines, then the other parts' leading sentences, and only then a key table's further
    lines (one line stands for the table; its others are details); the shorter ones first within each."""
    rank, p, s, cost = ranked
    tally = is_tally(sentence)
    group = 0 if rank < 0 else 3 if key and tally and rank > 0 else 1 if key else 2 if rank == 0 else 4
    return (group, tally, rank, cost if rank <= 0 or key else 0, p, s)


CLAUSE_END = re.compile(r"(?<=[，,；;])")


def first_clauses(sentence: str, room: int) -> str:
    """The sentence's first whole clauses that fit in `room` characters (its first clause at least):
    应到会党员168名，实到159名，9名…进行了补课 → 应到会党员168名，实到159名."""
    heads = [head.rstrip("，,；;") for head in accumulate(CLAUSE_END.split(sentence))]
    return next((head for head in reversed(heads) if written_length(head) <= room), heads[0])


def said(part: Part, book: CitationBook) -> list[str]:
    """The part's sentences without their own enumerators or connectives, each cited; the first after the
    part's period when it has one of its own and does not open with it."""
    pieces = [
        f"{LEAD_IN_END.sub('', CONNECTIVE.sub('', strip_number(written_tally(s))))}{book.cite(part.chunk, s)}"
        for s in part.sentences
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
    """The draft in the form and length asked for, never longer than the length allows.

    Headings and connectives take room too: when the written draft runs over, the sentences'
    share shrinks by the overflow and the draft is written again. A draft still over its length
    (压缩到50字以内) loses whole clauses from the end of its last sentence; when the lead alone would take
    half of a short draft, it says only whose work and on what."""
    budget = options.budget or DEFAULT_BUDGET[options.form]
    write = article if options.form == "article" else paragraph
    parts = with_figures(parts) if options.figures else parts
    openings = brief_leads(lead) if len(lead) * BRIEF_LEAD_SHARE > budget else (lead,)
    # The lead gives way to what is said: the opening under which most of the parts' words fit.
    drafts = [(opening, within(opening, parts, budget, write)) for opening in openings]
    opening, kept = max(drafts, key=lambda draft: sum(written_length(s) for p in draft[1] for s in p.sentences))
    return write(opening, kept, book)


def with_figures(parts: list[Part]) -> list[Part]:
    """The parts' sentences that state a figure (带上主要数字), unless none does."""
    figured = [replace(part, sentences=[s for s in part.sentences if has_figure(s)]) for part in parts]
    return [part for part in figured if part.sentences] or parts


def within(lead: str, parts: list[Part], budget: int, write) -> list[Part]:
    """The parts fitted after `lead` in `budget` characters; one sentence alone over it cut to its first clauses."""
    kept = fitted(lead, parts, budget, write)
    over = written_length(write(lead, kept, CitationBook())) - budget
    return clipped(kept, written_length(kept[-1].sentences[-1]) - over) if over > 0 and kept else kept


def fitted(lead: str, parts: list[Part], budget: int, write) -> list[Part]:
    """The parts whose sentences, written after `lead`, fit in `budget` characters (at least one sentence)."""
    room = budget - len(lead)
    for _ in range(REFITS):
        over = written_length(write(lead, fit(parts, max(room, 0)), CitationBook())) - budget
        if over <= 0:
            break
        room -= over
    return fit(parts, max(room, 0))


# The set phrase a lead ends with (…在X方面主要开展了以下工作： / …有关情况如下：): a short draft says whose and what only.
LEAD_PHRASE = re.compile(r"(?:的|召开会议的)?(?:主要开展了以下工作|有关情况如下|(?:的主要)?工作安排是)：$")
ASPECT_FRAME = re.compile(r"在(.+?)方面$")


def brief_leads(lead: str) -> tuple[str, ...]:
    """2024年，X党委在组织生活会方面主要开展了以下工作： → 2024年，X党委组织生活会： and 2024年，X党委："""
    head = LEAD_PHRASE.sub("", lead)
    if head == lead:
        return (lead,)
    return tuple(dict.fromkeys((ASPECT_FRAME.sub(r"\1", head) + "：", ASPECT_FRAME.sub("", head) + "：")))


def clipped(parts: list[Part], room: int) -> list[Part]:
    """The parts with their last sentence cut to its first whole clauses that fit in `room` characters."""
    last = parts[-1]
    return [*parts[:-1], replace(last, sentences=[*last.sentences[:-1], first_clauses(last.sentences[-1], room)])]
