"""A draft over the whole conversation: "把上面这些写成一段总结" after several turns.

Each earlier turn's question is answered again on its own (so each statement comes with its cited
sentences), and the draft joins those sentences in the order the turns were asked, one point per turn
(一是……；二是……), in the length asked for. Which turns count is decided in `followup_drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.citations import CitationBook
from assistant.answer.draft_compose import Part, compose, has_figure
from assistant.answer.draft_names import organisation_name, period_of
from assistant.answer.draft_options import draft_options
from assistant.answer.followup_turns import ENDING, Turn
from assistant.core.schema import Answer
from assistant.core.text import split_sentences
from assistant.search.source import EvidenceSource


def recap_of_turns(
    question: str, asked: tuple[str, ...], last: Turn | None, answer: Callable[[str], Answer], source: EvidenceSource
) -> Answer | None:
    """The recap of the turns `asked`: those answered in the conversation answered again alone (`answer`), those
    refused there not asked again (another reading must not fill in what the user was told is not there)."""
    refused = {t.question for t in last.conversation if t.refused} if last else set()
    answered = {q: answer(q) for q in asked if q not in refused}
    unfound = tuple(q for q in asked if q not in answered or answered[q].refused)
    return recap_answer(question, list(answered.values()), source, unfound)


def recap_answer(
    question: str, answers: list[Answer], source: EvidenceSource, unfound: tuple[str, ...] = ()
) -> Answer | None:
    """One paragraph over the answers of the earlier turns, each sentence cited, and the questions `unfound`
    said to have found nothing (never filled in); None when none was answered."""
    options = draft_options(question)
    # A recap of a length asked (压缩一下) says what each turn's answer stated, not the whole sentences it quoted.
    parts = turn_parts(answers, stated=options.chars is not None)
    if not parts:
        return None
    first = parts[0].chunk
    org = organisation_name(source.document(first.doc_id), [first])
    periods = {period_of(part.chunk.doc_title) for part in parts}
    lead = f"{periods.pop()}，{org}" if len(periods) == 1 and "" not in periods else org  # one period, or none named
    if len(periods) > 1:  # turns on several periods: each point says its own
        parts = [replace(part, when=period_of(part.chunk.doc_title)) for part in parts]
    book = CitationBook()
    text = compose(f"{lead}有关情况如下：", parts, options, book)
    if unfound:
        text += f"\n（{'；'.join(ENDING.sub('', q) for q in unfound)}：知识库中没有找到相关内容，未写入。）"
    retrieved = list({e.chunk.id: e for a in answers for e in a.retrieved}.values())
    return Answer(text, "draft", book.citations(), retrieved)


def turn_parts(answers: list[Answer], stated: bool = False) -> list[Part]:
    """One part per answered turn and chunk of a report: the sentences its citations quote, each used once;
    with `stated`, the statements of figures the answer itself made from them (应参会党员118名、实到113名), when
    it wrote them as the report does."""
    parts: list[Part] = []
    used: set[str] = set()
    for answer in answers:
        if answer.refused:
            continue
        for number, citation in enumerate(answer.citations, 1):
            # A summary of the work says what was done: articles looked up on the way are no part of it.
            if citation.chunk is None or citation.chunk.doc_kind == "regulation":
                continue
            own = statements(answer.text, number, citation.chunk.text) if stated else []
            quoted = own or split_sentences(citation.quote)
            sentences = [s for s in quoted if s not in used and s in citation.chunk.text]
            used.update(sentences)
            # What a turn answered is what the recap is for: a key figure, never dropped as a table's row
            # (下步打算：拟于…，计划… reads like one) nor after the other figures.
            keys = tuple(sentences)
            if sentences and parts and parts[-1].chunk.id == citation.chunk.id:  # 其中… of the turn before: one point
                last = parts[-1]
                parts[-1] = replace(last, sentences=[*last.sentences, *sentences], keys=(*last.keys, *keys))
            elif sentences:
                parts.append(Part(citation.chunk, sentences, keys=keys))
    return parts


def statements(text: str, number: int, cited: str) -> list[str]:
    """The answer's statements marked 〔number〕 that state a figure in the cited text's own words."""
    found = re.findall(rf"([^〔〕\n。；;：:]+)〔{number}〕", text)
    return [s.strip("，, ") for s in found if has_figure(s) and s.strip("，, ") in cited]
