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
    asks_reported_penalties,
    case_told,
)
from assistant.answer.followup_regulations import REVISION_ASKED, REVISION_NOTE, regulation_of
from assistant.answer.followup_revisions import asks_only_article_in_revision
from assistant.answer.followup_turns import Turn
from assistant.core.numerals import ARTICLE_REF

# <case>的呢？<how it is to be looked up> (按新条例 / 按现行的)
TOLD_CASE = re.compile(r"^(?:那|那么)?(?P<case>[^？?]{6,}?)呢[？?。！!，,\s]*(?P<rest>[^？?]*?)[？?。！!\s]*$")
ASKS_ITSELF = re.compile(r"几|多少|什么|啥|谁|哪|怎么|如何|咋|吗|处分|第.{1,6}条")
# 是第几条 / 第一百五十条: a turn on which article, between the case question and this one
WHICH_ARTICLE = re.compile(rf"{ARTICLE_REF.pattern}|第几条|哪一?条")


def case_asked_as_before(text: str, last: Turn) -> str:
    """The told case with the asking of the conversation's last case question; "" when the turn is no such case."""
    in_revision = case_in_revision(text, last) or circumstance_of_article(text, last)
    if in_revision:
        return in_revision
    told = TOLD_CASE.match(text.strip())
    if not told or ASKS_ITSELF.search(told.group("case") + told.group("rest")):
        return ""
    asked = next((t for t in reversed(last.conversation) if not WHICH_ARTICLE.search(t.question)), None)
    # …按新条例咋处理 / …给什么处分: how that case's penalty was asked
    asking = PENALTY_ASKED.search(asked.question) or HANDLING_ASKED.search(asked.question) if asked else None
    if asking is None or asked is None or asked.refused or asks_reported_penalties(asked.question):
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
    turns = [
        t
        for t in reversed(last.conversation[-2:])
        if asks_case_penalty(t.question) and not (t.refused or asks_reported_penalties(t.question))
    ]
    if turns and turns[0] is not last and len(case_told(last.question)) >= 2:
        return ""  # 情节严重的呢 after 那给别人送礼的呢，新版第几条: of the case the last turn told, by its article
    case = case_told(turns[0].question) if turns else ""
    if len(case) < 2:
        return ""
    asked = text.strip().rstrip("？?。！! ")
    if not asks_case_penalty(asked):  # 情节较轻的呢: the grade, its penalty asked as before
        asked = f"{re.sub(r'(?:的话|的)?呢$', '', asked)}的给什么处分"
    return f"{case}，{asked}？"


# 那给别人送礼的呢，新版第几条: a case told, then which article of a revision holds it
CASE_THEN_ARTICLE = re.compile(
    r"^(?:那|那么)?(?P<case>[^，,？?]{2,}?)(?:的话|的)?呢[，,\s]*(?P<rest>[^，,？?]+?)[？?。！!\s]*$"
)


def case_in_revision(text: str, last: Turn) -> str:
    """那给别人送礼的呢，新版第几条 in a conversation about a regulation: that case looked up in the revision named
    (新版 is not the revision the last answer quoted), asked as which article; "" otherwise."""
    told = CASE_THEN_ARTICLE.match(text.strip())
    if not told or ASKS_ITSELF.search(told.group("case")) or not asks_only_article_in_revision(told.group("rest")):
        return ""
    named = next(filter(None, (regulation_of(t) for t in reversed(last.conversation))), None)
    if named is None:
        return ""
    revision = REVISION_ASKED.search(told.group("rest"))
    regulation = f"《{named.group(1)}》"
    if revision:  # 新版: the revision asked, not the one quoted last
        regulation = f"{revision.group(0)}{REVISION_NOTE.sub('', regulation)}"
    return f"{regulation}里{told.group('case')}的是第几条？"


CASE_ALONE = re.compile(r"^(?:那|那么)?(?P<case>[^，,？?]{2,}?)(?:的话|的)?呢[？?。！!\s]*$")
# 《…》第九十一条，情节严重的给啥处分: a penalty asked of a grade or circumstance of one article named
ARTICLE_CIRCUMSTANCE = re.compile(rf"^(?P<article>.*?{ARTICLE_REF.pattern})[，,]?(?P<asked>.+)$")


def circumstance_of_article(text: str, last: Turn) -> str:
    """借机敛财的呢 after 《…》第九十一条，情节严重的给啥处分: that circumstance of the same article, its penalty asked
    as before (`article_penalty` looks it up as a case of its own when the article does not name it); ""
    otherwise."""
    told = CASE_ALONE.match(text.strip())
    before = ARTICLE_CIRCUMSTANCE.match(last.question)
    if not told or last.refused or not before or ASKS_ITSELF.search(told.group("case")) or GRADE.search(text):
        return ""
    if REVISION_ASKED.fullmatch(told.group("case")):  # 2018年版呢: the article in that revision, no circumstance
        return ""
    asking = PENALTY_ASKED.search(before.group("asked")) or HANDLING_ASKED.search(before.group("asked"))
    if asking is None:
        return ""
    return f"{before.group('article')}，{told.group('case')}的{asking.group(0)}？"
