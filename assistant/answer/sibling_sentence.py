"""A part of a multi-part question that found nothing on its own, answered from the sentence another part was
answered from: 投资多少？其中X多少 / 定了多少项整改措施，完成了多少 / 经营收入多少，完成全年目标百分之几 /
应到多少人，实到多少. The parts ask figures one sentence states side by side; searched alone, the later part has
lost the first part's words (完成了多少 of what?), but its own words still pick its figure out of that sentence."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import AskedQuantity, read_asked
from assistant.answer.citations import CitationBook
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import UNITS, NumericFact
from assistant.core.schema import Answer, Chunk
from assistant.core.text import split_sentences

# How a part asks (几 / 多少 / 百分之几 and the measure after them), and particles: no word of what is asked
ASKING = re.compile(rf"其中|百分之(?:几|多少)|(?:几|多少)(?:万|亿)?(?:{UNITS})?|是|有|呢|吗|啊|呀")
NOT_WORDS = re.compile(r"[^\u4e00-\u9fff]|[的了]")
MARKS = re.compile(r"〔\d+〕")
MIN_SHARED = 2  # characters of the part's own words a clause must hold (one for a two-character ask: 实到)
# Families that answer each other within one sentence: 服务群众2300人次 answers 服务了多少群众, 请假12名 几个
KINDRED = ({"person", "person_time"}, {"person", "items"})


def own_characters(part: str) -> set[str]:
    """The characters of what a part asks about, without how it asks: 完成全年目标的百分之几？ -> 完成全年目标."""
    return set(NOT_WORDS.sub("", ASKING.sub("", part)))


def fits(fact: NumericFact, asked: AskedQuantity) -> bool:
    """The figure is of the kind asked; 多少 alone asks any (其中X多少 of an amount in 亿元)."""
    if asked.family is None or fact.family == asked.family:
        return asked.unit is None or fact.unit == asked.unit
    return any({fact.family, asked.family} <= kin for kin in KINDRED)


def quoted_sentences(answer: Answer) -> list[tuple[Chunk, list[str]]]:
    """Per citation of `answer`: its chunk, the sentence quoted and the one after it in its paragraph (定了96项。
    截至…已完成58项: what became of a figure is often said next)."""
    passages: list[tuple[Chunk, list[str]]] = []
    for citation in answer.citations:
        quote = citation.quote.strip("。；;，, ")
        line = next((li for li in citation.chunk.text.split("\n") if quote in li), "") if citation.chunk else ""
        sentences = [s.strip() for s in split_sentences(line)]
        at = next((n for n, s in enumerate(sentences) if quote in s or s.strip("。；;，, ") in quote), None)
        if citation.chunk is not None and at is not None and quote:
            passages.append((citation.chunk, sentences[at : at + 2]))
    return passages


def passage_facts(answer: Answer) -> list[list[NumericFact]]:
    """The figures of the sentences `answer` was quoted from, then of the sentences after them, but for those
    it already states."""
    groups: list[list[NumericFact]] = [[], []]
    for chunk, sentences in quoted_sentences(answer):
        for fact in extract_facts(chunk):
            if fact.sentence.strip() in sentences and fact.said not in answer.text:
                group = groups[sentences.index(fact.sentence.strip())]
                if fact not in group:
                    group.append(fact)
    return groups


def shared(own: set[str], fact: NumericFact) -> int:
    """How many of the part's own characters the fact's clause says, its figure left out."""
    words = NOT_WORDS.sub("", fact.said.replace(fact.value_text, ""))
    return len(own & set(words))


def from_sibling_sentence(part: str, sibling: Answer) -> Answer | None:
    """The figure of `sibling`'s quoted sentence that `part` asks by its own words, cited; None when `sibling`
    found nothing, `part` asks no figure, or no clause of the sentence (or more than one) says the part's words."""
    asked = read_asked(part)
    own = own_characters(part)
    if sibling.refused or asked is None or not own:
        return None
    fact = next((f for group in passage_facts(sibling) if (f := asked_of(part, own, asked, group))), None)
    if fact is None:
        return None
    book = CitationBook()
    mark = book.cite(fact.chunk, fact.sentence)
    return Answer(f"{fact.said}{mark}。", sibling.kind, book.citations(), sibling.retrieved)


def asked_of(part: str, own: set[str], asked: AskedQuantity, facts: list[NumericFact]) -> NumericFact | None:
    """The one figure whose clause says most of the part's own words, enough of them; None on a tie."""
    scored = sorted(((shared(own, fact), fact) for fact in facts if fits(fact, asked)), key=lambda pair: -pair[0])
    if not scored:
        return None
    best, fact = scored[0]
    # 实到 of 实际参会196名: a two-character ask is met by the clause its first character opens
    enough = best >= MIN_SHARED or (len(own) == MIN_SHARED and best == 1 and fact.said.startswith(part.strip()[0]))
    return fact if enough and (len(scored) == 1 or scored[1][0] < best) else None


def filled_from_siblings(parts: list[str], answers: list[Answer]) -> list[Answer]:
    """Each part that found nothing, or only the figure a part before it gave, answered when it can be from the
    sentence of the nearest part that was answered."""
    filled = list(answers)
    for n, (part, answer) in enumerate(zip(parts, answers, strict=True)):
        if not answer.refused and not restates_sibling(answer, answers[:n]):
            continue
        nearest = sorted((m for m in range(len(answers)) if m != n), key=lambda m: abs(m - n))
        found = next((a for m in nearest if (a := from_sibling_sentence(part, answers[m])) is not None), None)
        if found is not None:
            found.resolved_question = answer.resolved_question
            filled[n] = found
    return filled


def restates_sibling(answer: Answer, siblings: list[Answer]) -> bool:
    """收听量多少 answered 推出节目40期 as the part before it was: the figure another part gave is no answer to it."""
    text = MARKS.sub("", answer.text).strip()
    return any(not s.refused and text and text in MARKS.sub("", s.text) for s in siblings)
