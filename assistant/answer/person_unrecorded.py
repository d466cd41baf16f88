"""A count asked of a person the document names but gives no figure for (副书记曹某讲了几次党课, where the report
names 副书记曹某 and counts only 支部书记何某讲党课2次): a refusal that says where the person is named, instead of
another person's figure or a bare refusal."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, clean
from assistant.answer.count_rows import ACT_PERIOD, PERSON_ACTING
from assistant.answer.followup_people import word_starts
from assistant.answer.person_names import is_name, people_named
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import tagged_words

ASKING = re.compile(r"(?:了|过)?(?:一共|总共|共)?(?:几|多少)(?:次|回|场|堂|个|名|项)?|[？?。！!\s]+$")
ACT_VERB = re.compile(r"领学|主持|主讲|讲授|讲|作|发言")


def acting_name(question: str) -> str:
    """沈某 of 沈某讲了几次党课: a name the question's own words start (not 关支部 of 机关支部一共讲, nor 季度)."""
    acting = PERSON_ACTING.search(question)
    if not acting or not is_name(acting.group(1)) or acting.start(1) not in word_starts(question):
        return ""
    return "" if ends_in_common_noun(question, acting.end(1)) else acting.group(1)


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
    act = ASKING.sub("", re.sub(ACT_PERIOD, "", ctx.question[ctx.question.find(name) + len(name) :]))
    verb = ACT_VERB.match(act)
    if not verb:
        return None
    chunks = ctx.source.document_chunks(evidence[0].chunk.doc_id)
    sentences = [(chunk, s.strip()) for chunk in chunks for s in split_sentences(chunk.text) if name in s]
    if any(verb.group(0) in s[s.find(name) :] for _, s in sentences):
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
        f"知识库中没有找到{name}{act}的次数记载，不作推测。"
        f"《{chunk.doc_title}》提到{name}：“{clean(sentence).rstrip('。')}”{mark}。"
    )
    # Still a refusal: the figure asked is not known, whatever the document says of the person.
    return Answer(text, "count", book.citations(), evidence, refused=True)
