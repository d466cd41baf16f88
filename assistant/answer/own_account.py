"""A count asked of what a named person did in their own words (邱某述职里说他去年自己讲了几次党课 / 邱某亲自走访了几次):
the pointer to their report (述职里说他) and the reflexive (自己 / 亲自 / 本人) say whose figure is asked, not what is
counted, so the question is read as 邱某去年讲了几次党课. Their 述职 writes 本人讲党课4次; a report of the whole body
(各支部讲党课8场) never names them and so never answers for them."""

from __future__ import annotations

import re

from assistant.core.names import NAME, is_name

# 述职里说他 / 述职报告中提到她: where the person said it. 讲 is the act itself unless a pronoun follows it
# (述职里讲了几次党课 keeps its 讲).
REPORT_POINTER = (
    r"(?:在)?(?:的)?述职(?:报告|材料)?(?:里|中|上)?(?:面)?(?:(?:说|讲|写|提到?)(?:的)?(?:他|她)|说|写|提到?)?"
)
PERIOD = r"(?:(?:19|20)\d{2}年度?|[上下]半年|全年|今年|去年|前年)*"
REFLEXIVE = r"(?:他|她)?(?:自己|亲自|本人|自身)"
OWN_ACCOUNT = re.compile(rf"({NAME})(?:同志)?((?:{REPORT_POINTER})?)({PERIOD})((?:{REFLEXIVE})?)({PERIOD})")


def as_own_account(question: str) -> str:
    """The question without the words that only say the figure is the named person's own."""
    for match in OWN_ACCOUNT.finditer(question):
        name = match.group(1)
        if not is_name(name) or not (match.group(2) or match.group(4)):
            continue
        plain = name + match.group(3) + match.group(5)
        return question[: match.start()] + plain + question[match.end() :]
    return question
