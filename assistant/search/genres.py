"""Which of an organisation's documents a question's wording fits: its 总结/报告, its 述职, its 生活会 report, its 要点.

One organisation often has several documents on one year: a 年度总结, a 书记's 述职 and a 组织生活会 report. A
question that names a document type is answered from that type; one that names none is about the organisation's
work, which its 总结/报告 (or minutes) tell rather than a 述职 (本人讲党课4次 is one person's figure); one that
says 本人/自己 asks the person's own account, one that says 生活会 the meeting's report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.core.schema import Genre
from assistant.index.knowledge_base import DocRecord

# A document type the question names outright (…总结里, …要点对…): documents of that genre are the only answer.
GENRE_ASKED: tuple[tuple[Genre, re.Pattern[str]], ...] = (
    ("述职", re.compile(r"述职")),
    ("plan", re.compile(r"要点")),
    ("summary", re.compile(r"总结(?:里|中|报告|材料)|(?:工作|年度|全年)总结")),
    ("notice", re.compile(r"通知")),
    # 学习情况报告 is a summary's title as often as a meeting's: only a meeting named says which.
    ("meeting", re.compile(r"生活会(?:情况)?报告|会议(?:情况报告|纪要)|纪要")),
)
# Types a knowledge base either has for an organisation or not: asked of one it lacks, the answer is a refusal
# (a 上半年工作报告 answers …上半年总结里…).
OWN_TYPES: frozenset[Genre] = frozenset({"述职", "plan", "meeting"})
# Any document type said in a turn (那组织生活会上…, 述职里…): a follow-up naming one is about that document.
GENRE_SAID: tuple[tuple[Genre, re.Pattern[str]], ...] = (
    ("述职", re.compile(r"述职")),
    ("plan", re.compile(r"要点")),
    ("meeting", re.compile(r"生活会")),
    ("summary", re.compile(r"总结(?:里|中|报告|材料)|工作总结")),  # not 写成一段总结: a draft's form
)
ACCOUNTS: frozenset[Genre] = frozenset({"summary", "report"})  # one account under two names
ACCOUNT_SAID = re.compile(r"总结")
# 本人/自己/亲自: the person's own account, which a 述职 gives.
PERSONAL = re.compile(r"述职|本人|个人|自己|亲自")
MEETING = re.compile(r"生活会")
# A post named (书记讲了几次): a 总结's 其中党委书记… and a 述职's 本人… may both tell it; neither is preferred.
POST = re.compile(r"书记|委员|主任|局长|院长|校长|所长|站长|部长|董事长|总经理|行长|主席")


def genre_asked(question: str) -> Genre | None:
    """The document type the question names outright, if any."""
    return next((genre for genre, words in GENRE_ASKED if words.search(question)), None)


def genre_said(text: str) -> Genre | None:
    """The document type a turn names in any words (述职, 要点, 生活会, 总结), if any."""
    return next((genre for genre, words in GENRE_SAID if words.search(text)), None)


def of_genre(genre: Genre, documents: Sequence[DocRecord]) -> bool:
    """Whether any of the documents is of that type (a 报告 being of a 总结's)."""
    kinds = {genre} | (ACCOUNTS if genre in ACCOUNTS else set())
    return any(d.profile and d.profile.genre in kinds for d in documents)


def of_genre_asked(question: str, documents: list[DocRecord]) -> list[DocRecord]:
    """The documents of the types the question names (总结里…; 述职和年度总结: both), if there are any; else all."""
    genres = {genre for genre, words in GENRE_ASKED if words.search(question)}
    typed = [d for d in documents if d.profile and d.profile.genre in genres]
    return typed or documents


def lacked_genre(question: str, documents: Sequence[DocRecord]) -> Genre | None:
    """The type the question names (述职, 要点, 生活会报告) when none of the documents is of it; None when it names
    two (对比要点和总结…: each is read from what there is)."""
    named = {genre for genre, words in (*GENRE_ASKED, *GENRE_SAID) if words.search(question)}
    named |= {"summary"} if ACCOUNT_SAID.search(question) else set()  # 对比要点和上半年总结
    genre = genre_asked(question) if len(named) == 1 else None
    if genre not in OWN_TYPES or any(d.profile and d.profile.genre == genre for d in documents):
        return None
    return genre


def fitting_documents(question: str, documents: Sequence[DocRecord]) -> frozenset[str] | None:
    """Ids of the documents whose type the question's wording fits best, to be answered from first; None when
    all fit alike (one type, a type named outright, or a post that either kind of document may tell of)."""
    if genre_asked(question) or len({d.profile.genre for d in documents if d.profile}) < 2:
        return None
    if PERSONAL.search(question):
        chosen = [d for d in documents if d.profile and d.profile.genre == "述职"]
    elif MEETING.search(question):
        chosen = [d for d in documents if d.profile and d.profile.genre == "meeting"]
    elif POST.search(question):
        return None
    else:
        # With no 总结 or 报告 among them (a 述职 and a 整改 report), the 述职 may be the only account there is.
        accounts = of_genre("summary", documents)
        chosen = [d for d in documents if d.profile and d.profile.genre != "述职"] if accounts else []
    if not chosen or len(chosen) == len(documents):
        return None
    return frozenset(d.doc_id for d in chosen)
