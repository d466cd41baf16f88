"""Which sentences of a passage a draft may write down: statements with a figure or a topic word, an inline 一是……二是……
line's items in place, no headings, lead-ins, date fragments, table rows, 落款 or the unit's business profile."""

from __future__ import annotations

import re

from assistant.answer.context import is_heading_sentence
from assistant.answer.draft_compose import BACKGROUND_HEADING, NUMBER, has_figure, is_table_row
from assistant.answer.draft_tallied import is_spaced_row, is_tally
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.answer.listing_people import RECORD_LABEL
from assistant.answer.sections import LEAD_END, strip_number
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import ENUMERATED, FURNITURE, SIGNATURE, heading_text, is_furniture
from assistant.search.terms import Terms

SENTENCES_PER_PART = 3

PARTS = 6

DATE_FRAGMENT = re.compile(r"^[\d年月日\s.—-]+$")

# 表1 2024年各支部情况 / 续表2: a table's caption names what its rows are about; its number is no figure.
TABLE_CAPTION = re.compile(r"^(?:续|附)?表\s*\d+(?:[-.．]\d+)?(?:[\s　：:]|$)")

SENTENCE_END = re.compile(r"[。！？；;!?]$")


PARTY_WORD = re.compile(r"党|支部|团员|入党")

# What the organisation is and does, wherever it is said: its units, staff and standing duties.
BUSINESS_PROFILE = re.compile(r"现辖|下辖|承担着|担负着|现有(?:在职|在岗)?(?:职工|员工|干部职工|教职工)")


def background(sentence: str, chunk: Chunk) -> bool:
    """A sentence of the opening or the 基本情况 on the organisation's business, not its Party work
    (本局现辖4个所、承担着全市……任务; 现有职工300余名): no summary of Party work is about it."""
    where = " ".join(chunk.section_path)
    profile = not where or BACKGROUND_HEADING.search(where) or BUSINESS_PROFILE.search(sentence)
    return bool(profile) and not PARTY_WORD.search(sentence)


def body_chunk(chunk: Chunk) -> bool:
    return SIGNATURE not in chunk.section_path and chunk.doc_kind != "regulation"


def key_sentences(
    chunk: Chunk, terms: Terms, whole: bool = False, limit: int = SENTENCES_PER_PART, headed: bool = False
) -> list[str]:
    """A chunk's statements that hold a figure or a topic word, in order (at most `limit`).

    In the section the topic's aspect names (存在的问题), every statement is the topic: all are kept. Under
    a heading naming the topic (会议召开情况), a statement with neither (某某到会指导) may still be kept.
    """
    sentences = [s for line in chunk.text.split("\n") for s in line_sentences(line)]
    candidates = [s for s in sentences if statement(s, chunk)]
    if whole:
        return candidates[: max(limit, PARTS)]
    said = [s for s in candidates if NUMBER.search(s) or terms.coverage(s) > 0]
    keep = candidates if headed or not said else said
    # The sentences most about the topic, figures first among equals, in the order they are written; a
    # table's rows only after what the prose says (the paragraph leaves rows out when it has prose).
    best = sorted(keep, key=lambda s: (is_table_row(s), -(terms.coverage(s) + 0.5 * bool(NUMBER.search(s)))))[:limit]
    return [s for s in keep if s in best]


def line_sentences(line: str) -> list[str]:
    """A line's sentences; a line that enumerates inline (存在的问题：一是……；二是……) gives its items in their
    place, after what it says before them (全年设立先锋岗14个。一是……) and before what follows them."""
    items = [quote for quote, _ in enumerated_clauses(line)]
    if not items:
        return [without_table_pointer(s.strip()) for s in split_sentences(line) if s.strip()]
    first, last = line.find(items[0]), line.find(items[-1])
    around = [line[:first], line[last + len(items[-1]) :].lstrip("。；;，, ")] if min(first, last) >= 0 else ["", ""]
    before, after = ([s.strip() for s in split_sentences(text) if s.strip()] for text in around)
    return [*before, *items, *after]


# 下设5个支部，具体情况见下表。: the figure is said; the pointer to a table the paragraph does not show is not.
TABLE_POINTER = re.compile(r"[，,][^，,。；]*(?:见下表|如下表|见附表)[。：:]?$")


def without_table_pointer(sentence: str) -> str:
    return TABLE_POINTER.sub("", sentence)


def statement(sentence: str, chunk: Chunk) -> bool:
    """A sentence worth writing down: no heading, lead-in without a figure (报告如下：), date fragment, table row or 落款."""
    text = heading_text(sentence)
    said_lead_in = bool(LEAD_END.search(text)) and has_figure(text)  # 制定整改措施18条，具体如下： says a figure
    # 下设4个党支部 ends like a 落款's name line, but a 落款 says no figure
    said_lead_in = said_lead_in or (has_figure(text) and not FURNITURE.search(text))
    return bool(
        text
        and not (is_heading_sentence(sentence, chunk) and not NUMBER.search(text))  # 2.收入达到32.6万元 is a statement
        and (said_lead_in or not LEAD_END.search(text))
        and not DATE_FRAGMENT.match(text)
        and not TABLE_CAPTION.match(text)
        and (said_lead_in or not is_furniture(text))
        and "|" not in text
        and not is_spaced_row(text)  # a scanned table's row of cells (指标　全年目标　完成率) is no sentence
        and len(strip_number(text)) >= min_statement_chars(text)  # not a bare heading (深化“党员联户”)
        # an unpunctuated line is a heading, unless it is an 一是 item or holds a figure
        and bool(SENTENCE_END.search(text) or NUMBER.search(strip_number(text)) or ENUMERATED.match(text))
    )


def min_statement_chars(text: str) -> int:
    """How long a statement must be: an 一是 item or a figure says something even when short."""
    if ENUMERATED.match(text):
        return 4
    return 6 if NUMBER.search(strip_number(text)) else 10


# A table's row as the reader writes it: its label, then cells apart by commas (东片区：项目为…，党员12名，检查36次).
ROW_CELLS = re.compile(r"^[^，,。；]{1,30}[：:](?:[^。；]+[，,]){2,}[^。；]+。?$")


def table_row_labels(chunks: list[Chunk]) -> set[str]:
    """The labels two or more of a document's row-like lines open with (东片区：… / 序号3：…): a table's rows, however
    long their cells, which a summary with prose leaves out (the prose says what the table details)."""
    counted: dict[str, int] = {}
    for line in (line.strip() for c in chunks for line in c.text.split("\n")):
        label = RECORD_LABEL.match(line)
        if label and ROW_CELLS.match(line):
            counted[label.group(1)] = counted.get(label.group(1), 0) + 1
    return {label for label, n in counted.items() if n >= 2}


def in_table(sentence: str, labels: set[str]) -> bool:
    """A row of one of the document's tables; a tally row stays (a key figure when the prose does not state it)."""
    label = RECORD_LABEL.match(sentence)
    return bool(label) and label.group(1) in labels and bool(ROW_CELLS.match(sentence)) and not is_tally(sentence)
