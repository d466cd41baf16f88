"""占比多少 / 占参评党员的百分之几 said alone after a question that counted something (a turn, or the earlier part of
the same question): the share of what it counted, asked with it, for `part_shares` to answer."""

from __future__ import annotations

import re

from assistant.answer.plan_shares import SHARE_OF_PLAN
from assistant.answer.question import QUANTITY_WORD, is_thin

# 占比多少 / 占了百分之几 / 占参评党员的百分之几 / 比例是多少 / 比重多大
SHARE_ASKED = re.compile(
    r"[，,]?\s*(?:占(?:了|到)?(?P<whole>[\u4e00-\u9fff]{0,10}?)的?)?"
    r"(?:百分之(?:几|多少)|百分比|比例|比重|占比)(?:是|为|有|达到|大概)?(?:多少|几|多大)?"
)


def share_of_last_part(text: str, last_question: str) -> str | None:
    """占比多少 / 占参评党员的百分之几 after 评了几个优秀 (a turn or the earlier part of one question): the share of
    what that question counted, asked with it; None when the text names a thing of its own or asks no share."""
    asked = SHARE_ASKED.search(text)
    if not asked or SHARE_OF_PLAN.search(text) or not QUANTITY_WORD.search(last_question):
        return None
    if not is_thin(f"{text[: asked.start()]}{text[asked.end() :]}"):
        return None
    return f"{last_question.rstrip('？?。 ')}，{asked.group(0).strip('，, ')}？"
