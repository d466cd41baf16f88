"""Count, amount and percentage answers from the fact rows of the retrieved chunks, each figure cited.

A stated total (共/合计) is preferred; otherwise only sibling addends are summed: the same predicate and
unit family in one document, never a 其中 subset with its whole, never a plan figure with actuals.
Percentages and amounts are quoted as stated. Figures of different documents are listed, never summed.
A multi-part question (有多少名党员？其中60岁以上的有几个？) is answered part by part.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.answer.across_documents import across_documents_note
from assistant.answer.as_of_day import of_asked_day
from assistant.answer.asked_quantity import ASKED, AskedQuantity, read_asked
from assistant.answer.asked_rows import of_asked_row, spelled_row
from assistant.answer.citations import CitationBook
from assistant.answer.compared_wholes import UNANSWERED_PART
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.count_matching import INHERITS, ScoredFact, matching_facts
from assistant.answer.count_rows import PERSON_ACTING, rows_naming, rows_total, said_of_person
from assistant.answer.count_sums import is_stated_total, same_action, sibling_addends, unique_statements
from assistant.answer.fact import answer_fact
from assistant.answer.fallback import related_counts_asked
from assistant.answer.followup_remainders import BESIDES
from assistant.answer.group_rows import group_part
from assistant.answer.lookup import topic_in_regulations
from assistant.answer.month_ranges import said_for_asked_months
from assistant.answer.nothing_counted import asked_back, names_nothing_counted
from assistant.answer.numeric_fact import NumericFact, format_number
from assistant.answer.own_account import as_own_account
from assistant.answer.part_shares import share_of_whole
from assistant.answer.periods import compared_answer
from assistant.answer.person_unrecorded import acting_name, said_of, unrecorded_person
from assistant.answer.plan_gaps import gap_questions
from assistant.answer.plan_met import met_answer, met_questions
from assistant.answer.plan_shares import of_done_period, plan_of_part, share_answer, share_questions
from assistant.answer.post_holders import reported_by
from assistant.answer.question import ORG_SUFFIX, ROLE, asks_ranking, misses_asked_money, slots_of
from assistant.answer.ranking import answer_ranking
from assistant.answer.remainders import besides_part, left_over, none_left
from assistant.answer.stated_zeros import stated_zero
from assistant.answer.time_limits import time_limit_facts
from assistant.answer.verification import quantities
from assistant.answer.whole_parts import asked_like_wholes, part_alone, part_asked_at, part_unstated
from assistant.answer.whole_unit import body_total_first
from assistant.core.schema import Answer, Evidence
from assistant.core.text import YEAR_PART, squash
from assistant.core.words import cut_words, names_a_thing, tagged_words
from assistant.search.periods import asked_period, plans_only_for
from assistant.search.terms import TIME_WORDS

LIST_MARGIN = 0.05  # figures listed (not summed) must match nearly as well as the best
PARTICLES = re.compile(r"[了过着的得]+$")
COMPARISON = re.compile(r"(一般)?(不少于|不低于|不超过|不多于|超过|达到|约|共计|一共|总共|共)$")
# Years and filler never label a computed total (共讲党课8次, not 共2023实际8次).
LABEL_NOISE = re.compile(r"(?:19|20)\d{2}年?(?:度|底|初)?|一共|总共|加起来|实际|到底|啥|咋|搞了|搞|干了")
PART_SPLIT = re.compile(r"[？?；;]+")
INTERROGATIVE = re.compile(r"几|多少|谁|什么|哪|何时|是否|比例|占比|百分之")
DOER = re.compile(rf"(?:{ROLE.pattern}|{ORG_SUFFIX}|成员|班子|干部|同志)$")  # who acts before a verb


@dataclass(frozen=True)
class Counted:
    """What a 几次/多少 question counts: 讲党课 (an action) or 党委会 (a thing); labels a computed total."""

    text: str
    is_action: bool


def answer_count(ctx: AnswerContext) -> Answer:
    if names_nothing_counted(ctx.question):  # 全局一共有多少: every figure of the report would be a guess
        return asked_back([])
    ranked = answer_ranking(ctx) if asks_ranking(ctx.question) else None
    if ranked is not None:  # 哪个支部党员最多？有多少名？: the compared rows state the figure too
        return ranked
    gap = gap_questions(ctx.question)
    share = share_questions(ctx.question) if not gap else None
    met = met_questions(ctx.question) if not gap and not share else None
    if (
        gap or share or met
    ):  # 吸收新党员比计划多了几名 / 完成了计划的百分之多少 / 达标没有: done and planned, each cited
        done_answer = answer_count(AnswerContext(replace(ctx.route, question=(gap or share or met)[0]), ctx.source))
        done, planned = of_done_period(gap or share or met, done_answer)
        planned, planned_answer = plan_of_part(
            planned, lambda q: answer_count(AnswerContext(replace(ctx.route, question=q), ctx.source))
        )
        answers = [done_answer, planned_answer]
        if gap:
            return compared_answer([done, planned], answers)
        if met:
            return met_answer((done, planned), answers)
        computed = share_answer((done, planned), answers)
        if computed:
            return computed  # else a share the documents state, or a refusal: nothing to compute it from
    of_whole = share_of_whole(ctx, answer_count) if not gap and not share else None
    if of_whole:  # 女职工占比多少 / 到会率是多少: stated, else part ÷ whole of one cited sentence
        return of_whole
    besides = besides_part(ctx, ctx.evidence(k=20)) if BESIDES.search(ctx.question) else None
    if besides:  # 除了上级补助还有多少: the whole less that 其中 part, as one sentence states them
        return besides
    parts = question_parts(ctx.question)
    book = CitationBook()
    derived: set[float] = set()
    texts: list[str] = []
    retrieved: list[Evidence] = []
    answered = False
    found: list[bool] = []
    for part, query in parts:
        part_ctx = AnswerContext(replace(ctx.route, question=query), ctx.source) if len(parts) > 1 else ctx
        asked = part_asked(part, parts[0][0]) if part != parts[0][0] else read_asked(part)
        if asked is None:  # 谁主持的？ beside 开了几次？: the fact answer of that part
            text, evidence = fact_part(part_ctx, book)
        else:
            evidence = part_ctx.evidence(k=20)
            text = count_part(part_ctx, part, asked, evidence, book, derived)
            if text is None and len(parts) > 1 and ctx.route.focus and ctx.route.focus not in part:
                # 党课计划讲几回，其中书记讲几回: the whole is not the actor's when the actor says none of it
                unfocused = AnswerContext(replace(part_ctx.route, focus=""), ctx.source)
                text = count_part(unfocused, part, asked, evidence, book, derived)
        retrieved += [e for e in evidence if e not in retrieved]
        answered |= text is not None
        found.append(text is not None)
        if text is None:  # the part is echoed as asked: its figures (35岁以下) are the user's words, not a claim
            derived.update(value for _, value in quantities(part))
        texts.append(text if text is not None else f"{part.strip('，, ')}{UNANSWERED_PART}")
    if ctx.route.subset and len(parts) > 1:
        # 其中女党员多少名 after 发展了多少名党员: only the part is asked; its whole, stated, is no answer to it
        if not found[-1]:
            return refusal("count", retrieved, part_unstated(ctx.route.subset))
        text, cited = part_alone(texts[-1], book.citations())
        return Answer(text, "count", cited, retrieved, derived_numbers=derived)
    if not answered:
        unrecorded = unrecorded_person(ctx, retrieved) if len(parts) == 1 else None
        return unrecorded or refused_count(ctx, retrieved if len(parts) == 1 else ctx.evidence(k=20))
    # Two parts answered by the same statement (a follow-up's whole and its 其中 part) say it once; a part whose
    # figure an earlier part's answer already states (应到193名；实到181名 before 实到181名) is not repeated.
    shown: list[str] = []
    for text in texts:
        if not any(text.rstrip("。") in earlier for earlier in shown):
            shown.append(text)
    return Answer("\n".join(shown), "count", book.citations(), retrieved, derived_numbers=derived)


def part_asked(part: str, first_part: str) -> AskedQuantity | None:
    """A later part's quantity; 其中60岁以上的有几个 counts the first part's thing (党员, not 个 items)."""
    asked = read_asked(part)
    first = read_asked(first_part)
    if asked is None or first is None or not INHERITS.match(part):
        return asked
    family = asked.family if asked.family not in (None, "items") else first.family  # 几个 may count people
    # 党课计划讲几回，其中书记讲几回: a part of a plan is planned too
    # 培训多少人次，其中拿证的多少: those of the attendances who got something are people, counted in 人
    people_too = asked.people_too or (asked.family is None and first.family == "person_time")
    plan = asked.plan or first.plan
    dealt = asked.person_times_too or first.person_times_too  # 处理了几个，其中诫勉谈话呢: 人次 both
    return replace(
        asked,
        family=family,
        words=f"{first.words}，{asked.words}",
        plan=plan,
        people_too=people_too,
        person_times_too=dealt,
    )


def refused_count(ctx: AnswerContext, evidence: list[Evidence]) -> Answer:
    # 要几名委员出席才能召开: a rule states it (三分之二以上), not a figure; 下半年学了几次 asks what a half did, and
    # 气象局去年收缴党费多少 what a body did: no rule states either
    if (
        evidence
        and evidence[0].chunk.article
        and not YEAR_PART.search(ctx.question)
        and not slots_of(ctx.question).period
    ):
        ruled = topic_in_regulations(ctx)
        if not ruled.refused:
            return ruled
    planned = plans_only_for(ctx.question, ctx.source.documents())
    # 2025年计划选派多少: a plan asked is what such a document holds; its missing actuals are no reason
    plan_only = bool(evidence) and evidence[0].chunk.doc_id in planned and not asked_period(ctx.question).planned
    zero = stated_zero(ctx, evidence) if not plan_only else None
    if zero:  # 立了几个案子 where the report says 未立案查处违纪案件: 0, quoted
        return zero
    if plan_only:  # 下半年发展了几名: only the 上半年 report's plan speaks of it
        # No year outside the title: a refusal must not carry a number that could pass for an answer.
        asked = asked_period(ctx.question)
        when = asked.half if asked.half and not asked.years else "所问期间"
        note = f"（《{evidence[0].chunk.doc_title}》只写了{when}的计划，没有{when}的实际数字）"
    else:
        note = "（没有相关数字的记载）"
    part_at = part_asked_at(ctx.question)
    if part_at is not None:  # 发展党员中女党员多少名: the whole's passage would pass for the part's figure
        return refusal("count", evidence, part_unstated(ctx.question[part_at:]))
    answer = refusal("count", evidence, note)
    related = answer_fact(ctx, "count")
    # The nearest related passage, clearly labelled as such; not one about other money (经费 for 党费).
    # A plan-only refusal shows no figure: neither the reported period's nor the plan's passes for what was done.
    if (
        not related.refused
        and not plan_only
        and not misses_asked_money(ctx.question, related.text)
        and related_counts_asked(ctx.question, related.text)  # 党员23名 is no passage on how many 律师 there are
    ):
        answer.text += f"\n相关内容（仅供参考，并非所问的数字）：{related.text}"
        answer.citations = related.citations
    return answer


def question_parts(question: str) -> list[tuple[str, str]]:
    """(part, search query) per asked thing; a later part is searched with the first part's words."""
    # 社零总额多少？局里报告写的: a piece asking nothing says where to look, it is no part of its own
    pieces = [p for p in PART_SPLIT.split(question) if p.strip() and INTERROGATIVE.search(p)]
    parts: list[str] = []
    for piece in pieces:
        clauses = asked_like_wholes([c for c in re.split(r"[，,]", piece) if c.strip()])
        asking = [c for c in clauses if INTERROGATIVE.search(c)]
        if len(asking) > 1:
            head = "，".join(clauses[: clauses.index(asking[0])])  # 2023年，发展了几个党员，培养了几个…
            parts += [f"{head}，{c}" if head else c for c in asking]
        else:
            parts.append(piece)
    if len(parts) <= 1:
        return [(question, question)]
    return [(p, p if i == 0 else f"{parts[0]}，{p}") for i, p in enumerate(parts)]


def fact_part(ctx: AnswerContext, book: CitationBook) -> tuple[str | None, list[Evidence]]:
    """A non-quantity part answered by the fact answerer, its marks renumbered into `book`."""
    answer = answer_fact(ctx)
    if answer.refused:
        return None, answer.retrieved
    text = answer.text
    for number, citation in enumerate(answer.citations, 1):
        if citation.chunk is not None:
            text = text.replace(f"〔{number}〕", f"\0{book.cite(citation.chunk, citation.quote)}")
    return text.replace("\0", ""), answer.retrieved


def count_part(
    ctx: AnswerContext,
    part: str,
    asked: AskedQuantity,
    evidence: list[Evidence],
    book: CitationBook,
    derived: set[float],
) -> str | None:
    own_words = as_own_account(part)  # 苗某述职里说他自己讲了几次: whose figure, not what is counted
    if own_words != part:
        part, asked = own_words, read_asked(own_words) or asked
    person = PERSON_ACTING.search(part)
    name = person.group(1) if person else acting_name(part)  # 苗某指导了几次: any verb of the person
    own = reported_by(ctx, name, evidence) if name else set()
    if own:  # 韩某2024年讲了几次党课 of 韩某's own 述职报告: asked of that report, whose 本人 is the person
        part = part.replace(name, "", 1)
        asked, evidence = read_asked(part) or asked, [e for e in evidence if e.chunk.doc_id in own]
        ctx = AnswerContext(replace(ctx.route, focus=""), ctx.source)  # no sentence of theirs need name them
    spelled = spelled_row(part, evidence)
    if spelled:  # 公卫党支部 is the 公共卫生党支部 row: scored in the row's words
        part, asked = part.replace(*spelled, 1), replace(asked, words=asked.words.replace(*spelled, 1))
    # 三个党小组一共多少党员 / 其中东区有几个: one column added over the rows named
    summed = rows_total(ctx, part, asked, evidence, book) or group_part(ctx, part, asked, evidence, book)
    if summed:
        if summed[1] is not None:
            derived.add(summed[1])
        return summed[0]
    facts = matching_facts(ctx, part, asked, evidence)  # terms spell a short name out as titles do
    facts = [f for f in facts if said_for_asked_months(part, f.fact.sentence)]  # 1到4月份: 1—4月…19次 only
    facts = of_asked_row(part, facts)  # 清河镇派了几名: that row's figures, never the 合计 row's
    facts = of_asked_day(part, facts)  # 截至6月底: the figure stated as of that day, not another report's
    # 其中沈国平领学了几次: a figure that does not name the person is the whole's; their rows answer instead.
    named = acting_name(part)  # 邵某提了几条意见: the meeting's 会上共提出意见N条 is no figure of theirs
    sentences = [f.fact.sentence for f in facts]
    theirs = not named or any(said_of(named, f.fact.chunk, f.fact.sentence) for f in facts)
    if not facts or not said_of_person(part, sentences) or not theirs:
        rows = rows_naming(ctx, part, evidence, book) if asked.family in (None, "times") else None
        if rows is not None:
            derived.add(float(rows[1]))  # the number of rows cited, counted here
            return rows[0]
        if not facts:
            limits = time_limit_facts(part, evidence)  # 会后几天内报上去: 会后5个工作日内，…报社区党委
            if len(limits) == 1:
                return statement(limits, book) + "。"
            left = left_over(ctx, part, asked, evidence, book)  # 还剩几个: 发现问题14个，已整改12个
            if left:
                derived.add(left[1])
                return left[0]
            return none_left(ctx, part, asked, evidence, book)  # 还剩几个: 发现问题17个，已全部完成整改
        if named:
            return None  # 曹某讲了几次党课: another person's figure (书记何某讲党课2次) is no answer
    by_doc: dict[str, list[ScoredFact]] = defaultdict(list)
    for scored in facts:
        by_doc[scored.fact.chunk.doc_id].append(scored)
    by_doc = without_copies(by_doc)
    counted = counted_thing(LABEL_NOISE.sub("", part))
    paragraphs = [
        doc_paragraph(doc_facts, asked, book, derived, len(by_doc) > 1, counted) for doc_facts in by_doc.values()
    ]
    text = "\n".join(paragraphs)
    if len(by_doc) > 1:
        text += f"\n{across_documents_note(by_doc)}"
    return text


def without_copies(by_doc: dict[str, list[ScoredFact]]) -> dict[str, list[ScoredFact]]:
    """One document stored twice (a scan as PDF and as PNG) states its figures once."""
    kept: dict[str, list[ScoredFact]] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    for doc_id, scored in by_doc.items():
        key = (scored[0].fact.chunk.doc_title, frozenset(squash(s.fact.sentence) for s in scored))
        if key not in seen:
            seen.add(key)
            kept[doc_id] = scored
    return kept


def doc_paragraph(
    scored: list[ScoredFact],
    asked: AskedQuantity,
    book: CitationBook,
    derived: set[float],
    many_docs: bool,
    counted: Counted | None,
) -> str:
    """One document's answer: its stated total, else the sum of sibling addends, else the best figures as stated."""
    scored = without_restated_rows(scored)
    facts = [s.fact for s in scored]
    prefix = f"《{facts[0].chunk.doc_title}》：" if many_docs else ""
    stated = body_total_first([f for f in facts if is_stated_total(f, facts)])  # the whole's, not a table's
    if stated:
        return prefix + statement([stated[0]], book) + "。"
    top = max(scored, key=lambda s: s.score).fact
    # 一共几个特派员 over rows stating 特派员28名 and 服务项目35个: 几个 fits both, what is named is added
    addends = sibling_addends([f for f in facts if f.family == top.family] if asked.total else facts, asked)
    if not asked.total and top not in addends:
        addends = []  # 现有党员31名 answers; 评议党员30名 and 优秀6名 beside it add up to nothing asked
    if len(addends) > 1:
        total = sum(f.amount for f in addends)
        derived.add(total)
        unit = addends[0].unit
        figure = f"{format_number(total)}{unit}"
        counted = counted if same_action(addends) else None  # 示范岗 and 先锋岗 added: no one thing to name
        what = (f"{counted.text}{figure}" if counted.is_action else f"{figure}{counted.text}") if counted else figure
        return f"{prefix}共{what}：{statement(addends, book)}。"
    best = max(s.score for s in scored)
    # 整改完了没有: the done and the open figure of one statement answer it together, however each scored
    margin = best if asked.state == "either" else LIST_MARGIN
    closest = [s.fact for s in scored if s.score >= best - margin]
    return prefix + "；".join(statement([f], book) for f in unique_statements(closest)) + "。"


def without_restated_rows(scored: list[ScoredFact]) -> list[ScoredFact]:
    """A text sentence stating a table's total (全年发展党员4名 beside the 合计 row) is quoted instead of the
    table: the rows are then its breakdown, not figures of their own."""
    prose = {s.fact.number for s in scored if not s.fact.row}
    if not any(s.fact.row and "total" in s.fact.qualifiers and s.fact.number in prose for s in scored):
        return scored
    return [s for s in scored if not s.fact.row]


def statement(facts: list[NumericFact], book: CitationBook) -> str:
    """The clauses stating the facts, one mark per chunk after them."""
    clauses = "，".join(dict.fromkeys(f.said for f in facts))
    marks = "".join(dict.fromkeys(book.cite(f.chunk, f.sentence) for f in facts))
    return f"{clauses}{marks}"


def counted_thing(question: str) -> Counted | None:
    """讲党课 in 上半年讲党课几次, 党委会 in 召开了几次党委会, 国际金牌 in 获得国际金牌几枚."""
    match = ASKED.search(question)
    if not match:
        return None
    after = re.split(r"[，,。？?！!；;、]", question[match.end() :], maxsplit=1)[0]
    after_words = [w for w in cut_words(PARTICLES.sub("", after)) if len(w) >= 2]
    if after_words:  # 召开了几次党委会 -> the noun after the quantity
        return Counted(after_words[-1], False)
    before = COMPARISON.sub("", PARTICLES.sub("", TIME_WORDS.sub("，", question[: match.start()])))
    before = re.split(r"[，,。？?！!；;、]", before)[-1]
    words = [w for w in cut_words(before) if len(w) >= 2 or w in "讲开"]
    turned = object_before_verb(words)
    if turned:  # 党课一共讲了几次 counts 讲党课
        return Counted(turned, True)
    words = [w for w in words if len(w) >= 2] or words
    if not words:
        return None
    # Two words keep the object with its verb or modifier (国际金牌, 集中学习): 全国金牌 is not 国际金牌.
    return Counted("".join(words[-2:]) if len(words) >= 2 and len(words[-1]) <= 2 else words[-1], True)


def object_before_verb(words: list[str]) -> str:
    """The act of a question that names its thing before the verb (党课讲了几次, 支委会召开了多少次), said in the
    order reports use (讲党课, 召开支委会); empty when the last word is no verb or nothing is named before it."""
    if len(words) < 2:
        return ""
    verb = tagged_words(words[-1])
    joined = len(words) >= 3 and len(words[-2]) <= 2 and not DOER.search(words[-3])  # 警示+教育, not 局+党课
    thing = "".join(words[-3:-1]) if joined else words[-2]
    if len(verb) != 1 or verb[0][1] not in ("v", "vn") or not names_a_thing(thing) or DOER.search(thing):
        return ""  # 书记讲了几次: who acts, not what is done
    return words[-1] + thing
