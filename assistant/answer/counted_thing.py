"""The thing a count question names after its asking word (隐患 of 巡查查出多少隐患): a figure whose sentence says
nothing of it (巡查120次, said of the activity that found them) does not answer, when a figure of that thing is
there to answer (发现隐患486处)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.answer.head_verb import said_so_far

if TYPE_CHECKING:
    from assistant.answer.count_matching import ScoredFact


def by_counted_thing(scored: list[ScoredFact], thing: str, threshold: float) -> list[ScoredFact]:
    """The figures whose own words hold the thing counted, when the best one's sentence says no part of it
    (no two characters of it: 开展主题党日12次 still speaks of 主题党日活动) and some good ones hold it whole.
    Else all of them, as ranked."""
    if len(thing) < 2 or not scored:
        return scored
    best = max(scored, key=lambda s: s.score).fact
    said = said_so_far(best) + best.row
    if any(thing[i : i + 2] in said for i in range(len(thing) - 1)):
        return scored
    holding = [s for s in scored if s.score >= threshold and thing in said_so_far(s.fact) + s.fact.row]
    return holding or scored
