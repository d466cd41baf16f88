"""A later part asking the counterpart act of the part before: 应到多少人，实到多少 / 应交多少党费，实交多少 /
应参会多少人 then 实到呢. It is the same question with the other act (实到多少人), not the first act's words with the
second's after them."""

from __future__ import annotations

import re

from assistant.answer.question import INTERROGATIVE, PARTICLES
from assistant.answer.question_parts import scope_before_act
from assistant.core.words import tagged_words

# 实到多少 / 实交了几个 / 实到(呢): an act, maybe a quantity, nothing counted of its own
# (实到几个 says its measure and is read with the thing counted before: followup_elliptical.BARE_COUNT)
BARE_ACT = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:了?(?:多少|几))?(?:呢|吗)?[？?。]*$")
# what should be (应到, 应参会) against what was (实到, 实参会): a pair whatever verb each says it with
DUE_AND_DONE = {"应", "实"}


def counterpart_question(question: str, later: str) -> str:
    """应到多少人 + 实到多少 -> 应到 swapped for 实到: 商务局组织生活会实到多少人; "" unless the later act is the
    first's with another first character (应到/实到, 应参会/实参会, 应交/实交) or its due/done counterpart
    (应参会/实到)."""
    bare = BARE_ACT.match(PARTICLES.sub("", later.strip()))
    if not bare or not all(flag.startswith("v") for _, flag in tagged_words(bare.group(1))):
        return ""
    text = PARTICLES.sub("", question.strip())
    asked = INTERROGATIVE.search(text)
    scope = scope_before_act(text)
    if not asked or not scope or not text.startswith(scope):
        return ""
    act = text[len(scope) : asked.start()]
    other = bare.group(1)
    due_and_done = {act[:1], other[:1]} == DUE_AND_DONE
    if act == other or not (due_and_done or (len(act) == len(other) and act[1:] == other[1:])):
        return ""
    if due_and_done:  # 实到 after 应参会: said with the verb the report was asked by (实参会)
        other = f"{other[:1]}{act[1:]}"
    return f"{scope}{other}{re.sub(r'[？?。]*$', '', text[asked.start() :])}？"
