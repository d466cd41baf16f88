"""One answer against one question: evidence found, expected strings present, forbidden ones absent.

How the answer text is read (README, "评测"):
- `expect` groups are looked for in the answer's statement: its citation marks 〔n〕 removed (an expected
  "1" is not the mark 〔1〕), and for a refusal without the 相关内容 it shows for reference (a quoted
  figure is not an answer). A refused answer is right only when the question expects a refusal.
- `forbid` strings are looked for in everything the answer shows, the reference part included.
- A string that starts or ends with a figure matches only a whole figure there: "6" is not found in
  "16", "2016年" or "6.5"; "三" is not found in "十三".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answer.verification import MARK
from assistant.core.schema import Answer, Chunk
from assistant.core.text import squash

from .questions import Question

CELL_SEPARATOR = re.compile(r"[\u3000\t]+")
# The reference part a refusal may end with (answer/count.py: "相关内容（仅供参考，并非所问的数字）：…").
REFERENCE_TAIL = re.compile(r"\n\s*相关内容.*", re.S)
NUMERAL = "[零〇一二两三四五六七八九十百千]"
# (first or last character of a figure, what may not precede it, what may not follow it): "6" is no part
# of "16" or "6.5", "三" none of "十三". A "2" followed by 万 stays a match: "2万元" states the figure 2.
FIGURE_GUARDS = (
    (re.compile(r"\d"), r"(?<!\d)(?<!\d[.,])", r"(?!\d)(?![.,]\d)"),
    (re.compile(NUMERAL), f"(?<!{NUMERAL})", f"(?!{NUMERAL})"),
)


def quote_in(quote: str, text: str) -> bool:
    """Exact quote, whitespace ignored; a table-row quote (cells joined by U+3000 or tabs) as its cells in order."""
    flat = squash(text)
    if not CELL_SEPARATOR.search(quote.strip()):
        return squash(quote) in flat
    position = 0
    for cell in (squash(c) for c in CELL_SEPARATOR.split(quote) if c.strip()):
        found = flat.find(cell, position)
        if found < 0:
            return False
        position = found + len(cell)
    return True


def contains_evidence(chunk: Chunk, question: Question, source_name: str = "") -> bool:
    """The chunk holds one of the question's evidence quotes, from the named document."""
    return any(
        quote_in(e["quote"], chunk.text) and (e.get("doc", "") in chunk.doc_title or e.get("doc", "") in source_name)
        for e in question.evidence
    )


def shown_text(answer: Answer) -> str:
    """Everything the answer shows, without its citation marks."""
    return MARK.sub("", answer.text)


def statement(answer: Answer) -> str:
    """What the answer states: for a refusal, not the related passage it quotes for reference."""
    text = shown_text(answer)
    return REFERENCE_TAIL.sub("", text) if answer.refused else text


@lru_cache(maxsize=4096)
def figure_pattern(option: str) -> re.Pattern:
    """`option` as a regex whose figures at either end cannot be part of a longer figure."""
    pattern = re.escape(option)
    for figure, not_before, not_after in FIGURE_GUARDS:
        if option and figure.match(option[0]):
            pattern = not_before + pattern
        if option and figure.match(option[-1]):
            pattern += not_after
    return re.compile(pattern)


def occurs(option: str, text: str) -> bool:
    return bool(figure_pattern(option).search(text))


def expected_present(answer: Answer, question: Question) -> bool:
    """Every `expect` group has one of its alternatives in the answer's statement."""
    said = statement(answer)
    for group in question.expect:
        options = [group] if isinstance(group, str) else list(group)
        if not any(occurs(option, said) for option in options):
            return False
    return True


def forbidden_found(answer: Answer, question: Question) -> list[str]:
    shown = shown_text(answer)
    return [f for f in question.forbid if occurs(f, shown)]


@dataclass
class QuestionResult:
    question: Question
    rank: int | None  # rank of the first retrieved chunk holding evidence (0 = top), None if missed
    evidence_recall: float | None
    correct: bool  # strict: every expect group, no forbid string, refuses exactly when it should
    refused: bool
    cited: int
    cited_with_evidence: int
    unsupported: list[str]
    ms: float
    answer: str
    forbidden: list[str] = field(default_factory=list)  # forbid strings the answer contains
    correct_ignoring_forbid: bool = False
    resolved_question: str = ""
    confidence: str = "high"  # the answer's own: "low" for quoted sentences instead of a composed answer

    def to_json(self) -> dict:
        return {
            "id": self.question.id,
            "kind": self.question.kind,
            "question": self.question.question,
            "conversation": self.question.conversation,  # None for a single question
            "turn": self.question.position or None,
            "expect": self.question.expect,
            "forbid": list(self.question.forbid),
            "resolved_question": self.resolved_question,
            "rank": self.rank,
            "correct": self.correct,
            "correct_ignoring_forbid": self.correct_ignoring_forbid,
            "forbidden": self.forbidden,
            "refuse": self.question.refuse,
            "refused": self.refused,
            "confidence": self.confidence,
            "evidence_recall": self.evidence_recall,
            "cited": self.cited,
            "cited_with_evidence": self.cited_with_evidence,
            "unsupported_numbers": self.unsupported,
            "ms": round(self.ms, 1),
            "answer": self.answer,
        }


def score_result(
    question: Question,
    retrieved: list[Chunk],
    answer: Answer,
    cited: list[Chunk],
    sources: dict[str, str],
    ms: float,
    unsupported: list[str] | None = None,
) -> QuestionResult:
    """Score one system's output for a question: its ranked chunks, its answer and the chunks it cites.

    `sources` maps doc_id -> file name (evidence `doc` may name either the title or the file).
    Used for this assistant (running.py) and for any other system compared against it (bench/).
    """
    rank = next(
        (i for i, c in enumerate(retrieved) if contains_evidence(c, question, sources.get(c.doc_id, ""))),
        None,
    )
    recall = None
    if question.evidence:
        recall = sum(any(quote_in(ev["quote"], c.text) for c in retrieved) for ev in question.evidence) / len(
            question.evidence
        )
    with_evidence = sum(contains_evidence(c, question, sources.get(c.doc_id, "")) for c in cited)
    forbidden = forbidden_found(answer, question)
    right_apart_from_forbid = expected_present(answer, question) and answer.refused == question.refuse
    return QuestionResult(
        question,
        rank,
        recall,
        right_apart_from_forbid and not forbidden,
        answer.refused,
        len(cited),
        with_evidence,
        list(unsupported or []),
        ms,
        answer.text,
        forbidden,
        right_apart_from_forbid,
        answer.resolved_question,
        answer.confidence,
    )
