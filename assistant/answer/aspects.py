"""What a question or a section heading is about: its aspect (问题, 措施, 打算 …) from the words that name one.

`sections` finds the section a question's aspect names; lists and drafts ask the aspect of a question here.
"""

from __future__ import annotations

import re
from typing import Literal

Aspect = Literal["problems", "measures", "plans", "achievements", "agenda", "preparation", "requirements"]
# Words that name an aspect in a question, longest first within each aspect.
QUESTION_ASPECTS: dict[Aspect, tuple[str, ...]] = {
    "problems": ("问题", "不足", "差距", "短板", "薄弱环节"),
    "measures": ("整改措施", "措施", "举措", "整改"),
    "plans": ("下一步", "接下来", "今后", "打算", "计划", "思路", "要点", "准备干", "要干", "准备做"),
    "achievements": ("成效", "成绩", "亮点", "成果"),
    "agenda": ("议程",),
    "preparation": ("准备工作", "会前准备", "准备"),
    "requirements": ("要求",),
}
# Words that name an aspect in a section heading (存在的问题, 整改措施, 2024年工作打算, 主要工作及成效).
HEADING_ASPECTS: dict[Aspect, tuple[str, ...]] = {
    **QUESTION_ASPECTS,
    # 整改 alone names a report on 整改 (整改工作组织情况), not a section of measures.
    "measures": ("整改措施", "措施", "举措"),
    "achievements": ("成效", "成绩", "亮点", "成果", "主要工作", "工作总结", "主要做法"),
    "agenda": ("议程", "会议安排"),
    # 下半年工作安排 / 下步工作安排: what is still to be done, as 打算 says it.
    "plans": (*QUESTION_ASPECTS["plans"], "工作安排"),
}
ASKS_OPEN = re.compile(r"没有?(整改|完成)完?|未(完成)?(整改|完成)完?|尚未(完成)?(整改)?|还没|正在(推进|整改)|没改完")
FOUND_PROBLEMS = re.compile(r"查摆|检视出")
INTERROGATIVE = re.compile(r"哪|什么|啥|几")


def aspect_words(table: dict[Aspect, tuple[str, ...]], text: str) -> list[tuple[int, Aspect]]:
    """(position, aspect) of every aspect word in `text`; a longer word hides the shorter ones inside it."""
    found: dict[int, tuple[int, Aspect]] = {}
    for aspect, words in table.items():
        for word in words:
            for match in re.finditer(re.escape(word), text):
                start, length = match.start(), len(word)
                if all(not (s <= start < s + n) or length > n for s, (n, _) in found.items()):
                    found = {s: v for s, v in found.items() if not (start <= s < start + length)}
                    found[start] = (length, aspect)
    return sorted((s, a) for s, (_, a) in found.items())


def question_aspect(question: str) -> Aspect | None:
    """The aspect asked about: the first aspect word after the interrogative (哪些问题), else the last before it."""
    asks_open = ASKS_OPEN.search(question)
    question = ASKS_OPEN.sub("，", question)  # 没有整改完 asks for problems, not measures
    words = aspect_words(QUESTION_ASPECTS, question)
    if not words:  # 他查摆了啥: what was 查摆'd are problems
        return "problems" if asks_open or FOUND_PROBLEMS.search(question) else None
    asked = INTERROGATIVE.search(question)
    at = asked.start() if asked else len(question)
    after = [a for s, a in words if s >= at]
    return after[0] if after else words[-1][1]


JOINED = re.compile(r"以及|和|与|及|、")


def question_aspects(question: str) -> set[Aspect]:
    """Every aspect a question joins (查摆问题和整改措施: problems and measures), else the one it asks."""
    pieces = JOINED.split(question)
    joined = {question_aspect(piece) for piece in pieces} - {None}
    if len(pieces) > 1 and len(joined) > 1:
        return joined  # type: ignore[return-value]
    asked = question_aspect(question)
    return {asked} if asked else set()


# 深化调查研究，推动解决实际问题: work done on problems, not a section listing them.
PROBLEMS_SOLVED = re.compile(
    r"(?:解决|破解|化解|回应|推动|整改|补齐|补足|弥补|直面|正视)[^，,。：:]{0,4}(?:问题|难题|短板|弱项)"
)


def heading_aspect(label: str) -> Aspect | None:
    """What a heading is about: its last aspect word (问题整改措施 is about measures)."""
    words = aspect_words(HEADING_ASPECTS, PROBLEMS_SOLVED.sub("", label))
    return words[-1][1] if words else None


def heading_aspects(label: str) -> set[Aspect]:
    return {aspect for _, aspect in aspect_words(HEADING_ASPECTS, PROBLEMS_SOLVED.sub("", label))}
