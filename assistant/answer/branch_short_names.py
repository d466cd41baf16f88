"""A branch said by its short form, as clerks say it (公卫党支部 for 公共卫生党支部, 疾控支部 for 疾病控制党支部):
the short form keeps the full name's first character and the rest of its characters in order, and is shorter."""

from __future__ import annotations

import re

from assistant.search.organisations import in_order

# What a branch's name ends in; the characters before it are the name proper.
BRANCH_WORD = re.compile(r"党?支部")
NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,8}$")
BRANCH_SAID = re.compile(r"([\u4e00-\u9fff]{1,8}?)(党?支部)")
MAX_SHORT = 4  # 公卫, 社保, 机关一: a short form says at most this many characters before its 支部


def name_runs(text: str) -> list[str]:
    """The characters before each 支部 of the text, up to a punctuation mark (公共卫生 of 公共卫生党支部)."""
    runs = []
    for word in BRANCH_WORD.finditer(text):
        run = NAME_BEFORE.search(text[: word.start()])
        if run:
            runs.append(run.group(0))
    return runs


def shortens(short: str, run: str) -> bool:
    """Whether `short` is a short form of a name ending `run`: some tail of the run that is longer than
    `short`, starts with its first character and holds its characters in order (社保 of …社会保险)."""
    if len(short) < 2:
        return False
    tails = (run[-k:] for k in range(len(short) + 1, len(run) + 1))
    return any(tail[0] == short[0] and in_order(short, tail) for tail in tails)


def short_named(name: str, question: str) -> bool:
    """Whether the question says the branch `name` (公共卫生党支部) by a short form (公卫党支部)."""
    return bool(short_form(name, question))


def short_form(name: str, question: str) -> str:
    """The words by which the question says the branch `name` in short, with its 支部 (公卫党支部); "" if none."""
    stems = name_runs(name)
    if not stems or name in question:
        return ""
    stem = stems[-1]
    unparty = f"{stem}支部"  # 路灯支部 for 路灯党支部: the 党 left out, the name whole
    if name.endswith(f"{stem}党支部") and unparty in question:
        return unparty
    for said in BRANCH_SAID.finditer(question):
        run = said.group(1)
        for k in range(2, min(len(run), MAX_SHORT) + 1):
            if shortens(run[-k:], stem) and run[-k:] not in stem:
                return run[-k:] + said.group(2)
    return ""


def said_by_short_form(unit: str, statement: str) -> bool:
    """Whether the statement names a branch that `unit` (疾控) is the short form of (疾病控制党支部：…)."""
    unit = BRANCH_WORD.sub("", unit)
    return len(unit) <= MAX_SHORT and any(shortens(unit, run) for run in name_runs(statement))
