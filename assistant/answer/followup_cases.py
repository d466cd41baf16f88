"""在网上发不当言论，造成不良影响的呢？按新条例。 after 生活奢靡…按新条例咋处理: another case told whole, whose penalty
is asked the way the conversation asked it of the case before (…，按新条例咋处理？).

Only a case that asks nothing itself and names no penalty (那受了撤销党内职务处分的呢 is the topic question of another
penalty, `followup_regulations.parallel_topic`), after a turn that asked a case's penalty; turns that only asked
which article (是第几条) stand between them freely.
"""

from __future__ import annotations

import re

from assistant.answer.asked_penalty import HANDLING_ASKED, PENALTY_ASKED
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
