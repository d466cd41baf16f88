"""Checks that an answer says nothing its cited evidence does not: marks, numbers, articles."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.quantities import numbers_in
from assistant.core.numerals import ARTICLE_REF
from assistant.core.schema import Chunk
from assistant.core.text import ITEM_NUMBER, split_sentences

MARK = re.compile(r"〔(\d{1,3})〕(?!\d*号)")  # not the 〔2024〕 of a document number 北新党发〔2024〕5号
TITLE = re.compile(r"《[^》]*》")


def unsupported_numbers(text: str, evidence_texts: list[str], derived: set[float] = frozenset()) -> list[str]:
    """Numbers in `text` that occur in no evidence text and were not computed from it."""
    supported = set(derived).union(*(values_in(t) for t in evidence_texts))
    return [raw for raw, value in quantities(text) if value not in supported]


@lru_cache(maxsize=4096)
def values_in(evidence_text: str) -> frozenset[float]:
    """The numbers a source holds (cached: a streamed answer is checked against the same sources often)."""
    return frozenset(value for _, value in numbers_in(ITEM_NUMBER.sub(r"\1", evidence_text)))


def quantities(text: str) -> list[tuple[str, float]]:
    """The numbers a text states: citation marks, list numbering and 《titles》 are not quantities."""
    return numbers_in(TITLE.sub("", ITEM_NUMBER.sub(r"\1", MARK.sub("", text))))


def problems(
    text: str, evidence: list[Chunk], derived: set[float] = frozenset(), require_marks: bool = False
) -> list[str]:
    """Reasons (Chinese) why `text` is not grounded in the numbered `evidence`; empty if it is.

    With `require_marks` (a model's text) every sentence is checked against the evidence its own
    marks cite; otherwise (our own composers) the whole text against all the evidence."""
    if require_marks:
        return (["回答没有标注来源"] if not MARK.search(text) else []) + partial_problems(text, evidence, derived)
    return mark_problems(text, evidence) + grounding_problems([(text, evidence_texts(evidence))], derived)


def mark_problems(text: str, evidence: list[Chunk]) -> list[str]:
    bad = sorted({int(m) for m in MARK.findall(text) if not 1 <= int(m) <= len(evidence)})
    return [f"引用了不存在的来源编号 {bad}"] if bad else []


def partial_problems(
    text: str, evidence: list[Chunk], derived: set[float] | frozenset[float] = frozenset()
) -> list[str]:
    """What is wrong with a model's text so far (it may have no mark yet): marks, and each sentence's
    numbers and articles against what it cites. Used on the growing text too, so that an invented
    number is never shown, not even while the answer streams."""
    return mark_problems(text, evidence) + claim_problems(text, evidence, derived)


def evidence_texts(chunks: list[Chunk]) -> list[str]:
    """What a citation of these chunks vouches for: their text, place and title."""
    return [c.text for c in chunks] + [c.location for c in chunks] + [c.doc_title for c in chunks]


def grounding_problems(claims: list[tuple[str, list[str]]], derived: set[float] | frozenset[float]) -> list[str]:
    """Numbers and article references of each (text, what it cites) that what it cites does not hold."""
    numbers = [raw for text, cited in claims for raw in unsupported_numbers(text, cited, derived)]
    found = [f"数字 {'、'.join(dict.fromkeys(numbers))} 在所引来源中找不到"] if numbers else []
    for text, cited in claims:
        for match in ARTICLE_REF.finditer(text):
            if not any(match.group(0) in t for t in cited):
                found.append(f"“{match.group(0)}”不在所引来源中")
    return found


LEADING_MARKS = re.compile(r"^\s*(?:〔\d{1,3}〕(?!\d*号)\s*)+")
MAX_ADDENDS = 12  # subset sums of more stated numbers than this are not tried


def claims(text: str) -> list[tuple[str, set[int]]]:
    """Sentences (and unpunctuated lines) with their marks; marks that open a sentence (“…4次。〔1〕”)
    belong to the sentence before."""
    found: list[tuple[str, set[int]]] = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            lead = LEADING_MARKS.match(sentence)
            if lead and found:
                before, marks = found[-1]
                found[-1] = (before + lead.group(0), marks | {int(m) for m in MARK.findall(lead.group(0))})
                sentence = sentence[lead.end() :]
            if sentence.strip():
                found.append((sentence, {int(m) for m in MARK.findall(sentence)}))
    return found


def claim_problems(text: str, evidence: list[Chunk], derived: set[float] | frozenset[float]) -> list[str]:
    """Each sentence against the chunks its own marks cite; a stated quantity or article needs a mark.

    A number may also be the sum of numbers the text states from its sources (共7次 after 4次〔1〕 and 3次〔2〕)."""
    found: list[str] = []
    for sentence, marks in claims(text):
        if not marks and (quantities(sentence) or ARTICLE_REF.search(sentence)):
            found.append(f"“{sentence.strip()[:24]}”含数字或条款却没有标注来源")
    checked = marked_claims(text, evidence)  # a mark to nowhere leaves its sentence with no source at all
    return found + grounding_problems(checked, set(derived) | stated_sums(checked))


def marked_claims(text: str, evidence: list[Chunk]) -> list[tuple[str, list[str]]]:
    """Each marked sentence with what its marks cite (the texts of `evidence_texts`)."""
    return [
        (sentence, evidence_texts([evidence[m - 1] for m in sorted(marks) if 1 <= m <= len(evidence)]))
        for sentence, marks in claims(text)
        if marks
    ]


def stated_sums(checked: list[tuple[str, list[str]]]) -> set[float]:
    """Sums of two or more numbers that the sentences state from what they cite."""
    addends = set()
    for text, cited in checked:
        supported = frozenset().union(*(values_in(t) for t in cited))
        addends |= {value for _, value in quantities(text) if value in supported}
    return subset_sums(sorted(addends)[:MAX_ADDENDS])


def subset_sums(values: list[float]) -> set[float]:
    """Sums of two or more of `values`."""
    sums: dict[float, int] = {0.0: 0}  # sum -> most addends it can be made of
    for value in values:
        for total, count in list(sums.items()):
            key = round(total + value, 6)
            sums[key] = max(sums.get(key, 0), count + 1)
    return {total for total, count in sums.items() if count >= 2}


def renumbered(text: str, numbers: dict[int, int]) -> str:
    """〔n〕 marks renumbered by `numbers` (old -> new); a mark not in it is left as it is."""
    return MARK.sub(lambda m: f"〔{numbers.get(int(m.group(1)), int(m.group(1)))}〕", text)
