"""A question's parts: a multi-part question split at ？/；/，/、 where each side asks something of its own, a swap said
before the question inlined, and the topic a later part takes from the first."""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import one_case_asked
from assistant.answer.asked_quantity import read_asked
from assistant.answer.followup_regulations import REVISION_ASKED
from assistant.answer.group_members import asks_people
from assistant.answer.question import (
    ARTICLE_PAIR,
    BARE_QUANTITY,
    COMMA,
    INTERROGATIVE,
    MODALITY,
    ORG_SUFFIX,
    PART_END,
    PARTICLES,
    PERIOD,
    RETURN_VERB,
    SUBSET,
    TRAILING_FILLER,
    UNIT_SUFFIX,
    asks,
    asks_ranking,
    context_of,
    is_thin,
)
from assistant.core.words import tagged_words

SWAP_THEN_ASK = re.compile(r"^(?:那么|那)?(?:换成|换到|改成)?([^，,？?]{2,24}?)的?呢?[，,](.+)$")

NAMED_ORG_END = re.compile(rf"(?:{ORG_SUFFIX})$")


def with_swap_inlined(question: str) -> str:
    """换成X呢，Y？ -> XY？ when X only names an organisation, a period or a revision and Y asks."""
    swap = SWAP_THEN_ASK.match(question.strip())
    if not swap or not asks(swap.group(2)):
        return question
    named = swap.group(1)
    if REVISION_ASKED.fullmatch(named):  # 旧版呢，2018版是第几条: one question, its revision said again if at all
        return swap.group(2) if REVISION_ASKED.search(swap.group(2)) else f"{named}{swap.group(2)}"
    if re.match(rf"(?:再)?{RETURN_VERB}", named):
        return question  # 回到恒锐公司，…: the turn about it is found, with its period
    if not (NAMED_ORG_END.search(named) or PERIOD.fullmatch(named)) or asks(named) or UNIT_SUFFIX.search(named):
        return question  # 那外科党支部呢，…: a unit of the organisation talked about, which the follow-up finds
    return f"{named}{swap.group(2)}"


def split_parts(question: str) -> list[str]:
    """A multi-part question's parts: at ？/；, and at ， when both sides ask something of their own.

    "第五十三条和第五十四条分别讲了啥" is two questions, one per article.
    """
    question = with_swap_inlined(question)
    pair = ARTICLE_PAIR.search(question)
    if pair:
        head, tail = question[: pair.start()], question[pair.end() :].replace("分别", "", 1)
        return [f"{head}{pair.group(1)}{tail}", f"{head}{pair.group(2)}{tail}"]
    parts: list[str] = []
    for piece in PART_END.split(question.strip()):
        if not piece.strip():
            continue
        clauses = [c for clause in COMMA.split(piece) if clause.strip() for c in enumerated_asks(clause)]
        current = clauses[0]
        for clause in clauses[1:]:
            apart = not SUBSET.match(clause) and not one_case_asked(current, clause)
            if asks(current) and asks(clause) and apart and len(PARTICLES.sub("", clause)) > 1:
                parts.append(current)
                current = clause
            else:
                current = f"{current}，{clause}"
        parts.append(current)
    parts = [p.strip() for p in parts if p.strip(" ？?；;，,")]
    # A part that asks nothing ("请说明。"), or whether the knowledge base has what the part before
    # found ("知识库里有没有"), belongs to the part before it.
    merged: list[str] = []
    for part in parts:
        # 哪个支部党员最多？有多少名？: the compared row states the figure; the second part adds nothing.
        figure_of_ranking = bool(merged) and asks_ranking(merged[-1]) and BARE_QUANTITY.fullmatch(part)
        # 班子都有谁，啥职务: the posts of the people just asked for, shown beside each of them
        posts_of_people = bool(merged) and asks_people(merged[-1]) and asks_people(f"{merged[-1]}，{part}")
        if merged and (not asks(part) or "知识库" in part or figure_of_ranking or posts_of_people):
            merged[-1] += part
        else:
            merged.append(part)
    return merged if len(merged) > 1 else [question]


# 发了多少份表、收上来多少条意见: two acts, each asking its own count, listed with 、
ACT_COUNT = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:了|上来|回来|出)?(?:多少|几)[个名位次人项条件份篇处起批场户家]")

# 计划几个实际几个 / 计划多少、实际多少 / 应到几个实到几个: the other side of a pair asked right after the first
OTHER_SIDE_AFTER = re.compile(
    rf"(?<=[几少])[个名位次人项条件份篇处起批场户家种]?、?(?=(?:{MODALITY.pattern}|[应实](?:到|交|缴|参会|参加))"
    r"[\u4e00-\u9fff]{0,6}?(?:几|多少))"
)


def enumerated_asks(clause: str) -> list[str]:
    """A clause listing two counting questions with 、 (发了多少份…、收上来多少条…), or asking two sides of a
    pair run on (计划几个实际几个), as two clauses; else itself."""
    side = OTHER_SIDE_AFTER.search(clause)
    if side:
        return [clause[: side.end()].rstrip("、"), clause[side.end() :]]
    pieces = clause.split("、")
    if (
        len(pieces) == 2
        and asks(pieces[0])
        and ACT_COUNT.search(pieces[1])
        and not pieces[1].startswith(("几", "多少"))
    ):
        return pieces
    return [clause]


# 整改率多少？还剩几项？: a measure asked for (率, 比例, 占比) is no topic of a part counting items
ASKED_MEASURE = re.compile(r"(?:的)?(?:[\u4e00-\u9fff]{0,2}率|比例|占比|比重|百分比)(?:是|为|达到?)?$")

COUNTS_ITEMS = re.compile(r"(?:几|多少)[个名位次人项条件份篇处起]")

# 收上来多少条意见建议: a later part's own act counting a thing of its own (意见建议)
OWN_ACT_COUNT = re.compile(ACT_COUNT.pattern + r"[\u4e00-\u9fff]{2,}")


def scope_before_act(question: str) -> str:
    """Whose and when a counting question asks about, without its act: 青岚公司开民主生活会前发了多少份表 ->
    青岚公司开民主生活会前 ("" when nothing precedes the act)."""
    text = PARTICLES.sub("", question.strip())
    match = INTERROGATIVE.search(text)
    counts = match and match.group(0) in ("几", "多少")
    words = tagged_words(TRAILING_FILLER.sub("", text[: match.start()])) if counts else []
    while words and words[-1][1].startswith("v"):
        words.pop()
    return "".join(word for word, _ in words)


ANY_COUNT = re.compile(r"(?:几|多少)个")  # 个 alone counts people as well as things


def counts_apart(question: str, later: str) -> bool:
    """是几个支部开的，一共实到多少人: the later part counts another kind (people, not the branches counted
    after 几个), so the thing the first part counts is no topic of it."""
    first, asked = read_asked(question), read_asked(later)
    told = bool(asked and asked.family and not ANY_COUNT.search(later))  # 实际几个 may count the same people
    return bool(told and first and first.family and first.family != asked.family)


def context_for(question: str, later: str) -> str:
    """The topic a later part takes from `question`: without its asked measure when the part counts things;
    only whose and when when the part counts a thing of its own by an act of its own (发了多少份征求意见表？
    收上来多少条意见建议？: not 征求意见表收上来…)."""
    scope = (
        scope_before_act(question)
        if OWN_ACT_COUNT.match(PARTICLES.sub("", later)) or counts_apart(question, later)
        else ""
    )
    if len(scope) > 1:
        return scope
    context = context_of(question, keep_act=is_thin(later))  # 计划几个 after 实际发展了几个: 发展 is still asked
    return (ASKED_MEASURE.sub("", context) or context) if COUNTS_ITEMS.search(later) else context
