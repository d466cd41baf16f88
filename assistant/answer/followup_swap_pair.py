"""X换成Y呢: a follow-up that says both what it replaces and what replaces it.

"义务换成权利呢" / "把上半年换成下半年呢" / "女党员改成青年党员呢": Y replaces X in the turn of the conversation
that asked about X. When no turn's question says X (it was said by an answer: 党章第三条讲的啥 -> 义务), the turn
is read as 那Y呢 of the last turn, which the other follow-ups resolve. X is never read as a period or an
organisation of its own (义务换成权利 asks nothing of 义务).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.followup_turns import ENDING, Turn
from assistant.answer.question import PERIOD

# The replaced words come first (2–12 characters, not 那/就 which only lead the turn), then 换成/改成 and the new ones.
SWAP_PAIR = re.compile(
    r"^(?:那么|那|就|要是|如果)?(?:把|将)?(?P<old>[^，,？?、\s]{2,12}?)(?:换成|改成|换为|改为|变成)"
    r"(?P<new>[^，,？?、\s]{1,16}?)(?:的)?(?:呢|吗|的话|会怎样)?[？?。！!\s]*$"
)
FILLER = re.compile(r"^(?:那么|那|就|要是|如果|把|将)+$")
# 书记换成谁了 / 改成什么了 asks who or what replaced it (a change the report states), not a swap of words
ASKED_WORD = re.compile(r"谁|什么|啥|哪|几|多少")


@dataclass(frozen=True)
class WordsSwapped:
    """How a X换成Y turn is read: `question` when Y replaced X in a turn's question (or a regulation's answer
    spoke of X: where it speaks of Y), else `text` (那Y呢) of `turn`."""

    turn: Turn
    question: str = ""
    text: str = ""
    period: bool = False  # a period replaced: the same organisation's other period


def words_swapped(text: str, last: Turn) -> WordsSwapped | None:
    """The X换成Y turn read against the conversation; None when the turn says no such pair."""
    pair = SWAP_PAIR.match(text.strip())
    if not pair or FILLER.fullmatch(pair.group("old")) or ASKED_WORD.search(pair.group("new")):
        return None
    old, new = pair.group("old"), pair.group("new")
    said = next((t for t in reversed(last.conversation) if old in t.question), None)
    regulation = last.slots.regulation
    if said is None and regulation and old in last.answer:  # 义务换成权利呢 after the charter's articles on 义务
        return WordsSwapped(last, question=f"{regulation}关于{new}是怎么规定的？")
    if said is None:
        return WordsSwapped(last, text=f"那{new}呢")
    question = ENDING.sub("", said.question).replace(old, new, 1)
    return WordsSwapped(said, question=f"{question}？", period=bool(PERIOD.fullmatch(old)))
