"""A part asked of a whole: 其中女党员多少名 / 发展的党员里农村党员几名 / 培训医护人员里线上培训多少人次. Where the
part's words begin, the words that tell it from its whole, and the refusal's note when no document states it."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.question import asks_a_stock
from assistant.answer.verification import MARK, renumbered
from assistant.core.schema import Citation
from assistant.core.words import cut_words, formal_wordings

# 课题有多少个，其中结题的有几个: a 其中 part however the question was rewritten (not only at its start)
SUBSET_ASKED = re.compile(r"(?:^|[，,；;])\s*其中")
# 发展的党员里农村党员几名 / 培训医护人员里线上培训多少: a part inside its whole, said with a word of it
PART_WITHIN = re.compile(r"(?:里面|里头|当中|之中|里|(?<!其)中)的?")
# 今年要点里… / 方案中…: the plan a figure is read in, said with 里/中, is no whole the part is of
PLAN_DOCUMENTS = ("要点", "计划", "方案", "规划")
PLAN_READ_IN = rf"(?:{'|'.join(PLAN_DOCUMENTS)})(?:里面|里头|当中|之中|里|中|上)"
WITHIN_SPAN = 8  # characters of the whole before the marker and of the part after it that share a word
# 其中外贸的呢: 呢 asks as 多少 does, and is no word of the part
ASKING_TAIL = re.compile(r"的?(?:(?:有|是|占)?(?:多少|几)[\u4e00-\u9fff]?|呢)[？?。]*$")
# 发展的党员里35岁以下的几个: a part told by a qualifier of its own (…的), right before the asking
QUALIFIER_ASKED = re.compile(r"[^，,；;？?的]{2,12}的(?:有|是|占)?(?:多少|几)")


# 其中外贸的呢 / 其中专题研讨呢: a part said with 呢 alone, asking what the clause before it asks
ELLIPTICAL_PART = re.compile(r"^\s*其中(.+?)呢?[？?]*$")
ASKING_OF_WHOLE = re.compile(r"(?:几|多少)(?:万|亿)?[\u4e00-\u9fff]?")


def asked_like_wholes(clauses: list[str]) -> list[str]:
    """吞吐量多少，其中外贸的呢 -> 吞吐量多少，其中外贸的多少; 学习了几次，其中专题研讨呢 -> …，其中专题研讨几次: a part
    that says no asking word of its own asks the quantity of the clause before it."""
    asked: list[str] = []
    for clause in clauses:
        elliptical = ELLIPTICAL_PART.match(clause)
        before = next((a for c in reversed(asked) if (a := ASKING_OF_WHOLE.search(c))), None)
        if elliptical and before and not ASKING_OF_WHOLE.search(clause):
            clause = f"其中{elliptical.group(1)}{before.group(0)}"
        asked.append(clause)
    return asked


def says_own_of_part(part: NumericFact, question: str) -> bool:
    """Whether the question says a character of a 其中 part's own — of its predicate, not of the
    whole said before it in its sentence: 讲党课全年几次 says none of 其中为执法支部讲党课1次's own (为执法支部),
    发展了几名女党员 says 女 of 发展党员3名，其中女党员2名."""
    before = part.sentence[: part.span[0]]
    if "其中" not in before:  # a part told otherwise (确保全年完成…的目标) is not judged here
        return True
    own = set(part.predicate) - set(before.rsplit("其中", 1)[0])
    return bool(own & set(question))  # a branch asked by a short name (医保 of 医疗保险党支部) says it too


def part_asked_at(part: str) -> int | None:
    """Where the words of a part asked of a whole begin (after 其中, or after 党员里 of 党员里农村党员几名)."""
    within = [
        m
        for m in PART_WITHIN.finditer(part)
        if not part[: m.start()].endswith(PLAN_DOCUMENTS)
        and (shares_word(part[: m.start()], part[m.end() :]) or qualifies(part, m))
    ]
    if within:
        return within[-1].end()
    subset = list(SUBSET_ASKED.finditer(part))
    return subset[-1].end() if subset else None


def shares_word(whole: str, asked: str) -> bool:
    """The part asked after 里/中 says a two-character word of the whole right before it (党员 of 发展的党员里农村
    党员几名), unlike the 中 of a name (服务中心) or of a time (年中)."""
    before = whole[-WITHIN_SPAN:]
    after = re.split(r"多少|几|[，,？?]", asked, maxsplit=1)[0][:WITHIN_SPAN]
    return any(
        re.fullmatch(r"[\u4e00-\u9fff]{2}", after[i : i + 2]) and after[i : i + 2] in before
        for i in range(len(after) - 1)
    )


def qualifies(part: str, marker: re.Match[str]) -> bool:
    """里/中 as a word of its own (not of 中心 or 年中) between a whole and a qualifier that tells the part."""
    if not QUALIFIER_ASKED.match(part, marker.end()):
        return False
    at = 0
    for word in cut_words(part):
        if at <= marker.start() < at + len(word):
            return at == marker.start() and PART_WITHIN.fullmatch(word) is not None
        at += len(word)
    return False


def asked_pairs(part: str) -> set[str]:
    """The character pairs of what a part asks of its whole (加装电梯的诉求 -> 加装, 电梯, 诉求 …), but those
    its whole is said with too (女党, not 党员, of 发展了多少名党员，其中女党员多少名), when any are left."""
    start = part_asked_at(part) or 0
    asked = ASKING_TAIL.sub("", part[start:])
    pairs = {said[i : i + 2] for said in formal_wordings(asked) for i in range(len(said) - 1)}
    whole = part[:start]
    return {p for p in pairs if p not in whole} or pairs


def whole_said_as_asked(whole: NumericFact, parts: list[NumericFact], pairs: set[str]) -> bool:
    """其中请假的有几个 of 实到88名，请假9名，其中因病请假5名…: a figure whose own words say all the part asks is
    the one asked, not the finer parts stated of it (因病请假 says more than was asked)."""
    own = whole.predicate.rsplit("，", 1)[-1]
    return (
        "subset" not in whole.qualifiers
        and bool(pairs)
        and all(p in own for p in pairs)
        and any((p.chunk.id, p.parent) == (whole.chunk.id, whole.position) for p in parts)
    )


def part_unstated(asked: str) -> str:
    """The refusal's note for a part of a whole (其中女党员多少名) that no document states."""
    return f"（报告没有写其中{ASKING_TAIL.sub('', asked).strip('，, ')}的数字）"


def part_of_stock(part: str, question: str) -> bool:
    """其中女的几个 after 有多少党员: a part of how many there are; a 其中 of members gained (发展党员4名，其中女性1名)
    does not state it. `question` holds the whole before the part (有多少党员，其中女的几个)."""
    subset = list(SUBSET_ASKED.finditer(question))
    return (
        bool(subset) and bool(SUBSET_ASKED.match(part.lstrip())) and asks_a_stock(f"{question[: subset[-1].start()]}？")
    )


def part_alone(text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """其中综合支部讲了几次 after the turn that gave the whole: the part's answer alone, its marks renumbered from 1
    (the whole, said in the turn before, is no figure of this answer)."""
    book = CitationBook()
    numbers: dict[int, int] = {}
    for mark in MARK.finditer(text):
        old = int(mark.group(1))
        if old not in numbers and 0 < old <= len(citations) and citations[old - 1].chunk is not None:
            book.cite(citations[old - 1].chunk, citations[old - 1].quote)
            numbers[old] = book.number(citations[old - 1].chunk)
    return renumbered(text, numbers), book.citations()
