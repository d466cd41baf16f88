"""查看原文: how a document was read — its title, profile, OCR confidence, sections with their levels and text.

One renderer for `assistant docs --show NAME` and the web knowledge-base tab. It returns plain text and structured
data; the caller escapes (the web shows it in a code box, never as Markdown or HTML). A user can see from it why
an answer was or was not found: a heading not recognised, a table row without its header, a misread scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from assistant.core.schema import Chunk
from assistant.index.manifest import DocRecord
from assistant.ingest.readers.base import DOCUMENT_NUMBER
from assistant.search.scope import GENRE_NAMES

KIND_NAMES = {"report": "报告", "regulation": "法规", "other": "其他"}
SHOWN_NAMES = 6  # short names listed for a document, by `docs` and `docs --show` alike
LOW_OCR_CONFIDENCE = 0.85  # below this mean per-character confidence, misread characters are likely
INDENT = "    "


class DocumentSource(Protocol):
    """What the preview reads from a knowledge base."""

    def documents(self) -> list[DocRecord]: ...
    def doc_chunks(self, doc_id: str) -> list[Chunk]: ...


def ocr_warning(confidence: float | None) -> str:
    """The note shown next to a scanned document whose recognition is doubtful ("" when none is needed)."""
    if confidence is None or confidence >= LOW_OCR_CONFIDENCE:
        return ""
    return f"识别置信度低（{confidence:.2f}），请核对原文"


@dataclass(frozen=True)
class Section:
    path: tuple[str, ...]  # headings from the top level down; () for text before the first heading
    lines: list[str]  # one paragraph, sentence group or table row a line

    @property
    def level(self) -> int:
        return len(self.path)


@dataclass(frozen=True)
class DocumentPreview:
    title: str
    source: str
    kind: str
    chunk_count: int
    fields: list[tuple[str, str]]  # (label, value) of the profile, in display order
    ocr_confidence: float | None
    sections: list[Section] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "source": self.source,
            "kind": self.kind,
            "chunks": self.chunk_count,
            "profile": dict(self.fields),
            "ocr_confidence": self.ocr_confidence,
            "sections": [{"path": list(s.path), "level": s.level, "lines": s.lines} for s in self.sections],
        }


class PreviewError(LookupError):
    """No document, or several, match the name asked for; str() is a Chinese message."""


def find_document(docs: list[DocRecord], name: str) -> DocRecord:
    """The document a user means by `name`: its id, title, file name or stem, else the one title/file containing it."""
    wanted = name.strip()
    for same in (
        lambda d: d.doc_id == wanted,
        lambda d: d.title == wanted,
        lambda d: Path(d.source).name == wanted,
        lambda d: Path(d.source).stem == wanted,
        lambda d: wanted in d.title or wanted in Path(d.source).name,
    ):
        found = [d for d in docs if same(d)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = "\n".join(f"  {d.title}（{Path(d.source).name}）" for d in found[:10])
            raise PreviewError(f"有 {len(found)} 个文档与“{wanted}”相符，请写得更完整一些：\n{listed}")
    raise PreviewError(f"没有找到文档“{wanted}”；用 assistant docs 查看已索引的文档")


def shown_names(record: DocRecord) -> list[str]:
    """The short names to show: those its title or file name use first (the ones people say), shortest first."""
    names = record.title + Path(record.source).stem
    aliases = record.profile.aliases if record.profile else ()
    return sorted(aliases, key=lambda a: (a not in names, len(a)))[:SHOWN_NAMES]


def profile_fields(record: DocRecord, first_lines: str) -> list[tuple[str, str]]:
    profile = record.profile
    number = DOCUMENT_NUMBER.search(first_lines)
    fields = [("文号", number.group(0) if number else "")]
    if profile is not None:
        fields = [
            ("单位", profile.organisation),
            ("简称", "、".join(shown_names(record))),
            ("期间", "、".join(p.label for p in profile.periods)),
            ("计划期间", "、".join(p.label for p in profile.plan_periods)),
            ("体裁", GENRE_NAMES.get(profile.genre, profile.genre)),
            ("发文机关（落款）", profile.issuer),
            *fields,
            ("成文日期", profile.date),
        ]
    return [(label, value or "—") for label, value in fields]


def sections_of(chunks: list[Chunk]) -> list[Section]:
    """Consecutive chunks of one section path make one section; each chunk's lines stay lines."""
    sections: list[Section] = []
    for chunk in chunks:
        lines = [line for line in chunk.text.split("\n") if line.strip()]
        if sections and sections[-1].path == chunk.section_path:
            sections[-1].lines.extend(lines)
        else:
            sections.append(Section(chunk.section_path, lines))
    return sections


def document_preview(source: DocumentSource, name: str) -> DocumentPreview:
    """How the document named `name` (id, title or file name) was read; PreviewError when none or several match."""
    record = find_document(source.documents(), name)
    chunks = source.doc_chunks(record.doc_id)
    first_lines = "\n".join(chunk.text for chunk in chunks[:2])[:500]
    return DocumentPreview(
        title=record.title,
        source=record.source,
        kind=KIND_NAMES.get(record.kind, record.kind),
        chunk_count=len(chunks),
        fields=profile_fields(record, first_lines),
        ocr_confidence=record.ocr_confidence,
        sections=sections_of(chunks),
    )


def render_preview(preview: DocumentPreview) -> str:
    """Plain text: a header block, then each section's heading path (indented by level) and its lines."""
    out = [f"《{preview.title}》", f"文件：{preview.source}", f"类型：{preview.kind}　片段：{preview.chunk_count} 段"]
    out += [f"{label}：{value}" for label, value in preview.fields]
    if preview.ocr_confidence is not None:
        warning = ocr_warning(preview.ocr_confidence)
        out.append(f"文字识别（OCR）置信度：{preview.ocr_confidence:.2f}" + (f"　⚠ {warning}" if warning else ""))
    out.append("─" * 40)
    shown: tuple[str, ...] = ()
    for section in preview.sections:
        # Print only the headings that change: a sub-section under the same parent shows just its own heading.
        common = next(
            (i for i, (a, b) in enumerate(zip(shown, section.path)) if a != b), min(len(shown), section.level)
        )
        lines = section.lines
        for depth in range(common, section.level):
            heading = section.path[depth]
            # A heading run into its paragraph ((一）抓好学习。全年…) is shown once, with the paragraph it opens.
            run_in = depth == section.level - 1 and lines and lines[0].startswith(heading) and lines[0] != heading
            out.append(f"{INDENT * depth}【{depth + 1}级标题】{lines[0] if run_in else heading}")
            lines = lines[1:] if run_in else lines
        out += [f"{INDENT * section.level}{line}" for line in lines]
        shown = section.path
    return "\n".join(out)
