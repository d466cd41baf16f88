"""A report's parts by what they are about (问题, 措施, 打算 …) and the items each part lists.

Lists and drafts read the document's own structure: the section the question's aspect word names
(`aspects`), and inside it the 1./（一） sub-parts, 一是/二是 paragraphs, or inline 一是……二是…… clauses
(`inline_clauses`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.aspects import QUESTION_ASPECTS, Aspect, heading_aspect, heading_aspects
from assistant.answer.context import clean
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import (
    ENUMERATED,
    ITEM_LEVEL,
    SIGNATURE,
    heading_label,
    heading_level,
    heading_text,
    is_furniture,
)

MEASURES_SPLIT = re.compile(r"(?=(?:整改措施|改进措施)[：:])")
# 存在的不足：一是…。下一步，支部将……: in a paragraph that states problems, 下一步 opens what is done about them.
MEASURES_INLINE = re.compile(r"(?:整改措施|改进措施|针对(?:以上|上述|这些)(?:问题|不足)|下一步)[：:，,]")
MEASURES_LEAD = re.compile(r"(?:[（(][一二三四五六七八九十][)）])?(?:整改措施|针对(?:以上|上述|这些)问题|下一步)")
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
