"""A 述职报告 in a draft: the report speaks in the first person (本人全年主持召开…), a draft does not.

Its 本人 becomes the 述职人 the report names (林某同志), else the post its title names; and a request for
the 述职人's own 履职情况 (用述职报告写一段个人履职情况) names no topic of its own: the whole report."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.draft_compose import Part
from assistant.answer.draft_names import organisation_of
from assistant.answer.draft_topic import PERIOD_WORDS
from assistant.answer.person_names import is_name
from assistant.answer.post_holders import reporter
from assistant.core.schema import Chunk
from assistant.search.organisations import with_profile
from assistant.search.source import DocRecord

# What a request calls the 述职人's duties as a whole: 书记个人履职, 履行职责情况, 抓党建工作; 他的履职 once the
# request has named whose 述职 it is drawn from.
DUTY_TOPIC = re.compile(
    r"^(?:(?:党委|党支部|党总支|党组|支部|机关)?(?:副?书记|委员|负责人)|个人|本人|同志|他|她|的|述职|履职|尽责|履行职责"
    r"|抓(?:基层)?党建|工作|情况|主要)+$"
)


# In a 述职's title the reporter's name runs into its year or its 述职 (…书记周海涛2024年度…), unlike 关党委 of 机关党委书记.
REPORTER_AFTER = r"(?:同志)?(?:(?:19|20)\d{2}|述职|个人)"


def personal(record: DocRecord | None) -> bool:
    """A 述职报告: one person's account of their duties."""
    profile = with_profile(record).profile if record else None
    return bool(profile and profile.genre == "述职")


def duty_topic(topic: str) -> bool:
    return bool(DUTY_TOPIC.match(PERIOD_WORDS.sub("", topic)))  # 2024年的履职: the year says which 述职


def named_reporter(text: str, record: DocRecord | None) -> str:
    """周海涛 of 周海涛的履职 when the 述职 is his (its title names him); else ""."""
    if not personal(record):
        return ""
    spans = (text[i : i + n] for n in (3, 2, 4) for i in range(len(text) - n + 1))
    return next((w for w in spans if re.search(rf"{w}{REPORTER_AFTER}", record.title) and is_name(w)), "")


def speaker(record: DocRecord, chunks: list[Chunk]) -> str:
    """林某同志 as the 述职人 line names them, else the post the title names (…党支部书记)."""
    found = reporter(chunks)
    return f"{found[1]}同志" if found else organisation_of(record.title)


def in_third_person(record: DocRecord | None, chunks: list[Chunk], parts: list[Part]) -> list[Part]:
    """The parts of a 述职报告 with 本人 written as its 述职人; other documents' parts as they are."""
    if not personal(record) or record is None:
        return parts
    who = speaker(record, chunks)
    return [replace(part, speaker=who) for part in parts] if who else parts
