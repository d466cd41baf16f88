"""Whether a question asks the penalty of a case it tells (…送礼金，给什么处分 / 情节较重的怎么处理)."""

from __future__ import annotations

import re

from assistant.answer.question import slots_of

# 给什么处分 / 怎么处理 / 会受到啥处分: the penalty of a case asked, not a count or a list of penalties.
# 咋处理 alone is how a report's matter was handled (评成基本合格的咋处理, 剩下的怎么处理的): a case only with its grade.
PENALTY_ASKED = re.compile(
    r"(?:给予?|受到?|挨|该|会|要|得)?(?:个|一个)?(?:什么|啥|何种|哪种|怎样的?|哪一?类)(?:样的?)?(?:党纪)?处分"
    r"|(?:怎么|如何|咋|怎样)(?:个)?(?:处分|处罚)"
)
HANDLING_ASKED = re.compile(r"(?:怎么|如何|咋|怎样)(?:个)?处理(?![的了过])")
GRADE = re.compile(r"情节(?:较轻|较重|严重|特别严重)")
# The five penalties of the disciplinary rules (严重警告 tried before its part 警告).
PENALTY_NAME = re.compile(r"严重警告|警告|撤销党内职务|留党察看|开除党籍")
HEAVIEST = re.compile(r"最(?:重|高|严重|严厉)")
# 最重能开除党籍吗 / 最严重的话可以给到留党察看吗: whether a case's penalty reaches one, asked without 什么处分;
# a modal is required (党内最高处分是什么 asks what a term is, of no case).
HEAVIEST_ASKED = re.compile(
    rf"{HEAVIEST.pattern}的?(?:话|情况下?)?[，,]?(?:能|可以|可|会|要|得)[^，,。？?]{{0,4}}?(?:{PENALTY_NAME.pattern}|处分)"
)

# 属于哪一条 / 是第几条 / 按哪条: which article a case falls under, asked beside its penalty (属于 left alone
# where 哪一条 was taken out before)
ARTICLE_ASKED = re.compile(
    r"(?:属于|是|适用|按|依据|对应)?(?:第几条|哪一?条(?:规定)?)|(?:属于|适用|对应)(?=[，,？?]|$)"
)


# 那给别人送礼的呢: a case told as a follow-up, asking nothing of its own
CASE_SWAPPED = re.compile(r"^(?:那|那么)?[^，,？?]{2,}的(?:话)?呢$")


def one_case_asked(first: str, second: str) -> bool:
    """属于哪一条，给啥处分: which article and what penalty, two clauses asking of one case (kept one question);
    那给别人送礼的呢，新版第几条: a case told, then which article holds it."""
    return bool(
        (ARTICLE_ASKED.search(first) and PENALTY_ASKED.search(second))
        or (PENALTY_ASKED.search(first) and ARTICLE_ASKED.search(second) and not PENALTY_ASKED.search(second))
        or (CASE_SWAPPED.match(first.strip()) and ARTICLE_ASKED.search(second))
    )


def asks_case_penalty(question: str) -> bool:
    """Whether the question tells a case and asks its penalty (…送礼金，给什么处分)."""
    return bool(
        PENALTY_ASKED.search(question)
        or HEAVIEST_ASKED.search(question)
        or (HANDLING_ASKED.search(question) and GRADE.search(question))
    )


# What asks rather than tells the case: filler around the asking and the grade.
ASKING_FILLER = re.compile(
    r"^(?:那么?|还有)|的话|的时候|如果|要是|假如|请问|这种(?:情况|行为)?|这样的?(?:情况|行为)?|该行为|这(?:个|件事)|此事|呢|吗|啊|[？?。！!]"
)
# 送礼金，(情节较重)的(给什么处分) / 送礼金，应当(给予什么处分)
LEFT_AFTER_CASE = re.compile(r"[，,、\s]+(?:的会|的|会|要|该|应当?|应该|需要|能|可以)?$")


def case_told(question: str) -> str:
    """The case as told: the question without its asking, grade and filler (送大额礼金给干部亲属)."""
    asking = HEAVIEST_ASKED.sub("", PENALTY_ASKED.sub("", question))
    told = ASKING_FILLER.sub("", ARTICLE_ASKED.sub("", GRADE.sub("", HANDLING_ASKED.sub("", asking))))
    return LEFT_AFTER_CASE.sub("", told).strip("，,、 ")


# 给的 / 都给了 / 分别给予了: what is left of a case when a report's penalties are asked, no conduct told
GIVEN_ONLY = re.compile(r"(?:都|共|一共|分别|各)?(?:给予?|作出|作|受到?)?(?:了|的|过)*")


def asks_reported_penalties(question: str) -> bool:
    """海关2024年给的啥处分 / 2025年上半年都给了什么处分: the penalties an organisation's report says it gave in a
    period — no conduct told, so no case of the regulations to look up."""
    slots = slots_of(question)
    holder, period = slots.holder, slots.period
    if not (holder or period) or not PENALTY_ASKED.search(question):
        return False
    told = case_told(question.replace(holder, "", 1).replace(period, "", 1))
    return bool(GIVEN_ONLY.fullmatch(told))
