"""A change asked of one thing (新媒体收入同比增长了多少): a percentage answers only when that thing is said before it
(新媒体收入3860万元，同比增长18%); 经营收入1.36亿元，同比增长4.2%，其中新媒体收入3860万元 states the whole's growth,
and its part's is not stated."""

from __future__ import annotations

import re

CHANGE_ASKED = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年)?(?:增长|增加|下降|减少|提高|降低|增幅|降幅|涨)了?(?:多少|几)"
)
WHOSE_WHEN = re.compile(r"(?:19|20)\d{2}年度?|[上下]半年|全年|今年|去年|的|[，,、\s]")
PERCENT = re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之")


def changed_thing(question: str) -> str:
    """What is said after whose and when, right before the change asked (新媒体收入 of 某台2024年新媒体收入同比增长了
    多少), else ""."""
    asked = CHANGE_ASKED.search(question)
    return WHOSE_WHEN.split(question[: asked.start()])[-1] if asked else ""


def change_of_other_thing(question: str, text: str) -> bool:
    """Whether the text says the thing whose change is asked only after every percentage it states; False when
    it does not say the thing at all (nothing to tell whose change a figure is)."""
    thing = changed_thing(question)
    if len(thing) < 2 or thing not in text:
        return False
    found = list(PERCENT.finditer(text))
    return bool(found) and all(thing not in text[: m.start()] for m in found)
