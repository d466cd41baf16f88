"""Which facts of the evidence answer a count question (part), and how well: the asked unit and state, the
year, the unit asked about, the people counted, the act (发展 is not 转正), the predicate's words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer.answer_types import NAME, ROLE_AT_END
from assistant.answer.asked_amounts import sizes_earlier
from assistant.answer.asked_quantity import AskedQuantity, answers
from assistant.answer.asked_rows import asked_row_figures
from assistant.answer.branch_units import own_branch, sub_unit
from assistant.answer.context import AnswerContext
from assistant.answer.count_kinds import listed_kinds, per_kind
from assistant.answer.count_periods import (
    STANDING,
    YEAR_OF,
    documents_of_whole_years,
    is_standing,
    names_part,
    of_earlier_year,
    of_later_year,
    of_other_half,
    of_part_of_year,
    of_years,
)
from assistant.answer.count_words import (
    acts_asked,
    acts_in,
    bound_pieces,
    column_acts,
    counted_words,
    holds,
    plain_counted,
    precision,
    said_aliases,
    scope_words,
    states_only,
    unheard_words,
    whose_or_when,
    without_complements,
)
from assistant.answer.counted_thing import by_counted_thing
from assistant.answer.every_unit import asked_branch, for_branch
from assistant.answer.fact_states import STATED
from assistant.answer.facts import extract_facts
from assistant.answer.findings import counts_findings
from assistant.answer.followup_grades import GRADE
from assistant.answer.head_verb import by_asked_verb
from assistant.answer.numeric_fact import FAMILY_OF_UNIT, NumericFact
from assistant.answer.paired_asks import counts_participants, other_side_asked
from assistant.answer.part_periods import period_said
from assistant.answer.period_figures import of_cohorts, relative_years
from assistant.answer.plan_figures import as_asked
from assistant.answer.quantities import GROUPING, QUANTITY
from assistant.answer.question import (
    agrees_with_marks,
    asks_a_stock,
    counted_people,
    counts_a_flow,
    counts_other_people,
    holder_of,
    slots_of,
)
from assistant.answer.served_units import own_figures
from assistant.answer.whole_parts import (
    asked_pairs,
    part_asked_at,
    part_of_stock,
    says_own_of_part,
    whole_said_as_asked,
)
from assistant.answer.whole_unit import of_whole_unit
from assistant.core.schema import Evidence
from assistant.core.text import COHORT, HALF, YEAR_PART, squash
from assistant.core.words import names_a_thing, spoken_title
from assistant.search.organisations import named_organisation
from assistant.search.periods import asked_period, meetings_held_in, plans_only_for
from assistant.search.regulations import said_name
from assistant.search.terms import TIME_WORDS, Terms

COUNT_THRESHOLD = 0.6  # share of the question's words the fact (in its document and section) must hold
WHOSE_ROW = re.compile(r"(?:党支部|支部|党总支|党小组)[：:]?$")  # a table row named by the branch it is of
PREDICATE_THRESHOLD = 0.5  # the fact's predicate must hold more than this share of the counted words
SAME_DOC_MARGIN = 0.15  # a sibling figure of the best document may score this much lower
OTHER_DOC_MARGIN = 0.02  # another document's figure must match as well as the best (it is then listed)
ACTUAL_ASKED = re.compile(r"实际")
PAST_ASKED = re.compile(r"上年|上一年|去年|前年|往年|以前|之前")
BRANCH_END = re.compile(r"(?:党支部|支部|党小组|小组)$")
PARTS = frozenset({"subset", "from", "done", "open"})  # figures said of a part or a state of another's things
QUOTED_TERM = re.compile(r"“([^”]{2,20})”")
INHERITS = re.compile(r"^(其中|那|还|另外|这些|他们|剩下)")


@dataclass(frozen=True)
class ScoredFact:
    fact: NumericFact
    score: float


def matching_facts(ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence]) -> list[ScoredFact]:
    """Facts that state the asked quantity of what the question counts, in document order."""
    # A figure's clause may say the question's pairs apart (参加线上培训320人次 for 线上培训参加的人次).
    terms = replace(without_complements(ctx.source.terms(plain_counted(asked.words))), spread=True)
    periods = TIME_WORDS.findall(part)
    when = period_said(part, ctx.question)  # 其中X多少 asked of the year its whole was asked of
    years = set(YEAR_OF.findall(when))
    cohorts = {squash(c) for c in COHORT.findall(part)}  # 2019届: whose figure, said before it
    counted = counted_words(terms, slots_of(part).counted)
    bound = bound_pieces(counted, part)
    unit = sub_unit(INHERITS.sub("", part.lstrip()))  # 其中书记讲几回: 其中 is no branch's name
    stock = asks_a_stock(part) or part_of_stock(part, ctx.question)
    people = counted_people(part)
    skip_earlier = not PAST_ASKED.search(part)  # 上年度…整改完了几条 asks for the earlier year's figures
    documents = [d for d in ctx.source.documents() if d.profile]
    planned_only = plans_only_for(ctx.question, documents)
    picked_out = bool(asked.measure or asked.unit or asked.state)  # 装了几部 / 已经办结了几件
    actual = bool(ACTUAL_ASKED.search(part))
    names_of = {d.doc_id: d.profile.aliases for d in documents}
    # The organisation asked about by a name its documents go by (人社局机关党委), not a branch of it
    holder = holder_of(part) or holder_of(ctx.question)  # 其中退休党员有几名: whose the first part said
    reports = [d for d in documents if d.kind != "regulation"]
    holders_docs = named_organisation(holder, reports)[1] if holder else frozenset()
    if not years and holders_docs:  # 去年上半年: a year counted back from the organisation's newest document
        years = relative_years(when, [d for d in reports if d.doc_id in holders_docs])
    held = {d.doc_id for d in meetings_held_in(part, years, reports)}  # 今年组织生活会: the 2024年度 one
    holders_names = " ".join(a for d in holders_docs for a in names_of[d])
    counted = [c for c in counted if not whose_or_when(c[0], part, holder, holders_names)]
    # 妇联机关党支部 of that 党支部's own reports / 发改委支部 when its documents go by that name: the organisation
    # itself, no branch of it
    itself = own_branch(holder, reports) or (
        bool(BRANCH_END.search(holder)) and any(holder in names for names in names_of.values())
    )
    own_name = holder and (not BRANCH_END.search(holder) or itself)
    unit = "" if itself else unit
    aliases = {doc: [a for a in names if a in holder] for doc, names in names_of.items()} if own_name else {}
    if not holder:  # 去年文联扶持…: a short name said after the period is still whose, as its documents go by it
        aliases = said_aliases(part, names_of)
    if own_name:  # 江城理工大学机械学院: the organisation's documents go by the name the question says
        said, own = named_organisation(holder, reports)
        for doc in own:
            aliases.setdefault(doc, []).append(said)
    unheard = bool(unheard_words(terms))
    # A plan's look back (2024年，全乡16个村党组织中…) is the latest record it holds, not a comparison.
    plans = {d.doc_id for d in documents if d.profile.genre == "plan"}
    # 2025年计划装几部 / 全年计划开几次: the year's plan, not a half's or a quarter's
    year_plan = asked.plan and bool(years or "全年" in part) and not YEAR_PART.search(part)
    reported_part = bool(YEAR_PART.search(part))
    asked_half = asked_period(part).half
    told_apart = documents_of_whole_years(documents, asked_half)
    kinds = listed_kinds(asked)  # a total over kinds the question lists: each figure states one of them
    standing = bool(STANDING.search(part))  # 每年给党建安排多少经费: a standing arrangement, stated as a minimum
    branch = asked_branch(part, holder)
    grades = {g.group(0) for g in GRADE.finditer(part) if len(g.group(0)) > 1}  # 合格, not the 中 of 其中
    scored: list[ScoredFact] = []
    for e in evidence:
        chunk_facts = extract_facts(e.chunk)
        for fact in chunk_facts:
            if fact.chunk.doc_id in planned_only and not fact.is_plan:
                continue  # a 上半年 report answers for 下半年 only by its plan for it
            if reported_part and fact.chunk.doc_kind == "regulation":
                continue  # 下半年学习了几次: what a half did, which no rule's 每年不少于2次 says
            if year_plan and of_part_of_year(fact):
                continue  # 下半年拟完成2部 is what is left of a year, not the year's plan
            if fact.chunk.doc_id in told_apart and not names_part(fact, asked_half):
                continue  # an annual report answers for a half only where it names it (its 下半年计划 column)
            if reported_part and not years and of_later_year(fact):
                continue  # 下半年计划开展几场 is not answered by a 2025 report's 2026年工作打算
            fact = as_asked(fact, asked, part)  # 打算设多少 of a report's 整改措施, a plan figure
            if fact is None:
                continue
            if grades and GRADE.fullmatch(fact.row) and fact.row not in grades:
                continue  # 评为合格的: the 合格 row of a grade table, not 基本合格 or 不合格
            fact = for_branch(fact, branch)  # 各支部参学率不低于95% holds for the branch asked
            if not (answers(fact, asked) or standing and is_standing(fact, asked)) or (
                not (of_years(fact, years) or fact.chunk.doc_id in held)
                if years
                else skip_earlier and of_earlier_year(fact) and fact.chunk.doc_id not in plans
            ):
                continue
            if cohorts and not of_cohorts(fact.sentence, fact.span[0], fact.chunk.section_path, cohorts):
                continue
            if unit and not ctx.said_of_unit(unit, fact.chunk, f"{fact.row}{fact.lead}，{fact.clause}"):
                continue  # a figure answers for a branch only where its place or clause names the branch
            if not (asked.total or asked.state) and other_side_asked(fact, chunk_facts, part):
                continue  # 女几名 of 男6名、女8名: the other side's figure, or their whole (加起来 adds them; 还有几件没办结 asks a state)
            if not agrees_with_marks(part, fact.sentence, fact.chunk.doc_title, bool(fact.row)):
                continue
            whole = chunk_facts[fact.parent].predicate if fact.parent is not None else ""
            if stock and counts_a_flow(f"{whole}{fact.predicate}", part):
                continue
            if people and counts_other_people(f"{fact.row}{whole}{fact.predicate}", people):
                continue
            names = " ".join(aliases.get(fact.chunk.doc_id, ()))
            if fact.chunk.doc_kind == "regulation":  # 发展党员细则里…: the name it is asked by is its title's
                names += f" {said_name(part)}"
            score = fact_score(terms, counted, fact, whole, periods, picked_out, actual, names, unheard, holder, bound)
            if score is None and kinds:  # 示范岗、先锋岗合起来: each figure states one listed kind
                rest = (fact, whole, periods, picked_out, actual, names, unheard, holder, bound)
                by_kind = [fact_score(terms, words, *rest) for words in per_kind(counted, kinds)]
                score = max((s for s in by_kind if s is not None), default=None)
            if score is not None:
                scored.append(ScoredFact(fact, score))
    if asked.measure and any(s.fact.unit == asked.measure for s in scored):
        scored = [s for s in scored if s.fact.unit == asked.measure]  # 几部 is answered by 9部, not by 28件
    scored = of_whole_unit(scored, part, unit, COUNT_THRESHOLD)  # 水务局…几次: its own figure, not a branch's row
    scored = own_figures(unit, part, scored)  # 第一党支部讲了几场: not a secretary's 为第一党支部讲党课2次
    scored = asked_row_figures(part, scored)  # 公卫党支部实到几个: that row's figure, not 各党支部…实到
    scored = by_counted_thing(scored, slots_of(part).counted, COUNT_THRESHOLD)  # 查出多少隐患: not 检查260次
    return chosen_facts(scored, asked, part, ctx.route.focus, [w for w, _ in counted], bool(ctx.route.subset))


BODY_END = re.compile(r"[村局镇乡院社所队厂站处科县市区组]$")  # 石岭村 has a surname's first character too


def names_a_person(focus: str) -> bool:
    """马骏, not 书记 or 组织委员: a name, which no other figure answers for."""
    return bool(re.fullmatch(NAME, focus)) and not ROLE_AT_END.search(focus) and not BODY_END.search(focus)


def chosen_facts(
    scored: list[ScoredFact],
    asked: AskedQuantity,
    part: str,
    focus: str,
    counted: list[str] = (),
    within: bool = False,
) -> list[ScoredFact]:
    """The best figure with its near rivals: siblings of its document, equally good figures of others.
    A sibling names at least the counted words the best names (先锋岗12个、责任区5个: 先锋岗 is not 责任区)."""
    if focus:  # 那党支部书记呢: the figures said of the focus, when there are any
        said = [s for s in scored if focus in s.fact.clause]
        if within:  # 其中批评教育几个: the wholes of the parts said stay, to answer the whole and tell the part
            homes = {(s.fact.chunk.id, s.fact.parent) for s in said if s.fact.parent is not None}
            said += [s for s in scored if (s.fact.chunk.id, s.fact.position) in homes and s not in said]
        # A person asked by name (马骏讲了几次) is answered only by a figure said of them, never by others'.
        scored = said or ([] if names_a_person(focus) else scored)
    scored = by_asked_verb(scored, part, COUNT_THRESHOLD)  # 收集42条，归纳为17条: 归纳成了多少条 asks the later
    if not scored:
        return []
    scored = sorted(scored, key=lambda s: -s.score)
    best = scored[0]
    if best.score < COUNT_THRESHOLD:
        return []
    top_doc = best.fact.chunk.doc_id
    title = spoken_title(best.fact.chunk.doc_title).lower()
    named = [w for w in counted if w in subject_of(best.fact) and w not in title]
    # 从“学校管理风险防控”方面梳理了…10个风险点: a quoted heading the question says is kept by every sibling
    # (not 从“资金管理风险防控”方面…18项), unless figures are added up
    headed = [] if asked.total else [t for t in QUOTED_TERM.findall(subject_of(best.fact)) if t in part]
    chosen = [
        s
        for s in scored
        if s.score >= best.score - (SAME_DOC_MARGIN if s.fact.chunk.doc_id == top_doc else OTHER_DOC_MARGIN)
        and (s.fact.qualifiers & PARTS or all(w in subject_of(s.fact) for w in named))
        and all(t in f"{subject_of(s.fact)}{s.fact.clause}" for t in headed)
    ]
    if asked.state == "either":  # 整改完了没有: the done and open figures of the best statement
        return [s for s in scored if (s.fact.chunk.id, s.fact.sentence) == (best.fact.chunk.id, best.fact.sentence)]
    if asked.total:  # 加起来一共: every matching figure of the chosen sentences is an addend
        sentences = {(s.fact.chunk.id, s.fact.sentence) for s in chosen}
        chosen += [s for s in scored if s not in chosen and (s.fact.chunk.id, s.fact.sentence) in sentences]
    wholes = [s for s in chosen if not s.fact.qualifiers & {"subset", "from"}]
    # 发展了几名女党员 names the part (女党员2名) better than its whole (发展党员3名) does.
    part_named = chosen[0] not in wholes and (not wholes or chosen[0].score > max(w.score for w in wholes))
    # …but only when the question says a word of the part's own (投了多少钱 is not 其中上级补助30万元)
    part_named = part_named and (not counted or any(w in chosen[0].fact.predicate for w in counted))
    asks_part = part_asked_at(part) is not None
    if wholes and not part_named and not asks_part and not INHERITS.match(part):
        chosen = wholes  # 有多少名党员: the whole, not the 其中 breakdown
    elif not asks_part and not INHERITS.match(part):  # 讲党课全年几次 is no 其中为某支部讲党课1次
        chosen = [s for s in chosen if "subset" not in s.fact.qualifiers or says_own_of_part(s.fact, part)]
    if not wholes or asks_part:
        # A part that says nothing of what is asked is no answer to it (已办结337件 for 加装电梯的诉求) when a
        # figure that says it stands among the chosen.
        pairs = asked_pairs(part) if asks_part else set()
        # a table row's label says whose its cells are (其中离退休党支部开了几次: that row's cell)
        saying = {id(s) for s in chosen if any(p in s.fact.row + s.fact.clause for p in pairs)}
        parts_of = [s for s in chosen if s.fact.qualifiers & {"subset", "from"} and (id(s) in saying or not pairs)]
        parts_of = parts_of or (subsets_said(part, wholes, scored) if asks_part else [])
        parts_of = [s for s in chosen if whole_said_as_asked(s.fact, [p.fact for p in parts_of], pairs)] or parts_of
        if asks_part and not parts_of:  # 课题9个，其中4个…: a whole that has its parts never answers for one
            homes = {(s.fact.chunk.id, s.fact.parent) for s in scored if "subset" in s.fact.qualifiers}
            chosen = [s for s in chosen if (s.fact.chunk.id, s.fact.position) not in homes]
            # …nor does one that says nothing of the part (发展党员9名 for 其中女党员多少名)
            chosen = [s for s in chosen if id(s) in saying] if pairs else chosen
        chosen = parts_of or chosen
    unique: dict[tuple[str, int], ScoredFact] = {}
    for s in sorted(chosen, key=lambda s: (s.fact.chunk.id, s.fact.position)):
        unique.setdefault((s.fact.chunk.id, s.fact.position), s)
    return list(unique.values())


def subsets_said(part: str, wholes: list[ScoredFact], scored: list[ScoredFact]) -> list[ScoredFact]:
    """The 其中 subsets of the chosen wholes that say a word of what the part asks after 其中 (通过验收 →
    其中4个已通过…验收), though they scored below the whole."""
    pairs = asked_pairs(part)
    homes = {(w.fact.chunk.id, w.fact.position) for w in wholes}
    hits = {
        id(s): sum(pair in s.fact.clause for pair in pairs)
        for s in scored
        if "subset" in s.fact.qualifiers and (s.fact.chunk.id, s.fact.parent) in homes
    }
    most = max(hits.values(), default=0)  # 门票收入 of 门票收入80万元、租赁收入45万元: not both 收入
    return [s for s in scored if most and hits.get(id(s)) == most]


def subject_of(fact: NumericFact) -> str:
    """What a figure is said of in its own words: its table row and its predicate, and the clause before
    when the predicate only acts (计划造林1500亩，实际完成1680亩)."""
    said_before = fact.family == "money" or not names_a_thing(fact.predicate)  # money: what it was spent on
    earlier = fact.sentence[: max(fact.sentence.find(fact.clause), 0)] if said_before else ""
    return f"{fact.row}{earlier}{fact.predicate}".lower()


def fact_score(
    terms: Terms,
    counted: list[tuple[str, float]],
    fact: NumericFact,
    whole: str,
    periods: list[str],
    picked_out: bool = False,
    actual: bool = False,
    names: str = "",
    unheard: bool = False,
    holder: str = "",
    bound: dict[str, list[str]] | None = None,
) -> float | None:
    """How well a fact answers; None when its predicate lacks what is counted (发展 is not 转正).

    A 其中 subset is read with its whole's predicate (吸收新党员5名，其中35岁以下3名)."""
    title = f"{spoken_title(fact.chunk.doc_title)} {names}".lower()  # 人社局: a name the document goes by
    predicate = (whole + fact.predicate).lower()
    if fact.sentence[max(fact.span[0] - 1, 0) : fact.span[0]] == "等":
        # 班子成员王琛、孙洪亮…等6人参加: a figure totalling a list of names counts what heads the list
        predicate = fact.sentence[: fact.span[0]].lower() + predicate
    asked_acts = acts_asked(terms.words, counted, title)
    if asked_acts and not asked_acts & acts_in(predicate + fact.lead):
        # 按期转正预备党员2名 / 支部现有党员19名 is no answer to 发展了几名党员, whatever its heading says
        return None
    # The title's words name whose the figure is, except what the question counts: a report on 组织生活会
    # answers 开了几次组织生活会 only with a figure of those meetings, not with any 次 in it (the title is
    # shared context, below).
    counted = [(w, weight) for w, weight in counted if w not in title or (holder and w not in holder)]
    if not counted and unheard:
        return None  # 营收多少万元: what is asked is a thing no document names; no other figure stands in for it
    earlier = fact.sentence[: max(fact.sentence.find(fact.clause), 0)]
    # 诉求28件，已完成加装9部: a predicate of acts alone acts on the thing of the clause before.
    acts_only = not names_a_thing(GROUPING.sub("", fact.predicate))
    # 组织警示教育4场，参加人员210人次: those taking part are counted of the activity the clause before names.
    joined_earlier = bool(earlier) and (counts_participants(fact.predicate) or counts_findings(fact.predicate))
    # 对查摆的问题建立台账。截至3月底，已完成整改9条: a state with no whole of its own counts the things before
    before = things_said_before(fact).lower() if acts_only and fact.qualifiers & STATED and fact.parent is None else ""
    acts = column_acts([w for w, _ in counted], fact.predicate.lower() if fact.row else "")
    if counted:
        # The shared context and the section heading count half: 发展 before 、按期转正 is not enough.
        # So do the sentence's earlier clauses: 走访慰问困难职工18人，发放慰问金3.6万元.
        shared = (fact.lead + " ".join(fact.chunk.section_path) + earlier + title).lower()
        # a table row's label says whose the figure is as its column says what (第二党小组：党员人数15名)
        # Money is spent on the clause before (修建便道2公里，投入资金8万元): that clause is its own, not context.
        spent_on = acts_only or fact.family == "money" or joined_earlier or sizes_earlier(fact)
        own_words = predicate + fact.row.lower() + (earlier.lower() if spent_on else "") + before
        weighed = counted
        if WHOSE_ROW.search(fact.row.strip()):
            # a branch's row says whose its figures are, never what they count (实到人数8人 of 某中心党支部 is
            # no answer to how many 优秀党员 that branch had): its words weigh nothing here
            weighed = [(w, weight) for w, weight in counted if w not in fact.row.lower()] or counted
        held = sum(
            weight if w in acts or holds(w, own_words, bound or {}) else weight / 2 if w in shared else 0
            for w, weight in weighed
        )
        held /= sum(weight for _, weight in weighed)
        if held <= PREDICATE_THRESHOLD:
            return None
    context = title + " ".join(fact.chunk.section_path).lower()
    said = "".join(acts)  # 讲 of 讲了几场党课 is said by a table's 党课 column; 各支部 by its 合计 row
    said += scope_words(terms.words) if fact.row and "total" in fact.qualifiers else ""
    near = terms.coverage(context + fact.row.lower() + predicate + said)  # a row's label is its figures' subject
    # Money is spent on the activity of the clause before (慰问困难职工18人，发放慰问金…); acts alone act on
    # its thing, but only a measure word or a state asked (装了几部) picks them over that clause's own figure.
    if fact.family == "money" or (acts_only and picked_out) or joined_earlier or sizes_earlier(fact):
        near = max(near, terms.coverage(context + fact.row.lower() + before + earlier.lower() + predicate))
    own = terms.coverage(context + before + fact.sentence)
    if "全年" in periods and HALF.search(fact.clause) and "全年" not in fact.clause:
        return None  # 全年计划发展几名 is not answered by 下半年计划发展党员4名
    if of_other_half(periods, fact.clause):
        return None  # 下半年计划开展几场 is not answered by the 上半年计划60 of the same table row
    same_period = sum(0.05 for w in periods if w in fact.sentence or w in fact.chunk.doc_title)
    if actual and ACTUAL_ASKED.search(fact.clause):
        same_period += 0.1  # 计划1500亩，实际完成1680亩: 实际完成了多少 asks the one said to be actual
    # A done/open part (已整改完成7条, 2条正在推进) is about its whole's items: its own words are the state.
    # …and is about that thing when the clause before counts it in the same kind (诉求28件，已完成加装9部).
    rival_before = acts_only and any(
        FAMILY_OF_UNIT.get(m.group("unit")) == fact.family for m in QUANTITY.finditer(earlier)
    )
    about = (
        whole if whole and fact.qualifiers & STATED else earlier + fact.predicate if rival_before else fact.predicate
    )
    exact = 1.0 if before and states_only(fact.predicate) else precision(terms, about)  # says nothing unasked
    return 0.5 * near + 0.3 * own + 0.2 * exact + same_period


def things_said_before(fact: NumericFact) -> str:
    """The sentences before a done or open figure in its paragraph (对查摆出的问题逐一建立台账。截至3月底，已整改
    完成9个): with no whole of its own, the thing whose state it counts is named there."""
    line = next((line for line in fact.chunk.text.split("\n") if fact.sentence in line), "")
    return line[: line.find(fact.sentence)]
