"""Who holds a post when no sentence names the holder beside it, and what post a named person holds.

A 述职报告 whose title names the post (…机关党委书记2024年度抓基层党建工作述职报告) is written by its holder:
the 述职人 line (or the name line under the title) answers 机关党委书记是谁, and the report's own 本人现任…
sentence says the post in the first person. 来指导的柏晓琳是什么职务 is answered by the sentence that writes the
post right before the name (市委组织部副部长柏晓琳到会指导), not by the one that only repeats the name.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME, ROLES, Wanted
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, Scored, clean
from assistant.answer.person_names import TITLE, is_name
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.search.organisations import PARTY_SUFFIX, named_organisation

REPORT_BY_HOLDER = re.compile(r"述职")
REPORTER_LINE = re.compile(rf"述职人[：:]\s*({NAME})")
NAME_LINE = re.compile(rf"^\s*({NAME})\s*$", re.M)
FIRST_PERSON_POST = re.compile(r"^(?:本人|我)(?:现任|任|担任|兼任|是)")
QUALIFIER_SPAN = 6  # characters before the role that say whose post it is
MIN_QUALIFIER = 2  # characters of the post's own words before the role (机关党委书记: 党委) the title must share
# A post written right before a name: 集团党委第三督导组组长、组织部部长柏晓琳 (the name after the last title).
POST_BEFORE_NAME = rf"(?:{ROLES}|{TITLE})(?:同志)?$"


def reporter_answer(ctx: AnswerContext, role: str, evidence: list[Evidence], kind: str) -> Answer | None:
    """The holder of the post `role` (the question's words ending with the role, 机关党委书记) as the one who
    gave the 述职报告 whose title names that post; None when no such report is among the evidence."""
    for chunk in dict.fromkeys(e.chunk for e in evidence):
        if not REPORT_BY_HOLDER.search(chunk.doc_title) or not names_post(chunk.doc_title, role):
            continue
        if not of_body_asked(ctx, role, chunk):
            continue
        chunks = ctx.source.document_chunks(chunk.doc_id)
        found = reporter(chunks)
        if not found:
            continue
        book = CitationBook()
        at, name, line = found
        text = f"据《{chunk.doc_title}》，述职人为{name}{book.cite(at, line)}"
        own = first_person_post(chunks, role[-2:])
        if own:
            text += f"；报告中写明：“{clean(own[1]).rstrip('。')}”{book.cite(*own)}"
        return Answer(text + "。", kind, book.citations(), evidence)
    return None


def of_body_asked(ctx: AnswerContext, role: str, chunk: Chunk) -> bool:
    """Whether the 述职 is by the post of the body the question asks about: of the organisation it names, or, when
    it names none its documents know, one whose title holds the body words before the party suffix (护卫部 of
    护卫部党总支书记); a 党总支书记's report of another organisation answers no other body's 党总支书记."""
    _, own = named_organisation(ctx.question, [d for d in ctx.source.documents() if d.kind != "regulation"])
    if own:
        return chunk.doc_id in own
    body = PARTY_SUFFIX.sub("", role[: -len(role[-2:])])
    return len(body) < MIN_QUALIFIER or body in chunk.doc_title


def post_asked(question: str, wanted: list[Wanted]) -> str:
    """The post a 谁 part asks about with the words before its role (柏溪人社局机关党委书记是谁 -> 局机关党委书记)."""
    for part in wanted:
        at = part.part.rfind(part.anchor) if part.kind == "person" and part.anchor else -1
        if at >= 0:
            return part.part[max(0, at - QUALIFIER_SPAN) : at + len(part.anchor)]
    return question


def names_post(title: str, role: str) -> bool:
    """Whether the title names the post asked: the role with at least some of the words before it."""
    at = title.find(role[-2:])
    while at >= 0:
        before = title[:at]
        shared = next((n for n in range(len(role) - 2, 0, -1) if before.endswith(role[: len(role) - 2][-n:])), 0)
        if shared >= MIN_QUALIFIER or len(role) - 2 < MIN_QUALIFIER and shared == len(role) - 2:
            return True
        at = title.find(role[-2:], at + 1)
    return False


def reporter(chunks: list[Chunk]) -> tuple[Chunk, str, str] | None:
    """The chunk, name and line of the 述职人, else the name standing alone on a line of the first chunk."""
    for chunk in chunks:
        match = REPORTER_LINE.search(chunk.text)
        if match and is_name(match.group(1)):
            return chunk, match.group(1), match.group(0)
    if chunks:
        for match in NAME_LINE.finditer(chunks[0].text):
            if is_name(match.group(1)):
                return chunks[0], match.group(1), match.group(1)
    return None


def first_person_post(chunks: list[Chunk], role: str) -> tuple[Chunk, str] | None:
    """本人现任…兼任局机关党委书记: the report's own sentence saying the post."""
    for chunk in chunks:
        for sentence in split_sentences(chunk.text):
            sentence = sentence.strip()
            if FIRST_PERSON_POST.search(sentence) and role in sentence:
                return chunk, sentence
    return None


def titled(ranked: list[Scored], people: list[str], question: str = "") -> list[Scored]:
    """The sentences writing a post right before one of `people` (组织部副部长柏晓琳), best first; 在局里担任什么职务
    puts first those giving a post of that body (副局长某某, 某某（局党组成员、副局长）), not only a Party one."""
    found = [s for s in ranked if any(post_before(s.sentence, name) for name in people)]
    body = BODY_SAID.search(question)
    if not body:
        return found
    return sorted(found, key=lambda s: not any(post_of_body(s.sentence, name, body.group(1)) for name in people))


# 在局里 / 在院里: the body whose post is asked, said by its one-character kind
BODY_SAID = re.compile(r"在([局所院厂队站处科校])里")


def post_of_body(sentence: str, name: str, body: str) -> bool:
    """副局长某某 / 某某（局党组成员、副局长）: a post of the body written right before the name or in brackets after it."""
    return bool(
        re.search(rf"{body}长(?:同志)?{re.escape(name)}|{re.escape(name)}(?:同志)?[（(][^）)]*{body}长", sentence)
    )


def post_before(sentence: str, name: str) -> bool:
    return any(re.search(POST_BEFORE_NAME, sentence[: m.start()]) for m in re.finditer(re.escape(name), sentence))


def reported_by(ctx: AnswerContext, person: str, evidence: list[Evidence]) -> set[str]:
    """The documents among the evidence that are `person`'s own 述职报告 (述职人：某某): their sentences are
    that person's, named or not (本人讲党课3次)."""
    docs = dict.fromkeys(e.chunk.doc_id for e in evidence) if person else {}
    return {d for d in docs if (found := reporter(ctx.source.document_chunks(d))) and found[1] == person}
