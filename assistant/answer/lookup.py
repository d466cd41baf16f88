"""Look-up answers: a regulation's articles quoted whole, its structure, and the article a topic falls under.

A reference (第N条, 第N条第M款, 第N章, lists and ranges) is resolved only within the regulation the
question names, in the revision it asks for (2018年版, 旧版, 现行); a number that regulation does not
have is refused with its real range, never answered with another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answer.article_penalty import article_penalty
from assistant.answer.asked_limit import limit_asked
from assistant.answer.asked_penalty import asks_case_penalty
from assistant.answer.context import AnswerContext
from assistant.answer.lookup_cases import case_article, no_case_article
from assistant.answer.lookup_counterpart import counterpart_lookup
from assistant.answer.lookup_editions import revisions_compared
from assistant.answer.lookup_headed import headed_articles
from assistant.answer.lookup_item_number import item_of_topic
from assistant.answer.lookup_items import counted_items
from assistant.answer.lookup_last import last_part_asked
from assistant.answer.lookup_limits import rule_limit
from assistant.answer.lookup_listed_item import clauses_of_article, items_of_article, listed_item
from assistant.answer.lookup_part_of import part_holding
from assistant.answer.lookup_refs import answer_refs, parts_named, points_asked
from assistant.answer.lookup_refusals import missing_regulation, revision_missing, which_of, which_regulation
from assistant.answer.lookup_structure import counted_within, structure_of_revisions
from assistant.answer.lookup_topic import regulation_topic, topic_in_regulations, topic_of
from assistant.answer.lookup_topic_compare import compared_topic
from assistant.answer.question import asks_article_only
from assistant.core.numerals import PartRef, parse_part_refs
from assistant.core.schema import Answer
from assistant.search.regulations import (
    chosen_revisions,
    named_regulations,
    regulation_of_years,
    revision_asked,
    revision_year,
    unknown_regulation,
)
from assistant.search.retriever import short_title
from assistant.search.source import DocRecord

# A second regulation named after a reference starts a new group (纪律处分条例第八条和问责条例第七条);
# 第八条和第九条 stays one group.
NEXT_REGULATION = re.compile(
    r"(?<=[条款项章节编])\s*(?:和|与|及|以及|，|,|；|;|、)\s*"
    r"(?=[^第，,。？?]{0,16}?(?:条例|准则|细则|章程|规定|办法|党章|《))"
)
# 违反中央八项规定精神…怎么处分: the named rule was broken; the penalty is in the disciplinary regulations.
BROKEN_RULE = re.compile(r"违反[^，,。？?]{0,12}?(?:规定|准则|条例|纪律)[^，,。？?]{0,4}?")
ASKS_PENALTY = re.compile(r"处分|处理|追究|问责")
# 把公家的东西占着自己用，给啥处分: a penalty asked for conduct, with no regulation named, is the disciplinary one's
PENALTY_FOR_CONDUCT = re.compile(r"(?:给|受|是|有)?(?:啥|什么|何种|哪种|哪些)处分|(?:怎么|咋|如何|怎样)处分")
# 收受礼金按新条例咋处理: a penalty asked by "the regulation", named by no more than its revision.
BARE_REGULATION = re.compile(r"(?:新|旧|老|现行|最新的?)版?条例")
SWAPPED_INTO = re.compile(r"^[^，,]+[，,]\s*")  # 党章，<the last question>: how a follow-up's focus is put


def answer_lookup(ctx: AnswerContext) -> Answer:
    """The regulation asked about (named, or the one the revisions' years or the knowledge base imply), its
    revision(s), then its numbered parts, its structure, or a topic in it."""
    question = ctx.question
    documents = ctx.source.documents()
    moved = counterpart_lookup(ctx, documents)
    if moved:  # 旧版中与2023年版第一百二十条对应的是哪一条: by content, not by number
        return moved
    segments = NEXT_REGULATION.split(question)
    if len(segments) > 1 and parse_part_refs(question):
        return answer_segments(ctx, segments, documents)
    broken = BROKEN_RULE.search(question) if ASKS_PENALTY.search(question) else None
    # 党章呢 after 纪律处分条例一共多少条: the regulation the follow-up names, asked what the turn before asked
    swapped = named_regulations(ctx.route.focus, documents) if ctx.route.focus else []
    if swapped:
        question = SWAPPED_INTO.sub("", question)
        ctx = AnswerContext(replace(ctx.route, question=question), ctx.source)
    revisions = swapped or named_regulations(BROKEN_RULE.sub("", question) if broken else question, documents)
    penalty = BARE_REGULATION.search(question) and ASKS_PENALTY.search(question) or PENALTY_FOR_CONDUCT.search(question)
    # 送礼金…给什么处分: a case's penalty, asked of the penalty regulation (refused when no article is on it)
    implied = not revisions and not broken and asks_case_penalty(question) and not BARE_REGULATION.search(question)
    if (broken or penalty or implied) and not revisions:
        revisions = penalty_regulations(documents)
    missing = None if revisions or broken else unknown_regulation(question, documents)
    if missing:
        return missing_regulation(ctx, missing)
    if len({short_title(d.title) for d in revisions}) > 1:  # 纪律条例: 纪律处分条例 or 纪律检查委员会工作条例?
        return which_of(revisions)
    revisions = revisions or regulation_of_years(revision_asked(question).years, documents)
    refs = parse_part_refs(question)
    if refs and not revisions:  # 第十六条呢 after an answer from one regulation: that one, else the only one held
        revisions = the_only_regulation(documents_in_scope(ctx, documents)) or the_only_regulation(documents)
        if not revisions:
            return which_regulation(refs, documents)
    if revisions:
        asked = revisions_compared(question, revision_asked(question))  # 2018年的…和2023年的比: both
        chosen = chosen_revisions(revisions, asked)
        if not chosen:
            return revision_missing(revisions, asked.years)
        refs = refs or item_of_topic(ctx, chosen[0])  # 其中第三项是啥: that item of the topic's article
        items = None if refs else counted_items(ctx, chosen[:1]) or listed_item(ctx, chosen[:1])
        if items:  # 党员要履行几项义务: the items of the article listing them
            return items
        items = (items_of_article(ctx, chosen[0], refs) or clauses_of_article(ctx, chosen[0], refs)) if refs else None
        if items:  # 第三条一共几项 / 一共几款: the items or paragraphs of that article, counted
            return items
        holding = part_holding(ctx, chosen[0], refs)
        if holding:
            return holding
        headed = None if refs else headed_articles(ctx, chosen[0])
        if headed:  # 党员领导干部的规范是哪几条: the articles under that heading
            return headed
        case = None if refs else case_article(ctx, chosen[0])
        if case or (implied and not refs):  # 给干部亲属送礼金，情节较重的给什么处分: the case's article
            return case or no_case_article(chosen[0])
        refs = refs or last_part_asked(ctx, chosen[0]) or points_asked(ctx, chosen[0]) or parts_named(ctx, chosen[0])
        penalty_of = article_penalty(ctx, chosen[0], refs) if refs and len(chosen) == 1 else None
        if penalty_of:  # 第九十一条，情节严重的给啥处分: that grade's clause, not the article whole
            return penalty_of
        if refs:
            return counted_within(ctx, chosen[0], refs) or answer_refs(ctx, [(chosen, refs)])
        structure = structure_of_revisions(ctx, chosen)
        if structure:
            return structure
        limit = rule_limit(ctx, frozenset({chosen[0].doc_id}), named=True) if len(chosen) == 1 else None
        if limit:  # 按细则，党委收到决议后多久内要审批: the limit, not the whole article
            return limit
        return regulation_topic(ctx, chosen) if len(chosen) == 1 else compared_topic(ctx, chosen, topic_of(question))
    items = counted_items(ctx, current_regulations(documents, ctx.source.older_revisions()))
    if items:
        return items
    limit = rule_limit(ctx) if limit_asked(question) and not asks_article_only(question) else None
    return limit or topic_in_regulations(ctx)  # 留党察看最长多长时间: the limit, else the topic's article


def answer_segments(ctx: AnswerContext, segments: list[str], documents: Sequence[DocRecord]) -> Answer:
    """纪律处分条例第八条和问责条例第七条: each reference within the regulation named before it."""
    groups: list[tuple[list[DocRecord], list[PartRef]]] = []
    revisions: list[DocRecord] = []
    for segment in segments:
        named = named_regulations(segment, documents)
        missing = None if named else unknown_regulation(segment, documents)
        if missing:
            return missing_regulation(ctx, missing)
        revisions = named or revisions
        refs = parse_part_refs(segment)
        if refs and not revisions:
            return which_regulation(refs, documents)
        asked = revision_asked(segment)
        chosen = chosen_revisions(revisions, asked)[:1]
        if refs and not chosen:
            return revision_missing(revisions, asked.years)
        if refs:
            groups.append((chosen, refs))
    return answer_refs(ctx, groups)


def penalty_regulations(documents: Sequence[DocRecord]) -> list[DocRecord]:
    """The revisions of the regulation that sets penalties (纪律处分条例, else the one regulation whose name
    says 处分), newest first; [] when none or several others do."""
    held = [d for d in documents if d.kind == "regulation" and "处分" in short_title(d.title)]
    named = named_regulations("纪律处分条例", held)
    if named or len({short_title(d.title) for d in held}) != 1:
        return named
    return sorted(held, key=revision_year, reverse=True)


def the_only_regulation(documents: Sequence[DocRecord]) -> list[DocRecord]:
    """Every revision of the knowledge base's one regulation; [] when it holds several."""
    regulations = [d for d in documents if d.kind == "regulation"]
    names = {short_title(d.title) for d in regulations}
    return sorted(regulations, key=revision_year, reverse=True) if len(names) == 1 else []


def current_regulations(documents: Sequence[DocRecord], older: frozenset[str]) -> list[DocRecord]:
    """The regulations in force: no older revision of one held."""
    return [d for d in documents if d.kind == "regulation" and d.doc_id not in older]


def documents_in_scope(ctx: AnswerContext, documents: Sequence[DocRecord]) -> list[DocRecord]:
    """The documents a follow-up is held to (those the last answer cited); [] when it is held to none."""
    scoped = ctx.source.scope(ctx.question).doc_ids
    return [d for d in documents if d.doc_id in scoped] if scoped is not None else []
