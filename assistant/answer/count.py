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

from assistant.answer.asked_quantity import ASKED, AskedQuantity, answers, read_asked
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, refusal
from assistant.answer.fact import answer_fact
from assistant.answer.facts import (
    GENERIC_VERBS,
    NOT_PREDICATE,
    RECALLED_OPENING,
    STATED,
    SUMMABLE,
    NumericFact,
    extract_facts,
    format_number,
    recalled_sentences,
)
from assistant.answer.lookup import topic_in_regulations
from assistant.answer.question import (
    agrees_with_marks,
    asks_a_stock,
    asks_ranking,
    counted_people,
    counts_a_flow,
    counts_other_people,
    misses_asked_money,
    names_unit,
    sub_unit,
)
from assistant.answer.ranking import answer_ranking
from assistant.core.schema import Answer, Evidence
from assistant.core.text import squash
from assistant.core.words import cut_words, spoken_title
from assistant.search.scope import asked_period, plans_only_for
from assistant.search.terms import MAX_TOKEN_WEIGHT, PAIR_WEIGHT, TIME_WORDS, Terms

COUNT_THRESHOLD = 0.6  # share of the question's words the fact (in its document and section) must hold
# Acts on people that are counted apart and never summed: a 转正 is no 发展, a 表彰 no 处分.
MEMBER_ACTS = {
    "发展": "admit", "吸收": "admit", "接收": "admit", "转正": "confirm", "确定": "designate", "列为": "designate",
    "处分": "discipline", "处置": "discipline", "问责": "discipline", "表彰": "commend", "评为": "commend",
}  # fmt: skip
PREDICATE_THRESHOLD = 0.5  # the fact's predicate must hold more than this share of the counted words
LIST_MARGIN = 0.05  # figures listed (not summed) must match nearly as well as the best
SAME_DOC_MARGIN = 0.15  # a sibling figure of the best document may score this much lower
OTHER_DOC_MARGIN = 0.02  # another document's figure must match as well as the best (it is then listed)
PARTICLES = re.compile(r"[了过着的得]+$")
COMPARISON = re.compile(r"(一般)?(不少于|不低于|不超过|不多于|超过|达到|约|共计|一共|总共|共)$")
# question_terms weighs a word no document contains MAX_TOKEN_WEIGHT / 2, and so a pair of adjacent
# words (PAIR_WEIGHT × MAX_TOKEN_WEIGHT): neither says on its own what is counted.
UNKNOWN_WORD_WEIGHT = PAIR_WEIGHT * MAX_TOKEN_WEIGHT
ORGANISATION_WORD = re.compile(
    r"(?:党支部|支部|党委|党总支|总支|党组|党工委|机关|公司|集团|社区|村|镇|乡|街道|学院|学校|医院|局|委员会|县|市|区|"
    r"单位|部门)+"
)
TRAILING = re.compile(r"(共计|合计|累计|总计|共|各|达到|达|为|等|）|\)|[^\u4e00-\u9fff])*$")
# Years and filler never label a computed total (共讲党课8次, not 共2023实际8次).
LABEL_NOISE = re.compile(r"(?:19|20)\d{2}年?(?:度|底|初)?|一共|总共|加起来|实际|到底|啥|咋|搞了|搞|干了")
# 四个 in 四个支部加起来: how many units the question covers, not what it counts.
SCOPE_COUNT = re.compile(r"[一二两三四五六七八九十\d]+[个名位项]")
PAST_ASKED = re.compile(r"上年|上一年|去年|前年|往年|以前|之前")
YEAR_OF = re.compile(r"((?:19|20)\d{2})\s*年")  # 2024年, not 2000余份
# 截至2024年4月底: the day a 2023 report's figures were taken, not the period they belong to.
STATUS_DATE = re.compile(r"(?:截至|截止|到)(?:19|20)\d{2}\s*年[^，,。；;]{0,8}?(?:底|末|止|为止|日|号)")
PART_SPLIT = re.compile(r"[？?；;]+")
INTERROGATIVE = re.compile(r"几|多少|谁|什么|哪|何时|是否|比例|占比|百分之")
INHERITS = re.compile(r"^(其中|那|还|另外|这些|他们|剩下)")


@dataclass(frozen=True)
class Counted:
    """What a 几次/多少 question counts: 讲党课 (an action) or 党委会 (a thing); labels a computed total."""

    text: str
    is_action: bool


@dataclass(frozen=True)
class ScoredFact:
    fact: NumericFact
    score: float


def answer_count(ctx: AnswerContext) -> Answer:
    ranked = answer_ranking(ctx) if asks_ranking(ctx.question) else None
    if ranked is not None:  # 哪个支部党员最多？有多少名？: the compared rows state the figure too
        return ranked
    parts = question_parts(ctx.question)
    book = CitationBook()
    derived: set[float] = set()
    texts: list[str] = []
    retrieved: list[Evidence] = []
    answered = False
    for part, query in parts:
        part_ctx = AnswerContext(replace(ctx.route, question=query), ctx.source) if len(parts) > 1 else ctx
        asked = part_asked(part, parts[0][0]) if part != parts[0][0] else read_asked(part)
        if asked is None:  # 谁主持的？ beside 开了几次？: the fact answer of that part
            text, evidence = fact_part(part_ctx, book)
        else:
            evidence = part_ctx.evidence(k=20)
            text = count_part(part_ctx, part, asked, evidence, book, derived)
        retrieved += [e for e in evidence if e not in retrieved]
        answered |= text is not None
        texts.append(text if text is not None else f"{part.strip('，, ')}：没有找到相关记载")
    if not answered:
        return refused_count(ctx, retrieved if len(parts) == 1 else ctx.evidence(k=20))
    # Two parts answered by the same statement (a follow-up's whole and its 其中 part) say it once.
    return Answer("\n".join(dict.fromkeys(texts)), "count", book.citations(), retrieved, derived_numbers=derived)


def part_asked(part: str, first_part: str) -> AskedQuantity | None:
    """A later part's quantity; 其中60岁以上的有几个 counts the first part's thing (党员, not 个 items)."""
    asked = read_asked(part)
    first = read_asked(first_part)
    if asked is None or first is None or not INHERITS.match(part):
        return asked
    family = asked.family if asked.family not in (None, "items") else first.family  # 几个 may count people
    return replace(asked, family=family, words=f"{first.words}，{asked.words}")


def refused_count(ctx: AnswerContext, evidence: list[Evidence]) -> Answer:
    if evidence and evidence[0].chunk.article:  # 要多少委员到会才能开: a rule states it (三分之二以上), not a figure
        ruled = topic_in_regulations(ctx)
        if not ruled.refused:
            return ruled
    planned = plans_only_for(ctx.question, ctx.source.documents())
    plan_only = bool(evidence) and evidence[0].chunk.doc_id in planned
    if plan_only:  # 下半年发展了几名: only the 上半年 report's plan speaks of it
        # No year outside the title: a refusal must not carry a number that could pass for an answer.
        asked = asked_period(ctx.question)
        when = asked.half if asked.half and not asked.years else "所问期间"
        note = f"（《{evidence[0].chunk.doc_title}》只写了{when}的计划，没有{when}的实际数字）"
    else:
        note = "（没有相关数字的记载）"
    answer = refusal("count", evidence, note)
    related = answer_fact(ctx, "count")
    # The nearest related passage, clearly labelled as such; not one about other money (经费 for 党费).
    # A plan-only refusal shows no figure: neither the reported period's nor the plan's passes for what was done.
    if not related.refused and not plan_only and not misses_asked_money(ctx.question, related.text):
        answer.text += f"\n相关内容（仅供参考，并非所问的数字）：{related.text}"
        answer.citations = related.citations
    return answer


def question_parts(question: str) -> list[tuple[str, str]]:
    """(part, search query) per asked thing; a later part is searched with the first part's words."""
    pieces = [p for p in PART_SPLIT.split(question) if p.strip()]
    parts: list[str] = []
    for piece in pieces:
        clauses = [c for c in re.split(r"[，,]", piece) if c.strip()]
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
    facts = matching_facts(ctx, part, asked, evidence)  # terms spell a short name out as titles do
    if not facts:
        return None
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
        text += "\n以上数字分别来自不同文档（不同单位或时期），未合并计算。"
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
    stated = [f for f in facts if is_stated_total(f, facts)]
    if stated:
        return prefix + statement([stated[0]], book) + "。"
    addends = sibling_addends(facts, asked)
    if len(addends) > 1:
        total = sum(f.amount for f in addends)
        derived.add(total)
        unit = addends[0].unit
        figure = f"{format_number(total)}{unit}"
        what = (f"{counted.text}{figure}" if counted.is_action else f"{figure}{counted.text}") if counted else figure
        return f"{prefix}共{what}：{statement(addends, book)}。"
    best = max(s.score for s in scored)
    closest = [s.fact for s in scored if s.score >= best - LIST_MARGIN]
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


def unique_statements(facts: list[NumericFact]) -> list[NumericFact]:
    """One fact per clause; the same figure stated again elsewhere is kept once."""
    seen: set[str] = set()
    kept: list[NumericFact] = []
    for fact in facts:
        key = f"{fact.value_text}|{fact.predicate[-6:]}"
        if fact.clause in {k.clause for k in kept} or key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept


def is_stated_total(fact: NumericFact, facts: list[NumericFact]) -> bool:
    """共/合计 stated for the whole. Beside other actors' figures whose sum it is not, a total is one
    group's (各党支部书记讲党课共9次 after 书记讲党课2次): an addend, not the answer."""
    if "total" not in fact.qualifiers or "subset" in fact.qualifiers:
        return False
    siblings = [f for f in facts if f.sentence == fact.sentence and f is not fact and "subset" not in f.qualifiers]
    return not siblings or sum(f.amount for f in siblings) == fact.amount


def sibling_addends(facts: list[NumericFact], asked: AskedQuantity) -> list[NumericFact]:
    """Figures that may be added up: countable, no subsets, stated once each, in one passage unless a total is asked."""
    if facts[0].family not in SUMMABLE or any(f.family != facts[0].family for f in facts):
        return []
    addends = [f for f in facts if "subset" not in f.qualifiers and "from" not in f.qualifiers]
    if not asked.total and len({f.chunk.id for f in addends}) > 1:
        return []
    kept: list[NumericFact] = []
    for fact in addends:
        if not any(k.chunk.id != fact.chunk.id and k.value_text == fact.value_text for k in kept):
            kept.append(fact)  # the same figure in another passage is the same statement
    if len(kept) < 2 or len({(f.row, f.predicate) for f in kept}) < len(kept):
        return []
    return kept if same_action(kept) else []


def same_action(facts: list[NumericFact]) -> bool:
    """Siblings end in the same counted action: 书记讲党课2次，院长讲党课1次 (讲党课); 现有党员 and
    发展党员 do not, so 38 + 1 is never a total."""
    heads = [TRAILING.sub("", f.predicate.split("，")[-1]) for f in facts]
    shortest = min(heads, key=len)
    common = 0
    while common < len(shortest) and all(h[-1 - common] == shortest[-1 - common] for h in heads):
        common += 1
    return common >= 2


def matching_facts(ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence]) -> list[ScoredFact]:
    """Facts that state the asked quantity of what the question counts, in document order."""
    terms = ctx.source.terms(asked.words)
    periods = TIME_WORDS.findall(part)
    years = set(YEAR_OF.findall(part))
    counted = counted_words(terms)
    unit = sub_unit(part)
    stock = asks_a_stock(part)
    people = counted_people(part)
    skip_earlier = not PAST_ASKED.search(part)  # 上年度…整改完了几条 asks for the earlier year's figures
    planned_only = plans_only_for(ctx.question, ctx.source.documents())
    scored: list[ScoredFact] = []
    for e in evidence:
        chunk_facts = extract_facts(e.chunk)
        for fact in chunk_facts:
            if fact.chunk.doc_id in planned_only and not fact.is_plan:
                continue  # a 上半年 report answers for 下半年 only by its plan for it
            if not answers(fact, asked) or (
                not of_years(fact, years) if years else skip_earlier and of_earlier_year(fact)
            ):
                continue
            if unit and not said_of_unit(fact, unit):
                continue
            if not agrees_with_marks(part, fact.sentence, fact.chunk.doc_title, bool(fact.row)):
                continue
            whole = chunk_facts[fact.parent].predicate if fact.parent is not None else ""
            if stock and counts_a_flow(f"{whole}{fact.predicate}", part):
                continue
            if people and counts_other_people(f"{fact.row}{whole}{fact.predicate}", people):
                continue
            score = fact_score(terms, counted, fact, whole, periods)
            if score is not None:
                scored.append(ScoredFact(fact, score))
    return chosen_facts(scored, asked, part, ctx.route.focus)


def said_of_unit(fact: NumericFact, unit: str) -> bool:
    """A figure answers for a branch only where its title, section, clause or lead names the branch."""
    place = " ".join([spoken_title(fact.chunk.doc_title), *fact.chunk.section_path])
    return names_unit(unit, place, f"{fact.lead}，{fact.clause}")


def chosen_facts(scored: list[ScoredFact], asked: AskedQuantity, part: str, focus: str) -> list[ScoredFact]:
    """The best figure with its near rivals: siblings of its document, equally good figures of others."""
    if not scored:
        return []
    scored = sorted(scored, key=lambda s: -s.score)
    best = scored[0]
    if best.score < COUNT_THRESHOLD:
        return []
    top_doc = best.fact.chunk.doc_id
    chosen = [
        s
        for s in scored
        if s.score >= best.score - (SAME_DOC_MARGIN if s.fact.chunk.doc_id == top_doc else OTHER_DOC_MARGIN)
    ]
    if asked.state == "either":  # 整改完了没有: the done and open figures of the best statement
        return [s for s in scored if (s.fact.chunk.id, s.fact.sentence) == (best.fact.chunk.id, best.fact.sentence)]
    if asked.total:  # 加起来一共: every matching figure of the chosen sentences is an addend
        sentences = {(s.fact.chunk.id, s.fact.sentence) for s in chosen}
        chosen += [s for s in scored if s not in chosen and (s.fact.chunk.id, s.fact.sentence) in sentences]
    if focus:
        chosen = [s for s in chosen if focus in s.fact.clause] or chosen
    wholes = [s for s in chosen if not s.fact.qualifiers & {"subset", "from"}]
    # 发展了几名女党员 names the part (女党员2名) better than its whole (发展党员3名) does.
    part_named = chosen[0] not in wholes and (not wholes or chosen[0].score > max(w.score for w in wholes))
    if wholes and not part_named and not part.lstrip().startswith("其中") and not INHERITS.match(part):
        chosen = wholes  # 有多少名党员: the whole, not the 其中 breakdown
    elif not wholes or part.lstrip().startswith("其中"):
        chosen = [s for s in chosen if s.fact.qualifiers & {"subset", "from"}] or chosen
    unique: dict[tuple[str, int], ScoredFact] = {}
    for s in sorted(chosen, key=lambda s: (s.fact.chunk.id, s.fact.position)):
        unique.setdefault((s.fact.chunk.id, s.fact.position), s)
    return list(unique.values())


def of_years(fact: NumericFact, years: set[str]) -> bool:
    """Whether a figure may belong to the years asked: the years said up to its clause (2024年，拟发展…)
    or in its section (2025年工作计划), else the first year of its title (a 2024年总结及2025年计划 reports
    2024); a figure with no year may. A year after the clause is about something else (完成两个支部换届，
    另一个推迟至2024年)."""
    said = STATUS_DATE.sub("", fact.sentence[: fact.sentence.find(fact.clause) + len(fact.clause)])
    own = set(YEAR_OF.findall(" ".join(fact.chunk.section_path) + " " + said))
    if own:
        return bool(own & years)
    # 2024年，支部开展主题党日12次。全年发展党员1名。: the year opening a paragraph holds for its sentences
    paragraph = next((line for line in fact.chunk.text.split("\n") if fact.sentence in line), "")
    opening = RECALLED_OPENING.match(paragraph)
    if opening and fact.sentence in recalled_sentences(fact.chunk):
        return opening.group(1) in years
    titled = YEAR_OF.search(fact.chunk.doc_title)
    return titled is None or titled.group(1) in years


def of_earlier_year(fact: NumericFact) -> bool:
    """A figure of a year before the document's (2022年度…12条问题 in a 2023 report): recalled for
    comparison, never the answer to a question that names no year. (Later years are 截至 dates or plans.)"""
    titled = YEAR_OF.findall(fact.chunk.doc_title)
    own = YEAR_OF.findall(fact.sentence[: fact.sentence.find(fact.clause) + len(fact.clause)])
    return bool(titled and own) and max(own) < min(titled)


def fact_score(
    terms: Terms, counted: list[tuple[str, float]], fact: NumericFact, whole: str, periods: list[str]
) -> float | None:
    """How well a fact answers; None when its predicate lacks what is counted (发展 is not 转正).

    A 其中 subset is read with its whole's predicate (吸收新党员5名，其中35岁以下3名)."""
    title = spoken_title(fact.chunk.doc_title).lower()
    predicate = (whole + fact.predicate).lower()
    asked_acts = acts_in(" ".join(terms.words))
    if asked_acts and acts_in(predicate) and not asked_acts & acts_in(predicate):
        return None  # 按期转正预备党员2名 is no answer to 发展了几名党员, whatever its heading says
    counted = [(w, weight) for w, weight in counted if w not in title]
    earlier = fact.sentence[: max(fact.sentence.find(fact.clause), 0)]
    if counted:
        # The shared context and the section heading count half: 发展 before 、按期转正 is not enough.
        # So do the sentence's earlier clauses: 走访慰问困难职工18人，发放慰问金3.6万元.
        shared = (fact.lead + " ".join(fact.chunk.section_path) + earlier).lower()
        held = sum(weight if w in predicate else weight / 2 if w in shared else 0 for w, weight in counted)
        held /= sum(weight for _, weight in counted)
        if held <= PREDICATE_THRESHOLD:
            return None
    context = title + " ".join(fact.chunk.section_path).lower()
    near = terms.coverage(context + fact.row.lower() + predicate)  # a row's label is its figures' subject
    if fact.family == "money":  # money is spent on the activity of the clause before (慰问困难职工18人，发放慰问金…)
        near = max(near, terms.coverage(context + fact.row.lower() + earlier.lower() + predicate))
    own = terms.coverage(context + fact.sentence)
    same_period = sum(0.05 for w in periods if w in fact.sentence or w in fact.chunk.doc_title)
    # A done/open part (已整改完成7条, 2条正在推进) is about its whole's items: its own words are the state.
    about = whole if whole and fact.qualifiers & STATED else fact.predicate
    return 0.5 * near + 0.3 * own + 0.2 * precision(terms, about) + same_period


def acts_in(text: str) -> set[str]:
    """The acts on members a text names, each by its group (发展/吸收/接收 are one act; 转正 another)."""
    return {act for word, act in MEMBER_ACTS.items() if word in text}


def precision(terms: Terms, predicate: str) -> float:
    """Share of the predicate's own words that the question has: 现有党员 answers 有多少党员 better
    than 全年发展党员（返乡大学生）."""
    own = re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", predicate)))
    if not own:
        return 0.0
    rest = own
    for word in sorted(set(terms.words), key=len, reverse=True):
        rest = rest.replace(word, "")
    return 1 - len(rest) / len(own)


def counted_words(terms: Terms) -> list[tuple[str, float]]:
    """Question words that say what is counted, not whose or when: no organisation word, no year, no
    word that no document contains (phrasing), and no pair of two other question words. (Words of a
    fact's own title are dropped per fact.)"""
    return [
        (word, weight)
        for word, weight in zip(terms.words, terms.weights)
        if weight != UNKNOWN_WORD_WEIGHT
        and not ORGANISATION_WORD.fullmatch(word)
        and not SCOPE_COUNT.fullmatch(word)
        and re.search(r"[\u4e00-\u9fff]", word)
    ]


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
    words = [w for w in words if len(w) >= 2] or words
    if not words:
        return None
    # Two words keep the object with its verb or modifier (国际金牌, 集中学习): 全国金牌 is not 国际金牌.
    return Counted("".join(words[-2:]) if len(words) >= 2 and len(words[-1]) <= 2 else words[-1], True)
