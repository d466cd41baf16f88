"""A count question that names nothing to count (农业局一共有多少？ / 全局一共几个？): asked back, not answered
with every figure of the organisation's report."""

from __future__ import annotations

import re

from assistant.answer.question import slots_of
from assistant.core.schema import Answer, Evidence

ASK_BACK = "问题没有说明要统计的是什么（例如党员人数、讲党课次数、发现问题个数），请补充后再问。"
# Words that say whose, when and how many, but not what: 全局, 一共, 多少, 个/次 (名 and 人 count people: a thing).
WHOLE = re.compile(r"全(?:局|集团|公司|单位|系统|院|校|所|队|厂|中心|支部|党委|县|市|区|镇|村|社区)|全体")
PARTY_BODY = re.compile(r"(?:机关)?(?:党委|党组|党总支|党支部|总支|支部|纪委)")
TIME = re.compile(r"全年|上半年|下半年|年度|年底|年初|年末|今年|去年|当年")
ORGANISATION_END = re.compile(r"(?:局|委|组|支部|公司|集团|中心|院|校|所|队|站|馆|厂|社区|街道|村)$")
FILLER = re.compile(
    r"一共|总共|总计|合计|加起来|加在一起|全部|总数|那么|那|共|有|是|多少|几|了|的|呢|吗|啊|呀|[个次项条件家户]|[？?。！!，,、\s]"
)


def names_nothing_counted(question: str) -> bool:
    """Whether the question, without its organisation, period and quantity words, says nothing at all."""
    slots = slots_of(question)
    if slots.counted:
        return False
    rest = question.replace(slots.period, "") if slots.period else question
    if ORGANISATION_END.search(slots.holder):  # not 图书馆送书下乡, which runs into what was done
        rest = rest.replace(slots.holder, "")
    for pattern in (WHOLE, PARTY_BODY, TIME, FILLER):
        rest = pattern.sub("", rest)
    return not rest


def asked_back(retrieved: list[Evidence]) -> Answer:
    return Answer(ASK_BACK, "count", refused=True, retrieved=retrieved)
