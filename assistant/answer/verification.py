"""Checks that an answer says nothing its cited evidence does not: marks, numbers, articles."""

from __future__ import annotations

import re

from assistant.answer.facts import numbers_in
from assistant.core.numerals import ARTICLE_REF
from assistant.core.schema import Chunk

MARK = re.compile(r"〔(\d{1,3})〕(?!\d*号)")  # not the 〔2024〕 of a document number 北新党发〔2024〕5号
LIST_NUMBER = re.compile(r"^\s*\d+[.．、]\s", re.M)
TITLE = re.compile(r"《[^》]*》")


def unsupported_numbers(text: str, evidence_texts: list[str], derived: set[float] = frozenset()) -> list[str]:
    """Numbers in `text` that occur in no evidence text and were not computed from it."""
    supported = {value for t in evidence_texts for _, value in numbers_in(t)} | set(derived)
    # Citation marks, list numbering and 《titles》 are not statements of quantity.
    body = TITLE.sub("", LIST_NUMBER.sub("", MARK.sub("", text)))
    return [raw for raw, value in numbers_in(body) if value not in supported]


def problems(
    text: str, evidence: list[Chunk], derived: set[float] = frozenset(), require_marks: bool = False
) -> list[str]:
    """Reasons (Chinese) why `text` is not grounded in the numbered `evidence`; empty if it is."""
    found: list[str] = []
    marks = [int(m) for m in MARK.findall(text)]
    if require_marks and not marks:
        found.append("回答没有标注来源")
    bad = sorted({m for m in marks if not 1 <= m <= len(evidence)})
    if bad:
        found.append(f"引用了不存在的来源编号 {bad}")
    cited = [evidence[m - 1] for m in set(marks) if 1 <= m <= len(evidence)] if require_marks else evidence
    cited_texts = [c.text for c in cited] + [c.location for c in cited] + [c.doc_title for c in cited]
    numbers = unsupported_numbers(text, cited_texts, derived)
    if numbers:
        found.append(f"数字 {'、'.join(dict.fromkeys(numbers))} 在所引来源中找不到")
    for match in ARTICLE_REF.finditer(text):
        if not any(match.group(0) in t for t in cited_texts):
            found.append(f"“{match.group(0)}”不在所引来源中")
    return found
