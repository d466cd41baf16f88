"""What a draft asked in a conversation is about: "把上面的写成一段话" drafts the last turn's topic;
"把上面这些写成一段总结" recaps every turn (answer.recap), "把这些问题写成…" only what the last answer listed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.question import context_of
from assistant.core.words import names_a_thing

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

TOPIC_NOISE = re.compile(r"这些|这几个|这几|这个|这份|上面的|上述|以上|他们|她们|他自己说|她自己说|自己说|他|她|其|是$")
VERB_COMPLEMENT = re.compile(r"(?<=[\u4e00-\u9fff])(?:得|完)?(?:了|的)?$")
DANGLING_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:开|搞|办|花|用|做|有|是)$")  # 中心组学习开(了几次)
SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
ONE_THING_POINTED = re.compile(
    r"(?:这些|这几[个条项]?|上面的?|上述|以上|前面的?)(?:问题|措施|成效|做法|经验|打算|计划|举措|不足|亮点|短板|整改)"
)
DRAFTED = re.compile(r"^起草")  # a draft turn of the conversation is not a topic of the next draft


def draft_topic_of(question: str) -> str:
    """What a draft over the last turn is about: its topic without pointers, the verb's complement left
    before the question word (整改得怎么样 → 整改, 整改完了没有 → 整改) and words said twice; a whole
    and its 其中 part both (中心组学习开了几次，其中专题研讨几次 → 中心组学习和专题研讨)."""
    whole, _, part = question.partition("，其中")
    if part:  # the part as a topic of its own when it names a thing (其中参加的有多少 names none)
        named = draft_topic_of(part)
        return f"{draft_topic_of(whole)}和{named}" if names_a_thing(named) else draft_topic_of(whole)
    topic = TOPIC_NOISE.sub("", context_of(question))
    topic = DANGLING_VERB.sub("", VERB_COMPLEMENT.sub("", topic))
    return SAID_TWICE.sub(r"\1", topic) or topic


def recapped_questions(text: str, last: Turn) -> tuple[str, ...]:
    """The questions of every earlier turn, in order, when a draft points at all of them ("上面这些"),
    not at one thing the last answer listed ("这些问题")."""
    if ONE_THING_POINTED.search(text):
        return ()
    asked = tuple(
        dict.fromkeys(t.question for t in last.conversation if not t.refused and not DRAFTED.match(t.question))
    )
    return asked if len(asked) > 1 else ()
