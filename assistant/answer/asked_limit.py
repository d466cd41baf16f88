"""Whether a question asks a time limit a rule sets: how long (最长能推多久, 几年内不得) or how often (多久联系一次)."""

from __future__ import annotations

import re
from typing import Literal

from assistant.answer.answer_types import wanted_types

LimitKind = Literal["duration", "frequency", "count"]  # count: 要多少人到会, asked of a named regulation

# 多久联系一次 / 隔多长时间 / 多长时间一次: how often, answered by 每半年…1次.
FREQUENCY_ASKED = re.compile(r"(?:多久|多长时间)[^，,？?。]{0,6}?一次|隔多久|隔多长时间")
# What a rule says of time (一般…, 最长…, …内要…, 能…, 不得…), not what was done (开了多长时间).
# 得在多长时间里 is 须…内; a term of office (一届, 任期) is a rule's.
# 多久除名 / 多长时间转正: a span asked before what follows it, not of what was done (开了多长时间); a question
# carried with its regulation's name (《…条例》停止党籍以后多久除名) asks that regulation.
RULE_WORDS = re.compile(
    r"一般|通常|最长|最多|最短|至少|不超过|以内|内|要|应当|应该|必须|须|能|可以|不得|不准|算|得在|时间里|一届|每届|任期"
    r"|(?<![了过])(?:多久|多长时间)(?![^，,？?。]*了)[^，,？?。！!\s]|《[^》]*(?:条例|细则|规定|准则|章程|办法|规则)》"
)


# 入党宣誓一般什么时候搞: when a rule has a thing done is the span it sets after what comes before (…后的一个月内).
WHEN_BY_RULE = re.compile(r"(?:一般|通常|应当|应该|须|必须)(?:在|于)?(?:什么时候|何时)")


def limit_asked(question: str) -> LimitKind | None:
    """How long (duration) or how often (frequency) the question asks; None when it asks neither."""
    if FREQUENCY_ASKED.search(question):
        return "frequency"
    spans = WHEN_BY_RULE.search(question) or any(w.kind == "duration" for w in wanted_types(question))
    return "duration" if spans else None


def asks_rule_limit(question: str) -> bool:
    """A time limit asked in a rule's terms (多长时间内要报, 一般能保留多久) or how often something is done
    (多久联系一次), which the regulations set; a report's own figures are still preferred (lookup_limits)."""
    asked = limit_asked(question)
    return asked == "frequency" or (asked == "duration" and bool(RULE_WORDS.search(question)))
