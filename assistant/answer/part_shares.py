"""A share asked of figures a document states, in a clerk's words: 女职工占比多少 / 农村学员占了百分之几 /
优秀的占参评党员的百分之几 (a part of a whole), 到会率是多少 (实到 of 应到). A share the part's sentence states
(女党员29名，占党员总数的34.5%) is quoted; otherwise the part and its whole — the whole the question names, or the
one a 其中 part is of — both stated in one sentence, give part ÷ whole, worked out beside the quoted sentence and
labelled as computed. Anything else: no answer here (never a share of guessed figures). Shares of a plan are
`plan_shares`'."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.facts import extract_facts
from assistant.answer.followup_shares import SHARE_ASKED
from assistant.answer.numeric_fact import NumericFact, format_number
from assistant.answer.periods import main_figure
from assistant.answer.plan_shares import SHARE_OF_PLAN
from assistant.answer.question import COUNTED_AFTER, QUANTITY_WORD
from assistant.answer.remainders import whole_of_part
from assistant.core.schema import Answer
from assistant.core.text import split_sentences

# 到会率 / 出席率 / 参训率: the share of those who should come that did (实到 ÷ 应到)
RATE_ASKED = re.compile(r"(?P<act>到会|出席|参会|到课|参训|参学|参加|到)率")
ROLL_ACT = r"(?:到会|参会|出席|参加|参学|参训|到课|到)"
SHOULD = re.compile(rf"应{ROLL_ACT}[\u4e00-\u9fff]{{0,6}}?(?P<n>\d+)(?P<unit>名|人)")
DID = re.compile(rf"实(?:际)?{ROLL_ACT}[\u4e00-\u9fff]{{0,6}}?(?P<n>\d+)(?P<unit>名|人)")
ROW_LABEL = re.compile(r"^\s*([^：:，,。]{1,20})[：:]")
TOTAL_ROW = re.compile(r"合计|总计|小计|全部|共计")
PART_WORDS = re.compile(r"[里中的]|[，,]")  # 培训里农村学员: the part named after 里
ITEM_BREAK = re.compile(r"[、，,；;：:]")
WHOLE_NOISE = re.compile(r"总数|总人数|总量|总额|全部|所有|人数|总")

Counter = Callable[[AnswerContext], Answer]


def share_of_whole(ctx: AnswerContext, count: Counter) -> Answer | None:
    """The share a share question asks, stated or computed from two cited figures; None when it asks none or
    the documents do not give both figures in one sentence."""
    question = ctx.question
    if SHARE_OF_PLAN.search(question):
        return None
    rate = RATE_ASKED.search(question)
    if rate:
        return attendance_rate(ctx, rate.group("act"))
    asked = ([None, *SHARE_ASKED.finditer(question)])[-1]  # the share is asked last: 评了几个优秀，占…百分之几
    if asked is None or not asked.group(0).strip("，, "):
        return None
    before = question[: asked.start()].rstrip("，,？? 的")
    # 女党员占比多少: how many 女党员 first; 评了几个优秀，占参评党员的百分之几: that part as asked
    part_question = before if QUANTITY_WORD.search(before) else f"{before}有多少"
    part_answer = count(AnswerContext(replace(ctx.route, question=f"{part_question}？"), ctx.source))
    part = (part_fact(part_answer, part_question) if not part_answer.refused else None) or named_subset(ctx, before)
    return share_of_part(part, WHOLE_NOISE.sub("", asked.group("whole") or ""), part_answer) if part else None


def part_fact(answer: Answer, question: str) -> NumericFact | None:
    """The fact stating the part the answer gives: its one figure, else the one of the cited sentence whose own
    item words the question says (19名 of 评为优秀的19名、合格的65名 for 几个优秀)."""
    figure = main_figure(answer, question)
    cited = [
        fact
        for citation in answer.citations
        if citation.chunk is not None
        for fact in extract_facts(citation.chunk)
        if citation.quote in fact.sentence
    ]
    if figure is not None:
        return next((f for f in cited if f.number == figure.value and f.unit == figure.unit), None)
    counted = COUNTED_AFTER.search(question)  # 评了几个优秀: 优秀 is what is counted, 评议 its occasion
    words = counted.group(1) if counted and len(counted.group(1)) >= 2 else question
    named = [f for f in cited if f.family != "percent" and item_named(f, words)]
    return named[0] if len({(f.sentence, f.position) for f in named}) == 1 else None


def named_subset(ctx: AnswerContext, before: str) -> NumericFact | None:
    """The one 其中 part the question's last words name (农村学员 of 培训里农村学员占了百分之几: 其中农村学员…), among
    the retrieved passages, when counting it found no one figure (no unit asked: 人次 or 期?)."""
    named = PART_WORDS.split(before)[-1]
    facts = [f for e in ctx.evidence(k=8) for f in extract_facts(e.chunk) if "subset" in f.qualifiers]
    for size in range(len(named), 1, -1):
        said = {(f.sentence, f.number): f for f in facts if named[-size:] in f.clause and whole_of_part(f)}
        if said:
            return next(iter(said.values())) if len(said) == 1 else None
    return None


def item_named(fact: NumericFact, question: str) -> bool:
    """The words of the figure's own list item, before it (优秀 of 、评为优秀的19名), say a word of the question."""
    item = ITEM_BREAK.split(fact.sentence[: fact.span[0]])[-1]
    return any(
        re.fullmatch(r"[\u4e00-\u9fff]{2}", item[i : i + 2]) and item[i : i + 2] in question
        for i in range(len(item) - 1)
    )


def share_of_part(part: NumericFact, whole_named: str, part_answer: Answer) -> Answer | None:
    """The share its sentence states right after the part, else part ÷ its whole of the same sentence."""
    said = [f for f in extract_facts(part.chunk) if f.sentence == part.sentence]
    book = CitationBook()
    sentence = part.sentence.strip()
    stated = next((f for f in said if f.position == part.position + 1 and f.family == "percent"), None)
    if stated is not None and "占" in stated.clause and not whole_named:
        return Answer(f"{sentence.rstrip('。；;')}{book.cite(part.chunk, sentence)}。", "count", book.citations())
    whole = named_whole(part, said, whole_named) if whole_named else whole_of_part(part)
    if whole is None or not whole.number or whole.number < part.number:
        return None
    share = round(part.number / whole.number * 100, 1)
    exact = part.number * 100 == share * whole.number
    text = (
        f"占比{percent_text(share, exact)}%（{part.value_text}÷{whole.value_text}，按所引数字计算）："
        f"{sentence.rstrip('。；;')}{book.cite(part.chunk, sentence)}。"
    )
    return Answer(text, "count", book.citations(), part_answer.retrieved, derived_numbers={share})


def named_whole(part: NumericFact, said: list[NumericFact], named: str) -> NumericFact | None:
    """The one figure of the part's sentence, of its unit and before it, whose clause says the whole named —
    outright, else by most of its words (参评党员 of 参加评议党员84名)."""
    before = [f for f in said if f.position < part.position and f.unit == part.unit and f.number >= part.number]
    outright = [f for f in before if named in f.clause]
    if outright:
        return outright[0] if len(outright) == 1 else None
    pairs = {named[i : i + 2] for i in range(len(named) - 1)}
    shared = {f.position: len({p for p in pairs if p in f.clause}) for f in before}
    best = max(shared.values(), default=0)
    found = [f for f in before if shared[f.position] == best > 0]
    return found[0] if len(found) == 1 else None


def attendance_rate(ctx: AnswerContext, act: str) -> Answer | None:
    """实到 ÷ 应到 of the best-ranked passage stating both in one sentence; a row of a per-unit table only when the
    question names its unit (else its 合计 row or the prose sentence). None when the report states the rate
    itself (answered as stated), or the passage gives different pairs."""
    evidence = ctx.evidence(k=8)
    if any(re.search(rf"{act}率[^。；;]*?\d", e.chunk.text) for e in evidence):
        return None
    for item in evidence:
        pairs: dict[tuple[int, int], str] = {}
        for sentence in split_sentences(item.chunk.text):
            label = ROW_LABEL.match(sentence)
            if label and not TOTAL_ROW.search(label.group(1)) and label.group(1) not in ctx.question:
                continue
            should, did = SHOULD.search(sentence), DID.search(sentence)
            if should and did and should.group("unit") == did.group("unit"):
                pairs.setdefault((int(should.group("n")), int(did.group("n"))), sentence.strip())
        named = {k: s for k, s in pairs.items() if (m := ROW_LABEL.match(s)) and m.group(1) in ctx.question}
        pairs = named or pairs
        if len(pairs) > 1 or not pairs:
            if pairs:
                return None  # several units' figures and none named: which one?
            continue
        (should_n, did_n), sentence = next(iter(pairs.items()))
        if not should_n or did_n > should_n:
            return None
        rate = round(did_n / should_n * 100, 1)
        exact = did_n * 100 == rate * should_n
        book = CitationBook()
        text = (
            f"{act}率{percent_text(rate, exact)}%（实到{did_n}÷应到{should_n}，按所引数字计算）："
            f"{sentence.rstrip('。；;')}{book.cite(item.chunk, sentence)}。"
        )
        return Answer(text, "count", book.citations(), evidence, derived_numbers={rate})
    return None


def percent_text(value: float, exact: bool) -> str:
    """25 when the share is exact, else 约22.0 (one decimal, said to be rounded)."""
    return format_number(value) if exact else f"约{value:.1f}"
