"""The period a question asks about (years, a half or quarter, a month, plan or actual), read against the periods
a document reports on, plans for or recalls.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from assistant.core.schema import DocProfile, Period, YearPart
from assistant.core.text import COHORT, MEETING_MODIFIER, YEAR, YEAR_PART, year_part
from assistant.index.knowledge_base import DocRecord
from assistant.search.organisations import Mentions

# 3月份开了几次: a month is asked as a period (3月召开的… names an event's date, and is not).
COUNT_ASKED = re.compile(r"几|多少")  # only a month's count is refused: 3月份开展了什么 may be told in the text

# 1到4月份 is a range a report may state (1—4月调研19次), not one month.
MONTH_ASKED = re.compile(r"(?<![\d到至—－~～-])(1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])\s*月份")

RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": 1, "上年": 1, "前年": 2}

RELATIVE_YEAR = re.compile(r"今年|本年(?!度)|去年|上年(?!度)|前年")

# 明年计划发展几名 asks what a report plans for the year after the one it reports on (its 2026年工作打算).
NEXT_YEAR = re.compile(r"明年|来年|下一年度?|下年度")

WHOLE_YEAR = re.compile(r"全年|年度|一年来|整年")

# "实际" asks for what was done: a plan (要点, 下一步打算) does not answer it, unless the plan is asked too.
# …开得怎么样/效果如何 ask how it went: a plan or a notice announcing it cannot say.
ACTUAL = re.compile(r"实际|真正|[开搞办]得(?:怎么样|如何|咋样)|效果(?:怎么样|如何)|成效如何")

# 要创建多少个 / 要完成几项: what an organisation is to do is its plan (a rule's 必须要 or 需要 is no plan)
TO_DO = r"(?<![需主重只必还])要(?:达到|完成|提升|提高|实现|新建|创建|建成|发展|培训|组织|开展|举办|召开|举行)"

# 培训要求多少人次 / 要求建成几个: a target set for the work, which a plan or a rule states, never what was done
REQUIRED = r"要求(?=[^，,。？?]{0,6}(?:几|多少))"

# 先锋号要命名几个 / 学习班要办几期: any act an organisation is to do, but no rule's 每月要开几次 / 至少要…
TO_DO_ASKED = (
    r"(?<![需主重只必还少般])(?<!每年)(?<!每月)(?<!每周)(?<!每季度)(?<!每半年)"
    r"要(?!求|提前|在|于|隔|过|等|要)[\u4e00-\u9fff]{1,2}(?=几|多少)"
)

PLANNED = re.compile(rf"计划|打算|要点|目标|准备|安排|拟|思路|下一步|{TO_DO}|{TO_DO_ASKED}|{REQUIRED}")

# 2023年度民主生活会 is held, and reported, early the next year.
ANNUAL_EVENT = re.compile(
    rf"((?:19|20)\d{{2}})年度?(?:的)?{MEETING_MODIFIER}(?:民主生活会|组织生活会|述职|民主评议|考核)"
)

DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]\s*\d*号?")


@dataclass(frozen=True)
class AskedPeriod:
    years: frozenset[int]
    half: YearPart  # or a quarter
    whole_year: bool  # 全年/年度 said outright: a half-year report's figures do not answer it
    actual: bool  # 实际…: plans do not answer it
    planned: bool = False  # 计划/目标…: a half-year report states the whole year's plan
    month: str = ""  # 3月份: no document reports on a single month
    # 2023年度民主生活会 is held early in 2024: a report on part of 2024 may tell of it, 2024's 年度 report tells its own.
    held: frozenset[int] = frozenset()

    @property
    def label(self) -> str:
        years = "、".join(f"{y}年" for y in sorted(self.years))
        if self.month:
            return f"{years}{self.month}"
        return years + (self.half or ("度" if years else "全年") if self.whole_year else self.half)


def asked_period(question: str) -> AskedPeriod:
    question = DOCUMENT_NUMBER.sub("", question)  # the year of 北新党发〔2024〕5号 is no period
    question = COHORT.sub("", question)  # nor is a cohort's (2015届), which a report of other years counts
    parts = {year_part(p) for p in YEAR_PART.findall(question)}
    half: YearPart = next(iter(parts)) if len(parts) == 1 else ""  # type: ignore[assignment]
    month = MONTH_ASKED.search(question) if COUNT_ASKED.search(question) else None
    years = {int(y) for y in YEAR.findall(question)}
    return AskedPeriod(
        frozenset(years),
        half,
        bool(WHOLE_YEAR.search(ANNUAL_EVENT.sub("", question))) and not half,
        bool(ACTUAL.search(question)) and not PLANNED.search(question),
        bool(PLANNED.search(question)),
        month.group(0).replace(" ", "") if month else "",
        frozenset(int(y) + 1 for y in ANNUAL_EVENT.findall(question)) - years,
    )


def with_relative_years(question: str, asked: AskedPeriod, documents: Sequence[DocRecord]) -> AskedPeriod:
    """今年/去年/前年 counted back from the present of the organisation's newest document, not the
    calendar's: a 2024上半年 report and a 2024 plan are written in 2024, a 2024年度 report in 2025 (its 去年 is 2024)."""
    back = [RELATIVE_YEARS[w] for w in RELATIVE_YEAR.findall(question)]
    periods = [(p, d.profile.genre) for d in documents if d.profile for p in d.profile.periods]
    ahead = bool(NEXT_YEAR.search(question))
    if not (back or ahead) or not periods:
        return asked
    newest, genre = max(periods, key=lambda pg: (pg[0].year, pg[0].half != "", pg[0].half == "下半年"))
    # A year's plan (要点) is written at its start, a year's summary after its end.
    present = newest.year + (0 if newest.half or genre == "plan" else 1)
    # 明年 is the year after the one the newest document is of, whichever time it was written in.
    return replace(asked, years=frozenset({present - n for n in back} | ({newest.year + 1} if ahead else set())))


def period_matches(period: Period, asked: AskedPeriod) -> bool:
    if asked.month:
        return False  # a half-year's or a quarter's figures do not say what one month did
    if asked.years and period.year not in asked.years and not (period.year in asked.held and period.half):
        return False
    if asked.half:  # a whole-year report mixes both halves' figures
        return period.half == asked.half
    return not (asked.whole_year and period.half and not asked.planned)


def reports_on(profile: DocProfile | None, asked: AskedPeriod) -> bool:
    """The document reports what was done in the period asked about."""
    if profile is None or not profile.periods or not (asked.years or asked.half or asked.whole_year or asked.month):
        return True  # nothing to compare: never exclude on a guess (全年 said is something to compare)
    announced = profile.genre == "plan" or (asked.actual and profile.genre == "notice")
    return not announced and any(period_matches(p, asked) for p in profile.periods)


def plans_for(profile: DocProfile | None, asked: AskedPeriod) -> bool:
    """The document is a plan for the period asked about, or has a plan section for it (下一步打算)."""
    if profile is None or asked.actual:
        return False
    planned = (*profile.periods, *profile.plan_periods) if profile.genre == "plan" else profile.plan_periods
    # A year's plan (2025年工作要点) also plans its 下半年, when a plan is what is asked.
    halves = asked.planned and asked.half in ("上半年", "下半年") and profile.genre == "plan"
    whole = replace(asked, half="") if halves else None
    return any(period_matches(p, asked) or (whole and not p.half and period_matches(p, whole)) for p in planned)


def plans_only_for(question: str, documents: Sequence[DocRecord]) -> set[str]:
    """Ids of documents that do not report on the period asked but plan for it (a 上半年 report's 下半年打算):
    only their plans speak of that period."""
    asked = asked_period(question)
    if not (asked.years or asked.half):
        return set()
    return {
        d.doc_id for d in documents if d.profile and not reports_on(d.profile, asked) and plans_for(d.profile, asked)
    }


def in_period(documents: list[DocRecord], asked: AskedPeriod) -> list[DocRecord]:
    """Documents reporting on the period; plans for it too when plans are asked about or nothing reports on it."""
    reporting = [d for d in documents if reports_on(d.profile, asked)]
    if reporting and not asked.planned:
        return reporting
    return reporting + [d for d in documents if d not in reporting and plans_for(d.profile, asked)]


def telling_part(documents: list[DocRecord], asked: AskedPeriod, mentions: Mentions) -> list[DocRecord]:
    """Documents of the year that tell the quarter or half asked about apart (a table row 第四季度, 一季度召开…,
    an annual report's plan table with 上半年｜下半年 columns of 计划｜完成)."""
    if not asked.half:
        return []
    whole = replace(asked, half="")
    said = asked.half.removeprefix("第")  # 四季度 is also in 第四季度
    # A half-year report naming the other half (下半年打算) plans it: only a year's report tells a half apart.
    halves = asked.half in ("上半年", "下半年")
    return [
        d
        for d in documents
        if reports_on(d.profile, whole)
        and mentions(said, d.doc_id)
        and not (halves and d.profile and d.profile.periods and all(p.half for p in d.profile.periods))
        and not (halves and d.profile and d.profile.genre == "plan" and not asked.planned)
    ]


def telling_last_meeting(documents: list[DocRecord], asked: AskedPeriod, mentions: Mentions) -> list[DocRecord]:
    """Documents on the year a 年度 meeting was held that name it (2023年度民主生活会's report tells how the
    2022年度 one's problems were fixed); one that does not name it tells of its own year's."""
    return [
        d
        for d in documents
        if any(p.year in asked.held for p in d.profile.periods)
        and any(mentions(f"{year}年度", d.doc_id) for year in asked.years)
    ]


def recalling(documents: list[DocRecord], asked: AskedPeriod) -> list[DocRecord]:
    """Documents stating facts of the asked years without reporting on them (a 2025 plan's 2024年，…)."""
    if not asked.years or asked.planned:
        return []
    if asked.half:  # a table's 2024年上半年 column in a 2025年上半年 report
        return [d for d in documents if {Period(y, asked.half) for y in asked.years} <= set(d.profile.recalled)]
    return [d for d in documents if asked.years <= {p.year for p in d.profile.recalled}]


YEARLY_MEETING = re.compile(r"民主生活会|组织生活会")  # a year's meeting, held early in the next


def meetings_held_in(question: str, years: Collection[str], documents: Sequence[DocRecord]) -> list[DocRecord]:
    """The reports of a yearly meeting held in a year asked by 今年/去年 (今年组织生活会前征集了多少条): the 2024年度
    组织生活会 is held, and reported on, early in 2025, as its 落款 dates it. None when a year is said in digits,
    which may name the meeting's own 年度."""
    kinds = set(YEARLY_MEETING.findall(question))
    if not kinds or YEAR.search(question):
        return []
    return [
        d
        for d in documents
        if d.profile
        and d.profile.date[:4] in years
        and ANNUAL_EVENT.search(d.title)
        and any(kind in d.title for kind in kinds)
    ]


def period_conflict(question: str, title: str) -> bool:
    """The question asks about another period than a title names (for callers that only have a title)."""
    q_years, t_years = set(YEAR.findall(question)), set(YEAR.findall(title))
    if q_years and t_years and not q_years & t_years:
        return True
    q_half, t_half = ({year_part(p) for p in YEAR_PART.findall(text)} for text in (question, title))
    if q_half and t_half and not q_half & t_half:
        return True
    return bool(q_half and not t_half and "年度" in title)
