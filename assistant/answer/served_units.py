"""A figure of what was done for the unit asked, not by it (a secretary's 述职: 为第一党支部讲党课2次), asked as the
unit's own (第一党支部讲了几场党课): the act is the speaker's, so only the unit's own figures answer (its table row,
a sentence with the unit acting)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.branch_units import plain_unit_words

if TYPE_CHECKING:  # count_matching calls this module
    from assistant.answer.count_matching import ScoredFact

# Before a unit, the one an act is done for or to; the organisation's words may stand between (为局机关第一党支部).
SERVED = r"(?:为|给|向|对|到|帮|替|赴|深入|走进)(?:基层)?(?:联系点|所联系的?)?[\u4e00-\u9fff]{0,4}?"


def served_only(unit: str, text: str) -> bool:
    """Whether `text` names the unit, each time as the one an act was done for (为X讲党课)."""
    plain, said = plain_unit_words(text), re.escape(plain_unit_words(unit))
    named = len(re.findall(said, plain))
    return named > 0 and len(re.findall(rf"{SERVED}{said}", plain)) == named


def own_figures(unit: str, question: str, facts: list[ScoredFact]) -> list[ScoredFact]:
    """The facts without those whose clause names the unit asked of (`unit`, as `question` names it) only as
    the one served; all of them when no unit is asked of, or the question asks what was done for it
    (为第一党支部讲了几次)."""
    if not unit or served_only(unit, question):
        return facts
    return [f for f in facts if not served_only(unit, f.fact.clause or f.fact.sentence)]
