"""Lists from a table that a sentence announces (主要党建品牌活动如下表。): the table's rows follow it, each
rendered as "label：cell，cell…", and the items asked for are the row labels (the first column).

Also the units of an organisation asked by their kind alone (下面都有哪些支部 / 这些支部都叫啥) when the names are
only the row labels of a per-unit table: the labels of its rows, not the 合计 row, with the sentence stating how
many there are (下设5个党支部) when the document has one."""

from __future__ import annotations

import re
from collections import Counter

from assistant.answer.context import AnswerContext
from assistant.answer.count_rows import labels_unit
from assistant.answer.fact_cells import named_cells, row_label
from assistant.answer.facts import ROW_TOTAL
from assistant.answer.sections import Item
from assistant.core.numerals import parse_number
from assistant.core.schema import Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import cut_words

TABLE_ANNOUNCED = re.compile(r"(?:如下表|见下表|详见下表|下表所示|列表如下|如表\s*\d*\s*所示)[。：:]?$")
# 搞了哪些党建品牌活动 / 有哪几项特色活动: what is listed, after the asking word.
LISTED_THING = re.compile(r"哪(?:些|几)(?:个|项|类|种|次)?([\u4e00-\u9fff]{2,12})")
THING_SHARE = 0.5  # share of the listed thing's words the announcing sentence must say (its head among them)
MIN_GROUP_ROWS = 2  # a label merged down labels two rows or more; one row's own label names that unit
ROW_CHUNKS = 6  # chunks after the announcing one that may hold the table's rows
UNIT_KIND = r"党小组|小组|党支部|支部|党总支|总支|车间|科室|处室|中队|大队|分队|班组|网格"
# The units themselves asked, nothing said of them after their kind (哪些支部完成了换届 asks some of them).
UNITS_ASKED = re.compile(
    rf"(?:哪些|哪几个?)({UNIT_KIND})[？?。！!呢\s]*$"
    rf"|({UNIT_KIND})的?(?:都|分别|各自)?(?:叫|是)(?:啥|什么)(?:名字|名称)?[？?。！!呢\s]*$"
    rf"|({UNIT_KIND})的?(?:名字|名称)(?:都|分别|各自)?(?:是|叫)(?:啥|什么)"
)
NUMBER = r"\d+|[一二两三四五六七八九十]+"


def listed_thing_words(question: str) -> list[str]:
    """The words of what a 哪些 question lists, head last: 党建品牌活动 -> 党建, 品牌, 活动."""
    match = LISTED_THING.search(question)
    return [w for w in cut_words(match.group(1)) if len(w) >= 2] if match else []


def announces_thing(sentence: str, words: list[str]) -> bool:
    if not words or words[-1] not in sentence:
        return False
    return sum(w in sentence for w in words) / len(words) >= THING_SHARE


def table_items(ctx: AnswerContext, chunks: list[Chunk]) -> list[Item] | None:
    """The row labels of the table a good passage announces as holding the things asked, in order; None if
    no passage announces one."""
    words = listed_thing_words(ctx.question)
    for chunk in chunks:
        sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()]
        at = next((i for i, s in enumerate(sentences) if TABLE_ANNOUNCED.search(s) and announces_thing(s, words)), None)
        if at is None:
            continue
        document = ctx.source.document_chunks(chunk.doc_id)
        following = document[document.index(chunk) + 1 :][:ROW_CHUNKS] if chunk in document else []
        items = rows_after(chunk, chunk.text.find(sentences[at]) + len(sentences[at]), following)
        return items if len(items) > 1 else None
    return None


def rows_after(chunk: Chunk, start: int, following: list[Chunk]) -> list[Item]:
    """The table rows from `start` in `chunk` on through the following chunks, up to the first line that is
    no row."""
    items: list[Item] = []
    for piece, text in [(chunk, chunk.text[start:]), *((c, c.text) for c in following)]:
        for line in (line.strip() for line in text.split("\n")):
            if not line:
                continue
            label = row_label(line)
            if not label:
                return items
            items.append(Item(label, label, piece))
    return items


def asked_unit_kind(question: str) -> str:
    """支部 of 下面都有哪些支部 / 这些支部都叫啥; "" when the question asks no units by their kind alone."""
    match = UNITS_ASKED.search(question)
    return next((g for g in match.groups() if g), "") if match else ""


def unit_rows(ctx: AnswerContext, evidence: list[Evidence]) -> tuple[list[Item], Item | None] | None:
    """The row labels of the first table of the best document whose rows are all units of the kind asked (the
    合计 row left out), each quoting its row; with a line saying whether the number of rows agrees with the
    sentence stating how many units there are (下设6个党支部), when the document has one."""
    kind = asked_unit_kind(ctx.question)
    if not kind:
        return None
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        chunks = ctx.source.document_chunks(doc_id)
        for run in table_runs(chunks):
            groups = group_labels(run)
            units = [row_unit(item, kind, groups) for item in run if not ROW_TOTAL.search(item.text)]
            if len(units) > 1 and all(labels_unit(item.text, kind.removeprefix("党")) for item in units):
                return units, agreement(chunks, kind, len(units))
    return None


def group_labels(run: list[Item]) -> set[str]:
    """The labels merged down over several rows of a run (东区 over its towns' rows): groups, not units."""
    labels = Counter(item.text for item in run if not ROW_TOTAL.search(item.quote))
    return {label for label, rows in labels.items() if rows >= MIN_GROUP_ROWS}


def row_unit(item: Item, kind: str, groups: set[str]) -> Item:
    """The row's unit of the kind asked: its label, or under a label merged down (机关支部 over the rows of
    综合党支部 and 财务党支部) the unit its text cell names, so the group is never listed as a unit."""
    if item.text not in groups:
        return item
    named = next((n for n in named_cells(item.quote) if labels_unit(n, kind.removeprefix("党"))), "")
    return Item(named, item.quote, item.chunk) if named else item


def table_runs(chunks: list[Chunk]) -> list[list[Item]]:
    """Runs of consecutive table rows (label：cell，cell…) through a document's chunks, each row as its label."""
    runs: list[list[Item]] = [[]]
    for chunk in chunks:
        for line in (line.strip() for line in chunk.text.split("\n")):
            label = row_label(line) if line else ""
            if label:
                runs[-1].append(Item(label, line, chunk))
            elif line and runs[-1]:
                runs.append([])
    return [run for run in runs if run]


def agreement(chunks: list[Chunk], kind: str, listed: int) -> Item | None:
    """与“下设6个党支部”一致 (or where the stated number differs, both), quoting the sentence that states how
    many units of the kind there are; None when no sentence does."""
    said = re.compile(rf"(?:下设|设有|下辖|所属|共有|辖)({NUMBER})个(?:党)?{kind.removeprefix('党')}")
    for chunk in chunks:
        for sentence in split_sentences(chunk.text):
            match = said.search(sentence)
            if match:
                stated = parse_number(match.group(1))
                text = (
                    f"共{listed}个，与“{match.group(0)}”一致"
                    if stated == listed
                    else f"表中列出{listed}个，文中写的是“{match.group(0)}”，两者不一致"
                )
                return Item(text, sentence.strip(), chunk)
    return None
