"""Document profiles: whose document it is (organisation and the short names people use), which period
it covers, its genre, and the issuer and date of its 落款. Computed once at index time from the title,
the file name (people name files the way they speak), the first sentence and the last lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from assistant.core.schema import QUARTERS, DocKind, DocProfile, Genre, Period, YearPart
from assistant.core.text import YEAR_PART, YEAR_SPAN, year_part
from assistant.ingest.org_names import NOT_A_NAME, ORGANISATION, aliases_for, organisations_in, split_organisation

# A sentence opening with an earlier year (2024年，… / 2024年以来，…) states that year's facts.
RECALLED_YEAR = re.compile(r"(?:^|[。；\n])\s*((?:19|20)\d{2})年(?:度|全年|以来)?[，,]")
RECALL_SPAN = 2
# A figure told of an earlier period as a table cell or a clause of its own (银龄课堂：2024年上半年场次5，… /
# ，2023年全年发展党员6名): the document answers for that period too.
RECALLED_FIGURE = re.compile(
    rf"(?:^|[：:，,；;。])\s*((?:19|20)\d{{2}})\s*年(?:度|全年)?({YEAR_PART.pattern})?"
    # a column named by its year alone (正点率（%）：2023年98.6，…), not a date (2023年12月)
    r"(?:[\u4e00-\u9fff]{1,10}?\d|\d+(?:\.\d+)?(?=[，,。；;]|$))"
)
PLAN_AFTER = re.compile(r"^[^，。；,]{0,6}?(?:工作)?(?:计划|打算|要点|安排|思路|目标)")
FIRST_SENTENCE = re.compile(r"[^。！？\n]+")
DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")
WEB_META = re.compile(r"发布时间|来源[:：]|浏览|当前位置|首页")
ABBREVIATION = re.compile(r"以下简称[“\"‘]?([\u4e00-\u9fff]{2,12})[”\"’]?")
PLAN_HEADING = re.compile(r"打算|计划|下一步|思路|安排|努力方向")
# A sentence planning a later year, whatever the section it stands in (计划2025年开展…不少于12次 in a 2024
# meeting report's 整改 part; 2025年，支部将…; 力争到2026年…): that year is one the document plans.
PLAN_SENTENCE_YEAR = re.compile(
    r"(?:计划|拟|打算|力争|争取|预计)(?:在|于|到)?\s*((?:19|20)\d{2})\s*年(?!\d|\s*\d{1,2}\s*月)"
    r"|((?:19|20)\d{2})\s*年(?:度|全年)?[，,]?\s*[\u4e00-\u9fff]{0,8}?(?:计划|拟|打算|力争|争取|预计|将)"
)
HEADING_LINE = re.compile(
    r"^(?:#+\s*)?(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])?\s*(.{2,30})$"
)
TAIL_LINES = 8
MIN_MENTIONS = 2
WEB_SOURCE = re.compile(r"来源[:：]\s*([\u4e00-\u9fff]{2,40})")
WEB_DATE = re.compile(r"发布(?:时间|日期)[:：]\s*(\S+)")

# Genre from title words, first match wins: a 总结 that also states next year's 计划 is a summary.
GENRE_WORDS: tuple[tuple[Genre, re.Pattern[str]], ...] = (
    ("述职", re.compile(r"述职")),
    ("summary", re.compile(r"总结")),
    ("meeting", re.compile(r"民主生活会|组织生活会|分析会|会议")),
    ("plan", re.compile(r"要点|计划|打算|方案|安排")),
    ("notice", re.compile(r"通知|通报|公示|决定")),
    ("summary", re.compile(r"情况报告|学习情况")),
    ("report", re.compile(r"报告")),
)
EFFECTIVE_DATE = re.compile(r"自((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起?施行")
NOTICE_TITLE = re.compile(r"(?:通知|通报|公示|公告)$")
FORWARDING = re.compile(r"印发|转发|下发")
TRAILING_NOTE = re.compile(r"\s*[（(][^（()）]{1,12}[）)]\s*$")  # （扫描件）, (定稿)


def build_profile(title: str, text: str, kind: DocKind, source: str = "") -> DocProfile:
    """The profile of one document; every field may be empty when the text does not say."""
    stem = Path(source).stem if source else ""
    names = [line for line in (title, stem) if line]
    lines = [clean_line(line) for line in text.splitlines() if line.strip()]
    tail = lines[-TAIL_LINES:]
    issuer, date = signature(tail)
    if not (issuer and date):  # a web page states them in its header: 发布时间：2024-01-19　来源：X党委
        header = "\n".join(lines[:TAIL_LINES])
        source_name, published = WEB_SOURCE.search(header), DATE.search(" ".join(WEB_DATE.findall(header)))
        if not issuer and source_name and ORGANISATION.fullmatch(source_name.group(1)):
            issuer = source_name.group(1)
        if not date and published:
            date = f"{published.group(1)}-{int(published.group(2)):02d}-{int(published.group(3)):02d}"
    genre: Genre = "regulation" if kind == "regulation" else genre_of(names)
    periods, plans = title_periods(names)
    if not periods and genre != "regulation":
        periods, plans = title_periods(first_sentences(lines))
    if not periods and date:
        periods = (Period(int(date[:4]) - (1 if int(date[5:7]) <= 2 else 0)),)
    if genre not in ("regulation", "plan"):  # a plan's own sections (重点任务, 工作安排) are about its own period
        plans = tuple(
            sorted(set(plans) | set(plan_section_periods(lines, periods)) | plan_sentence_years(text, periods))
        )
    organisation = issuer if ORGANISATION.fullmatch(issuer) else ""
    found = [m for n in [*names, issuer] for m in organisations_in(n)]
    if not organisation and found:
        organisation = found[0]
    if not organisation:  # a title without a name (2024年工作总结): the body names its author most often
        organisation = most_frequent_mention(text)
    if genre == "regulation":
        # A regulation's date is when it takes effect, not the date of a revision it repeals (…同时废止).
        effective = EFFECTIVE_DATE.search(text)
        if effective:
            date = f"{effective.group(1)}-{int(effective.group(2)):02d}-{int(effective.group(3)):02d}"
        return DocProfile(organisation, (), periods, plans, genre, issuer, date)
    spoken = [*ABBREVIATION.findall(text[:3000]), *frequent_mentions(text, [organisation, *found])]
    aliases = aliases_for([organisation, *found, *spoken])
    return DocProfile(organisation, aliases, periods, plans, genre, issuer, date, recalled_years(text, periods))


def recalled_years(text: str, periods: tuple[Period, ...]) -> tuple[Period, ...]:
    """Earlier years whose facts the document states in sentences opening with the year (2024年，支部开展
    主题党日12次 in a 2025 plan): it can answer for them, though it does not report on them."""
    if not periods:
        return ()
    first = min(p.year for p in periods)
    years = {int(y) for y in RECALLED_YEAR.findall(text)}
    recalled = {Period(year) for year in years if first - RECALL_SPAN <= year < first}
    for match in RECALLED_FIGURE.finditer(text):
        year, part = int(match.group(1)), match.group(2) or ""
        if first - RECALL_SPAN <= year < first:
            recalled.add(Period(year, year_part(part) if part else ""))  # type: ignore[arg-type]
    return tuple(sorted(recalled, key=lambda p: (p.year, p.half)))


def frequent_mentions(text: str, names: list[str]) -> list[str]:
    """How the body itself names the organisation (县纪委监委机关党支部): repeated mentions sharing 3+ characters with its name.

    The overlap keeps out the superior bodies a report also names often (镇党委, 集团公司党委).
    """
    units = [split_organisation(n)[0] for n in names if n]
    return [
        mention
        for mention, count in mention_counts(text).items()
        if count >= MIN_MENTIONS and any(shares_run(split_organisation(mention)[0], u, 3) for u in units)
    ]


def mention_counts(text: str) -> dict[str, int]:
    """Party organisations the text names, with a name part of 3+ characters, and how often."""
    counts: dict[str, int] = {}
    for match in ORGANISATION.finditer(text):
        if len(match.group(1)) >= 3 and not NOT_A_NAME.match(match.group(1)):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    return counts


def most_frequent_mention(text: str) -> str:
    counts = {m: n for m, n in mention_counts(text).items() if n >= MIN_MENTIONS}
    return max(counts, key=counts.get, default="")


def shares_run(a: str, b: str, length: int) -> bool:
    return any(a[i : i + length] in b for i in range(len(a) - length + 1))


def clean_line(line: str) -> str:
    return line.strip().strip("*#").strip()


def genre_of(names: Iterable[str]) -> Genre:
    names = list(names)
    # A title's head noun comes last: …召开组织生活会的通知 is a notice, whatever meeting it names.
    # …关于印发2025年党建工作要点的通知 is the plan it sends out.
    if any(NOTICE_TITLE.search(TRAILING_NOTE.sub("", n)) and not FORWARDING.search(n) for n in names):
        return "notice"
    joined = " ".join(names)
    return next((genre for genre, words in GENRE_WORDS if words.search(joined)), "other")


def periods_in(text: str) -> tuple[list[Period], list[Period]]:
    """(reported, planned) periods a line names: 2024年党建工作总结及2025年工作计划 -> ([2024], [2025])."""
    reported: list[Period] = []
    planned: list[Period] = []
    for match in YEAR_SPAN.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if not 0 <= last - first <= 10:
            continue
        part = match.group(3) or ""
        half: YearPart = year_part(part) if YEAR_PART.fullmatch(part) else ""  # type: ignore[assignment]
        found = [Period(year, half) for year in range(first, last + 1)]
        is_plan = reported and PLAN_AFTER.search(text[match.end() :])
        (planned if is_plan else reported).extend(found)
    return reported, planned


def title_periods(lines: Iterable[str]) -> tuple[tuple[Period, ...], tuple[Period, ...]]:
    for line in lines:
        reported, planned = periods_in(line)
        if reported:
            return tuple(dict.fromkeys(reported)), tuple(dict.fromkeys(planned))
    return (), ()


def first_sentences(lines: list[str]) -> list[str]:
    """The opening sentence(s) of the body, which usually state the period (2023年，… / 今年上半年，…)."""
    body = [line for line in lines[:8] if len(line) > 30 and not WEB_META.search(line)]
    return [m.group(0) for line in body[:2] for m in [FIRST_SENTENCE.match(line)] if m]


def plan_section_periods(lines: list[str], periods: tuple[Period, ...]) -> list[Period]:
    """Periods of the document's plan sections: a 2023 report's 2024年工作打算 or 下一步打算 is about 2024."""
    if not periods:
        return []
    last = max(periods)
    found: list[Period] = []
    for line in lines:
        heading = HEADING_LINE.match(line)
        # A heading is short and is no sentence (计划发展党员2名。 is not one).
        if not heading or line.endswith(("。", "；", ";", "，")) or not PLAN_HEADING.search(heading.group(1)):
            continue
        named, _ = periods_in(heading.group(1))
        if named:
            found += [p for p in named if p > last]
        elif last.half in QUARTERS[:3]:  # a quarter's report plans the next quarter
            found.append(Period(last.year, QUARTERS[QUARTERS.index(last.half) + 1]))
        elif "下半年" in heading.group(1) or last.half == "上半年":
            found.append(Period(last.year, "下半年"))
        else:
            found.append(Period(last.year + 1))
    return found


def plan_sentence_years(text: str, periods: tuple[Period, ...]) -> set[Period]:
    """Later years the body plans in a sentence of its own (计划2025年开展… in a 2024 report of any genre)."""
    if not periods:
        return set()
    last = max(p.year for p in periods)
    years = {int(m.group(1) or m.group(2)) for m in PLAN_SENTENCE_YEAR.finditer(text)}
    return {Period(year) for year in years if last < year <= last + RECALL_SPAN}


def signature(tail: list[str]) -> tuple[str, str]:
    """(issuer, YYYY-MM-DD) of the 落款: an organisation line and a date among the last lines."""
    issuer, date = "", ""
    for line in tail:
        for match in DATE.finditer(line):
            date = f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}"
        person = re.match(r"^(?:述职人|报告人|汇报人)[:：]\s*([\u4e00-\u9fff]{2,4})", line)
        organisation = ORGANISATION.match(line)
        # The 落款 line is the name alone, or the name run together with its date (PDF).
        if person:
            issuer = person.group(1)
        elif (
            organisation
            and DATE.match(line[organisation.end() :] or "2000年1月1日")
            and not NOT_A_NAME.match(organisation.group(1))
        ):
            issuer = organisation.group(0)
    return issuer, date
