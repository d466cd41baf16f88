"""在网上发不当言论，造成不良影响的呢？按新条例。 after 生活奢靡…按新条例咋处理: another case told whole, whose penalty
is asked the way the conversation asked it of the case before (…，按新条例咋处理？). And the same case asked
further in words that tell no case (情节较轻的呢 / 最重会开除党籍吗 / 这个算哪一条，啥处分): of the case just asked.

Only a case that asks nothing itself and names no penalty (那受了撤销党内职务处分的呢 is the topic question of another
penalty, `followup_regulations.parallel_topic`), after a turn that asked a case's penalty; turns that only asked
which article (是第几条) stand between them freely.
"""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import (
    GRADE,
    HANDLING_ASKED,
    HEAVIEST,
    PENALTY_ASKED,
    asks_case_penalty,
    case_told,
)
from assistant.answer.followup_turns import Turn
from assistant.core.numerals import ARTICLE_REF

# <case>的呢？<how it is to be looked up> (按新条例 / 按现行的)
TOLD_CASE = re.compile(r"^(?:那|那么)?(?P<case>[^？?]{6,}?)呢[？?。！!，,\s]*(?P<rest>[^？?]*?)[？?。！!\s]*$")
ASKS_ITSELF = re.compile(r"几|多少|什么|啥|谁|哪|怎么|如何|咋|吗|处分|第.{1,6}条")
# 是第几条 / 第一百五十条: a turn on which article, between the case question and this one
WHICH_ARTICLE = re.compile(rf"{ARTICLE_REF.pattern}|第几条|哪一?条")


def case_asked_as_before(text: str, last: Turn) -> str:
    """The told case with the asking of the conversation's last case question; "" when the turn is no such case."""
    told = TOLD_CASE.match(text.strip())
    if not told or ASKS_ITSELF.search(told.group("case") + told.group("rest")):
        return ""
    asked = next((t for t in reversed(last.conversation) if not WHICH_ARTICLE.search(t.question)), None)
    # …按新条例咋处理 / …给什么处分: how that case's penalty was asked
    asking = PENALTY_ASKED.search(asked.question) or HANDLING_ASKED.search(asked.question) if asked else None
    if asking is None or asked is None or asked.refused:
        return ""
    case = told.group("case").rstrip("，, ")
    rest = told.group("rest").strip("，,。 ")
    return f"{case}，{rest}{asking.group(0)}？"


def same_case_further(text: str, last: Turn) -> str:
    """情节较轻的呢 / 最重会开除党籍吗 / 这个属于哪一条，给啥处分 after a case's penalty was answered: the case of
    that turn (or of the turn before an aside on its article) asked so; "" when the turn tells a case of its own
    or the conversation asked none."""
    asked_further = asks_case_penalty(text) or GRADE.search(text) or HEAVIEST.search(text)
    if not asked_further or len(case_told(text)) >= 2:
        return ""
    turns = [t for t in reversed(last.conversation[-2:]) if asks_case_penalty(t.question) and not t.refused]
    case = case_told(turns[0].question) if turns else ""
    if len(case) < 2:
        return ""
    asked = text.strip().rstrip("？?。！! ")
    if not asks_case_penalty(asked):  # 情节较轻的呢: the grade, its penalty asked as before
        asked = f"{re.sub(r'(?:的话|的)?呢$', '', asked)}的给什么处分"
    return f"{case}，{asked}？"
