"""A count the report answers with a negation: 立了几个案子 when it says 未立案查处违纪案件, 发生几起事故 when it
says 全年没有发生安全事故. Such a statement is the answer 0, quoted with its citation, when its clause states no
figure and says every character of what is counted — the verb before 几/多少 and the thing after it. Whether
something happened (有没有立案查处的) is answered 没有 by such a clause the same way."""

from __future__ import annotations

import re
from typing import Literal

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext, Scored
from assistant.answer.numeric_fact import UNITS
from assistant.answer.question import QUANTITY_WORD
from assistant.core.schema import Answer, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import tagged_words

# 未立案 / 没有发生 / 无一起 / 零发生: a clause saying none happened (未完成 is no zero: something was begun)
NEGATED = re.compile(r"(?:未|没有|没|无|零)(?!完成|完全|全部|达到|达标|按时|及时|能|再|来|满|成年)")
CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
DIGIT = re.compile(r"[\d一二两三四五六七八九十百千万]")
# 几个/几起 and the words around them that say nothing of what is counted
FILLER = re.compile(r"[了过的个子些]|一共|总共|共|总计|合计|多少|几|有|是|呢|吗|[？?。，,\s]")
COUNTED_SPAN = 6  # characters of the verb before 几/多少 and of the thing after it
# 有没有立案查处的 / 是否发生过安全事故: whether, and what is asked of
WHETHER = re.compile(r"(?:有没有|是否有?|有无)([^，,；;？?]+)")
# 立案 / 查处 / 案子 ask of disciplinary cases: 未发生违纪违法案件 says there were none, in other words
CASE_ASKED = re.compile(r"立案|查处|案子|办案")
# 立案了没有 / 发生过安全事故吗 / 查处过违纪案件没有: whether, asked after what is asked of
WHETHER_AFTER = re.compile(r"(?:了|过)+(?:没有|没|吗|么)[？?]?$|没有[？?]?$")
CASE_SAID = "案件"


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
    return zero_answer("0", "count", counted, evidence)


def stated_none(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """ "没有。报告写明：…" for 有没有X where a clause negates X (or, for a case asked, says no 案件 happened)."""
    counted = whether_asked(ctx.question)
    if len(counted) < 2 or any(states_a_figure(counted, item.chunk.text) for item in evidence):
        return None
    return zero_answer("没有", "fact", counted, evidence)


def whether_asked(question: str) -> str:
    """What a whether question asks of: 立案查处 of 有没有立案查处的, 立案 of 红会去年立案了没有 — its last word,
    not the organisation or period said before it; empty when the question asks no whether."""
    asked = WHETHER.search(question)
    if asked:
        return FILLER.sub("", asked.group(1))[:COUNTED_SPAN]
    after = WHETHER_AFTER.search(question)
    # 第一种形态，…立案了没有: a clause said before may be what is asked, so only a question of one clause
    if not after or QUANTITY_WORD.search(question) or CLAUSE_BREAK.search(question[: after.start()]):
        return ""
    words = [w for w, flag in tagged_words(question[: after.start()]) if len(w) > 1 and flag != "t"]
    return re.sub(r"[了过]", "", words[-1]) if words else ""


def saying_asked(question: str, ranked: list[Scored]) -> list[Scored]:
    """The sentences found that say what a whether question asks of, in rank order (all, for other questions)."""
    asked = whether_asked(question)
    return [s for s in ranked if asked in s.sentence] if asked else ranked


def zero_answer(said: str, kind: Literal["count", "fact"], counted: str, evidence: list[Evidence]) -> Answer | None:
    """The answer quoting the best-ranked clause that negates what is counted, stating no figure."""
    cases = bool(CASE_ASKED.search(counted))
    for item in evidence:
        for sentence in split_sentences(item.chunk.text):
            for clause in CLAUSE_BREAK.split(sentence):
                negated = NEGATED.search(clause)
                rest = clause[negated.end() :] if negated else ""
                if (
                    negated
                    and not DIGIT.search(clause)
                    and (all(c in rest for c in counted) or cases and CASE_SAID in rest)
                ):
                    book = CitationBook()
                    quoted = sentence.strip()
                    text = f"{said}。报告写明：{quoted.rstrip('。；;')}{book.cite(item.chunk, quoted)}。"
                    return Answer(
                        text, kind, book.citations(), evidence, derived_numbers={0.0} if kind == "count" else set()
                    )
    return None


def states_a_figure(counted: str, text: str) -> bool:
    """Whether a clause of the text says what is counted right before a figure (立案5件 for 立案几件)."""
    for clause in CLAUSE_BREAK.split(text):
        for figure in DIGIT.finditer(clause):
            said = clause[max(0, figure.start() - COUNTED_SPAN) : figure.start()]
            # 查处案件3件 beside 未发生…案件: a case figure is stated, whichever word the question used
            asked = counted[:2] in said or CASE_ASKED.search(counted) and CASE_SAID in said
            if asked and not NEGATED.search(said):
                return True
    return False
