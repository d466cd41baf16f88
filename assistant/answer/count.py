"""Count answers: numeric facts that state what is asked, summed in code within one passage, each addend cited."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.fact import answer_fact
from assistant.answer.facts import ASKED_QUANTITY, UNITS, NumericFact, asked_quantity, extract_facts, format_number
from assistant.core.schema import Answer, Evidence
from assistant.core.words import cut_words
from assistant.search.terms import TIME_WORDS

COUNT_THRESHOLD = 0.6
QUANTITY_WORDS = re.compile(rf"(?:几|多少)(?:{UNITS})?|共|一共|总共|分别")
PARTICLES = re.compile(r"[了过着的得]+$")
COMPARISON = re.compile(r"(一般)?(不少于|不低于|不超过|不多于|超过|达到|约|共计|一共|总共|共)$")


@dataclass(frozen=True)
class Counted:
    """What a 几次/多少 question counts: 讲党课 (an action) or 党委会 (a thing)."""

    text: str
    is_action: bool


def answer_count(ctx: AnswerContext) -> Answer:
    evidence = ctx.evidence(k=20)
    facts = matching_facts(ctx, evidence)
    if not facts:
        answer = refusal("count", evidence, "（没有相关数字的记载）")
        related = answer_fact(ctx, "count")
        if not related.refused:  # the nearest related passage, clearly labelled as such
            answer.text += f"\n相关内容（仅供参考，并非所问的数字）：{related.text}"
            answer.citations = related.citations
        return answer
    by_doc: dict[str, list[NumericFact]] = defaultdict(list)
    for fact in facts:
        by_doc[fact.chunk.doc_id].append(fact)
    book = CitationBook()
    derived: set[float] = set()
    counted = counted_thing(ctx.question)
    paragraphs = [count_paragraph(doc_facts, book, derived, len(by_doc) > 1, counted) for doc_facts in by_doc.values()]
    text = "\n".join(paragraphs)
    if len(by_doc) > 1:
        text += "\n以上数字分别来自不同文档（不同单位或时期），未合并计算。"
    return Answer(text, "count", book.citations(), evidence, derived_numbers=derived)


def count_paragraph(
    facts: list[NumericFact], book: CitationBook, derived: set[float], many_docs: bool, counted: Counted | None
) -> str:
    """One document's figures; totals it computes are added to `derived`."""
    prefix = f"《{facts[0].chunk.doc_title}》：" if many_docs else ""
    # Addends: one passage, the same unit, different actors (党委班子成员 5次 + 党支部书记 3次).
    groups: dict[tuple[str, str], list[NumericFact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.chunk.id, fact.unit)].append(fact)
    lines: list[str] = []
    repeated: dict[str, int] = {}  # single figure -> its line
    for group in groups.values():
        clauses = "，".join(dict.fromkeys(f.clause for f in group))
        marks = "".join(dict.fromkeys(book.cite(f.chunk, f.sentence) for f in group))
        distinct_actors = len({f.action for f in group}) == len(group)
        if len(group) > 1 and distinct_actors and counted:
            total = f"{format_number(sum(f.number for f in group))}{group[0].unit}"
            derived.add(sum(f.number for f in group))
            what = f"{counted.text}{total}" if counted.is_action else f"{total}{counted.text}"
            lines.append(f"共{what}：{clauses}{marks}")
        elif len(group) == 1 and group[0].value_text in repeated:
            # The same figure stated again elsewhere in the document: one statement, both sources.
            lines[repeated[group[0].value_text]] += marks
        else:
            if len(group) == 1:
                repeated[group[0].value_text] = len(lines)
            lines.append(f"{clauses}{marks}")
    return prefix + "；".join(lines) + "。"


def matching_facts(ctx: AnswerContext, evidence: list[Evidence]) -> list[NumericFact]:
    """Facts whose clause states the quantity the question asks about."""
    question = ctx.question
    unit_pattern = asked_quantity(question)
    terms = ctx.source.terms(QUANTITY_WORDS.sub("，", question))
    periods = TIME_WORDS.findall(question)
    counted = counted_thing(question)
    scored: list[tuple[float, NumericFact]] = []
    for e in evidence:
        for fact in extract_facts(e.chunk):
            if unit_pattern and not unit_pattern.search(fact.clause):
                continue
            if counted and counted.text not in fact.clause:
                continue  # 全国金牌4枚 does not answer 国际金牌几枚
            # The title and section say whose and when; the clause says what was counted.
            context = fact.chunk.doc_title + " ".join(fact.chunk.section_path)
            own = terms.coverage(context + fact.sentence)
            near = terms.coverage(context + fact.clause)
            same_period = sum(0.05 for w in periods if w in fact.sentence or w in fact.chunk.doc_title)
            scored.append((0.5 * own + 0.5 * near + same_period, fact))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    if best < COUNT_THRESHOLD:
        return []
    # Keep facts nearly as good as the best, i.e. the same action by other actors; another
    # document's figure only when it matches just as well (it is then listed, never summed).
    top_doc = next(f for s, f in scored if s == best).chunk.doc_id
    chosen = [f for s, f in scored if s >= best - (0.2 if f.chunk.doc_id == top_doc else 0.02)]
    if ctx.route.focus:
        focused = [f for f in chosen if ctx.route.focus in f.clause]
        chosen = focused or chosen
    unique: dict[tuple[str, str], NumericFact] = {}
    for fact in chosen:
        unique.setdefault((fact.chunk.id, fact.clause), fact)
    return list(unique.values())


def counted_thing(question: str) -> Counted | None:
    """讲党课 in 上半年讲党课几次, 党委会 in 召开了几次党委会, 国际金牌 in 获得国际金牌几枚."""
    match = ASKED_QUANTITY.search(question)
    if not match:
        return None
    after = re.split(r"[，,。？?！!；;、]", question[match.end() :], maxsplit=1)[0]
    after_words = [w for w in cut_words(PARTICLES.sub("", after)) if len(w) >= 2]
    if after_words:  # 召开了几次党委会 -> the noun after the quantity
        return Counted(after_words[-1], False)
    before = COMPARISON.sub("", PARTICLES.sub("", TIME_WORDS.sub("，", question[: match.start()])))
    before = re.split(r"[，,。？?！!；;、]", before)[-1]
    words = [w for w in cut_words(before) if len(w) >= 2 or w in "讲开"]
    words = [w for w in words if len(w) >= 2] or words
    if not words:
        return None
    # Two words keep the object with its verb or modifier (国际金牌, 集中学习): 全国金牌 is not 国际金牌.
    return Counted("".join(words[-2:]) if len(words) >= 2 and len(words[-1]) <= 2 else words[-1], True)
