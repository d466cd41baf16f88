"""Two revisions side by side: each one's text, cited, then a character-level diff of the two."""

from __future__ import annotations

import difflib
import re

from assistant.answer.citations import CitationBook
from assistant.answer.lookup_quotes import Found, answer_of
from assistant.core.numerals import PartRef
from assistant.core.schema import Answer, DiffOp, TextDiff
from assistant.search.regulations import Provision, revision_year
from assistant.search.source import DocRecord

# Below this share of the same text, an article is no counterpart of the anchor (articles of one regulation
# share their boilerplate, 对直接责任者和领导责任者…给予警告处分, so unrelated ones are alike up to about a third).
COUNTERPART_MIN = 0.45
SPACES = re.compile(r"[ 　\t]+")
ARTICLE_LABEL = re.compile(r"^第[一二三四五六七八九十百零〇]+条\s*")
# The text form of a diff (CLI, plain history); the web UI marks the pieces instead.
TEXT_MARKS: dict[DiffOp, str] = {"same": "{}", "deleted": "[-{}-]", "inserted": "{{+{}+}}"}
DIFF_LEGEND = "[-…-]为删去，{+…+}为新增"


def compared(found: list[Found], chosen: list[DocRecord]) -> Answer:
    """Both revisions' texts of each article asked, then what changed."""
    older, newer = sorted(chosen[:2], key=revision_year)

    def hit(ref: PartRef, doc: DocRecord) -> Found | None:
        return next((f for f in found if f.ref == ref and f.doc.doc_id == doc.doc_id), None)

    pairs = [(hit(ref, older), hit(ref, newer)) for ref in dict.fromkeys(f.ref for f in found)]
    return compared_pairs(pairs, older, newer)


def compared_pairs(pairs: list[tuple[Found | None, Found | None]], older: DocRecord, newer: DocRecord) -> Answer:
    """Each pair's older and newer text, cited, then the change (删去 [-…-], 新增 {+…+})."""
    book = CitationBook()
    lines: list[str] = []
    diffs: list[TextDiff] = []
    for pair in pairs:
        asked = next(f for f in pair if f is not None).ref
        for doc, hit in zip((older, newer), pair, strict=True):
            if hit is None:
                lines.append(f"《{doc.title}》没有{asked.full_label}。")
                continue
            text = "\n".join(t for _, t in hit.quotes)
            marks = "".join(book.cite(c, t) for c, t in hit.quotes)
            lines.append(f"《{doc.title}》{hit.label}：\n{text}{marks}")
        if pair[0] and pair[1]:
            old, new = ("\n".join(t for _, t in f.quotes) for f in pair)
            if similarity(old, new) < COUNTERPART_MIN:  # a renumbered article: a diff of two others is noise
                lines.append(f"两版的{asked.label}是不同的条文，不作逐字比较。")
                continue
            diff = difference(old, new, f"由{revision_year(older)}年版到{revision_year(newer)}年版")
            diffs += [diff] if diff else []
            lines.append(diff.text if diff else "两版条文相同。")
    answer = answer_of("\n".join(lines), book)
    answer.diffs = diffs
    return answer


def difference(old: str, new: str, revisions: str) -> TextDiff | None:
    """What changed from `old` to `new`, character by character; None when the texts are the same."""
    old, new = (comparable(t) for t in (old, new))
    if old == new:
        return None
    pieces: list[tuple[DiffOp, str]] = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("same", old[a0:a1]))
        if op in ("delete", "replace"):
            pieces.append(("deleted", old[a0:a1]))
        if op in ("insert", "replace"):
            pieces.append(("inserted", new[b0:b1]))
    marked = "".join(TEXT_MARKS[op].format(piece) for op, piece in pieces)
    return TextDiff(f"变化（{revisions}，{DIFF_LEGEND}）：\n{marked}", tuple(pieces), revisions)


def comparable(text: str) -> str:
    # 第八条　 and 第八条  are the same text; an article renumbered (第八十八条 -> 第九十七条) is no change of text.
    return ARTICLE_LABEL.sub("", SPACES.sub(" ", text))


def similarity(a: str, b: str) -> float:
    """How much of two articles' text is the same (0..1), labels and spacing aside."""
    matcher = difflib.SequenceMatcher(None, comparable(a), comparable(b), autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() > 0 and matcher.quick_ratio() > 0 else 0.0


def counterpart(text: str, items: list[Provision]) -> Provision | None:
    """The provision of another revision whose text is most like `text`, if any is alike enough."""
    scored = [(similarity(text, p.text), p) for p in items]
    alike, best = max(scored, key=lambda s: s[0], default=(0.0, None))
    return best if alike >= COUNTERPART_MIN else None


def renumbering_note(found: list[Found], older: DocRecord, newer: DocRecord, items: dict[str, list[Provision]]) -> str:
    """新旧两版第八十八条: when the same number holds another article in the other revision (renumbered), say
    where each article went (2018年版第八十八条 -> 2023年版第九十七条)."""
    notes = []
    for ref in dict.fromkeys(f.ref for f in found):
        texts = {f.doc.doc_id: "\n".join(t for _, t in f.quotes) for f in found if f.ref == ref}
        if len(texts) < 2 or similarity(texts[older.doc_id], texts[newer.doc_id]) >= COUNTERPART_MIN:
            continue
        for doc, other in ((older, newer), (newer, older)):
            match = counterpart(texts[doc.doc_id], items[other.doc_id])
            if match:
                notes.append(f"{revision_year(doc)}年版{ref.label}的内容在{revision_year(other)}年版中是{match.label}")
    return f"两版条号有调整：{'；'.join(notes)}。" if notes else ""
