"""Who and when a draft speaks for: the organisation and period a report's title (or profile) names."""

from __future__ import annotations

import re
from collections import defaultdict

from assistant.core.schema import Chunk
from assistant.search.organisations import with_profile
from assistant.search.source import DocRecord

ORG = re.compile(r"(?:[局校院所厅处办委]|市委|县委)?党(?:委|组|总支|支部)")
ORG_END = re.compile(r"(?:党委|党组|党总支|党支部)$")
PERIOD = re.compile(r"((?:19|20)\d{2}年(?:上半年|下半年|度)?|[上下]半年)")
TITLE_ORG = re.compile(r"^(?:中共)?(.{2,40}?)(?:关于|(?:19|20)\d{2}年)")
ORG_FORMS = (("总支部委员会", "党总支"), ("支部委员会", "党支部"), ("委员会", "党委"))


def organisation_name(record: DocRecord | None, chunks: list[Chunk]) -> str:
    """桃源村党支部: what the title calls the organisation, else its short name from the profile, else
    the 党委/党支部 its text names most."""
    title = record.title if record else (chunks[0].doc_title if chunks else "")
    profile = with_profile(record).profile if record else None
    aliases = [a for a in (profile.aliases if profile else ()) if ORG_END.search(a)]
    return organisation_of(title) or max(aliases, key=len, default="") or most_common_org(chunks)


def is_plan(record: DocRecord) -> bool:
    profile = with_profile(record).profile
    return bool(profile and profile.genre == "plan")


def period_of(title: str) -> str:
    """2023年上半年 / 2022年 / 上半年 as a report's title states its period, else ''."""
    match = PERIOD.search(title)
    return match.group(1).rstrip("度") if match else ""


def organisation_of(title: str) -> str:
    """The organisation a title names before its period (中共X支部委员会 → X党支部), else ''."""
    match = TITLE_ORG.match(title)
    if not match:
        return ""
    org = match.group(1)
    for long, short in ORG_FORMS:
        if org.endswith(long):
            return org[: -len(long)] + short
    return org


def most_common_org(chunks: list[Chunk]) -> str:
    """The organisation a report speaks for: the 党委/党支部 it names most often."""
    counts: dict[str, int] = defaultdict(int)
    for chunk in chunks:
        for match in ORG.finditer(chunk.text):
            counts[match.group(0)] += 1
    return max(counts, key=counts.get) if counts else ""
