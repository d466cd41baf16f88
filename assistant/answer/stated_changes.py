"""Two periods' figures stated by one sentence: "收入由2023年的38万元增长到52.6万元" in a 2024 report. Asked 比2023年
多了多少, the 2023 figure is that sentence's own (the 2023 report may be missing or say nothing of it); both
figures are answered from it, cited, and only their difference is computed (answer.periods)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.citations import CitationBook
from assistant.answer.numeric_fact import UNITS, format_number
from assistant.answer.quantities import NUMBER, QUANTITY
from assistant.answer.question import slots_of
from assistant.answer.year_cells import earlier_year, year_cells
from assistant.core.numerals import parse_number
from assistant.core.schema import Answer, Citation
from assistant.core.text import split_sentences

FIGURE = rf"(?:{NUMBER})(?:万|亿)?\s*(?:%|％|{UNITS})"
# 由2023年的38万元增长到52.6万元 / 从2022年底的61名增加至74名: the earlier period's figure, then the later one.
FROM_TO = re.compile(
    rf"(?:由|从)(?P<period>(?:19|20)\d{{2}}\s*年)(?:底|末|全年|度)?的?(?P<before>{FIGURE})"
    rf"(?:增长|增加|提高|上升|提升|下降|减少|降低|回落|扩大|缩减)?(?:到|至)(?P<after>{FIGURE})"
)
# 比2024年上半年的3名增加2名 / 较2023年的15次减少4次: the earlier period's figure, beside the later one's.
FROM_EARLIER = re.compile(
    rf"(?:比|较)(?P<period>(?:19|20)\d{{2}}\s*年(?:[上下]半年)?)(?:底|末|同期)?的(?P<before>{FIGURE})"
    rf"(?:增加|增长|提高|上升|多|减少|下降|降低|少)"
)
CLAUSE_BREAK = re.compile(r"[，,；;。：:\n]")
YEAR_OF = re.compile(r"((?:19|20)\d{2})年")


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
            report = one_period(slots_of(citation.doc).period)
            year = earlier_year(periods[earlier], periods[later], report) if not answers[later].refused else ""
            cells = year_cells(cited_sentences(citation), (year, report)) if year else []
            if cells and cells[1][1] in answers[later].text:
                # 2023年58 in the row of the figure the 2024 report's answer gave: both years from that row's
                # cells, so that the difference is of one thing (never of a 其中 part against a whole)
                quoted = replace(citation, quote=citation.quote.strip())
                said = {earlier: cells[0][0], later: cells[1][0]}
                return [figure_answer(answers[later], said[n], quoted) for n in (0, 1)]
            stated = change_in(citation, periods[earlier])
            if stated and report == one_period(periods[later]):
                sentence = stated.string
                subject = CLAUSE_BREAK.split(sentence[: stated.start()])[-1].strip()
                quoted = replace(citation, quote=sentence.strip())
                if stated.re is FROM_EARLIER:  # the later figure is its own answer's; only the earlier one is added
                    if answers[later].refused:
                        continue
                    earlier_said = figure_answer(
                        answers[later], f"{stated.group('period')}的{stated.group('before')}", quoted
                    )
                    return [earlier_said if n == earlier else answers[n] for n in (0, 1)]
                figures = {later: stated.group("after"), earlier: stated.group("before")}
                found = answers[later] if not answers[later].refused else answers[earlier]
                return [figure_answer(found, f"{subject}{figures[n]}", quoted) for n in (0, 1)]
    return answers


def one_period(period: str) -> str:
    """2023年度 and 2023年全年 are 2023年; 2023年上半年 stays a half."""
    return re.sub(r"\s|度|全年", "", period)


def change_in(citation: Citation, period: str) -> re.Match[str] | None:
    """The change the cited sentence states from `period` on (matched in the whole sentence), else None."""
    for sentence in cited_sentences(citation):
        stated = FROM_TO.search(sentence) or FROM_EARLIER.search(sentence)
        if stated and one_period(stated.group("period")) == one_period(period):
            return stated
    return None


def cited_sentences(citation: Citation) -> list[str]:
    """The sentences of the cited chunk that hold the quote (a quote may be one clause of its sentence)."""
    text = citation.chunk.text if citation.chunk is not None else citation.quote
    return [s for s in split_sentences(text) if citation.quote.strip("。") in s] or [citation.quote]


def figure_answer(found: Answer, said: str, citation: Citation) -> Answer:
    """One period's figure as the sentence says it, cited to that sentence."""
    return Answer(f"{said}〔1〕。", "count", [citation], found.retrieved, confidence="high")


# 比上年增加6名 / 较上年增长4.2万元 / 同比减少3次: the change from the year before, stated with its unit.
STATED_BY = re.compile(
    rf"(?:(?:比|较)(?:上年|上一年|去年|上年度)(?P<same>同期)?|同比)"
    rf"(?P<way>增加|增长|提高|上升|多|减少|下降|降低|少)了?(?P<change>{FIGURE})"
)
MORE = ("增加", "增长", "提高", "上升", "多")


def stated_difference(
    labels: list[str], questions: list[str], answers: list[Answer], units: list[str | None], book: CitationBook
) -> tuple[str, float] | None:
    """ "2024年比2023年多6名（据“比上年增加6名”〔1〕）" when the earlier year's answer found nothing and the later
    year's cited sentence states its change from the year before in the unit of its figure; else None."""
    periods = [one_period(slots_of(q).period) for q in questions]
    years = [YEAR_OF.match(p) for p in periods]
    if len(answers) != 2 or not all(years):
        return None
    for later in (0, 1):
        earlier = 1 - later
        unit = units[later]
        consecutive = int(years[later].group(1)) == int(years[earlier].group(1)) + 1
        if answers[later].refused or not answers[earlier].refused or not unit or not consecutive:
            continue
        if periods[later][5:] != periods[earlier][5:]:
            continue  # 2024年上半年 against 2023年全年: the change said is of another span
        for citation in (c for c in answers[later].citations if c.chunk is not None):
            said = next((m for m in map(STATED_BY.search, cited_sentences(citation)) if m), None)
            if not said or (periods[later][5:] and not (said.group("same") or said.group(0).startswith("同比"))):
                continue  # 比上年 of a half-year report: the whole year before, not its same half
            change = QUANTITY.match(said.group("change"))
            value = parse_number(change.group("num")) if change else None
            if value is None or f"{change.group('scale') or ''}{change.group('unit')}" != unit:
                continue  # 增长18% beside 32.6万元: a rate, not the change of the figure
            way = "多" if said.group("way") in MORE else "少"
            book.cite(citation.chunk, said.string.strip())
            number = book.number(citation.chunk)
            text = f"{labels[later]}比{labels[earlier]}{way}{format_number(value)}{unit}（据“{said.group(0)}”〔{number}〕）。"
            return text, value
    return None
