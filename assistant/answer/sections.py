"""A report's parts by what they are about (问题, 措施, 打算 …) and the items each part lists.

Lists and drafts read the document's own structure: the section the question's aspect word names,
and inside it the 1./（一） sub-parts, 一是/二是 paragraphs, or inline 一是……二是…… clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answer.context import clean
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import (
    ENUMERATED,
    ITEM_LEVEL,
    ORDINALS,
    SIGNATURE,
    heading_label,
    heading_level,
    heading_text,
    in_sequence,
    inline_items,
    is_furniture,
)

Aspect = Literal["problems", "measures", "plans", "achievements", "agenda", "preparation", "requirements"]
# Words that name an aspect in a question, longest first within each aspect.
QUESTION_ASPECTS: dict[Aspect, tuple[str, ...]] = {
    "problems": ("问题", "不足", "差距", "短板", "薄弱环节"),
    "measures": ("整改措施", "措施", "举措", "整改"),
    "plans": ("下一步", "接下来", "今后", "打算", "计划", "思路", "要点", "准备干", "要干", "准备做"),
    "achievements": ("成效", "成绩", "亮点", "成果"),
    "agenda": ("议程",),
    "preparation": ("准备工作", "会前准备", "准备"),
    "requirements": ("要求",),
}
# Words that name an aspect in a section heading (存在的问题, 整改措施, 2024年工作打算, 主要工作及成效).
HEADING_ASPECTS: dict[Aspect, tuple[str, ...]] = {
    **QUESTION_ASPECTS,
    # 整改 alone names a report on 整改 (整改工作组织情况), not a section of measures.
    "measures": ("整改措施", "措施", "举措"),
    "achievements": ("成效", "成绩", "亮点", "成果", "主要工作", "工作总结", "主要做法"),
    "agenda": ("议程", "会议安排"),
    # 下半年工作安排 / 下步工作安排: what is still to be done, as 打算 says it.
    "plans": (*QUESTION_ASPECTS["plans"], "工作安排"),
}
MEASURES_SPLIT = re.compile(r"(?=(?:整改措施|改进措施)[：:])")
# 存在的不足：一是…。下一步，支部将……: in a paragraph that states problems, 下一步 opens what is done about them.
MEASURES_INLINE = re.compile(r"(?:整改措施|改进措施|针对(?:以上|上述|这些)(?:问题|不足)|下一步)[：:，,]")
MEASURES_LEAD = re.compile(r"(?:[（(][一二三四五六七八九十][)）])?(?:整改措施|针对(?:以上|上述|这些)问题|下一步)")
ASKS_OPEN = re.compile(r"没有?(整改|完成)完?|未(完成)?(整改|完成)完?|尚未(完成)?(整改)?|还没|正在(推进|整改)|没改完")
FOUND_PROBLEMS = re.compile(r"查摆|检视出")
INTERROGATIVE = re.compile(r"哪|什么|啥|几")
LEAD_END = re.compile(r"[：:]$|如下[。：:]?$")


# "2023年总结里对2024年……": the year right before the document's genre names the document.
DOCUMENT_YEAR = re.compile(
    r"((?:19|20)\d{2})年度?(?:上半年|下半年)?(?:的)?(?:工作|党建工作|党建)?(?:总结|报告|述职|要点)"
)


def document_year_fits(question: str, title: str) -> bool:
    """False only when the question names its document by a year (2023年总结) that the title lacks."""
    named = DOCUMENT_YEAR.search(question)
    return named is None or named.group(1) in title


@dataclass(frozen=True)
class Item:
    """One listed thing: what to show, and the exact text of `chunk` that says it."""

    text: str
    quote: str
    chunk: Chunk


def aspect_words(table: dict[Aspect, tuple[str, ...]], text: str) -> list[tuple[int, Aspect]]:
    """(position, aspect) of every aspect word in `text`; a longer word hides the shorter ones inside it."""
    found: dict[int, tuple[int, Aspect]] = {}
    for aspect, words in table.items():
        for word in words:
            for match in re.finditer(re.escape(word), text):
                start, length = match.start(), len(word)
                if all(not (s <= start < s + n) or length > n for s, (n, _) in found.items()):
                    found = {s: v for s, v in found.items() if not (start <= s < start + length)}
                    found[start] = (length, aspect)
    return sorted((s, a) for s, (_, a) in found.items())


def question_aspect(question: str) -> Aspect | None:
    """The aspect asked about: the first aspect word after the interrogative (哪些问题), else the last before it."""
    asks_open = ASKS_OPEN.search(question)
    question = ASKS_OPEN.sub("，", question)  # 没有整改完 asks for problems, not measures
    words = aspect_words(QUESTION_ASPECTS, question)
    if not words:  # 他查摆了啥: what was 查摆'd are problems
        return "problems" if asks_open or FOUND_PROBLEMS.search(question) else None
    asked = INTERROGATIVE.search(question)
    at = asked.start() if asked else len(question)
    after = [a for s, a in words if s >= at]
    return after[0] if after else words[-1][1]


JOINED = re.compile(r"以及|和|与|及|、")


def question_aspects(question: str) -> set[Aspect]:
    """Every aspect a question joins (查摆问题和整改措施: problems and measures), else the one it asks."""
    pieces = JOINED.split(question)
    joined = {question_aspect(piece) for piece in pieces} - {None}
    if len(pieces) > 1 and len(joined) > 1:
        return joined  # type: ignore[return-value]
    asked = question_aspect(question)
    return {asked} if asked else set()


# 深化调查研究，推动解决实际问题: work done on problems, not a section listing them.
PROBLEMS_SOLVED = re.compile(
    r"(?:解决|破解|化解|回应|推动|整改|补齐|补足|弥补|直面|正视)[^，,。：:]{0,4}(?:问题|难题|短板|弱项)"
)


def heading_aspect(label: str) -> Aspect | None:
    """What a heading is about: its last aspect word (问题整改措施 is about measures)."""
    words = aspect_words(HEADING_ASPECTS, PROBLEMS_SOLVED.sub("", label))
    return words[-1][1] if words else None


def aspect_section(chunks: list[Chunk], aspect: Aspect) -> list[Chunk]:
    """The chunks of the first section (at its outermost heading) whose heading is about `aspect`; else the
    problems of a section on both (存在的问题及整改措施): its paragraphs before the one opening 整改措施：."""
    for about in (heading_aspect, heading_aspects):
        for chunk in chunks:
            for depth, label in enumerate(chunk.section_path):
                if label != SIGNATURE and not is_statement(label) and aspect in as_set(about(label)):
                    prefix = chunk.section_path[: depth + 1]
                    section = [c for c in chunks if c.section_path[: depth + 1] == prefix]
                    # 五、存在的问题和整改措施 › （二）整改措施: the sub-section about the aspect alone.
                    if len(heading_aspects(label)) > 1:
                        section = sub_section(section, depth + 1, aspect) or section
                    if about is heading_aspects:
                        return before_measures(section)
                    return from_measures(section) if aspect == "measures" else section
    return []


STATED_FIGURE = re.compile(r"\d+(?:\.\d+)?(?!\d*年)")


def is_statement(label: str) -> bool:
    """An item heading that states a figure ((一)计划组织…活动不少于20场) says what is done, not what its
    section is about: its 计划 is no 工作计划."""
    level = heading_level(label)
    return level is not None and level >= ITEM_LEVEL and bool(STATED_FIGURE.search(strip_number(label)))


def sub_section(section: list[Chunk], depth: int, aspect: Aspect) -> list[Chunk]:
    """The chunks under the first heading at `depth` that is about `aspect` alone, if there is one."""
    label = next(
        (
            c.section_path[depth]
            for c in section
            if len(c.section_path) > depth
            and heading_aspect(c.section_path[depth]) == aspect
            and not is_statement(c.section_path[depth])
        ),
        None,
    )
    return [c for c in section if len(c.section_path) > depth and c.section_path[depth] == label] if label else []


def heading_aspects(label: str) -> set[Aspect]:
    return {aspect for _, aspect in aspect_words(HEADING_ASPECTS, PROBLEMS_SOLVED.sub("", label))}


def as_set(aspects: Aspect | set[Aspect] | None) -> set[Aspect]:
    return aspects if isinstance(aspects, set) else {aspects} if aspects else set()


def before_measures(section: list[Chunk]) -> list[Chunk]:
    """The paragraphs of a combined section before its measures begin (整改措施：, 针对上述问题)."""
    return section[: measures_start(section) or len(section)]


def from_measures(section: list[Chunk]) -> list[Chunk]:
    """The paragraphs from where the measures begin, if a paragraph opens them; else the whole section."""
    return section[measures_start(section) or 0 :]


def on_side_of_measures(items: list[Item], aspect: Aspect) -> list[Item]:
    """Items of a paragraph holding both lists (存在的不足：一是…。整改措施：一是…): the problems before its
    整改措施：, the measures after it. Items of other paragraphs stay."""
    if aspect not in ("problems", "measures"):
        return items
    kept = []
    for item in items:
        lead = MEASURES_INLINE.search(item.chunk.text)
        at = item.chunk.text.find(item.quote)
        if lead is None or at < 0 or (at > lead.start()) == (aspect == "measures"):
            kept.append(item)
    if not kept and aspect == "measures":  # 下一步，将开设……；同时把……: measures said plainly, not counted
        return [stated for chunk in dict.fromkeys(item.chunk for item in items) for stated in stated_measures(chunk)]
    return kept or items


JOINING = re.compile(r"^(?:同时|此外|另外|并且?|还)[，,]?")


def stated_measures(chunk: Chunk) -> list[Item]:
    """The sentences and ；-clauses after the paragraph's measures lead (下一步，…), each one measure."""
    for line in chunk.text.split("\n"):
        lead = MEASURES_INLINE.search(line)
        if lead:
            clauses = (c.strip() for c in re.split(r"[。；;！]", line[lead.end() :]))
            return [Item(JOINING.sub("", c), c, chunk) for c in clauses if len(c) > 1 and c in chunk.text]
    return []


def measures_start(section: list[Chunk]) -> int | None:
    return next((i for i, c in enumerate(section) if MEASURES_LEAD.match(c.text.lstrip())), None)


def common_path(section: list[Chunk]) -> tuple[str, ...]:
    """The heading path every chunk of a section shares."""
    first = section[0].section_path
    depth = 0
    while depth < len(first) and all(
        len(c.section_path) > depth and c.section_path[depth] == first[depth] for c in section
    ):
        depth += 1
    return first[:depth]


def section_items(section: list[Chunk]) -> list[Item]:
    """A section's items: its sub-parts, 一是 paragraphs and inline 一是 clauses, then what a paragraph
    adds to them (此外，…); else its sentences."""
    depth = len(common_path(section))
    items: list[Item] = []
    sentences: list[Item] = []
    added: list[Item] = []
    seen_parts: set[str] = set()
    for chunk in section:
        deeper = chunk.section_path[depth:]
        lines = [line for line in chunk.text.split("\n") if heading_text(line)]
        if deeper and not ENUMERATED.match(heading_text(lines[0]) if lines else ""):
            if deeper[0] not in seen_parts:  # a sub-part (（一）…, 1.…): its heading is the item
                seen_parts.add(deeper[0])
                items.extend(part_item(chunk, deeper[0]))
            continue
        for line in lines:
            found = line_items(chunk, line)
            items.extend(found)
            if not found:
                stated = statement_items(chunk, line)
                sentences.extend(stated)
                added.extend(stated if ADDING.match(heading_text(line)) else [])
    return [*items, *added] if items else sentences


ADDING = re.compile(r"^(?:此外|另外|同时|还)[，,]")  # a paragraph adding to the items before it


def part_item(chunk: Chunk, label: str) -> list[Item]:
    """The item for a sub-part: its heading's words, quoted from its first sentence."""
    first = next((s.strip() for s in split_sentences(chunk.text) if s.strip()), "")
    if not first or is_furniture(first):
        return []
    label = heading_label(heading_text(label))
    shown = strip_number(first if label.endswith("…") else label)  # a cut label: its whole first sentence
    return [Item(shown or strip_number(first), first, chunk)]


def line_items(chunk: Chunk, line: str) -> list[Item]:
    """Items a line states itself: inline 一是……二是……, or one 一是/1./（一） line."""
    text = heading_text(line)
    # 存在的不足：一是…。整改措施：一是…: two enumerations in one paragraph, each read on its own.
    inline = [item for part in MEASURES_SPLIT.split(text) for item in enumerated_clauses(part)]
    if inline:
        return [Item(clause, quote, chunk) for quote, clause in inline if quote in chunk.text]
    level = heading_level(text)
    if ENUMERATED.match(text) or (level is not None and level >= ITEM_LEVEL - 1):
        lead = split_sentences(text)[0].strip()
        if lead in chunk.text and not is_furniture(lead):
            # A paragraph that opens with 一是 keeps it (it is how the paragraph reads); numbers go.
            shown = lead.rstrip("。；;，, ") if ENUMERATED.match(text) else strip_number(lead)
            return [Item(shown, lead, chunk)]
    return []


# 会议要求：一要……；二要……: clauses of demands, counted like 一是……二是…….
INLINE_DEMAND = re.compile(r"(?:^|(?<=[：:；;。，,]))([一二三四五六七八九十]+)要")
# 四是……。五是……: a paragraph that goes on counting where the one before it stopped.
ENUMERATOR = re.compile(r"(?:^|(?<=[：:；;。，,]))([一二三四五六七八九十]+)[是要]")


def enumerated_clauses(paragraph: str) -> list[tuple[str, str]]:
    """(marker-and-clause, clause) of a paragraph's inline 一是…/（1）… (structure.inline_items), its
    一要…二要…, or the 四是…五是… of a paragraph that opens counting on; [] when it counts nothing."""
    found = inline_items(paragraph)
    if found:
        return found
    opening = ENUMERATED.match(paragraph)
    start = ORDINALS.find(opening.group(1)) if opening and len(opening.group(1)) == 1 else 0  # 十一是: from 一
    for marker, ordinals in ((INLINE_DEMAND, ORDINALS), (ENUMERATOR, ORDINALS[start:])):
        matches = in_sequence(marker, paragraph, ordinals)
        if matches:
            return clauses_at(paragraph, matches)
    return []


def clauses_at(paragraph: str, markers: list[re.Match[str]]) -> list[tuple[str, str]]:
    """Each marker's clause, up to the next marker; the last one up to its sentence end."""
    clauses = []
    for match, following in zip(markers, [*markers[1:], None], strict=True):
        quote = paragraph[match.start() : following.start() if following else len(paragraph)].rstrip("；;，,。 ")
        if following is None:
            quote = re.split(r"[。！？]", quote, maxsplit=1)[0]
        clauses.append((quote, quote[match.end() - match.start() :]))
    return clauses


LEAD_IN_REACH = 8  # characters between the aspect word and the colon that opens its clauses (要求如下：)
LEAD_IN = r"(?:{0})[^，,。；;：:]{{0,{1}}}[：:]"


def lead_in_items(chunks: list[Chunk], aspect: Aspect) -> tuple[list[Chunk], list[Item]]:
    """The first paragraph that names the aspect just before a colon and counts its clauses after it
    (会议要求：一要……二要……, 存在的不足：一是……): ([its chunk], its clauses), when no heading names the aspect."""
    words = QUESTION_ASPECTS[aspect]
    for n, chunk in enumerate(chunks):
        for line in chunk.text.split("\n"):
            for lead in re.finditer(LEAD_IN.format("|".join(words), LEAD_IN_REACH), line):
                clauses = enumerated_clauses(line[lead.end() :])
                if len(clauses) > 1:
                    return [chunk], [Item(clause.rstrip("。；;，, "), quote, chunk) for quote, clause in clauses]
                following = [] if line[lead.end() :].strip() else paragraphs_after(chunks[n + 1 :], chunk)
                if len(following) > 1:  # 存在以下几个方面的不足： then 一是…… / 二是…… as paragraphs of their own
                    return [chunk, *dict.fromkeys(item.chunk for item in following)], following
    return [], []


def paragraphs_after(chunks: list[Chunk], lead: Chunk) -> list[Item]:
    """The 一是/二是 paragraphs right after a lead paragraph of the same section, each by its first clause."""
    items: list[Item] = []
    for chunk in chunks:
        if chunk.section_path[: len(lead.section_path)] != lead.section_path:  # the lead may head them
            break
        lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
        enumerated = [line for line in lines if OWN_ENUMERATOR.match(line)]
        if not enumerated:
            break
        for line in enumerated:
            quote = re.split(r"[，,。；;]", line, maxsplit=1)[0]
            items.append(Item(strip_number(quote), quote, chunk))
    return items


def statement_items(chunk: Chunk, line: str) -> list[Item]:
    """A plain paragraph's sentences, leaving out lead-ins (…如下：) and furniture."""
    result = []
    for sentence in split_sentences(heading_text(line)):
        sentence = sentence.strip()
        if sentence and sentence in chunk.text and not LEAD_END.search(sentence) and not is_furniture(sentence):
            result.append(Item(ADDING.sub("", strip_number(sentence)), sentence, chunk))
    return result


OWN_ENUMERATOR = re.compile(r"^[一二三四五六七八九十]+是")


def strip_number(text: str) -> str:
    """Text without its outline number or enumerator, and without a closing 。；"""
    return OWN_ENUMERATOR.sub("", clean(text).strip()).rstrip("。；;，, ")


# A 问题清单 entry: 问题5：…… / 整改措施：（1）……；（2）…… / 整改情况：正在推进，……
PROBLEM_LINE = re.compile(r"^(?:问题|存在问题)\s*[0-9一二三四五六七八九十]*[：:、.．]\s*(.+)")
MEASURE_LINE = re.compile(r"^(?:整改措施|整改举措|措施)[：:]\s*(.+)")
STATUS_LINE = re.compile(r"^(?:整改|完成|进展|落实)情况[：:]\s*(.+)")
OPEN_STATUS = re.compile(r"正在|推进中|持续推进|未完成|尚未|没有完成|待")
SUB_ITEM = re.compile(r"[（(]\d{1,2}[）)]")


@dataclass
class Entry:
    """One problem of a 问题清单 with the measures taken and whether it is done."""

    problem: Item
    measures: list[Item]
    open: bool = False
    status: Item | None = None  # its 整改情况： line


def problem_entries(chunks: list[Chunk]) -> list[Entry]:
    """The 问题N：/整改措施：/整改情况： entries of a rectification report, in order."""
    entries: list[Entry] = []
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            text = heading_text(line)
            if text not in chunk.text:
                continue
            problem, measure, status = PROBLEM_LINE.match(text), MEASURE_LINE.match(text), STATUS_LINE.match(text)
            if problem:
                entries.append(Entry(Item(strip_number(problem.group(1)), text, chunk), []))
            elif measure and entries:
                entries[-1].measures.extend(measure_items(chunk, text, measure.group(1)))
            elif status and entries:
                entries[-1].open = bool(OPEN_STATUS.search(status.group(1).split("，")[0]))
                entries[-1].status = Item(status.group(1), text, chunk)
    return entries


def measure_items(chunk: Chunk, line: str, body: str) -> list[Item]:
    """（1）……；（2）…… as separate items, else the whole measure."""
    parts = [p.strip("；;。 ") for p in SUB_ITEM.split(body) if p.strip("；;。 ")]
    if len(parts) < 2:
        return [Item(strip_number(body), line, chunk)]
    return [Item(p, p, chunk) for p in parts if p in chunk.text]
