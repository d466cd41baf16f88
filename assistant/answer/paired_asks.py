"""Two figures of one sentence asked at once, each by its own word: 应到多少人，实到多少人 / 男的几名，女的几名.
The later part takes the first part's topic, but not the first part's own word, which would only say the
other figure (组织生活会应到实到多少人 is neither)."""

from __future__ import annotations

import re

from assistant.answer.fact_predicates import LEADING
from assistant.answer.numeric_fact import NumericFact
from assistant.answer.quantities import GROUPING, QUANTITY
from assistant.answer.question import INTERROGATIVE

# A single character stands for one side of a pair only among the sexes (男8名、女6名).
SINGLE_SIDES = frozenset("男女")
HEAD_FILLER = re.compile(r"(?:的|了|有|是|共|一共)+$")


def own_word(later: str) -> str:
    """What a later part says before its asking, without filler: 实到 of 实到多少人, 女 of 女的几名."""
    match = INTERROGATIVE.search(later)
    return HEAD_FILLER.sub("", later[: match.start()].strip(" ，,")) if match else ""


def without_other_side(context: str, later: str) -> str:
    """The first part's topic without its own word when the later part asks the other side of it: the same
    word but its first character (应到 / 实到, 男队员 / 女队员), or the other sex."""
    word = own_word(later)
    ending = HEAD_FILLER.sub("", context)
    side = ending[-len(word) :] if word else ""
    if not side or side == word or len(ending) <= len(word):
        return context
    if len(word) == 1:
        paired = {side, word} <= SINGLE_SIDES
    else:
        paired = side[1:] == word[1:] and re.fullmatch(r"[\u4e00-\u9fff]+", side) is not None
    return ending[: -len(word)] if paired else context


# Who took part (参加人员, 参训人数, 应到党员, 实到): a predicate naming no thing of its own but the participants
# of the activity the clause before names.
PARTICIPANTS = re.compile(
    r"(?:[应实]到|参加|参与|参训|参会|出席|到场|受教育)(?:的)?(?:人员|人数|人次|党员|干部|职工|群众)?"
)
SIDE_CHARS = 4  # 男 / 实到 / 应到党员 / 考核合格: one side of a pair is said in a few characters
SIDE_HEAD = 2  # a side is asked by its first word: 应到 of 应到党员
WORD_SPAN = 4  # a side's head inside this many characters the sentence says elsewhere is part of another word
UNIT_WORDS = re.compile(r"党支部|党总支|党委|党组|支部|总支")
PEOPLE_END = re.compile(r"党员|人员|人数|干部|职工|群众|同志")


def own_clause(predicate: str) -> str:
    """A predicate without the figures or the cell it borrowed from the clause before: 应到党员42人，实到 -> 实到;
    召开时间1月9日，应到 -> 应到."""
    last = next(reversed(list(QUANTITY.finditer(predicate))), None)
    return LEADING.sub("", re.split(r"[，,；;]", predicate[last.end() :] if last else predicate)[-1])


def counts_participants(predicate: str) -> bool:
    """参训人员 / 实到: those taking part are counted of the activity said before."""
    return PARTICIPANTS.fullmatch(own_clause(GROUPING.sub("", predicate))) is not None


def side_word(fact: NumericFact) -> str:
    """The few characters that tell a figure from its siblings (男 of 男6名、女8名), or ""."""
    own = own_clause(fact.predicate)
    return own if 0 < len(own) <= SIDE_CHARS else ""


def other_side_asked(fact: NumericFact, facts: list[NumericFact], part: str) -> bool:
    """The part asks another figure of the fact's sentence by its side word (女 of 男6名、女8名; 实到 of 应到党员
    42人，实到40人; 35岁以下 of 发展党员9名，其中35岁以下7名) and does not say the fact's own: the fact is not
    the figure asked, whether it is the other side or the whole."""
    part = UNIT_WORDS.sub("，", part)  # 测绘党支部…: a branch's name says whose, not the 支部数 column
    own = side_word(fact)
    if own and (own[:SIDE_HEAD] in part or said_by_its_end(own, part)):
        return False
    mine = own_clause(fact.predicate)
    return any(
        other is not fact
        and (other.chunk.id, other.sentence) == (fact.chunk.id, fact.sentence)
        and (side := side_word(other))
        and side_said(side[:SIDE_HEAD], part, fact.sentence.replace(other.predicate, "，"))
        and side[:SIDE_HEAD] not in mine
        for other in facts
    )


def side_said(head: str, part: str, rest: str) -> bool:
    """Whether the part says a side's head of its own, not inside a longer word the sentence says elsewhere
    (服务 of 文艺志愿服务 for 服务群众 of 开展文艺志愿服务86场，服务群众4.2万人次): that word names the whole."""
    for at in (m.start() for m in re.finditer(head, part)):
        inside = (part[a : a + WORD_SPAN] for a in range(at + SIDE_HEAD - WORD_SPAN, at + 1) if a >= 0)
        if not any(len(w) == WORD_SPAN and w in rest for w in inside):
            return True
    return False


def said_by_its_end(own: str, part: str) -> bool:
    """评了几个优秀 says 评为优秀 by its last word (the grade); 实到党员 does not say 应到党员 by its people."""
    end = own[-SIDE_HEAD:]
    return len(own) > SIDE_HEAD and end in part and not PEOPLE_END.fullmatch(end)
