"""Two periods' figures stated by one sentence: "收入由2023年的38万元增长到52.6万元" in a 2024 report. Asked 比2023年
多了多少, the 2023 figure is that sentence's own (the 2023 report may be missing or say nothing of it); both
figures are answered from it, cited, and only their difference is computed (answer.periods)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.facts import NUMBER, UNITS
from assistant.answer.period_figures import same_period
from assistant.answer.question import slots_of
from assistant.core.schema import Answer, Citation
from assistant.core.text import split_sentences

FIGURE = rf"(?:{NUMBER})(?:万|亿)?\s*(?:%|％|{UNITS})"
# 由2023年的38万元增长到52.6万元 / 从2022年底的61名增加至74名: the earlier period's figure, then the later one.
FROM_TO = re.compile(
    rf"(?:由|从)(?P<period>(?:19|20)\d{{2}}\s*年)(?:底|末|全年|度)?的?(?P<before>{FIGURE})"
    rf"(?:增长|增加|提高|上升|提升|下降|减少|降低|回落|扩大|缩减)?(?:到|至)(?P<after>{FIGURE})"
)
CLAUSE_BREAK = re.compile(r"[，,；;。：:\n]")


def with_stated_figures(questions: list[str], answers: list[Answer]) -> list[Answer]:
    """`answers`, with both periods' answers taken from one cited sentence of the later period's report that
    states both figures, when the earlier period's own answer found no figure (refused); unchanged otherwise."""
    if len(questions) != 2 or len(answers) != 2:
        return answers
    periods = [slots_of(q).period for q in questions]
    cited = [c for a in answers for c in a.citations]
    for later in (0, 1):
        earlier = 1 - later
        if not answers[earlier].refused or not all(periods):
            continue
        for citation in cited:
            stated = change_in(citation, periods[earlier])
            if stated and one_period(slots_of(citation.doc).period) == one_period(periods[later]):
                sentence = stated.string
                subject = CLAUSE_BREAK.split(sentence[: stated.start()])[-1].strip()
                quoted = replace(citation, quote=sentence.strip())
                figures = {later: stated.group("after"), earlier: stated.group("before")}
                found = answers[later] if not answers[later].refused else answers[earlier]
                return [figure_answer(found, f"{subject}{figures[n]}", quoted) for n in (0, 1)]
    return answers


def one_period(period: str) -> str:
    """2023年度 and 2023年全年 are 2023年; 2023年上半年 stays a half."""
    return re.sub(r"\s|度|全年", "", period)


def change_in(citation: Citation, period: str) -> re.Match[str] | None:
    """The change the cited sentence states from `period` on (matched in the whole sentence), else None."""
    text = citation.chunk.text if citation.chunk is not None else citation.quote
    for sentence in split_sentences(text):
        if citation.quote.strip("。") not in sentence:
            continue
        stated = FROM_TO.search(sentence)
        if stated and same_period(stated.group("period").replace(" ", ""), period):
            return stated
    return None


def figure_answer(found: Answer, said: str, citation: Citation) -> Answer:
    """One period's figure as the sentence says it, cited to that sentence."""
    return Answer(f"{said}〔1〕。", "count", [citation], found.retrieved, confidence="high")
