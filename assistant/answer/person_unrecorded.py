"""A count asked of a person the document names but gives no figure for (副书记曹某讲了几次党课, where the report
names 副书记曹某 and counts only 支部书记何某讲党课2次; 局长某某提了几条意见, where a meeting report names him and
counts only the meeting's 会上共提出意见N条): a refusal that says where the person is named, instead of another
person's figure, the whole's or a bare refusal. Whatever the question's own verb, a figure answers for the person
only when its sentence names them."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, clean
from assistant.answer.count_rows import ACT_PERIOD, PERSON_ACTING
from assistant.answer.followup_people import ORGANISATION_LETTERS, act_after, name_acting, word_starts
from assistant.answer.person_names import is_name, people_named
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import tagged_words

ASKING = re.compile(
    r"(?:了|过)?(?:一共|总共|共)?(?:几|多少)(?:人次|次|回|场|堂|个|名|项|条|件|家|篇|期|人)?|[？?。！!\s]+$"
)
ACT_VERB = re.compile(r"领学|主持|主讲|讲授|讲|作|发言")


@lru_cache(maxsize=512)  # asked of one question by the count and by the fallback; jieba's tagging is slow
def acting_name(question: str) -> str:
    """沈某 of 沈某讲了几次党课 / 邵某在会上提了几条意见: a name the question's own words start (not 关支部 of
    机关支部一共讲, nor 季度) followed by what the person did, in the question's own verb."""
    acting = PERSON_ACTING.search(question)
    if acting and is_name(acting.group(1)) and acting.start(1) in word_starts(question):
        # 史志馆讲了几次: 史 is a surname, but a body's letter (馆) ends no person's name
        body = ends_in_common_noun(question, acting.end(1)) or question[acting.end(1) - 1] in ORGANISATION_LETTERS
        return "" if body else acting.group(1)
    span = name_acting(question)  # any verb: 提, 查摆, 走访…
    # 柳湾村发展了几名 / 石桥镇开展了几次: a body's level letter ends no person's name
    if span is None or not is_name(question[span[0] : span[1]]) or question[span[1] - 1] in ORGANISATION_LETTERS:
        return ""
    # 会上郑某 cut 上郑/某: words cut across the name say nothing of whether it ends in a common noun
    if span[0] in word_cuts(question) and ends_in_common_noun(question, span[1]):
        return ""
    return question[span[0] : span[1]]


def said_of(name: str, chunk: Chunk, sentence: str) -> bool:
    """Whether the sentence is the person's: it names them, or stands in their own part of a 述职 compilation
    or in their own report (本人讲党课3次), whose heading or title names them."""
    return name in sentence or name in chunk.section_path[:1] or name in chunk.doc_title


def word_cuts(question: str) -> set[int]:
    """Where the question's words start as cut (word_starts adds starts inside them)."""
    cuts, at = set(), 0
    for word, _ in tagged_words(question):
        cuts.add(at)
        at += len(word)
    return cuts


def ends_in_common_noun(question: str, end: int) -> bool:
    """Whether the question's words cut the phrase ending at `end` with a common noun (商行 of 农商行2024年讲):
    an organisation, not a person."""
    at = 0
    for word, flag in tagged_words(question):
        at += len(word)
        if at == end:
            return flag == "n" and len(word) > 1
    return False


def unrecorded_person(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """The person's own mention and that the best document writes no figure of their act; None when the
    question asks of no named person, the document does not name them, or it says them doing the act."""
    name = acting_name(ctx.question)
    if not name or not evidence:
        return None
    after = ctx.question[ctx.question.find(name) + len(name) :]
    act = ASKING.sub("", re.sub(ACT_PERIOD, "", after))
    said = ACT_VERB.match(act)
    verb = said.group(0) if said else act_after(after)
    if not verb:
        return None
    chunks = ctx.source.document_chunks(evidence[0].chunk.doc_id)
    sentences = [(chunk, s.strip()) for chunk in chunks for s in split_sentences(chunk.text) if name in s]
    if any(verb in s[s.find(name) :] for _, s in sentences):
        return None  # the document may say it in words the count did not read: not ours to deny
    named = next(((c, s) for c, s in sentences if name in people_named(s)), None)
    if named is None:
        return None
    return said_without_figure(named, name, act, evidence)


def said_without_figure(named: tuple[Chunk, str], name: str, act: str, evidence: list[Evidence]) -> Answer:
    chunk, sentence = named
    book = CitationBook()
    mark = book.cite(chunk, sentence)
    text = (
        f"知识库中没有找到{name}{act}的数字记载，不作推测。"
        f"《{chunk.doc_title}》提到{name}：“{clean(sentence).rstrip('。')}”{mark}。"
    )
    # Still a refusal: the figure asked is not known, whatever the document says of the person.
    return Answer(text, "count", book.citations(), evidence, refused=True)
