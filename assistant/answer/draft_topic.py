"""The topic a draft request names, in the words a report would use: 根据上半年报告，起草一段关于廉政文化建设情况的
总结 -> 廉政文化建设; without the length, the form, the source named and what names the document itself."""

from __future__ import annotations

import re
from itertools import accumulate

from assistant.core.words import cut_words, without_polite_opening
from assistant.search.organisations import in_order
from assistant.search.periods import RELATIVE_YEAR
from assistant.search.retriever import longest_common_substring

# "根据/用/以/给 …报告（里的材料），" names the source, not the topic.
# Up to its comma when it has one (宏达新材料公司…报告， holds 材料 in a name).
SOURCE_CLAUSE = re.compile(
    r"^(请)?(根据|依据|结合|按照|按|参照|用|以|给|从)([^，,。]*?为主要内容|[^，,。]*[，,]"
    r"|[^，,。]*?(报告|材料|总结|文件|讲话|要点|通知)(里|中)?(的材料|的内容)?(为依据|为准)?)[，,]?"
)
# A last clause that only says the form or length (，写成一篇 / ，约300字 / ，压缩到100字以内): no topic.
TRAILING_OPTIONS = re.compile(
    r"[，,](?:请)?(?:写成|改成|改写成|整理成|压缩到|压缩成|扩展到|控制在)?"
    r"(?:一段话?|一篇|(?:约|大约|不超过|不少于)?\d+字(?:左右|以内|以下)?)[。！!]?$"
)
# 把上半年党建报告里组织建设的内容…: what stands before 报告里 names the document, not the topic.
IN_DOCUMENT = re.compile(r"^(?:帮我|请)?(?:把|将)?[^，,。]*?(?:报告|总结|材料|要点|讲话|述职)(?:里|中|内)(?:的|关于)?")
# A clause that says what the draft is for or must hold, not what it is about: ，带上主要数字 / ，把数字都带上 /
# ，用在汇报里 / ，放到年终汇报里用 / ，要有数 (`draft_options.FIGURES_ASKED` reads 带上数字 / 要有数).
INSTRUCTION_CLAUSE = re.compile(
    r"^(?:并|要|请|再|还要|同时)?(?:把[^，,。]*?)?(?:带上|附上|加上|列上|写上|写进|保留)"
    r"|^(?:并|要|请)?(?:用在|用于|用到|放到|放在|放进|拿到|报给|交给)"
    r"|(?:带上|附上|加上|保留|写上|列上)[^，,。]{0,6}$"
    r"|^(?:并|要|得|须|需要)(?:有|带)(?:具体)?(?:数字|数据|数)"  # ，要有数 / ，得带数据
)
CLAUSE_SPLIT = re.compile(r"(?<=[，,；;])")
TOPIC_CLAUSE = re.compile(r"^(?:请)?以(.+?)为(?:主要)?内容")
ABOUT_TOPIC = re.compile(
    r"关于(.+?)(?:工作)?(?:的)?(?:情况|开展情况)?(?:的)?(?:总结|段落|材料|综述|文字|小结|汇报|摘要)"
)
DRAFT_VERBS = re.compile(
    r"(?:概括|归纳|总结|提炼|浓缩|汇总|压缩|精简|写)成|请|帮我|关于|起草|撰写|草拟|拟写|写成|整理成|整理|的内容|写一?个|写|形成|生成|一下|概括|归纳|概述|简述|一段话|一段|一份|一篇|篇|段|简要|简短|简明|简洁|简单|摘要|小结|综述|总结|情况|段落|材料(?=[，,。？?！!]|$)|"
    r"的$|[。？?！!，,]"
)
TOPIC_LENGTH = re.compile(r"(?:一?个)?(?:约|大约|不超过|不少于|控制在)?\d+\s*字(?:左右|以内|上下|以上)?的?")
TOPIC_LEAD = re.compile(r"^(?:把|将|为|给|替)")
REPORT_NAMED = re.compile(r"(?:书记)?述职(?:报告)?(?:中|里)?")  # 为气象局书记述职起草…: the document, not the topic
TOPIC_FORM = re.compile(r"(?:的)?(?:情况)?(?:简报|文字|部署|汇报|讲话稿|发言稿|稿子|一段话|述职|成绩)$")
TOPIC_ASPECT = re.compile(r"(?:方面|领域)(?:的)?(?:情况|工作)?$")
PERIOD_WORDS = re.compile(
    rf"(?:19|20)\d{{2}}年(?:上半年|下半年|度)?|(?:{RELATIVE_YEAR.pattern})(?:[上下]半年|全年)?|[上下]半年|全年|年度"
)


# A broad part of Party building a request may name, and the words that head its sections in reports:
# 基层组织建设 is written up under 整顿软弱涣散村党组织, 加强村干部队伍建设, 发展党员.
TOPIC_FAMILIES: dict[str, tuple[str, ...]] = {
    "组织建设": (
        "党组织",
        "支部",
        "班子",
        "干部队伍",
        "党员队伍",
        "发展党员",
        "软弱涣散",
        "换届",
        "三会一课",
        "组织生活",
        "组织力",
        "基层组织",
        "组织设置",
        "党员发展",
    ),
    "思想建设": ("理论学习", "理论武装", "中心组", "党课", "第一议题", "学习教育"),
    "作风建设": ("作风", "四风", "八项规定", "调查研究"),
    "廉政建设": ("廉政", "廉洁", "清廉", "警示教育", "纪律", "正风肃纪", "监督", "从严治党", "执纪"),
    "教育培训": ("培训", "轮训", "党课", "学习教育"),
    "服务群众": ("为民办实事", "办实事", "志愿服务", "服务群众", "民生"),
}


def family_words(topic: str) -> tuple[str, ...]:
    """Heading words of the broad parts the topic names (基层组织建设 → 党组织, 发展党员, …)."""
    return tuple(word for name, words in TOPIC_FAMILIES.items() if name in topic for word in words)


def kin_words(topic: str) -> tuple[str, ...]:
    """Heading words of the broad parts that list a word the topic holds (正风肃纪 → 廉政, 纪律, 监督, …):
    a report may head the same work in a sibling's words (（四）纪律作风)."""
    kin = [words for words in TOPIC_FAMILIES.values() if any(word in topic for word in words)]
    return tuple(dict.fromkeys(word for words in kin for word in words if word not in topic))


UNIT_OF_TITLE = re.compile(r"党委|党总支|党支部|党组|党工委|委员会|机关|(?:19|20)\d{2}")


def draft_topic(question: str) -> str:
    """廉政文化建设 from 根据上半年报告，起草一段关于廉政文化建设情况的总结。"""
    question = TRAILING_OPTIONS.sub("", without_instructions(without_polite_opening(question).strip()))
    named = TOPIC_CLAUSE.match(question)
    if named:  # 以防汛工作为主要内容，写一段……
        return named.group(1)
    text = IN_DOCUMENT.sub("", SOURCE_CLAUSE.sub("", question))
    about = ABOUT_TOPIC.search(text)
    topic = bare_topic(about.group(1) if about else DRAFT_VERBS.sub("", text))
    # 根据X组织生活会情况报告写一段总结: the document named and nothing else, a summary of all of it ("").
    return topic or ("" if text != question else question)


def without_instructions(request: str) -> str:
    """The request without its clauses saying what the draft is for or must hold (，带上主要数字 / ，用在汇报里)."""
    clauses = CLAUSE_SPLIT.split(request)
    kept = [c for c in clauses if not INSTRUCTION_CLAUSE.search(c.strip("，,；;。！!？? "))]
    return "".join(kept).rstrip("，,；; ") if kept else request


def bare_topic(topic: str) -> str:
    """The topic alone: no length (约200字的), no form of writing (简报, 文字, 部署), no 方面 (the lead says it)."""
    topic = TOPIC_LENGTH.sub("", topic).strip("，,。 的")
    topic = TOPIC_LEAD.sub("", REPORT_NAMED.sub("", topic))
    for ending in (TOPIC_FORM, TOPIC_ASPECT):
        topic = ending.sub("", topic).strip("，,。 的")
    return topic


def topic_without_title(topic: str, title: str) -> str:
    """The topic without what names the document (桃源村2024年上半年防汛工作 → 防汛)."""
    bare = PERIOD_WORDS.sub("", topic)
    whole = bare
    removed: list[str] = []
    while True:
        overlap = longest_common_substring(bare, title)
        if overlap < 3 or overlap == len(bare):  # 桃源村 names the document; 党建 may be the topic
            break
        shared = next(bare[i : i + overlap] for i in range(len(bare)) if bare[i : i + overlap] in title)
        bare = bare.replace(shared, "", 1)
        removed.append(shared)
    bare = re.sub(r"(工作)?(开展)?$", "", bare.strip("的，, ")) or bare
    bare = without_name_leftover(bare, topic, title)
    # All of it names the document (恒锐公司组织生活会查摆的问题整改): its last words are what it is about.
    head = max(removed, key=lambda piece: whole.rfind(piece) + len(piece), default=topic)
    return bare.strip("的，, ").lstrip("和与及") or head


def without_name_leftover(bare: str, topic: str, title: str) -> str:
    """临川学习 / 职校企合作: what is left of a short name the topic began with (临川水务局, 东湖中职)
    after the title's words were taken out; characters of the unit's name, in order."""
    unit = UNIT_OF_TITLE.split(PERIOD_WORDS.sub("", title), maxsplit=1)[0].removeprefix("中共")
    if not unit or topic[:1] not in unit[:3]:
        return bare
    # Cut at a word's end only: 职|校企合作, not 职校|企合作.
    ends = set(accumulate(len(w) for w in cut_words(bare)))
    cut = max((n for n in range(1, min(4, len(bare) - 2) + 1) if n in ends and in_order(bare[:n], unit)), default=0)
    return bare[cut:]


SHORT_NAME = 4  # 广电台 / 临溪法院: a short form of a name is this long at most


def without_short_names(topic: str, names: list[str]) -> str:
    """The topic without the short forms of the organisation's names it begins with, once its periods are out
    (广电台2025年上半年广电党建 → 党建): characters of a name in order, from its first one, skipping some of it
    (广电 of 广播电视台) — a word the name holds as it is (组织 of 组织部) may be the topic."""
    words = cut_words(PERIOD_WORDS.sub("", topic))
    cut = 0
    while True:
        short = next((n for n in range(len(words), cut, -1) if short_form("".join(words[cut:n]), names)), 0)
        if not short or not "".join(words[short:]).strip("的"):
            break
        cut = short
    return "".join(words[cut:]).lstrip("的") if cut else topic


def short_form(piece: str, names: list[str]) -> bool:
    """广电台 of 广播电视台: 2–4 characters of the name in order from its first, not a piece of it as written."""
    return 2 <= len(piece) <= SHORT_NAME and any(
        name.startswith(piece[0]) and in_order(piece, name) and piece not in name for name in names
    )
