"""Which documents a question is about: its organisation and its period, read against document profiles.

A question about 2023年上半年 is not answered from a 2022 report, nor a question about 二支部 from
another branch's report. When no document covers what was asked the answer is a refusal that
says what the knowledge base does have. Regulations are never scoped by report periods, and a
question that names no organisation is not scoped by organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.core.numerals import ARTICLE_REF
from assistant.core.schema import DocProfile, Genre, Period, YearPart
from assistant.core.text import COHORT, MEETING_MODIFIER, TITLE_REF, YEAR, YEAR_PART, year_part
from assistant.core.words import without_polite_opening
from assistant.index.knowledge_base import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.genres import fitting_documents, lacked_genre, of_genre_asked

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
PLANNED = re.compile(rf"计划|打算|要点|目标|准备|安排|拟|思路|下一步|{TO_DO}")
# 2023年度民主生活会 is held, and reported, early the next year.
ANNUAL_EVENT = re.compile(
    rf"((?:19|20)\d{{2}})年度?(?:的)?{MEETING_MODIFIER}(?:民主生活会|组织生活会|述职|民主评议|考核)"
)
# Words of questions about regulations (unless they ask what an organisation's report cites).
REGULATION_WORDS = re.compile(r"条例|准则|细则|章程|党规|法规|处分|修订")
DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]\s*\d*号?")
# Words before a name that are no part of it: instruction verbs, and fillers (那个/这份/咱们…), repeated.
LEADING_VERB = re.compile(
    r"^(?:(?:起草|撰写|草拟|拟写|写)一?[段份篇个]?(?:关于)?|对比|比较|关于|根据|按照|依据|按|结合|请问|请|用|以|把|在|从|对|将|为|给|替|帮我|帮"
    r"|其中|那么|[那这](?:个|份|篇|家|位|些)?|还有|另外|以及|咱们|我们|你们|咱|俺们)+"
)
# A unit's own short form doubled before its party body: 县法院院党组 is the court's 党组 (院党组), 公安局局党委
# the bureau's 党委, 明德大学校党委 the university's.
DOUBLED_UNIT = re.compile(
    r"(院|局|所|厂|站|馆)\1(?=机关党委|党委|党组|党总支|党支部|纪委)|(大学|中学|学校)校(?=党委|纪委)"
)
# Place or body names a question may open with (江城理工大学土木工程学院…): each must be known.
UNIT_MENTION = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:大学(?!习)|学院|中学(?!习)|学校|医院|检察院|法院|卫生院|研究院|集团|有限公司|公司|总局|局|街道|社区|村|镇|乡|县|市"
    r"|[一二三四五六七八九十]中(?!全会))"  # 绍兴一中, 柳川二中: a school by its number
    r"|[\u4e00-\u9fff]{2,10}?(?=机关党委|党委|党总支|党支部|党组(?!织))"
)
LEADING_NAME = re.compile(r"[\u4e00-\u9fff]+")
MIN_CONTRACTION, MAX_CONTRACTION = 4, 6  # 柳塘疾控 … 江临公交集团: shorter openings are too common to read as names
CONTRACTION_SPAN = 3  # a contraction's characters lie within this many times its length in the full name
SHORT_PARTY_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(?:党支部|党总支|党委)")
PARTY_SUFFIX = re.compile(r"(?:机关)?(?:党委|党总支|党支部|支部|党组|委员会)$")
SUBJECT_END = re.compile(r"^(?:机关)?(?:党委|党总支|党支部|党组(?!织)|支部)|^(?:19|20)\d{2}|^的|^[，,？?]|^$")
# 第三党支部 is one of the organisation's branches, not an organisation of its own.
# 党建工作报告里(党委…): a document named in the question, not an organisation.
GENERIC_NAMES = re.compile(
    r"^第[一二三四五六七八九十\d]+$|^(?:各|本|该|我|这|那|全|每)|[的了是有在和与及跟几多少哪谁开讲请问年月组习]"
    r"|报告|总结|材料(?![学科工研公厂院所])|文件|通知|要点|纪要|里$"
    r"|会议?上|期间"  # 分析会上(学校管理…): when something was said, not whose
    r"|(?:下|回|返|城|进|驻|到|包|家|故)(?:乡|村|镇|社区|基层)$"  # 义诊下乡, 进社区: where an activity goes
)
GENRE_NAMES: dict[Genre, str] = {
    "summary": "工作总结",
    "report": "报告",
    "plan": "工作计划（要点）",
    "meeting": "会议情况报告",
    "notice": "通知",
    "述职": "述职报告",
    "regulation": "法规",
    "other": "材料",
}
MAX_LISTED = 6

Known = Callable[[str], bool]  # whether a name occurs anywhere in the knowledge base's text
Mentions = Callable[[str, str], bool]  # whether a document's text holds the words (第四季度, doc id)


@dataclass(frozen=True)
class Scope:
    doc_ids: frozenset[str] | None  # None: every document is in scope
    refusal: str | None = None  # set when nothing is in scope: why, and what the knowledge base has
    # Of those, the documents whose type the question fits best (genres.fitting_documents): answered from first.
    preferred: frozenset[str] | None = None


EVERYTHING = Scope(None)


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


def period_conflict(question: str, title: str) -> bool:
    """The question asks about another period than a title names (for callers that only have a title)."""
    q_years, t_years = set(YEAR.findall(question)), set(YEAR.findall(title))
    if q_years and t_years and not q_years & t_years:
        return True
    q_half, t_half = ({year_part(p) for p in YEAR_PART.findall(text)} for text in (question, title))
    if q_half and t_half and not q_half & t_half:
        return True
    return bool(q_half and not t_half and "年度" in title)


@lru_cache(maxsize=65536)  # asked for every alias of every document, again for each part and follow-up
def contracted_in(name: str, text: str) -> bool:
    """The name is a contraction of words in the text: its first character, then the rest in order, close
    together (卫健局 in 安平县卫生健康局党组工作规则, 县检察院 in 安平县人民检察院)."""
    window = CONTRACTION_SPAN * len(name)
    return any(in_order(name, text[i : i + window]) for i, ch in enumerate(text) if ch == name[0])


def in_order(short: str, long: str) -> bool:
    """Every character of `short` occurs in `long`, in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


@lru_cache(maxsize=65536)
def abbreviates(name: str, alias: str) -> bool:
    """机械学院 for 机械工程学院, 东岭自然资源局 for 东岭市自然资源和规划局: same start, characters in order;
    公交集团 for 公共交通集团: a compound cut to its first and third characters, when four or more are left."""
    if name[:2] != alias[:2] and not (len(name) >= 4 and name[0] == alias[0]):
        return False
    return in_order(name, alias)


def clerk_wording(question: str) -> str:
    """The question with a unit's doubled short form said once (县法院院党组 -> 县法院党组)."""
    return DOUBLED_UNIT.sub(lambda m: m.group(1) or m.group(2), question)


# 5个村党支部 / 三家国有企业 / 两期…: a count and its measure word lead a kind of unit or of event, not a name
COUNT_BEFORE = re.compile(r"(?:\d|[一二三四五六七八九十两几多])$")
MEASURE_LEAD = re.compile(r"^[一二三四五六七八九十两几多]*(?:个|家|所|期|次|批|轮|场|届)")


def counted_lead(name: str) -> bool:
    """两期集中学习 / 三个支部: the words open with a count and its measure word, so they name no organisation."""
    lead = MEASURE_LEAD.match(name)
    return bool(lead and lead.end() > 1)


def unit_mentions(question: str) -> list[tuple[re.Match[str], str]]:
    """(match, name) of every place or body name in the question, instruction verbs and a leading count dropped."""
    return [(m, without_count(question, m, LEADING_VERB.sub("", m.group(0)))) for m in UNIT_MENTION.finditer(question)]


def without_count(question: str, match: re.Match[str], name: str) -> str:
    """学生 of 4个学生(党支部): the name after the count that leads it (个 said after a digit, 四个 within)."""
    lead = MEASURE_LEAD.match(name)
    counted = lead and (lead.end() > 1 or COUNT_BEFORE.search(question[: match.start()]))
    return name[lead.end() :] if counted else name


def named_organisation(question: str, documents: Sequence[DocRecord]) -> tuple[str, frozenset[str]]:
    """(the name as the question says it, ids of documents of that organisation); ("", ∅) if none is named."""
    question = clerk_wording(question)
    names = [name for _, name in unit_mentions(question) if len(name) >= 3 and not GENERIC_NAMES.search(name)]
    names += short_party_names(question) + leading_contractions(question)
    matches = {}
    for doc in documents:
        aliases = doc.profile.aliases if doc.profile else ()
        exact = next((a for a in aliases if a in question), "")  # aliases: longest first
        # A name said before and into an alias (东岭卫生服务…, and 卫生服务中心) is the name meant, run to the alias's
        # end (东岭卫生服务中心), when it abbreviates one.
        candidates = run_into(question, names, exact) if exact else names
        alias = next((n for n in candidates for a in aliases if abbreviates(n, a) or contracted_in(n, a)), exact)
        if alias:
            matches[doc.doc_id] = alias
    # 县法院 is in 白沙县法院: a name another document's longer alias holds after a place or parent of its own
    # belongs to that document's organisation, not to every county's court.
    said = set(matches.values())
    own = {d for d, alias in matches.items() if not any(o != alias and o.endswith(alias) for o in said)}
    return max(matches.values(), key=len, default=""), frozenset(own)


def run_into(question: str, names: list[str], alias: str) -> list[str]:
    """The names that start before the alias in the question and run into it, each run on to the alias's end."""
    at = question.find(alias)
    starts = [start for name in names if 0 <= (start := question.find(name)) < at < start + len(name)]
    return [question[start : at + len(alias)] for start in starts]


def leading_contractions(question: str) -> list[str]:
    """柳塘疾控 / 江临公交 / 青石应急: what opens the question, longest first, as a possible contraction of a
    name its documents use (only a match with an alias makes it one)."""
    opening = LEADING_NAME.match(LEADING_VERB.sub("", question))
    text = opening.group(0) if opening else ""
    return [text[:n] for n in range(min(len(text), MAX_CONTRACTION), MIN_CONTRACTION - 1, -1)]


def spelled_out(question: str, documents: Sequence[DocRecord]) -> str:
    """The question with an organisation it names by a contraction (公交集团) written as its documents' titles
    name it (公共交通集团): their sentences are read with the title, which never holds the contraction."""
    question = clerk_wording(question)
    documents = [with_profile(d) for d in documents if d.kind != "regulation"]
    name, own = named_organisation(question, documents)
    unit = PARTY_SUFFIX.sub("", name)
    titles = [d.title for d in documents if d.doc_id in own]
    if len(unit) < 3 or not titles or any(unit in t for t in titles):
        return question
    aliases = [a for d in documents if d.doc_id in own and d.profile for a in d.profile.aliases]
    # Among the organisation's own names any contraction will do (卫健局 for 卫生健康局).
    spelled = [a for a in aliases if a[0] == unit[0] and in_order(unit, a) and any(a in t for t in titles)]
    full = min(spelled, key=len, default="")  # the least it takes: no words the question did not mean
    return question.replace(unit, full) if full else question


def short_party_names(question: str) -> list[str]:
    """瑞丰党支部, 青禾党委: a two-character name with its party suffix, to be matched as an abbreviation."""
    return [
        m.group(0)
        for m in SHORT_PARTY_NAME.finditer(question)
        if not GENERIC_NAMES.search(m.group(1)) and not m.group(1).endswith(("机关", "公司", "学校"))
    ]


PLACE_END = re.compile(r"[省市县区州旗乡镇]$")
PEER_BODY = re.compile(r"(?:学院|医院|分院|学校|中学|小学|分公司|公司|局|中心|研究所|厂)$")
MIN_PARENT, MIN_SUBUNIT = 2, 3  # 农商行 + 北山支行, 消防 + 江北大队: long enough to be names
ORDINAL_UNIT = re.compile(r"第[一二三四五六七八九十\d]+$")  # 机关第四(党支部): a branch known by its number


def unknown_organisation(
    question: str, documents: Sequence[DocRecord], known: Known, mentions: Mentions = lambda words, doc_id: False
) -> str:
    """A body the question is clearly about (it opens with it, or names its 党委/党支部) that no document knows."""
    question = clerk_wording(without_polite_opening(question))  # 帮我根据…: the body opens after the courtesy
    aliases = [a for d in documents if d.profile for a in d.profile.aliases]
    position = 0
    known_before = False
    place = ""  # 云溪县 just before: 云溪县人民医院 is known only as a whole, not because some 人民医院 is
    for match, name in unit_mentions(question):
        chained = match.start() == position  # 江城理工大学土木工程学院: both units are the subject
        position = match.end()
        after_place = place if chained else ""
        name, place = after_place + name, (name if PLACE_END.search(name) else "")
        if after_place and told_by_place(after_place, name[len(after_place) :], documents, mentions):
            known_before = True  # 青川县疾控中心: a 县疾控中心党支部 that 青川县's own documents tell of
            continue
        if ORDINAL_UNIT.search(name) or (
            chained and known_before and not unheard_peer(name, aliases, documents, mentions)
        ):
            continue  # 市场监管局机关第四党支部: a branch of the body just named, or a numbered one
        # Two characters (市局, 外科党支部) are too common a name to refuse on.
        if len(name) < 3 or GENERIC_NAMES.search(name) or not (chained or SUBJECT_END.match(question[match.end() :])):
            continue
        body = not PLACE_END.search(name)  # 青岚县 is a place: a body after it is still to be known
        if any(name in a or a in name or abbreviates(name, a) for a in aliases) or known(name):
            known_before = body
            continue
        if any(contracted_in(name, d.title) for d in documents):  # 卫健局 of 卫生健康局党组工作规则
            known_before = body
            continue
        if told_by_parent(name, documents, mentions):  # 农商行北山支行: a branch its bank's report tells of
            known_before = body
            continue
        return name
    return ""


def told_by_place(place: str, body: str, documents: Sequence[DocRecord], mentions: Mentions) -> bool:
    """Whether a document of an organisation of that place (青川县卫生健康局 for 青川县) tells of the body."""
    own = [d for d in documents if d.profile and any(a.startswith(place) for a in d.profile.aliases)]
    return len(body) >= 2 and any(mentions(body, d.doc_id) for d in own)


def unheard_peer(name: str, aliases: list[str], documents: Sequence[DocRecord], mentions: Mentions) -> bool:
    """江城理工大学材料学院 when only its 机械工程学院 reports: a body of the body just named that is a peer of
    the known one (学院, 医院, 公司…) and that no document names or tells of."""
    if not PEER_BODY.search(name) or "党员" in name:  # 一线党员集中学(习): no 中学
        return False
    if any(name in a or abbreviates(name, a) for a in aliases):
        return False
    return not any(mentions(name, d.doc_id) for d in documents)


def told_by_parent(name: str, documents: Sequence[DocRecord], mentions: Mentions) -> bool:
    """Whether the name is a known body (by alias or contraction) followed by a unit its documents tell of."""
    for cut in range(len(name) - MIN_SUBUNIT, MIN_PARENT - 1, -1):
        parent, unit = name[:cut], name[cut:]
        own = [
            d
            for d in documents
            if d.profile and (any(abbreviates(parent, a) for a in d.profile.aliases) or contracted_in(parent, d.title))
        ]
        if any(mentions(unit, d.doc_id) for d in own):
            return True
    return False


def with_profile(doc: DocRecord) -> DocRecord:
    """The record with its stored profile; for an index written before profiles, what the title and file name say."""
    return doc if doc.profile else replace(doc, profile=build_profile(doc.title, "", doc.kind, doc.source))


# 2018年版是第几条 / 旧版在哪一条: which article of an edition; a report is never a 版.
ARTICLE_OF_EDITION = re.compile(r"(?:年的?版|[新旧老]版|修订[前后]的?)[^？?]{0,8}?(?:第几条|哪一?条)")


def regulation_question(question: str, documents: Sequence[DocRecord]) -> bool:
    """Questions about an article or a named regulation: report periods say nothing about them."""
    if ARTICLE_REF.search(question) or TITLE_REF.search(question) or ARTICLE_OF_EDITION.search(question):
        return True
    return any(d.kind == "regulation" and short_title(d.title) in question for d in documents)


def short_title(title: str) -> str:
    """纪律处分条例 for 中国共产党纪律处分条例（2023年修订）: the name people actually say."""
    title = re.sub(r"[（(][^）)]*[）)]$", "", title)
    return re.sub(r"^(中国共产党|中共中央)", "", title) or title


def holdings(documents: Sequence[DocRecord]) -> str:
    """What the knowledge base has of these documents: 2023年度的工作总结、2024年上半年的工作总结."""
    items = []
    # Newest first: when there are more than MAX_LISTED, the recent ones are those people ask about next.
    for doc in sorted(documents, key=lambda d: d.profile.periods if d.profile else (), reverse=True):
        profile = doc.profile
        if profile is None or not profile.periods:
            continue
        span = "至".join(dict.fromkeys([profile.periods[0].label, profile.periods[-1].label]))
        items.append(f"{span}的{GENRE_NAMES[profile.genre]}")
    return "、".join(list(dict.fromkeys(items))[:MAX_LISTED])


def organisation_names(documents: Sequence[DocRecord]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()  # documents sharing a name are one organisation
    for doc in documents:
        aliases = set(doc.profile.aliases) if doc.profile else set()
        if aliases and not aliases & seen:
            # The name a title uses is the one people know it by.
            names.append(next((a for a in doc.profile.aliases if a in doc.title), doc.profile.aliases[-1]))
        seen |= aliases
    return names[:MAX_LISTED]


def scope_for(
    question: str,
    documents: Sequence[DocRecord],
    known: Known = lambda name: True,
    mentions: Mentions = lambda words, doc_id: False,
) -> Scope:
    """The documents a question is about, or a refusal that says what the knowledge base has."""
    if regulation_question(question, documents):
        return EVERYTHING
    documents = [with_profile(d) for d in documents]
    regulations = {d.doc_id for d in documents if d.kind == "regulation"}
    reports = [d for d in documents if d.doc_id not in regulations]
    stranger = unknown_organisation(question, documents, known, mentions)
    if stranger:
        have = "、".join(organisation_names(reports))
        return Scope(frozenset(), f"知识库中没有“{stranger}”的材料" + (f"，现有{have}等单位的材料。" if have else "。"))
    name, own = named_organisation(question, reports)
    if not name and REGULATION_WORDS.search(question):  # 2023年修订的条例…: a regulation, not a report period
        return EVERYTHING
    candidates = [d for d in reports if d.doc_id in own] if name else reports
    asked = asked_period(question)
    if name and not asked.years:
        asked = with_relative_years(question, asked, candidates)
    in_scope = (
        in_period(candidates, asked)
        or recalling(candidates, asked)
        or telling_part(candidates, asked, mentions)
        or telling_last_meeting(candidates, asked, mentions)
    )
    if name and not in_scope:
        period = asked.label or "所问期间"
        what = f"没有{period}的实际情况" if asked.actual else f"没有{period}的材料"
        return Scope(frozenset(), f"知识库中只有{name}{holdings(candidates)}，{what}。")
    if not in_scope and candidates and (asked.years or asked.half or asked.month):
        return Scope(frozenset(), f"知识库中没有{asked.label}的报告；现有{holdings(candidates)}。")
    lacked = lacked_genre(question, in_scope) if name else None
    if lacked:  # 述职里… of an organisation whose 述职 the knowledge base lacks: what it has
        period = asked.label or ""
        return Scope(frozenset(), f"知识库中只有{name}{holdings(candidates)}，没有{period}的{GENRE_NAMES[lacked]}。")
    in_scope = of_genre_asked(question, in_scope)
    preferred = fitting_documents(question, in_scope) if name else None
    if len(in_scope) == len(reports) and preferred is None:  # no filter at all is much cheaper for Chroma
        return EVERYTHING
    return Scope(frozenset(d.doc_id for d in in_scope) | regulations, preferred=preferred)
