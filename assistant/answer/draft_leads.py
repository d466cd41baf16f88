"""The lead of a draft: whose and which period's work it tells, and what kind of account follows.

A paragraph on problems, measures or plans is led as such (工作中还存在以下问题：), a meeting's summary as
the meeting's (召开会议的有关情况如下：), a plan's as arrangements, and work done as work done.
"""

from __future__ import annotations

import re

from assistant.answer.aspects import Aspect, question_aspects
from assistant.answer.draft_names import is_plan, most_common_org, organisation_name, organisation_of, period_of
from assistant.answer.draft_topic import PERIOD_WORDS
from assistant.core.schema import Chunk
from assistant.search.organisations import with_profile
from assistant.search.source import DocRecord

# A paragraph about what went wrong, what was done about it or what comes next is not "what was done".
ASPECT_LEADS: dict[Aspect, str] = {
    "problems": "工作中还存在以下问题：",
    "measures": "针对存在的问题，采取了以下整改措施：",
    "plans": "下一步将重点做好以下工作：",
}
# What a lead says after whose and when (在X方面主要开展了以下工作：), which a very short draft has no room for
LEAD_TAIL = re.compile(
    r"(?:在[^，。：]{1,24}方面(?:主要开展了以下工作|的工作安排是)|主要开展了以下工作|的主要工作安排是|召开会议的有关情况如下"
    r"|的有关情况如下|的工作安排是|"
    + "|".join(
        re.escape(lead.rstrip("："))
        for lead in ("工作中还存在以下问题：", "针对存在的问题，采取了以下整改措施：", "下一步将重点做好以下工作：")
    )
    + r")：$"
)
MEETING_TOPIC = re.compile(r"^(?:本次)?(?:会议|会)?(?:召开|基本)?(?:情况)?$")  # "": the whole meeting


def lead_sentence(title: str, topic: str, chunks: list[Chunk], record: DocRecord | None = None) -> str:
    period = period_of(title)
    org = organisation_name(record, chunks) if record else organisation_of(title) or most_common_org(chunks)
    head = f"{period}，{org}" if period else org
    if record and is_plan(record) and PERIOD_WORDS.fullmatch(topic):  # 下半年打算 in a year's plan
        return f"{head}{topic}的工作安排是："
    aspects = question_aspects(topic)
    if len(aspects) > 1:  # 查摆问题和整改措施: each in its own words, under one lead
        return f"{head}{topic}的有关情况如下："
    aspect = next(iter(aspects), None)
    if aspect in ASPECT_LEADS:
        return f"{head}{ASPECT_LEADS[aspect]}"
    profile = with_profile(record).profile if record else None
    if profile and profile.genre == "meeting" and MEETING_TOPIC.match(topic):
        return f"{head}召开会议的有关情况如下："  # 写一段会议情况概述: what the meeting was, not "work done in 会议"
    if record and is_plan(record):  # a plan's figures are intentions (拟发展30名), not work done
        return f"{head}在{topic}方面的工作安排是：" if topic else f"{head}的主要工作安排是："
    return f"{head}在{topic}方面主要开展了以下工作：" if topic else f"{head}主要开展了以下工作："
