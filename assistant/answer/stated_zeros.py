"""A count the report answers with a negation: 立了几个案子 when it says 未立案查处违纪案件, 发生几起事故 when it
says 全年没有发生安全事故. Such a statement is the answer 0, quoted with its citation, when its clause states no
figure and says every character of what is counted — the verb before 几/多少 and the thing after it."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.numeric_fact import UNITS
from assistant.answer.question import QUANTITY_WORD
from assistant.core.schema import Answer, Evidence
from assistant.core.text import split_sentences

# 未立案 / 没有发生 / 无一起 / 零发生: a clause saying none happened (未完成 is no zero: something was begun)
NEGATED = re.compile(r"(?:未|没有|没|无|零)(?!完成|完全|全部|达到|达标|按时|及时|能|再|来|满|成年)")
CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
DIGIT = re.compile(r"[\d一二两三四五六七八九十百千万]")
# 几个/几起 and the words around them that say nothing of what is counted
FILLER = re.compile(r"[了过的个子些]|一共|总共|共|总计|合计|多少|几|有|是|呢|吗|[？?。，,\s]")
COUNTED_SPAN = 6  # characters of the verb before 几/多少 and of the thing after it


def stated_zero(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """ "0。报告写明：…未…" quoting the best-ranked clause that negates what is counted; None when none does."""
    asked = QUANTITY_WORD.search(ctx.question)
    if not asked:
        return None
    before = re.split(r"[，,；;]|年|月|季度", ctx.question[: asked.start()])[-1][-COUNTED_SPAN:]
    after = re.split(r"[，,；;？?]", ctx.question[asked.end() :])[0]
    after = re.sub(rf"^(?:{UNITS}|起|宗)", "", after)[:COUNTED_SPAN]  # 几起违纪案件: 起 counts, says nothing
    counted = FILLER.sub("", before)[-2:] + FILLER.sub("", after)
    if len(counted) < 2:
        return None
    if any(states_a_figure(counted, item.chunk.text) for item in evidence):
        return None  # 立案5件 beside 信访举报…未立案: the figure is stated, only the count did not read it
    for item in evidence:
        for sentence in split_sentences(item.chunk.text):
            for clause in CLAUSE_BREAK.split(sentence):
                negated = NEGATED.search(clause)
                if negated and not DIGIT.search(clause) and all(c in clause[negated.end() :] for c in counted):
                    book = CitationBook()
                    quoted = sentence.strip()
                    text = f"0。报告写明：{quoted.rstrip('。；;')}{book.cite(item.chunk, quoted)}。"
                    return Answer(text, "count", book.citations(), evidence, derived_numbers={0.0})
    return None


def states_a_figure(counted: str, text: str) -> bool:
    """Whether a clause of the text says what is counted right before a figure (立案5件 for 立案几件)."""
    for clause in CLAUSE_BREAK.split(text):
        for figure in DIGIT.finditer(clause):
            said = clause[max(0, figure.start() - COUNTED_SPAN) : figure.start()]
            if counted[:2] in said and not NEGATED.search(said):
                return True
    return False
