"""Core data types shared by every stage of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocKind = Literal["report", "regulation", "other"]
# high: composed from structure (a stated figure, an article, a section's items); low: best quoted
# sentences when the structured path could not compose an answer; none: refused.
Confidence = Literal["high", "low", "none"]
SECTION_SEPARATOR = " › "
# What a document is, read from its title: a plan (要点/计划) reports no actual figures.
Genre = Literal["summary", "report", "plan", "meeting", "notice", "述职", "regulation", "other"]
YearPart = Literal["", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度"]
QUARTERS: tuple[YearPart, ...] = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass(frozen=True, order=True)
class Period:
    """A year, or a part of it: a half or a quarter (half "" = the whole year)."""

    year: int
    half: YearPart = ""

    @property
    def label(self) -> str:
        return f"{self.year}年{self.half or '度'}"


@dataclass(frozen=True)
class DocProfile:
    """Whose document it is, which period it covers and what kind it is; computed at index time."""

    organisation: str = ""  # full name, e.g. 中共溪口镇桃源村支部委员会
    aliases: tuple[str, ...] = ()  # names people use for it: 桃源村党支部, 桃源村 …
    periods: tuple[Period, ...] = ()  # what the document reports on
    plan_periods: tuple[Period, ...] = ()  # what its plan sections (下一步打算, 2024年工作计划) are about
    genre: Genre = "other"
    issuer: str = ""  # from the 落款
    date: str = ""  # YYYY-MM-DD, from the 落款
    recalled: tuple[Period, ...] = ()  # earlier years it states facts of (2024年，… in a 2025 plan's preface)

    def to_json(self) -> dict:
        return {
            "organisation": self.organisation,
            "aliases": list(self.aliases),
            "periods": [p.label for p in self.periods],
            "plan_periods": [p.label for p in self.plan_periods],
            "genre": self.genre,
            "issuer": self.issuer,
            "date": self.date,
            "recalled": [p.label for p in self.recalled],
        }

    def to_storage(self) -> dict:
        data = self.to_json()
        data["periods"] = [[p.year, p.half] for p in self.periods]
        data["plan_periods"] = [[p.year, p.half] for p in self.plan_periods]
        data["recalled"] = [[p.year, p.half] for p in self.recalled]
        return data

    @classmethod
    def from_storage(cls, data: dict) -> DocProfile:
        return cls(
            data.get("organisation", ""),
            tuple(data.get("aliases", ())),
            tuple(Period(y, h) for y, h in data.get("periods", ())),
            tuple(Period(y, h) for y, h in data.get("plan_periods", ())),
            data.get("genre", "other"),
            data.get("issuer", ""),
            data.get("date", ""),
            tuple(Period(y, h) for y, h in data.get("recalled", ())),
        )


@dataclass(frozen=True)
class Document:
    """A loaded file: plain text plus what we know about it."""

    doc_id: str  # stable id derived from the source path
    source: str  # path as given to the loader
    title: str
    kind: DocKind
    text: str
    content_hash: str
    ocr_confidence: float | None = None  # mean OCR confidence (0..1) when pages were recognised


@dataclass(frozen=True)
class Chunk:
    """A retrievable unit that follows the document's own structure."""

    id: str
    doc_id: str
    doc_title: str
    doc_kind: DocKind
    section_path: tuple[str, ...]
    article: str | None
    text: str
    start: int
    end: int

    @property
    def location(self) -> str:
        """Human-readable place in the document: section path and article."""
        parts = list(self.section_path)
        if self.article and (not parts or not parts[-1].startswith(self.article)):
            parts.append(self.article)
        return SECTION_SEPARATOR.join(parts)


@dataclass(frozen=True)
class Evidence:
    """A chunk returned by retrieval with its fused score."""

    chunk: Chunk
    score: float

    def to_json(self) -> dict:
        return {
            "doc": self.chunk.doc_title,
            "section": self.chunk.location,
            "article": self.chunk.article,
            "text": self.chunk.text,
            "score": round(self.score, 6),
            "chunk_id": self.chunk.id,
        }


@dataclass(frozen=True)
class Citation:
    chunk_id: str
    doc: str
    section: str
    article: str | None
    quote: str
    # The cited chunk itself, so that an answer can be checked against its sources without the index.
    chunk: Chunk | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict:
        return {
            "chunk_id": self.chunk_id,
            "doc": self.doc,
            "section": self.section,
            "article": self.article,
            "quote": self.quote,
        }


DiffOp = Literal["same", "deleted", "inserted"]


@dataclass(frozen=True)
class TextDiff:
    """Two revisions' texts compared character by character; `text` is its text form within `Answer.text`
    (a heading, then [-…-] deleted, {+…+} inserted), which the web UI shows with the pieces marked instead."""

    text: str
    pieces: tuple[tuple[DiffOp, str], ...]
    revisions: str = ""  # 由2018年版到2023年版


@dataclass(frozen=True)
class ArticleLink:
    """A reference inside a quoted article (依照本条例第十七条) resolved within the same revision."""

    phrase: str  # 本条例第十七条, as the quoted article writes it
    doc: str  # the regulation's title
    label: str  # 第十七条
    text: str  # the article referred to, whole


@dataclass
class Answer:
    text: str
    kind: str
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[Evidence] = field(default_factory=list)
    refused: bool = False
    note: str | None = None  # e.g. why an LLM answer was replaced by the extractive one
    timings: dict[str, float] = field(default_factory=dict)
    derived_numbers: set[float] = field(default_factory=set)  # totals computed from cited addends
    backend: str = "extractive"
    confidence: Confidence = "high"
    resolved_question: str = ""  # the question as understood, follow-ups rewritten from the conversation
    reasoning: str = ""  # a reasoning model's thinking (shown folded, never as the answer)
    diffs: list[TextDiff] = field(default_factory=list)  # revisions compared (look-ups)
    links: list[ArticleLink] = field(default_factory=list)  # cross-references in the quoted articles

    def __post_init__(self) -> None:
        if self.refused:
            self.confidence = "none"

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "refused": self.refused,
            "kind": self.kind,
            "confidence": self.confidence,
            "resolved_question": self.resolved_question,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [e.to_json() for e in self.retrieved],
            "note": self.note,
            "backend": self.backend,
            "reasoning": self.reasoning,
            "ms": round(sum(self.timings.values()) * 1000, 1),
            "timings_ms": {k: round(v * 1000, 1) for k, v in self.timings.items()},
        }
