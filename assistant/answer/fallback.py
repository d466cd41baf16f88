"""Graceful degradation: when a kind cannot compose an answer but retrieval found strong evidence.

Strong evidence is a sentence that holds most of the question's own words AND the kind of answer
asked for (a number of the asked unit for 几次/多少名, a name for 谁, a date for 哪天 …). Its best
sentences are quoted as quotations, with confidence "low", instead of a refusal. Never after a
scope refusal (nothing retrieved), never for an article lookup, never on weak evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.answer_types import FURNITURE, holds, wanted_types
from assistant.answer.asked_quantity import PLAN_ASKED
from assistant.answer.branch_units import sub_unit
from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, AnswerContext, Scored
from assistant.answer.count_words import acts_in, counted_words, unheard_words
from assistant.answer.fact_cells import row_label
from assistant.answer.fact_plans import states_plan
from assistant.answer.growth_subject import change_of_other_thing
from assistant.answer.period_figures import tells_another_event
from assistant.answer.person_scope import people_asked
from assistant.answer.person_unrecorded import acting_name
from assistant.answer.question import (
    asks_a_stock,
    counted_people,
    counts_a_flow,
    counts_other_people,
    misses_asked_money,
)
from assistant.answer.role_bodies import another_bodys_role, nobody_of_the_act
from assistant.answer.whole_parts import asked_pairs, part_asked_at
from assistant.core.schema import Answer
from assistant.core.text import COHORT, YEAR, YEAR_PART, squash
from assistant.core.words import plain_wording
from assistant.search.periods import PLANNED, plans_only_for

QUOTE_COVERAGE = 0.75  # share of the question's words the quoted sentence, read with its title and section, holds
QUOTE_LIMIT = 3
QUANTITIES = frozenset(["count", "percent", "amount"])
NEAR_BEST = 0.9
# Kinds whose refusal is final: a missing article is missing; cited and draft answers are not quotations.
FINAL_REFUSALS = frozenset(["lookup", "cited", "draft"])
# A plan figure (力争…达到98%) does not answer what was done, unless the question asks for the plan.
PLAN = re.compile(r"计划|拟|力争|目标|打算|预计|争取")
# 一共有多少名执业律师 / 查摆了多少问题: the noun a count question ends on is what its figure must count (a
# branch's 多少问题 is not told by a sentence naming the branch beside 参加组织生活会共9人次).
COUNTED_NOUN = re.compile(
    r"(?:几|多少)(?:名|位|个|家|所|户)?(?![次场回期人万亿元])([\u4e00-\u9fff]{2,8}?)(?:呢|啊|呀)?[？?。！!]*$"
)
HEAD_NOUN = 2  # 执业律师 is said as 律师 too: its last characters name the kind of thing
NONE_SAID = re.compile(r"尚未|没有|未")  # 尚未发展新党员: a count of none, said in words
CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")


def quoted_answer(ctx: AnswerContext, refused: Answer) -> Answer | None:
    """A low-confidence answer quoting the evidence, or None to keep the refusal."""
    if not refused.retrieved or refused.kind in FINAL_REFUSALS or ctx.route.kind in FINAL_REFUSALS:
        return None
    answers = answer_test(ctx.question)
    if answers is None or names_an_unknown_thing(ctx):
        return None
    strong = strong_sentences(ctx, refused, answers)
    if ctx.route.kind == "count" and part_asked_at(ctx.question) is not None:
        # 其中过问的几件: a sentence states its whole's figure, never the part's (even one naming the part, 执行
        # 过问登记制度，…37件); only a table row labelled by the part (其中离退休党支部: its row) states that part
        pairs = asked_pairs(ctx.question)
        strong = [s for s in strong if any(p in row_label(s.sentence) for p in pairs)]
    if not strong:
        return None
    chosen = [s for s in strong[:QUOTE_LIMIT] if s.score >= NEAR_BEST * strong[0].score]
    book = CitationBook()
    quotes = [quotation(s, own_line(s.sentence, answers), book) for s in unique(chosen)]
    text = "未能直接归纳出答案，以下是最相关的原文，供参考：\n" + "\n".join(quotes)
    return Answer(text, refused.kind, book.citations(), refused.retrieved, confidence="low")


def names_an_unknown_thing(ctx: AnswerContext) -> bool:
    """The question names a thing no document names (土木 of an unknown 土木学院): no sentence tells it.
    A word of a document's title or organisation names (石门 of 石门卫生院) is known."""
    known = " ".join(
        [d.title for d in ctx.source.documents()]
        + [a for d in ctx.source.documents() if d.profile for a in d.profile.aliases]
    )
    return any(word not in known for word in unheard_words(ctx.source.terms(ctx.question)))


def strong_sentences(ctx: AnswerContext, refused: Answer, answers: Callable[[str], bool]) -> list[Scored]:
    """Sentences that answer the question's type and, read in their document, hold nearly all its words."""
    terms = ctx.source.terms(ctx.question)
    unit = sub_unit(ctx.question)
    stock = asks_a_stock(ctx.question)
    people = counted_people(ctx.question)
    roles = wanted_types(plain_wording(ctx.question))
    # What a count counts is said by the sentence itself; the title and section say only whose and when.
    quantity = any(w.kind in QUANTITIES for w in roles)
    # A plan's targets are no record of what was done; its stocks (现有党员41名), contacts and dates are facts.
    skip_plans = not (PLAN_ASKED.search(ctx.question) or PLANNED.search(ctx.question) or stock) and quantity
    planned_only = plans_only_for(ctx.question, ctx.source.documents())
    acts = acts_in(ctx.question)
    counted = counted_noun(ctx.question)
    reported_part = bool(YEAR_PART.search(ctx.question))
    person = acting_name(ctx.question)
    things = [w for w, _ in counted_words(terms)] if quantity else []
    strong = []
    for s in ctx.best_sentences(ctx.question, refused.retrieved):
        if s.passage < FACT_THRESHOLD or not answers(s.sentence) or FURNITURE.search(s.sentence):
            continue  # a sentence spliced with a page header is no quotation
        if skip_plans and states_plan(s.chunk, s.sentence):
            continue  # a 工作要点's 年内新建3个 is no record of what was done
        if reported_part and s.chunk.doc_kind == "regulation":
            continue  # 下半年学习了几次 asks what a half did, which no rule's 每年不少于2次 tells
        if s.chunk.doc_id in planned_only and not states_plan(s.chunk, s.sentence):
            continue  # a 上半年 report's figures say nothing of 下半年
        if unit and not ctx.said_of_unit(unit, s.chunk, s.sentence):
            continue  # the hospital's figure does not answer for its 外科党支部
        if any(nobody_of_the_act(w, s.sentence) for w in roles):
            continue  # 请假1名 beside 指导人员为某某 does not say who was on leave
        if unit and any(another_bodys_role(w, s.sentence, (), unit) for w in roles):
            continue  # 指导人员为某某（党总支组织委员） names no 组织委员 of the branch asked
        if misses_asked_money(ctx.question, s.sentence) or change_of_other_thing(ctx.question, s.sentence):
            continue  # 经营收入…同比增长4.2%，其中新媒体收入… does not say how much 新媒体收入 grew
        if tells_another_event(ctx.question, s.sentence, s.chunk.doc_title):
            continue  # 召开2023年度民主生活会 does not tell when the 2022年度 one was held
        if of_another_cohort(ctx.question, s.sentence):
            continue  # 2021届…812人 would pass for the 2022届 figure
        if person and person not in s.sentence:
            continue  # 沈某讲了几次党课 is not told by 书记顾某讲党课3次
        if people and (counts_other_people(s.sentence, people) or people[1] not in s.sentence):
            continue  # 共有党员87名 does not say how many of them are women, 班子成员六人 how many 职工 there are
        if stock and counts_a_flow(s.sentence, ctx.question):
            continue  # 发展党员27名，其中学生党员26名 does not say how many student members there are
        if acts and not acts & acts_in(s.sentence):
            continue  # 支部现有党员19名 says nothing of how many were admitted (发展了几名)
        said = [w for w in things if len(w) > 1 and w not in s.chunk.doc_title]
        if said and not any(w in s.sentence for w in said):
            continue  # 中心组集中学习12次 under a heading naming 主题党日 does not say how many 主题党日 there were
        if not counts_asked_noun(counted, s.sentence, answers):
            continue  # 现有党员23名，占全所律师的38% does not say how many 律师 there are; 尚未发展新党员 says none
        # Whose and when are said by the title and section; what is asked, by the sentence itself.
        # The question's rarest words (七一 in 七一专题党课是谁讲的) must be there: without them the
        # sentence is about another occasion, however many common words it shares.
        if terms.coverage(s.in_context) >= QUOTE_COVERAGE and terms.holds_rarest(s.in_context):
            strong.append(s)
    return strong


def counted_noun(question: str) -> str:
    """The head of the noun a count question ends on (多少名执业律师 -> 律师), else ""."""
    match = COUNTED_NOUN.search(plain_wording(question))
    return match.group(1)[-HEAD_NOUN:] if match else ""


def counts_asked_noun(counted: str, text: str, answers: Callable[[str], bool]) -> bool:
    """Whether a clause of the text holds the counted noun with a figure of the asked kind, or says there is none
    of it; True when the question ends on no counted noun."""
    return not counted or any(
        counted in clause and (answers(clause) or NONE_SAID.search(clause)) for clause in CLAUSE.findall(text)
    )


def related_counts_asked(question: str, text: str) -> bool:
    """For a refusal's related passage: whether it counts what the question counts (not 党员 for 多少名律师),
    of the cohort asked (2015届…637人 would pass for the 2016届 figure), and of the person asked (an
    organisation's 讲党课9场 would pass for what one person it never names did)."""
    if of_another_cohort(question, text) or change_of_other_thing(question, text):
        return False
    if any(name not in text for name in people_asked(question, [])):
        return False
    answers = answer_test(question)
    return answers is None or counts_asked_noun(counted_noun(question), text, answers)


def of_another_cohort(question: str, text: str) -> bool:
    """The text names only cohorts the question does not ask (2021届…812人 for 2022届多少人)."""
    asked, said = ({squash(c) for c in COHORT.findall(t)} for t in (question, text))
    return bool(asked and said and not asked & said)


def answer_test(question: str) -> Callable[[str], bool] | None:
    """What a sentence must hold to answer the question: every strict part's type (a number of the
    asked unit for 几/多少), no plan figure for an actual; None when nothing can be checked."""
    question = plain_wording(question)
    wanted = [w for w in wanted_types(question) if w.strict]
    if not wanted:
        return None
    plans_asked, years = bool(PLAN_ASKED.search(question)), set(YEAR.findall(question))
    return lambda sentence: (
        all(holds(w, sentence) for w in wanted)
        and not (PLAN.search(sentence) and not (plans_asked and years >= set(YEAR.findall(sentence))))
    )


def unique(chosen: list[Scored]) -> list[Scored]:
    seen: set[str] = set()
    result = []
    for s in chosen:
        if s.sentence not in seen:
            seen.add(s.sentence)
            result.append(s)
    return result


def own_line(sentence: str, answers: Callable[[str], bool]) -> str:
    """The last line of a sentence that runs on from a heading or a table row, if it answers alone."""
    last = sentence.strip().split("\n")[-1].strip()
    return last if last and answers(last) else sentence.strip()


def quotation(s: Scored, quote: str, book: CitationBook) -> str:
    """据《标题》记载：“…”〔n〕 — the quoted words verbatim, as a quotation."""
    return f"据《{s.chunk.doc_title}》记载：“{quote}”{book.cite(s.chunk, quote)}"
