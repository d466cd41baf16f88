"""Fact answers: the best sentence(s) that can answer what is asked, quoted and cited.

A question that wants a person, a date, a percentage … (see `answer_types`) is answered only from
sentences that hold one; each part of 哪天开的？谁主持的？ gets its own sentence. Without such a
sentence the answer is a refusal, however well other sentences repeat the question's words.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import ROLE_AT_END, AnswerType, Wanted, holds, wanted_types
from assistant.answer.asked_quantity import PLAN_ASKED
from assistant.answer.branch_units import sub_unit
from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, AnswerContext, Scored, clean, refusal
from assistant.answer.fact_cells import row_label
from assistant.answer.fact_plans import states_plan
from assistant.answer.period_figures import tells_another_event
from assistant.answer.person_names import is_name
from assistant.answer.person_part import person_part
from assistant.answer.post_holders import post_asked, reporter_answer, titled
from assistant.answer.progress import answer_progress
from assistant.answer.question import agrees_with_marks
from assistant.answer.role_bodies import another_bodys_role, nobody_of_the_act
from assistant.answer.routing import AnswerKind
from assistant.answer.stated_zeros import saying_asked, stated_none
from assistant.core.schema import Answer, Evidence
from assistant.core.text import split_sentences, squash
from assistant.core.words import tagged_words

TYPE_NAMES: dict[AnswerType, str] = {
    "issuer": "发文单位和日期", "phone": "电话号码", "doc_number": "文号", "percent": "比例", "amount": "金额",
    "year": "年份", "date": "日期", "count": "数字", "place": "地点", "person": "人员", "position": "职务", "organisation": "单位",
    "title": "名称", "yes_no": "结论", "reason": "原因", "age": "年龄", "duration": "时长",
}  # fmt: skip
# Section headings naming the field a part asks for (一、会议时间 for 什么时候).
FIELD_HEADINGS: dict[AnswerType, re.Pattern[str]] = {
    "date": re.compile(r"(?:会议|活动|报到|报送|截止)?(?:时间|日期)$"),
    "place": re.compile(r"(?:会议|活动|报到)?(?:地点|地址)$"),
}
PART_WEIGHT = 0.5
OWN_DOCUMENTS = 3  # best documents searched for the asked person's own clause
HOLDING_ASKED = re.compile(r"会|开|召开|举行|举办|活动|报到")  # a meeting's (or event's) time and place are asked
OWN_BEATS_FIELD = 0.5  # share of the question's words a typed sentence holds to be chosen over a field section
# 哪天验收通过的 / 谁主持的 / 开过了吗: asked of something done, which a plan's sentence cannot tell.
DONE_ASKED = re.compile(r"(?:了|过)[吗呢没有]*[？?]?$|的[？?]?$")
# 去参加哪个支部的: 的 of whose (the branch's meeting), not of something done
WHOSE_ASKED = re.compile(
    r"哪[个家些]?[\u4e00-\u9fff]{0,3}(?:支部|党委|党组|单位|部门|小组|组|村|社区|公司|学院)的[？?]?$"
)
ASKS_A_RULE = re.compile(r"怎么|如何|怎样|要求|规定|安排|部署")  # 是怎么要求的 asks what the plan says
RULE_ASKED = re.compile(r"一般|通常|应当|应该|由谁担任|由谁负责|规定|要求")
NEAR_BEST = 0.9  # a sentence scoring this share of the best one is quoted with it  # how much a part's own words (谁来指导的: 指导) count when choosing its sentence


# 书记原来是谁: the former holder is told by 由A调整为B, which says no 原来; the word only weighs the search down.
FORMER_HOLDER = re.compile(r"(?:原来|原先|之前|以前|先前)(?=(?:是|为)?(?:谁|哪位|哪个人))")


def answer_fact(ctx: AnswerContext, kind: AnswerKind = "fact") -> Answer:
    """Also the fallback of other kinds, which then pass their own `kind`."""
    evidence = ctx.evidence()
    progress = answer_progress(ctx, evidence) if kind == "fact" else None
    if progress:  # 那个问题整改得咋样: the 整改情况 of the entry it names
        return progress
    wanted = wanted_types(ctx.question)
    own = own_clauses(ctx, evidence) if not any(w.strict or w.kind == "position" for w in wanted) else []
    if own:  # 钱某个人查摆的重点问题是啥 / 纪委书记查摆了啥: that person's own clause of the team's list
        book = CitationBook()
        return Answer(quote_sentences(own, book), kind, book.citations(), evidence)
    done = (
        bool(DONE_ASKED.search(ctx.question))
        and not WHOSE_ASKED.search(ctx.question)
        and not (PLAN_ASKED.search(ctx.question) or ASKS_A_RULE.search(ctx.question))
    )
    ranked = [
        s
        for s in ctx.best_sentences(FORMER_HOLDER.sub("", ctx.question), evidence)
        if s.passage >= FACT_THRESHOLD
        and agrees_with_marks(ctx.question, s.sentence, s.chunk.doc_title, bool(row_label(s.sentence)))
        and not (done and states_plan(s.chunk, s.sentence))  # 哪天验收通过的 is not told by 拟在8月底前完成验收
        and not tells_another_event(
            ctx.question, s.sentence, s.chunk.doc_title
        )  # 召开2023年度民主生活会 for the 2022年度 one
    ]
    if not ranked:  # 有没有立案查处的 where the report says 未发生违纪违法案件: 没有, quoted
        return (stated_none(ctx, evidence) if kind == "fact" else None) or refusal(kind, evidence)
    # 去年立案了没有: a sentence matching only the organisation and the year tells nothing of 立案
    said = saying_asked(ctx.question, ranked)
    none = stated_none(ctx, evidence) if kind == "fact" and not said else None
    if none:
        return none
    ranked = said or ranked
    # Soft types (职务, 单位, 是否 …) hold in too many sentences to choose by; the best sentences answer them.
    # A regulation's 谁 is an organ (由上级党组织批准), not a named person.
    if ranked[0].chunk.doc_kind == "regulation" and holder_asked(wanted, ctx.question):
        # 审计局党组书记是谁: the person holding the post now is told by reports, never by the rules
        ranked = [s for s in ranked if s.chunk.doc_kind != "regulation"]
        if not ranked:
            return refusal(kind, evidence)
    regulation = ranked[0].chunk.doc_kind == "regulation"
    typed = [w for w in wanted if w.strict and not (regulation and w.kind == "person")]
    if typed:
        # 什么时候、在哪开的: a soft part beside a strict one gets its own sentence too, if one holds its type.
        soft = [w for w in wanted if not w.strict and w.kind == "place"]
        answer = typed_answer(ctx, kind, [w for w in wanted if w in typed or w in soft], ranked, evidence)
        if answer.refused and holder_asked(wanted, ctx.question):  # 机关党委书记是谁: who gave its 述职报告
            return reporter_answer(ctx, post_asked(ctx.question, wanted), evidence, kind) or answer
        return answer
    # Untyped, the sentence must at least name the person asked about (宋德明 in 宋德明今年多大年纪).
    people = [word for word, flag in tagged_words(ctx.question) if flag == "nr" and len(word) > 1]
    ranked = [s for s in ranked if all(p in s.in_context for p in people)]
    if not ranked:
        return refusal(kind, evidence)
    ranked = doing_what_asked(ctx.question, ranked)
    book = CitationBook()
    chosen = [s for w in wanted for s in field_section(ctx, w, ranked)]
    if not chosen and people and any(w.kind == "position" for w in wanted):
        chosen = titled(ranked, people, ctx.question)[:1]  # 柏某是什么职务: the sentence writing a post before the name
    chosen = chosen or near_best(ctx, ranked)
    return Answer(quote_sentences(chosen, book), kind, book.citations(), evidence)


def doing_what_asked(question: str, ranked: list[Scored]) -> list[Scored]:
    """郑某联系的是哪个支部: the sentences saying the person's own word for the act (本人联系融媒体中心党支部), when
    some do, not one naming them beside another act (郑某参加新闻中心党支部组织生活会)."""
    name = next((question[i : i + n] for i in range(len(question)) for n in (3, 2) if is_name(question[i : i + n])), "")
    if not name:
        return ranked
    words = tagged_words(question[question.find(name) + len(name) :])
    act = words[0][0] if words and words[0][1][0] in "vn" and len(words[0][0]) > 1 else ""
    return [s for s in ranked if act in s.sentence] or ranked if act else ranked


def own_clauses(ctx: AnswerContext, evidence: list[Evidence]) -> list[Scored]:
    """The clauses of the best documents where the person the question names does what it asks."""
    for doc_id in list(dict.fromkeys(e.chunk.doc_id for e in evidence))[:OWN_DOCUMENTS]:
        found = person_part(ctx.question, ctx.source.document_chunks(doc_id))
        if found:
            return [Scored(chunk, clause, 0.0, 0.0, 0.0) for chunk, clause in found]
    return []


def holder_asked(wanted: list[Wanted], question: str) -> bool:
    """X党组书记是谁: who holds a post, not who the rules say holds it (党组书记一般由谁担任)."""
    return any(w.kind == "person" and ROLE_AT_END.search(w.anchor) for w in wanted) and not RULE_ASKED.search(question)


def typed_answer(
    ctx: AnswerContext, kind: AnswerKind, wanted: list[Wanted], ranked: list[Scored], evidence: list[Evidence]
) -> Answer:
    """One sentence per typed part; a strict part that no sentence answers is said to be missing."""
    chosen: list[Scored] = []
    missing: list[str] = []
    for part in wanted:
        # A sentence that says most of what the part asks (材料于1月19日前交) beats the notice's 会议时间 section.
        found = best_for(ctx, part, ranked)
        if not found or found[0].own < OWN_BEATS_FIELD:
            found = field_section(ctx, part, ranked) or found
        if not found and part.strict:
            missing.append(TYPE_NAMES[part.kind])
        chosen.extend(s for s in found if s not in chosen)
    if not chosen:
        return refusal(kind, evidence)
    book = CitationBook()
    text = quote_sentences(chosen, book)
    if missing:
        # The question part is not echoed: its numbers (2023年) must not look like an answer.
        text += "\n（知识库中没有找到所问的" + "、".join(dict.fromkeys(missing)) + "。）"
    return Answer(text, kind, book.citations(), evidence)


def best_for(ctx: AnswerContext, part: Wanted, ranked: list[Scored]) -> list[Scored]:
    """The best sentence holding the part's answer type (its own words weighing extra), and a
    second one of the same document nearly as good (决定于1月下旬召开 + 于1月22日至26日召开)."""
    terms = ctx.source.terms(FORMER_HOLDER.sub("", part.part))
    unit = sub_unit(ctx.question)
    # A sentence without the part's rarest words (七一 of 七一专题党课是谁讲的) is about something else;
    # one not said of the branch asked about (医技党支部的书记) is another unit's.
    scored = sorted(
        (
            (s.score + PART_WEIGHT * terms.coverage(s.sentence), s)
            for s in ranked
            if holds(part, s.sentence)
            and not another_bodys_role(part, s.sentence, ctx.names_of(s.chunk.doc_id) + (ctx.question,), unit)
            and not nobody_of_the_act(part, s.sentence)
            and terms.holds_rarest(s.in_context)
            and (not unit or ctx.said_of_unit(unit, s.chunk, s.sentence))
        ),
        key=lambda pair: -pair[0],
    )
    if not scored:
        return []
    (top, best), rest = scored[0], scored[1:2]
    return [best] + [s for score, s in rest if score >= NEAR_BEST * top and s.chunk.doc_id == best.chunk.doc_id]


def field_section(ctx: AnswerContext, part: Wanted, ranked: list[Scored]) -> list[Scored]:
    """A notice's 一、会议时间 / 二、会议地点 section answers 什么时候 / 在哪 of the best document, though
    its text (2026年1月22日下午2:30) repeats none of the question's words."""
    heading = FIELD_HEADINGS.get(part.kind)
    if heading is None or not ranked or not HOLDING_ASKED.search(ctx.question):
        return []  # 材料交到哪里 asks no time or place of the meeting the notice is about
    best = ranked[0]
    for chunk in ctx.source.document_chunks(best.chunk.doc_id):
        if chunk.section_path and heading.search(chunk.section_path[-1]):
            # A place under 会议地点 needs no 在…室 around it (馆行政楼二楼学术报告厅); a date must be one.
            sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()]
            sentence = next((s for s in sentences if part.kind == "place" or holds(part, s)), "")
            if sentence:
                return [Scored(chunk, sentence, best.score, best.own, best.passage)]
    return []


def near_best(ctx: AnswerContext, ranked: list[Scored]) -> list[Scored]:
    """The best sentence and those nearly as good (not an older revision's copy of it)."""
    best = ranked[0]
    older = ctx.source.older_revisions()
    chosen = [best]
    for other in ranked[1:4]:
        duplicate = squash(other.sentence) in {squash(c.sentence) for c in chosen}
        if other.score >= NEAR_BEST * best.score and not (duplicate and other.chunk.doc_id in older):
            chosen.append(other)
    return chosen


def quote_sentences(chosen: list[Scored], book: CitationBook) -> str:
    """The sentences joined by ；, each cited; one sentence in several documents is one statement."""
    parts: list[str] = []
    for sentence in dict.fromkeys(squash(clean(c.sentence)) for c in chosen):
        same = [c for c in chosen if squash(clean(c.sentence)) == sentence]
        marks = "".join(book.cite(c.chunk, c.sentence) for c in same)
        parts.append(f"{clean(same[0].sentence).rstrip('。；;，,')}{marks}")
    return "；".join(parts) + "。"
