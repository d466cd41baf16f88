"""Time limits of a rule asked in everyday words (最长能推多久, 多长时间内要报, 几年内不得, 多久联系一次).

The article is found by meaning among the regulations' articles (retrieval, then the question's words in
its sentences); the answer is the sentence of that article that states a span of time (三个月内, 不超过2年)
or, for 多久…一次, how often (每半年…1次), quoted and cited with its article. When the knowledge base's
best passage for the question is not a regulation's, or the best article states no such limit, it is
no answer here: a wrong time limit is worse than a refusal.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import SENTENCE_TYPES, wanted_types
from assistant.answer.asked_limit import LimitKind, limit_asked
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, Scored, clean
from assistant.answer.limit_sides import asked_sides, qualifying_sentence, said_on_its_side, side_fit
from assistant.answer.lookup_quotes import answer_of, other_revision_note
from assistant.answer.lookup_topic import abbreviated, topic_of
from assistant.core.numerals import CHINESE_NUMERAL, parse_part_refs
from assistant.core.schema import Answer
from assistant.core.text import split_sentences
from assistant.search.regulations import provisions
from assistant.search.retriever import Filters
from assistant.search.terms import Terms, said_in

TERM_ASKED = re.compile(r"(?<![每上下本])一届(?:任期)?(?:能|可以)?(?:干|当|做|是|有)?")
# 材料要提前几天送到 -> 材料要前几天送达: how rules say it (会前1天送达); 失联 is 失去联系, 批下来 is 审批,
# 要是遇到特殊情况 is 如遇特殊情况.
CLERK_WORDS = {
    re.compile(r"送到|送过去|交到|送给"): "送达",
    re.compile(r"提前(?=[几多一二两三四五六七八九十\d])"): "前",
    re.compile(r"失联"): "失去联系",
    re.compile(r"(?:要是|如果|假如|万一)?(?:遇到|碰到|赶上)(?=特殊|特别|紧急)"): "如遇",
    re.compile(r"(?<![审报])批(?:下来|完|好(?!的))"): "审批",
}
SAME_TERM = re.compile(r"任期[^，,；;。]{0,16}(?:相同|一致)")
# A span after 每 (每半年) says how often, not how long.
FREQUENCY = re.compile(r"每(?:[一二两三四五六七八九十\d]+个?)?(?:年|半年|季度|季|月|周|星期|天|日)")
ARTICLES_TRIED = 3  # the best article may be on the subject without its limit (不能恢复党籍 beside 五年内不得)
LIMIT_PASSAGE = 0.3  # share of the question's words the best article must hold (clerks' words differ from the rule's)
# How a limit is asked, not what it limits: without these, 休假最长多久 is about 休假, which an article on
# 预备期 (最长不超过一年) does not hold.
LIMIT_WORDING = (
    r"最长|最短|最多|最少|至少|一般|多长时间|多长|多久|几年|几个月|几天|多少天|一次|以内|之内|不能|不得|可以|应当"
)
ASKING_WORD = re.compile(rf"(?:{LIMIT_WORDING}|内|能|要|须|后|以后|之后)+")
# 内要审批, 决议后, 休假最长, 能延: a phrase of the question that holds the asking, read without it (审批, 决议,
# 休假, 延); one character (内, 后) only ends a phrase of three or more (党内 is a word of its own).
ASKING_EDGE = re.compile(rf"^(?:{LIMIT_WORDING}|内|要|能|须)+|(?:{LIMIT_WORDING})+$|(?<=..)(?:内|后|要)$")
SUBJECT_IN_ARTICLE = 0.4  # share of what the limit is on (its weighted words) the article must hold
GENERIC_WEIGHT = 2.0  # a word this common (党员, 党委) does not put a sentence on the subject
# 最长能延多久 is answered by the clause bounding it (最长不超过60个工作日), not by the usual limit beside it.
BOUNDS = {
    re.compile(r"最长|最多|不超过|不得超过"): re.compile(r"最长|最多|最久|不超过|不得超过|上限"),
    re.compile(r"不少于|至少|最少|最短|以上"): re.compile(r"至少|最少|最短|不少于|不低于"),
}
BOUND_WEIGHT = 0.5
CLAUSE_WEIGHT = 0.5  # the question's words in the clause stating the limit (保留时间…2年, not 每半年…联系)
SIDE_WEIGHT = 0.5  # the question's words on their own side of a span asked (失联…6个月…停止, not 停止…2年后…除名)
CLAUSE = re.compile(r"[^，,；;。：:]+")
LEFT_LEAD = re.compile(r"^(?:按照|根据|依据|依照|对照|按)?(?:规定)?[，,\s]*")  # what topic_of leaves of 按…细则，
# The kinds of Party discipline (警告 not inside 严重警告): a limit tied to one is no answer for another.
PENALTY_NAMED = re.compile(r"严重警告|(?<!严重)警告|撤销党内职务|留党察看|开除党籍")
# 依照本规则第十四条第一款规定的…执行: the figure is in the part referred to.
REFERS = re.compile(
    rf"(?:依照|按照|参照|依据|根据|适用)本?[\u4e00-\u9fff]{{0,3}}第{CHINESE_NUMERAL}条(?:第{CHINESE_NUMERAL}款)?"
)


def rule_limit(ctx: AnswerContext, doc_ids: frozenset[str] | None = None, named: bool = False) -> Answer | None:
    """The sentence of the best-matching article that states the limit asked, cited with its article;
    None when the question asks no limit, a report answers it better, or that article states none.
    `doc_ids`: the revisions to search, `named` when the question names the regulation; else every current one."""
    kind = limit_asked(ctx.question) or ("count" if named and counted(ctx.question) else None)
    if kind is None:
        return None
    anywhere = [] if named else ctx.evidence(k=4)
    if not named and (not anywhere or anywhere[0].chunk.doc_kind != "regulation"):
        return None  # 整改要多长时间完成: a report's own deadline
    if doc_ids is None:
        older = ctx.source.older_revisions()
        doc_ids = frozenset(
            d.doc_id for d in ctx.source.documents() if d.kind == "regulation" and d.doc_id not in older
        )
    # a regulation's name, said or carried from an earlier turn (《…》外出多久以上的算), is no content
    asked = rule_wording(subject_question(ctx.question) if named or "《" in ctx.question else ctx.question)
    if not re.search(r"\w", asked):
        return None  # 《…细则》第几条: nothing is said of what a limit would be on
    evidence = ctx.evidence(k=8, filters=Filters(kinds=("regulation",), doc_ids=doc_ids or None), query=asked)
    ranked = [s for s in ctx.best_sentences(asked, evidence) if s.chunk.article]
    subject_asked = rule_wording(subject_question(ctx.question))
    subject = limited_subject(ctx.source.terms(subject_asked))
    sides = limit_sides(ctx, subject_asked) if kind == "duration" else None
    found = [
        quoted
        for best in leading_articles(ranked)
        if subject.coverage(abbreviated(best.chunk.text)) >= SUBJECT_IN_ARTICLE
        and (quoted := article_limit(ctx, kind, subject, ranked, best, sides))
    ]
    # 受了撤销党内职务处分，多久不能提拔: a limit asked of one penalty is stated of that penalty, not of another's
    named = set(PENALTY_NAMED.findall(ctx.question))
    found = [q for q in found if named <= set(PENALTY_NAMED.findall("".join(s.sentence for s in q)))]
    if not found:
        return None

    # 五年内不得重新入党 says more of 过几年才能重新入党 than 停止党籍2年后 of the article ranked first
    def said(quoted: list[Scored]) -> float:
        return subject.coverage(abbreviated("".join(q.sentence for q in quoted)))

    return limit_answer(ctx, max(found, key=said), evidence)  # on a tie, the article ranked first


def leading_articles(ranked: list[Scored]) -> list[Scored]:
    """The best sentence of each of the first ARTICLES_TRIED articles ranked, each holding enough of the question."""
    firsts: list[Scored] = []
    for scored in ranked:
        if not any(same_place(scored, f) for f in firsts):
            firsts.append(scored)
    return [s for s in firsts[:ARTICLES_TRIED] if s.passage >= LIMIT_PASSAGE]


def limit_sides(ctx: AnswerContext, question: str) -> tuple[Terms, Terms] | None:
    """The question's words on what runs for the span asked and on what follows it (失联 / 停止党籍)."""
    sides = asked_sides(question)
    return (limited_subject(ctx.source.terms(sides[0])), limited_subject(ctx.source.terms(sides[1]))) if sides else None


def article_limit(
    ctx: AnswerContext,
    kind: LimitKind,
    subject: Terms,
    ranked: list[Scored],
    best: Scored,
    sides: tuple[Terms, Terms] | None = None,
) -> list[Scored] | None:
    """The sentences to quote for the limit the article of `best` states on the subject, the one stating it
    first (the part it refers to, then its own, then the sentence qualifying it); None when it states none.
    `sides`: the question's words before and after the span it asks, which a sentence may say around its span
    rather than in the clause stating it (受严重警告处分一年半内，不得在党内提拔)."""

    def states(sentence: str) -> bool:
        if limit_clause(ctx, kind, sentence, subject):
            return True
        return sides is not None and said_on_its_side(*sides, abbreviated(sentence), GENERIC_WEIGHT)

    same_article = [s for s in ranked if same_place(s, best) and states(s.sentence)]
    if not same_article:  # 到会党员人数按照本规则第六条规定执行: the figure is in the article referred to
        referring = next((s for s in ranked if same_place(s, best) and REFERS.search(s.sentence)), None)
        referred = referred_figure(ctx, kind, subject, referring) if referring else None
        return [referred, referring] if referred and referring else None
    terms = ctx.source.terms(ctx.question)
    bound = next((clause for asked, clause in BOUNDS.items() if asked.search(ctx.question)), None)

    def fit(s: Scored) -> float:
        clause = limit_clause(ctx, kind, s.sentence, subject)
        bonus = BOUND_WEIGHT if bound is not None and bound.search(clause) else 0.0
        if sides:  # which side of its span the words are on tells a limit from the one chained to it
            return s.score + SIDE_WEIGHT * side_fit(*sides, abbreviated(s.sentence)) + bonus
        return s.score + CLAUSE_WEIGHT * terms.coverage(clause) + bonus

    chosen = max(same_article, key=fit)
    referred = referred_figure(ctx, kind, subject, chosen)
    following = qualifying_sentence(chosen.sentence, chosen.chunk.text)
    qualified = Scored(chosen.chunk, following, chosen.score, chosen.own, chosen.passage) if following else None
    return [s for s in (referred, chosen, qualified) if s]


def rule_wording(question: str) -> str:
    """纪委一届干多久 -> 纪委每届任期多久: a clerk's words for a term of office (and for 送到, 提前) in the rules' own."""
    for clerk, rules in CLERK_WORDS.items():
        question = clerk.sub(rules, question)
    return TERM_ASKED.sub("每届任期", question)


def same_place(one: Scored, other: Scored) -> bool:
    """Whether two sentences are of the same article of the same revision."""
    return (one.chunk.doc_id, one.chunk.article) == (other.chunk.doc_id, other.chunk.article)


def subject_question(question: str) -> str:
    """按发展党员工作细则，党委收到决议后多久内要审批 -> 党委收到决议后多久内要审批."""
    return LEFT_LEAD.sub("", topic_of(question)) or question


def limited_subject(terms: Terms) -> Terms:
    """The question's words on what is limited (推迟讨论转正), not on how a limit is asked (最长能…多久)."""
    kept: dict[str, float] = {}
    for word, weight in zip(terms.words, terms.weights, strict=True):
        bare = ASKING_EDGE.sub("", word) if not ASKING_WORD.fullmatch(word) else ""
        if bare and bare not in kept:
            kept[bare] = weight
    return Terms(list(kept), list(kept.values()))


def on_subject(subject: Terms, sentence: str) -> bool:
    """Whether the sentence stating a limit says what it limits: one of the subject's less common words
    (每月开展1次主题党日 says 党员, not 党费)."""
    text = abbreviated(sentence)
    return any(
        said_in(w, text) for w, weight in zip(subject.words, subject.weights, strict=True) if weight >= GENERIC_WEIGHT
    )


def counted(question: str) -> re.Pattern[str] | None:
    """The figure a 几/多少 question counts (三分之二以上 for 要多少人到会); None when it counts nothing."""
    return next((w.quantity for w in wanted_types(question) if w.kind == "count"), None)


def states_limit(ctx: AnswerContext, kind: LimitKind, sentence: str) -> bool:
    """A span of time not after 每 (duration), 每… (frequency), or the figure counted (count)."""
    if kind == "frequency":
        return bool(FREQUENCY.search(sentence))
    if kind == "count":
        figure = counted(ctx.question)
        return bool(figure and figure.search(sentence))
    if SAME_TERM.search(sentence):  # 每届任期和同级党委任期相同: a term set by another's
        return True
    return any(not sentence[: m.start()].endswith("每") for m in SENTENCE_TYPES["duration"].finditer(sentence))


def limit_clause(ctx: AnswerContext, kind: LimitKind, sentence: str, subject: Terms) -> str:
    """The clause stating the limit that says what it limits (党员组织关系保留时间一般不超过2年, 应当在三个月内
    审批); "" when no clause does (组织部门应当在30个工作日内作出答复 says nothing of 疗养)."""
    clauses = [c for c in CLAUSE.findall(sentence) if states_limit(ctx, kind, c)]
    return next((c for c in clauses if on_subject(subject, c)), "")


def referred_figure(ctx: AnswerContext, kind: LimitKind, subject: Terms, chosen: Scored) -> Scored | None:
    """讨论干部任免事项时，依照本规则第十四条第一款规定的到会人数要求执行: the sentence of the part referred
    to (same revision) that states the figure, when it says more of the subject than the chosen sentence's
    own figure (…半数同意为通过 is about votes); None when the sentence refers to no such part."""
    refers = REFERS.search(chosen.sentence)
    refs = parse_part_refs(refers.group(0)) if refers else []
    if not refs or refs[0].unit != "条":
        return None
    target = next(
        (p for p in provisions(ctx.source.document_chunks(chosen.chunk.doc_id)) if p.number == refs[0].number), None
    )
    if target is None or target.label == chosen.chunk.article:
        return None
    clauses = target.clauses()
    if refs[0].clause and refs[0].clause <= len(clauses):
        clauses = [clauses[refs[0].clause - 1]]
    own = subject.coverage(abbreviated(limit_clause(ctx, kind, chosen.sentence, subject)))
    found = [
        (subject.coverage(abbreviated(sentence)), Scored(chunk, sentence, chosen.score, chosen.own, chosen.passage))
        for chunk, text in clauses
        for sentence in split_sentences(text)
        if states_limit(ctx, kind, sentence) and on_subject(subject, sentence)  # the reference says which part
    ]
    best = max(found, key=lambda cs: cs[0], default=None)
    return best[1] if best and best[0] > own else None


def limit_answer(ctx: AnswerContext, chosen: list[Scored], evidence: list) -> Answer:
    """依据《…》第N条：<the sentence>〔1〕 (and the article referring to it), with the note on other revisions."""
    book = CitationBook()
    lines: list[str] = []
    for n, scored in enumerate(chosen):
        sentence = clean(scored.sentence).rstrip("。；;，,")
        article = scored.chunk.article or ""
        if sentence.startswith(article):  # 第十二条 各支部应当…: the article is named before the quote
            sentence = sentence[len(article) :].lstrip()
        quote = f"{sentence}{book.cite(scored.chunk, scored.sentence)}。"
        if n and same_place(scored, chosen[n - 1]):  # the sentence qualifying the limit goes on in its line
            lines[-1] += quote
        else:
            lines.append(f"{article}：{quote}")
    answer = answer_of(f"依据《{chosen[0].chunk.doc_title}》" + "\n".join(lines), book)
    answer.retrieved = evidence
    doc = ctx.source.document(chosen[0].chunk.doc_id)
    answer.note = other_revision_note(ctx, doc) if doc else None
    return answer
