"""The key figures of a report, for a summary of the whole of it: what the report itself measures against a target.

A half-year report tallies its main tasks against the year's targets (a table: 发展党员（名）：全年目标5，上半年完成1,
or its scanned lines of cells, `draft_tallied`)
or says a figure's share of its target (税款入库49.6亿元，完成全年目标的51.7%). A short summary says those figures
before a section's other ones: the sentence stating a tallied task's done figure, or such a share, is a key sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.draft_compose import Part, has_figure, is_table_row
from assistant.answer.draft_tallied import is_tally, tallied_tasks, written_tally
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences

# 完成全年目标的51.7% / 完成年度计划的60% / 占全年任务的四成: a figure's share of its target.
SHARE_OF_TARGET = re.compile(r"(?:完成|达到|占)(?:了)?(?:全年|年度|年)?(?:目标|计划|任务)(?:任务)?的?\d")
TASK_SHARE = 0.5  # share of the task name's words a sentence must hold to state its figure


def with_key_figures(parts: list[Part], chunks: list[Chunk], terms_of) -> list[Part]:
    """The parts with their key sentences marked; `terms_of` gives a text's `Terms` (the source's). A tally line is
    itself key only when no sentence of the report's prose states that task's done figure: then it is said alone."""
    lines = [line for c in chunks for line in c.text.split("\n")]
    tallied = [(terms_of(task), done) for task, done in tallied_tasks(lines)]
    prose = [s for line in lines if not is_tally(line) for s in split_sentences(line)]
    unsaid = [(terms, done) for terms, done in tallied if not any(states(s, [(terms, done)]) for s in prose)]
    return [replace(part, keys=tuple(s for s in part.sentences if key_sentence(s, tallied, unsaid))) for part in parts]


def key_sentence(sentence: str, tallied: list, unsaid: list) -> bool:
    """A prose sentence stating a tallied task's done figure (the task said, the figure as written) or a share
    of a target; the tally line itself (written as a sentence by `draft_tallied`) when its task is `unsaid`."""
    if is_tally(sentence):
        return states(written_tally(sentence), unsaid)
    if is_table_row(sentence) or not has_figure(sentence):
        return False
    return bool(SHARE_OF_TARGET.search(sentence)) or states(sentence, tallied)


def states(sentence: str, tallied: list) -> bool:
    """Whether the sentence says one of the tasks (most of its words) with its done figure as written."""
    return any(
        terms.words
        and terms.coverage(sentence) >= TASK_SHARE
        and re.search(rf"(?<![\d.]){re.escape(done)}(?![\d.])", sentence)
        for terms, done in tallied
    )
