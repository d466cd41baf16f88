"""Which kind of answer a question wants, and follow-ups rewritten from the conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answer.facts import UNITS, asked_quantity
from assistant.core.numerals import ARTICLE_REF
from assistant.search.retriever import NO_HINTS, SearchHints

Message = dict  # {"role": "user" | "assistant", "content": str}
AnswerKind = Literal["count", "fact", "list", "lookup", "cited", "draft"]

COUNT = re.compile(rf"(?<!哪)几(?:{UNITS})|多少")
CITED = re.compile(
    r"(引用|提到|提及|涉及|援引|依据|根据)了?(哪些|什么|哪几)[^？?]*(法规|条例|准则|规定|文件|制度|党规)"
)
DRAFT = re.compile(r"起草|撰写|草拟|拟写|写一段|写段|形成一段|生成一段|概括成一段|总结一段|写一份")
LIST = re.compile(r"哪些|哪几|有什么措施|什么措施|几个方面|哪些方面|举措|措施")
LOOKUP = re.compile(
    r"处分|处理|问责|追究|怎么处|如何处|违反|违纪|第[一二三四五六七八九十百零〇\d]+条|《[^》]+》[^？?]*(规定|内容|是什么)"
)
FOLLOW_UP_START = re.compile(r"^(那么|那|还有|另外|再问一下|再问)")
FOLLOW_UP_END = re.compile(r"(呢|吗)[？?。！!]*$")


def hints_for(query: str) -> SearchHints:
    """What retrieval should favour for this query: stated quantities, citing passages."""
    return SearchHints(quantity=asked_quantity(query), cites_documents=bool(CITED.search(query)))


@dataclass(frozen=True)
class Route:
    kind: AnswerKind
    question: str  # the question as understood (follow-ups rewritten)
    focus: str = ""  # what a follow-up asked about (那党支部书记呢 -> 党支部书记)
    hints: SearchHints = NO_HINTS  # for searching `question`


def route(question: str, mode: str = "auto") -> AnswerKind:
    if mode == "draft" or (mode == "auto" and DRAFT.search(question)):
        return "draft"
    if CITED.search(question):
        return "cited"
    if mode == "lookup":
        return "lookup"
    if COUNT.search(question):
        return "count"
    if ARTICLE_REF.search(question) or LOOKUP.search(question):
        return "lookup"
    if LIST.search(question):
        return "list"
    return "fact"


def follow_up_core(question: str) -> str | None:
    """The new subject of a short follow-up (那党支部书记呢？ -> 党支部书记), else None."""
    text = question.strip()
    if len(text) > 16 or not (FOLLOW_UP_START.search(text) or FOLLOW_UP_END.search(text)):
        return None
    core = FOLLOW_UP_END.sub("", FOLLOW_UP_START.sub("", text)).strip(" ，,？?。")
    return core or None


def rewrite(question: str, previous: str) -> tuple[str, str]:
    """Rewrite a follow-up against the previous question; returns (question, focus)."""
    core = follow_up_core(question)
    if core is None or not previous:
        return question, ""
    if ARTICLE_REF.fullmatch(core) and ARTICLE_REF.search(previous):
        return ARTICLE_REF.sub(core, previous, count=1), ""
    if ARTICLE_REF.fullmatch(core):
        titles = re.findall(r"《[^》]+》", previous)
        return (f"{titles[0]}{core}" if titles else core), ""
    return f"{core}，{previous}", core


def understand(question: str, history: list[Message] | None, mode: str = "auto") -> Route:
    """Route a question, first rewriting it (and earlier follow-ups) from the conversation."""
    previous = ""
    for message in history or []:
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            previous = rewrite(message["content"], previous)[0]
    rewritten, focus = rewrite(question, previous)
    return Route(route(rewritten, mode), rewritten, focus, hints_for(rewritten))
