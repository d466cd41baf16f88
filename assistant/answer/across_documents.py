"""The note under figures quoted from several documents: they are not added up, and when every document
states the same figure (a plan repeated in the next half's report), that they agree rather than differ."""

from __future__ import annotations

from assistant.answer.count_matching import ScoredFact

NOT_ADDED = "以上数字分别来自不同文档（不同单位或时期），未合并计算。"
SAME_FIGURE = "以上几份文档所记数字一致（均为{figure}），是同一个数，未重复计算。"


def across_documents_note(by_doc: dict[str, list[ScoredFact]]) -> str:
    """The note for the figures of `by_doc` (doc id -> its matching facts), quoted one document each."""
    best = [max(scored, key=lambda s: s.score).fact for scored in by_doc.values()]
    figures = {(f.amount, f.unit) for f in best}
    if len(figures) == 1 and all(len(scored) == 1 or closest_only(scored) for scored in by_doc.values()):
        return SAME_FIGURE.format(figure=best[0].value_text)
    return NOT_ADDED


def closest_only(scored: list[ScoredFact]) -> bool:
    """Every matching fact of one document states its best figure (one statement quoted more than once)."""
    best = max(scored, key=lambda s: s.score).fact
    return all((s.fact.amount, s.fact.unit) == (best.amount, best.unit) for s in scored)
