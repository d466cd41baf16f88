"""其中上级补助多少钱 after 村道修了多长 / 路灯装了几盏: the money part is of what the thing cost, not a share of its
length or number; asked of the money the thing took (东坪村2023年村道资金，其中上级补助多少钱), so that the sentence
stating the cost and its 其中 part answers, never the length or the total cost itself."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import read_asked
from assistant.answer.followup_turns import ENDING
from assistant.core.words import tagged_words

# Where a question starts asking its figure: 修了多长 / 装了几盏 / 有多少公里.
ASKING = re.compile(r"(?:有|是|共|一共)?(?:多长|多少|几|多大|多高|多宽|多远|多久)")
ACT_FLAGS = ("v", "u", "d")  # 修了 / 已经: the act on the thing, not the thing


def money_part_apart(subset: str, whole: str) -> str:
    """`whole` (its thing, whose and when) asked as money with `subset` its 其中 part, when the part asks money and
    the whole a figure of another kind; "" otherwise (收入多少 -> 其中经营性收入 is a share of money already)."""
    part = read_asked(subset)
    asked = read_asked(whole)
    if part is None or part.family != "money" or (asked is not None and asked.family == "money"):
        return ""
    cut = ASKING.search(whole)
    thing = thing_before(whole[: cut.start()]) if cut else ""
    return f"{thing}资金，其中{ENDING.sub('', subset)}" if thing else ""


def thing_before(phrase: str) -> str:
    """石桥镇2024年村道修了 -> 石桥镇2024年村道: the words before the asking, the act on them cut off."""
    words = tagged_words(phrase)
    while words and words[-1][1].startswith(ACT_FLAGS):
        words.pop()
    return "".join(word for word, _ in words)
