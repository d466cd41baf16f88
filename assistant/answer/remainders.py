"""还剩几个没整改 when the report states no open figure. Nothing left: the items' figure followed by 已全部完成整改
(发现问题17个，已全部完成整改) answers that none remain, quoting that sentence. Some left: one sentence stating the
whole and the part done (排查隐患9处，已整改7处) or the plan and what was done of it (计划建设12个，实际建成9个) gives
the remainder as their difference, worked out beside the quoted sentence. Anything else: no answer (never a
guessed figure). 除了上级补助还有多少 (`besides_part`): the whole less the one 其中 part named, as one sentence
states them (投入资金45万元，其中上级补助30万元)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import HANDLING_ASKED, AskedQuantity
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.count_matching import matching_facts
from assistant.answer.fact_states import STATED
from assistant.answer.facts import extract_facts
from assistant.answer.followup_remainders import BESIDES
from assistant.answer.numeric_fact import NumericFact, format_number
from assistant.core.schema import Answer, Evidence
from assistant.core.text import squash
from assistant.core.words import cut_words

# What says every item is done, after the figure of the items: 已全部完成整改 / 均已整改到位 / 全部办结.
ALL_DONE = re.compile(
    r"^[^。；;]{0,12}?(?:已|均已|都已|现已)?(?:全部|均|悉数|全都)(?:已)?(?:完成)?(?:整改|办结|解决|销号|完成)(?:完成|完毕|到位)?"
)
GENERAL_COUNTER = re.compile(r"(?:几|多少)个")


def none_left(
    ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence], book: CitationBook
) -> str | None:
    """ "没有剩余" (还剩几个) or "已全部完成" (整改完了没有) with the statement that all the counted items are
    done, else None."""
    if asked.state not in ("open", "either"):
        return None
    # 还剩几个 of people: 个 is said of anything counted, the pair's own unit is the answer's
    family = None if GENERAL_COUNTER.search(part) else asked.family
    for scored in matching_facts(ctx, part, replace(asked, state=None, family=family), evidence):
        fact = scored.fact
        after = fact.sentence[fact.sentence.find(fact.clause) + len(fact.clause) :].lstrip("，,")
        if ALL_DONE.match(after):
            said = fact.sentence.strip()
            verdict = "没有剩余，均已完成" if asked.state == "open" else "已全部完成"
            return f"{verdict}：{said.rstrip('。')}{book.cite(fact.chunk, said)}。"
    return None


def remainder_handling(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """The sentence saying what became of the open items (其余2个纳入长期整改) of the best document, when it
    states exactly one such figure; several (which items?) or none: no answer here."""
    if not HANDLING_ASKED.search(ctx.question) or not evidence:
        return None
    doc_id = evidence[0].chunk.doc_id
    open_facts = {
        (fact.chunk.id, fact.sentence): fact
        for chunk in ctx.source.document_chunks(doc_id)
        for fact in extract_facts(chunk)
        if "open" in fact.qualifiers
    }
    if len(open_facts) != 1:
        return None
    fact = next(iter(open_facts.values()))
    topic = [w for w in cut_words(HANDLING_ASKED.sub("，", ctx.question)) if len(w) >= 2]
    said = f"{fact.chunk.doc_title}{''.join(fact.chunk.section_path)}{fact.sentence}"
    if not all(w in said for w in topic):
        return None  # 办实事剩下的怎么处理: the open items stated are of something else
    book = CitationBook()
    said = fact.sentence.strip()
    return Answer(f"{said.rstrip('。；;')}{book.cite(fact.chunk, said)}。", "fact", book.citations(), evidence)


def left_over(
    ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence], book: CitationBook
) -> tuple[str, float] | None:
    """ "还剩2处（9处－7处）" with the one sentence stating the whole (or the plan) and what was done of it; None
    when no matched sentence states such a pair, or the sentences matched state different ones."""
    if asked.state != "open":
        return None
    pairs: dict[tuple[str, float, float], tuple[NumericFact, NumericFact]] = {}
    # 还剩几个 of people: 个 is said of anything counted, the pair's own unit is the answer's
    family = None if GENERAL_COUNTER.search(part) else asked.family
    for scored in matching_facts(ctx, part, replace(asked, state=None, family=family), evidence):
        pair = whole_and_done(scored.fact)
        if pair:
            whole, done = pair
            pairs.setdefault((whole.sentence, whole.number, done.number), pair)
    if len(pairs) != 1:
        return None  # none stated, or several (which items?): no answer rather than a guess
    whole, done = next(iter(pairs.values()))
    left = round(whole.number - done.number, 6)
    said = whole.sentence.strip()
    worked = f"{whole.value_text}－{done.value_text}"
    return (
        f"还剩{format_number(left)}{whole.unit}（{worked}）：{said.rstrip('。；;')}{book.cite(whole.chunk, said)}。",
        left,
    )


def whole_and_done(fact: NumericFact) -> tuple[NumericFact, NumericFact] | None:
    """The whole and its done part (发现问题14个，已整改10个), or the plan and what was done (计划…30个，实际建成
    26个), of the sentence `fact` stands in; None when it states an open figure itself, or no such pair."""
    said = [f for f in extract_facts(fact.chunk) if f.sentence == fact.sentence]
    for whole in said:
        if whole.qualifiers & (STATED | {"subset"}):
            continue
        parts = [f for f in said if f.parent == whole.position]
        if any("open" in f.qualifiers for f in parts):
            return None  # 剩余3个正在推进: the remainder is stated, and answered as stated
        done = [f for f in parts if "done" in f.qualifiers and f.unit == whole.unit]
        if not done and whole.is_plan:
            done = done_of_plan(whole, said)
        if len(done) == 1 and 0 <= done[0].number <= whole.number:
            return whole, done[0]
    return None


def done_of_plan(plan: NumericFact, said: list[NumericFact]) -> list[NumericFact]:
    """What was done of a plan its sentence states: the figure right after it in its unit (计划建设12个，实际建成9个，
    计划宣讲40场，已完成31场), else one before it doing the plan's own act (完成配租310套，全年计划配租700套)."""
    after = [f for f in said if f.position > plan.position and f.unit == plan.unit]
    if after:
        return after[:1] if not after[0].is_plan and "open" not in after[0].qualifiers else []
    acts = {plan.predicate[i : i + 2] for i in range(len(plan.predicate) - 1)} - {"计划", "完成", "全年"}
    before = [
        f
        for f in said
        if f.position < plan.position and f.unit == plan.unit and not f.is_plan and "open" not in f.qualifiers
    ]
    return [f for f in before[-1:] if any(a in f.predicate for a in acts)]


def besides_part(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """ "除上级补助外还有15万元（45万元－30万元）" with the one sentence stating the whole and that 其中 part; None
    when the question asks no such remainder, or the part named is no 其中 part of a whole stated beside it."""
    besides = BESIDES.search(ctx.question)
    if not besides:
        return None
    part = besides.group("part")
    pairs: dict[tuple[str, float, float], tuple[NumericFact, NumericFact]] = {}
    chunks = {e.chunk.id: e.chunk for e in evidence}
    for fact in (f for chunk in chunks.values() for f in extract_facts(chunk)):
        whole = whole_of_part(fact) if part in fact.clause else None
        if whole is not None:
            pairs.setdefault((squash(fact.sentence), whole.number, fact.number), (whole, fact))
    if len(pairs) != 1:
        return None  # no such part, or several statements of it: no guessed remainder
    whole, named = next(iter(pairs.values()))
    left = round(whole.number - named.number, 6)
    book = CitationBook()
    said = whole.sentence.strip()
    text = (
        f"除{part}外还有{format_number(left)}{whole.unit}（{whole.value_text}－{named.value_text}）："
        f"{said.rstrip('。；;')}{book.cite(whole.chunk, said)}。"
    )
    return Answer(text, "count", book.citations(), evidence, derived_numbers={left})


def whole_of_part(fact: NumericFact) -> NumericFact | None:
    """The whole a 其中 part is of (投入资金45万元 of 其中上级补助30万元), stated in the same sentence and unit."""
    if "subset" not in fact.qualifiers or fact.parent is None:
        return None
    whole = next((f for f in extract_facts(fact.chunk) if f.position == fact.parent), None)
    if whole is None or whole.sentence != fact.sentence or whole.unit != fact.unit or whole.number < fact.number:
        return None
    return whole
