"""The lines of a list that are about one person the question names (领学人为沈国平 rows), and the rows of one table among
them."""

from __future__ import annotations

import re

from assistant.answer.answer_types import COMPOUND_SURNAMES, SURNAMES
from assistant.answer.answer_types import PERSON as STATED_PERSON
from assistant.answer.context import AnswerContext
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.ingest.structure import is_furniture

# 沈国平当领学人的是哪几个专题 / 给赵振国提了哪些具体批评意见: what each item must be (专题, 批评意见)
ASKED_NOUN = re.compile(r"哪(?:几|些)(?:个|项|条|次|位|名|件|种)?(?:具体的?)?([\u4e00-\u9fa5]{2,6}?)[？?，,。]*$")

NAME_START = re.compile(f"{COMPOUND_SURNAMES}|[{SURNAMES}]")

RECORD_LABEL = re.compile(r"^([^：:，,。]{1,8}?)[\d一二三四五六七八九十]*[：:]")  # 序号1：… rows share 序号


def person_lines(ctx: AnswerContext, doc_id: str) -> list[tuple[Chunk, str]] | None:
    """The document's sentences about the person a 哪几/哪些 question names (领学人为沈国平 rows), or None
    when it names nobody the document knows as a person. Each must hold the name and the asked thing (专题)."""
    if not re.search(r"哪(?:几|些)", ctx.question):
        return None
    chunks = ctx.source.document_chunks(doc_id)
    names = named_people(ctx.question, chunks)
    sentences = [
        (chunk, s.strip()) for chunk in chunks for line in chunk.text.split("\n") for s in split_sentences(line)
    ]
    # A report by the person (述职人：马文斌, then 本人…) is all about them: no sentence needs the name.
    if not names or any(name in chunks[0].doc_title for name in names):
        return None
    if sum(all(n in s for n in names) for _, s in sentences) < 2:
        return None
    asked = ASKED_NOUN.search(ctx.question)
    noun = asked.group(1) if asked else ""
    held = [(c, s) for c, s in sentences if all(n in s for n in names) and noun in s and not is_furniture(s)]
    return same_records(held)


def named_people(question: str, chunks: list[Chunk]) -> set[str]:
    """Names in the question that the document states as a person's (领学人为沈国平, 党委书记赵振国)."""
    stated = " ".join(m.group(0) for c in chunks for m in STATED_PERSON.finditer(c.text))
    names = set()
    for start in NAME_START.finditer(question):
        for length in (3, 2):
            candidate = question[start.start() : start.start() + length]
            if len(candidate) == length and candidate in stated:
                names.add(candidate)
                break
    return names


def same_records(lines: list[tuple[Chunk, str]]) -> list[tuple[Chunk, str]]:
    """The rows of a table (序号1：…) among the lines when two or more of them are rows, else all lines."""
    labels = [RECORD_LABEL.match(line) for _, line in lines]
    counted: dict[str, int] = {}
    for label in labels:
        if label:
            counted[label.group(1)] = counted.get(label.group(1), 0) + 1
    label = max(counted, key=counted.get, default="")
    if counted.get(label, 0) < 2:
        return lines
    return [pair for pair, match in zip(lines, labels) if match and match.group(1) == label]
