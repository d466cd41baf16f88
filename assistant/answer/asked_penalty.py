"""Whether a question asks the penalty of a case it tells (…送礼金，给什么处分 / 情节较重的怎么处理)."""

from __future__ import annotations

import re

# 给什么处分 / 怎么处理 / 会受到啥处分: the penalty of a case asked, not a count or a list of penalties.
# 咋处理 alone is how a report's matter was handled (评成基本合格的咋处理, 剩下的怎么处理的): a case only with its grade.
PENALTY_ASKED = re.compile(
    r"(?:给予?|受到?|挨|该|会|要|得)?(?:个|一个)?(?:什么|啥|何种|哪种|怎样的?|哪一?类)(?:样的?)?(?:党纪)?处分"
    r"|(?:怎么|如何|咋|怎样)(?:个)?(?:处分|处罚)"
)
HANDLING_ASKED = re.compile(r"(?:怎么|如何|咋|怎样)(?:个)?处理(?![的了过])")
GRADE = re.compile(r"情节(?:较轻|较重|严重|特别严重)")


def asks_case_penalty(question: str) -> bool:
    """Whether the question tells a case and asks its penalty (…送礼金，给什么处分)."""
    return bool(PENALTY_ASKED.search(question) or (HANDLING_ASKED.search(question) and GRADE.search(question)))
