"""Which organisation a question names, matched against document profiles' aliases.

A question names its organisation as clerks say it: a contraction (卫健局), a short party name (瑞丰党支部), a
place and a body (青川县疾控中心). A body no document knows is told apart from one its documents tell of, so that
a question about it is refused rather than answered from another organisation's report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from assistant.core.words import closes_place, without_polite_opening
from assistant.index.knowledge_base import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.contractions import contracts, in_order
from assistant.search.head_names import head_named

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
    r"|[一二三四五六七八九十]中(?!全会))(?!长)"  # 绍兴一中, 柳川二中: a school by its number; 某某局长 is a post
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
    r"|(?:农|乡)村$"  # 培训里农村(妇女): a kind of place people are from, no village's name
)

Known = Callable[[str], bool]  # whether a name occurs anywhere in the knowledge base's text

Mentions = Callable[[str, str], bool]  # whether a document's text holds the words (第四季度, doc id)


@lru_cache(maxsize=65536)  # asked for every alias of every document, again for each part and follow-up
def contracted_in(name: str, text: str) -> bool:
    """The name is a contraction of words in the text: its first character, then the rest in order, close
    together (卫健局 in 安平县卫生健康局党组工作规则, 县检察院 in 安平县人民检察院)."""
    window = CONTRACTION_SPAN * len(name)
    return any(in_order(name, text[i : i + window]) for i, ch in enumerate(text) if ch == name[0])


@lru_cache(maxsize=65536)
def abbreviates(name: str, alias: str) -> bool:
    """机械学院 for 机械工程学院, 东岭自然资源局 for 东岭市自然资源和规划局: same start, characters in order;
    公交集团 for 公共交通集团: a compound cut to its first and third characters, when four or more are left;
    粮储局 for 粮食和物资储备局: the first characters of its words (see `contractions.contracts`)."""
    if name[:2] != alias[:2] and not (len(name) >= 4 and name[0] == alias[0]):
        return contracts(name, alias)
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


# A level character inside a word (市 of 市政院, 乡 of 乡村振兴) ends no unit; one before 委 (江城市委) is a place's.
LEVEL_CHARACTER = re.compile(r"[市县镇乡村](?!委)")
IN_A_WORD = "丨"  # a CJK character no unit ends with, put in place of such a level character


@lru_cache(maxsize=4096)  # read for every part, follow-up and scope check of the same question
def level_words_masked(question: str) -> str:
    """The question with each level character inside a word replaced, so that it ends no unit."""
    return LEVEL_CHARACTER.sub(lambda m: m.group(0) if closes_place(question, m.start()) else IN_A_WORD, question)


def unit_mentions(question: str) -> list[tuple[re.Match[str], str]]:
    """(match, name) of every place or body name in the question, instruction verbs and a leading count dropped."""
    return [
        (m, without_count(question, m, LEADING_VERB.sub("", question[m.start() : m.end()])))
        for m in UNIT_MENTION.finditer(level_words_masked(question))
    ]


def without_count(question: str, match: re.Match[str], name: str) -> str:
    """学生 of 4个学生(党支部): the name after the count that leads it (个 said after a digit, 四个 within)."""
    lead = MEASURE_LEAD.match(name)
    counted = lead and (lead.end() > 1 or COUNT_BEFORE.search(question[: match.start()]))
    return name[lead.end() :] if counted else name


def named_organisation(question: str, documents: Sequence[DocRecord]) -> tuple[str, frozenset[str]]:
    """(the name as the question says it, ids of documents of that organisation); ("", ∅) if none is named."""
    named = tuple((doc.doc_id, doc.title, doc.profile.aliases if doc.profile else ()) for doc in documents)
    return organisation_named(clerk_wording(question), named)


@lru_cache(maxsize=1024)
def organisation_named(
    question: str, documents: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> tuple[str, frozenset[str]]:
    """named_organisation over (doc id, title, aliases): asked several times for each question, by several stages."""
    names = [name for _, name in unit_mentions(question) if len(name) >= 3 and not GENERIC_NAMES.search(name)]
    names += short_party_names(question) + leading_contractions(question)
    matches = {}
    for doc_id, _, aliases in documents:
        exact = next((a for a in aliases if a in question), "")  # aliases: longest first
        # A name said before and into an alias (东岭卫生服务…, and 卫生服务中心) is the name meant, run to the alias's
        # end (东岭卫生服务中心), when it abbreviates one.
        candidates = run_into(question, names, exact) if exact else names
        alias = next((n for n in candidates for a in aliases if abbreviates(n, a) or contracted_in(n, a)), exact)
        if alias:
            matches[doc_id] = alias
    if not matches:  # 史志馆 / 监狱: the head noun of the one body that has it
        return head_named(without_polite_opening(question), documents)
    # 县法院 is in 白沙县法院: a name another document's longer alias holds after a place or parent of its own
    # belongs to that document's organisation, not to every county's court; 临溪县 of 临溪县发改局机关党支部 is
    # the place of that one body, not of every body of the county whose titles never name it.
    said = set(matches.values())
    titles = {doc_id: title for doc_id, title, _ in documents}
    own = {
        d
        for d, alias in matches.items()
        if not any(o != alias and (o.endswith(alias) or alias in o and o not in titles[d]) for o in said)
    }
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
    if not titles or any(unit in t for t in titles):
        return question
    aliases = [a for d in documents if d.doc_id in own and d.profile for a in d.profile.aliases]
    if len(unit) < 3 and not any(contracts(unit, a) for a in aliases):  # two characters: only a one-word name's
        return question
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
# 园林中心 + 苗圃 / 机关: after a parent this long, a two-character unit its documents tell of is named too
LONG_PARENT = 4

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
    for cut in range(len(name) - MIN_SUBUNIT + 1, MIN_PARENT - 1, -1):
        parent, unit = name[:cut], name[cut:]
        if len(unit) < MIN_SUBUNIT and len(parent) < LONG_PARENT:
            continue
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
