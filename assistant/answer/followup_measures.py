"""产量呢 after 玉米种了多少亩: a follow-up naming another measure of the same thing. The last question counted
no thing but a unit (亩, 吨), so the new word replaces what was measured, not the unit: the thing (玉米) is
kept, the act that measured it (种了) is not, since the new measure is no amount of that act."""

from __future__ import annotations

from assistant.answer.numeric_fact import FAMILY_OF_UNIT
from assistant.answer.question import QUANTITY_WORD
from assistant.core.words import tagged_words

NOUN_FLAGS = ("n", "vn")


def measure_swapped(question: str, rest: str, counted: str) -> str:
    """The question of measure `rest` of what `question` measured in unit `counted`; "" when `counted` is no
    unit or `rest` names no measure (a noun, not itself a unit)."""
    if counted not in FAMILY_OF_UNIT or rest in FAMILY_OF_UNIT or len(rest) < 2:
        return ""
    words = tagged_words(rest)
    if not words or not words[-1][1].startswith(NOUN_FLAGS):
        return ""
    asked = QUANTITY_WORD.search(question)
    thing = tagged_words(question[: asked.start()]) if asked else []
    while thing and thing[-1][1][0] in "vudm":  # 种了 / 完成了: the act that measured in the old unit (种: "m" too)
        thing.pop()
    return f"{''.join(w for w, _ in thing)}{rest}是多少" if thing else ""
