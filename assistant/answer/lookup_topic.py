"""Topic look-ups: the provisions of a regulation that answer a topic, not passages that mention it."""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import PENALTY_ASKED
from assistant.answer.citations import CitationBook
from assistant.answer.context import ANY_TITLE, FACT_THRESHOLD, AnswerContext, refusal
from assistant.answer.fact import answer_fact
from assistant.answer.followup_scope import ScopedSource
from assistant.answer.lookup_links import with_links
from assistant.answer.lookup_quotes import answer_of, found_whole, other_revision_note, quoted
from assistant.answer.lookup_refusals import missing_regulation
from assistant.answer.outline import WHOLE_DOCUMENT, answer_outline
from assistant.answer.question import asks_article_only
from assistant.answer.regulation_wording import in_regulation_words
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.words import STOPWORDS, cut_words
from assistant.search.regulations import Provision, provisions, without_lead
from assistant.search.retriever import Filters
from assistant.search.source import DocRecord
from assistant.search.terms import Terms

TOPIC_NEAR_BEST = 0.9  # further articles quoted for a topic when they score this close to the best
TOPIC_ARTICLES = 2
MAX_QUOTED_CHUNKS = 3  # a provision longer than this (a 若干准则 section) is answered by its sentences
# Which article says so: the topic is the rest of the question.
ASKS_WHICH_ARTICLE = re.compile(r"(?:是|在)?第几条(?:规定的?|条文)?|(?:是|在)?哪一?条(?:规定的?|条文)?了?")
# A question for the kinds of something wants the article that enumerates them (种类：（一）…（二）…).
CLASSIFICATION = re.compile(r"(?:哪|几)(?:几)?(?:种|类)|种类|分为|分类")
ENUMERATES = re.compile(r"(?:种类|分为|包括|有)[^。\n]{0,6}[：:]\s*\n?\s*[（(]一[）)]")
KINDS_BONUS = 0.5
NOT_KINDS_FACTOR = 0.5
CHAR_WEIGHT = 0.3
TOPIC_CHAR_SHARE = 0.5  # more than this share of a topic's characters in a provision puts it on the topic
# 关于/对于 lead a topic; as words to find they would put every article that says 关于 on it.
TOPIC_LEAD = re.compile(r"关于|对于|有关")
RANK_WEIGHT = 0.2
# …的车子，按(纪律处分条例): the word leading to the name says how to look, not what about.
LEAD_VERB = re.compile(r"[，,\s]*(?:按照|根据|依据|依照|对照|按)$")
LIST_ASKED = re.compile(r"哪些|哪几|有什么|包括|几项|几种")
# The regulation's own name in a topic question (纪律处分条例规定的…): not a word the answer must contain.
# 条例里 / 条例里面: where to look, said after the name, goes with it.
NAMED_REGULATION = re.compile(
    r"(?:《[^》]+》|党章|[\u4e00-\u9fff]{0,16}?(?:条例|准则|细则|章程|规则|(?<!的)规定|办法))(?:里面?|当中)?"
)
# Regulations spell out what clerks abbreviate or say plainly: the regulation's words and the clerk's for them
# (公务交通工具 is what a clerk calls 公务用车 or 公车), each of the clerk's words said beside the other.
ABBREVIATIONS = {
    "纪律检查委员会": ("纪委",),
    "纪律检查": ("纪检",),
    "党的委员会": ("党委",),
    "中国共产党章程": ("党章",),
    "公务交通工具": ("公务用车", "公务车", "公车"),
}
# Question words and particles: not characters of the topic.
TOPIC_NOISE = re.compile(r"[的了是有在和与及对于关什么怎样么如何讲说哪几些种类要求规定呢吗啊？?，,。、\s]")


def regulation_topic(ctx: AnswerContext, chosen: list[DocRecord]) -> Answer:
    """A topic within a named regulation: its best-matching provisions, not passages that mention it."""
    doc = chosen[0]
    if WHOLE_DOCUMENT.search(ctx.question) and not re.search(r"关于|对|有关", ctx.question):
        return answer_outline(ctx, doc)
    # 公家的东西占着自己用: 占用公物归个人使用; 给什么处分 asks of the topic, it names none (every article listing
    # what it punishes would be on 处分)
    topic = in_regulation_words(PENALTY_ASKED.sub("", topic_of(ctx.question)))
    if not TOPIC_NOISE.sub("", topic):  # 《党章》第几条？: nothing named to look for
        return Answer(f"请说明要查询《{doc.title}》的哪一条，或关于什么内容的规定。", "lookup", refused=True)
    ranked, evidence = ranked_provisions(ctx, doc, topic)
    if not ranked and provisions(ctx.source.document_chunks(doc.doc_id)):
        return Answer(f"《{doc.title}》中没有找到关于“{subject_of(topic)}”的规定。", "lookup", refused=True)
    if not ranked or len(ranked[0][0].chunks) > MAX_QUOTED_CHUNKS:  # a whole section is no answer: its sentences
        return answer_fact(ctx, "lookup")
    top = ranked[0][1]
    best = [p for p, score in ranked[:TOPIC_ARTICLES] if score >= TOPIC_NEAR_BEST * top]
    return quoted_provisions(ctx, doc, best, evidence)


def topic_of(question: str) -> str:
    """What a topic question is about: without the regulation's name and 第几条."""
    topic = ASKS_WHICH_ARTICLE.sub("", NAMED_REGULATION.sub(without_name, question, count=1))
    return TOPIC_LEAD.sub("", topic) or question


def without_name(named: re.Match[str]) -> str:
    """收受礼金的按新条例: the topic before 按/的 stays, only the regulation's name goes."""
    if named.group(0).startswith("《"):  # a title in marks is the name alone (督查 of 《…督查工作规则》 leads nothing)
        return ""
    name = without_lead(named.group(0))
    return LEAD_VERB.sub("", named.group(0)[: -len(name)]) if name else ""


def subject_of(topic: str) -> str:
    """酒驾 of 对酒驾有什么规定: the topic without its question words, to name it in a refusal."""
    return TOPIC_NOISE.sub("", topic) or topic


def ranked_provisions(
    ctx: AnswerContext, doc: DocRecord, topic: str
) -> tuple[list[tuple[Provision, float]], list[Evidence]]:
    """The revision's provisions that answer the topic at all, best first, with their scores."""
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    evidence = ctx.source.search(topic, 8, Filters(doc_ids=frozenset({doc.doc_id})))
    scores = topic_scores(ctx, topic, items, evidence)
    terms, chars = ctx.source.terms(topic), set(TOPIC_NOISE.sub("", topic))
    ranked = [(p, s) for p, s in zip(items, scores, strict=True) if s > 0 and on_topic(terms, chars, p.text)]
    return sorted(ranked, key=lambda ps: -ps[1]), evidence


def on_topic(terms: Terms, chars: set[str], text: str) -> bool:
    """Whether a provision is about the topic at all: one of its words, or most of its characters (开会 ~ 会议);
    a search rank alone is no answer (酒驾 in a regulation that never says it)."""
    text = abbreviated(text)
    return terms.coverage(text) > 0 or sum(ch in text for ch in chars) > len(chars) * TOPIC_CHAR_SHARE


def abbreviated(text: str) -> str:
    """Regulations spell out what questions abbreviate (纪律检查委员会 -> 纪委): score in the question's words."""
    for full, short in ABBREVIATIONS.items():
        text = text.replace(full, "、".join(short))
    return text


def topic_scores(ctx: AnswerContext, topic: str, items: list[Provision], evidence: list[Evidence]) -> list[float]:
    """How well each provision answers the topic: its words, its characters (开会 ~ 会议), its search rank,
    and, for 有哪几种, whether it enumerates kinds."""
    terms = ctx.source.terms(topic)
    chars = set(TOPIC_NOISE.sub("", topic))
    rank = {e.chunk.id: n for n, e in enumerate(evidence)}
    classification = bool(CLASSIFICATION.search(topic))
    # 党员的义务 is listed (下列义务：（一）…) by the article on it; 处分 listed (给予…处分：（一）…) by many others.
    head = head_noun(topic)
    agent = agent_stated(topic)
    scores = []
    for provision in items:
        text = abbreviated(provision.text)
        score = terms.coverage(text) + CHAR_WEIGHT * (sum(ch in text for ch in chars) / len(chars) if chars else 0.0)
        hits = [rank[c.id] for c in provision.chunks if c.id in rank]
        score += RANK_WEIGHT / (1 + min(hits)) if hits else 0.0
        if classification:  # 有哪几种 is answered by an article that lists kinds, not one that uses the word
            score = score + KINDS_BONUS if ENUMERATES.search(text) else score * NOT_KINDS_FACTOR
        elif head and lists_term(head, text):
            score += KINDS_BONUS  # 党员的义务: the article listing 下列义务：（一）…, not one that mentions 义务
        if agent and agent.search(text):
            score += KINDS_BONUS  # 整改方案由谁审定: the article saying 方案…由X审定, not one on what follows it
        scores.append(score)
    return scores


# 整改方案由谁审定 / 督查通报归谁负责发布: what is done, asked who does it, and the doing
WHO_DOES = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:应当|应该|要|须|需要)?(?:由|归)谁(?:来|负责)?([\u4e00-\u9fff]{1,3})")


def agent_stated(topic: str) -> re.Pattern[str] | None:
    """For X由谁V: a sentence saying X…由…V (决定应当由党委作出), the rule naming who; None when not asked so."""
    asked = WHO_DOES.search(topic)
    thing = head_noun(asked.group(1)) if asked else ""
    if not asked or not thing:
        return None
    return re.compile(rf"{re.escape(thing)}[^。；;]{{0,12}}由[^。；;]{{1,40}}?{re.escape(asked.group(2)[:2])}")


def head_noun(topic: str) -> str:
    """义务 of 党员的义务: the topic's last word of two or more characters; 一共 of 处分一共有哪几种 is how
    the question asks, not what it names."""
    words = cut_words(TOPIC_NOISE.sub(" ", topic))
    return next((w for w in reversed(words) if len(w.strip()) >= 2 and w not in STOPWORDS), "")


def lists_term(word: str, text: str) -> bool:
    """Whether an article lists what the word names: 党员必须履行下列义务：（一）…"""
    return bool(re.search(re.escape(word) + r"[^。\n]{0,4}[：:]\s*\n?\s*[（(]一[）)]", text))


def topic_in_regulations(ctx: AnswerContext) -> Answer:
    """No regulation named: the best article of the current revisions, else a cited fact."""
    titles = ANY_TITLE.findall(ctx.question)
    if titles:
        return missing_regulation(ctx, titles[0])
    if asks_article_only(ctx.question):  # 是第几条 with nothing before it: no article is a guess
        return refusal("lookup", [], "（请说明要查哪部法规、哪方面的规定）")
    older = ctx.source.older_revisions()
    current = frozenset(d.doc_id for d in ctx.source.documents() if d.kind == "regulation" and d.doc_id not in older)
    evidence = ctx.evidence(k=8, filters=Filters(kinds=("regulation",), doc_ids=current or None))
    topic = topic_of(ctx.question)
    # 按现行条例是第几条: how the article is asked for is no content a passage must hold
    ranked = ctx.best_sentences(topic if TOPIC_NOISE.sub("", topic) else ctx.question, evidence)
    best = ranked[0].chunk if ranked and ranked[0].passage >= FACT_THRESHOLD and ranked[0].chunk.article else None
    agent = agent_stated(topic)
    stating = [s.chunk for s in ranked if agent and s.chunk.article and agent.search(s.sentence)] if best else []
    best = stating[0] if stating else best  # 整改方案由谁审定: the sentence saying who, not one on what follows
    terms = ctx.source.terms(topic)
    listing = listing_provision(ctx, current, terms)
    if listing and (best is None or terms.coverage(listing.text) >= terms.coverage(best.text)):
        doc = ctx.source.document(listing.chunks[0].doc_id)  # 党员有哪些权利: the article listing them
        return quoted_provisions(ctx, doc, [listing], evidence)
    if best is None:  # a cited fact, never from a revision no longer in force (打听案情…按现行条例是第几条)
        in_force = frozenset(d.doc_id for d in ctx.source.documents() if d.doc_id not in older)
        return answer_fact(AnswerContext(ctx.route, ScopedSource(ctx.source, in_force)) if older else ctx, "lookup")
    return article_answer(ctx, best, evidence)


def quoted_provisions(ctx: AnswerContext, doc: DocRecord, chosen: list[Provision], evidence: list[Evidence]) -> Answer:
    """The provisions quoted whole, with the note on other revisions and links to the articles they cite."""
    found = [found_whole(doc, p) for p in chosen]
    answer = quoted(found)
    answer.note = other_revision_note(ctx, doc)
    answer.retrieved = evidence
    return with_links(ctx, answer, found)


def listing_provision(ctx: AnswerContext, current: frozenset[str], terms: Terms) -> Provision | None:
    """The article of the current regulations that lists what the question asks for (下列权利：（一）…),
    best covering the question's words; None when none lists it."""
    head = head_noun(topic_of(ctx.question))
    if not head or not LIST_ASKED.search(ctx.question):
        return None
    listing = [
        p
        for doc_id in sorted(current)
        for p in provisions(ctx.source.document_chunks(doc_id))
        if len(p.chunks) <= MAX_QUOTED_CHUNKS and lists_term(head, p.text)
    ]
    return max(listing, key=lambda p: terms.coverage(p.text), default=None)


def article_answer(ctx: AnswerContext, chunk: Chunk, evidence: list[Evidence]) -> Answer:
    """The article's whole text; a note says when another revision of the regulation is indexed."""
    book = CitationBook()
    mark = book.cite(chunk, chunk.text)
    answer = answer_of(f"依据《{chunk.doc_title}》{chunk.article or ''}：\n{chunk.text}{mark}", book)
    answer.retrieved = evidence
    current = ctx.source.document(chunk.doc_id)
    answer.note = other_revision_note(ctx, current) if current else None
    return answer
