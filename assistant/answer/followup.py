"""Follow-ups: a turn that leans on the conversation, rewritten into a question that stands alone.

The state is the last understood turn: its self-contained question (whose, when, what), the 其中
part it asked, and the answer it got. A new turn replaces only the slots it fills:
"那2024年上半年呢" the period, "那外科党支部呢" the organisation, "学习秘书呢" the role, "其中60岁以上的"
the subset, "第三十二条呢" the article of the same regulation; "这些/上面的/会上" point at the documents
the last answer cited (`Resolution.refers_back`), "写成一段总结" drafts over them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME, ROLES, wanted_types
from assistant.answer.answer_types import PERSON as STATED_PERSON
from assistant.answer.draft_options import option_words, reshapes_draft, without_options
from assistant.answer.question import (
    BACK_REFERENCE,
    FOLLOW_END,
    FOLLOW_START,
    LEADING_ORG,
    MODALITY,
    ORG_SUFFIX,
    PERIOD,
    QUANTITY_WORD,
    ROLE,
    SUBSET,
    Slots,
    asks,
    asks_quantity,
    context_for,
    context_of,
    core_of,
    is_thin,
    slots_of,
    split_parts,
)
from assistant.core.numerals import ARTICLE_REF, CLAUSE_REF
from assistant.core.schema import Evidence
from assistant.core.text import YEAR, squash
from assistant.search.regulations import revision_asked
from assistant.search.retriever import NO_HINTS, Filters, SearchHints
from assistant.search.scope import Scope
from assistant.search.source import EvidenceSource

if TYPE_CHECKING:  # routing imports this module
    from assistant.answer.routing import Route

Message = dict  # {"role": "user" | "assistant", "content": str}

# A refusal starts by saying so; a multi-part answer refusing one part ("第二问：…不作推测") is no refusal.
REFUSED = re.compile(r"^(?:知识库中(?:没有|只有|未|不)|抱歉)")
DRAFT_OVER_LAST = re.compile(
    r"(写成|改写成|整理成|概括成|归纳成|形成|写)(一段|一篇|一份|段)?(总结|话|文字|材料|小结|综述)"
)
ANSWER_REGULATION = re.compile(r"依据《([^》]+)》")
# 和去年比呢 / 跟2024年全年相比呢 / 与上半年比较怎么样: asked of the other period, like 那去年呢.
COMPARED_MODALITY = re.compile(r"原计划|计划|拟|目标")
COMPARED_TURN = re.compile(r"^(?:那)?(?:和|跟|与|同)(.{1,12}?)(?:相)?比(?:较|起来)?(?:呢|怎么样|如何)?[？?。]?$")
REVISION_NOTE = re.compile(r"[（(][^）)]*[）)](?=》)")
ANSWER_TITLE = re.compile(r"(?:^|\n|据|依据|〕)《([^》]+)》")  # 〕: a rendered source line 〔1〕《…》
QUOTED_BEFORE_MARK = re.compile(r"([^〔〕\n：；。“”]{5,})〔\d+〕")  # a cited statement, e.g. 全年讲党课4次〔1〕
NAME_KEY = 4  # a longer organisation name is matched by any 4 characters of it (纪委监委 of 鹿鸣县纪委监委机关)
MAX_FOLLOW_UP = 24  # a turn longer than this that names nothing of its own is a new question, not a follow-up
PERSONAL_PRONOUN = re.compile(r"^(?:他|她)(?!们)")
WHO = re.compile(r"谁|哪位|叫什么")
# 党委书记郑海燕 / 述职人：马文斌 / 由汪琳: the role, colon or 由 before the name
NAMED_AFTER_ROLE = re.compile(rf"^.*?(?:{ROLES}|人)[：:\s]*(?:由|为|是)?|^由")
MEETING = re.compile(
    r"组织生活会|民主生活会|专题生活会|支委会|党委会|党员大会|党小组会|中心组(?:集体)?学习会?|[\u4e00-\u9fff]{2}(?:会议|座谈会|推进会)"
)
# 开会前, 开完会, 会后 (会上 is a pointer, dropped with the others)
MEETING_REFERENCE = re.compile(r"(开会前|开会之前|会前|开完会|开会后|会开完|会后)")
MEETING_TIME = {
    "开会前": "会前",
    "开会之前": "会前",
    "会前": "会前",
    "开完会": "会后",
    "开会后": "会后",
    "会开完": "会后",
    "会后": "会后",
}
DEMONSTRATED = re.compile(r"(?:这|那)(?:几|两|些)(?:次|个|项|条|名|场|回)(?=分别|是|都|的|[？?，,]|$)")
POINTERS = re.compile(r"这些|这个|这份|这项|上面的|上述的?|以上的?|前面的|(?<![其吉])他(?:们)?|她(?:们)?")
TOPIC_NOISE = re.compile(r"这些|这几个|这几|这个|这份|上面的|上述|以上|他们|她们|他自己说|她自己说|自己说|他|她|其|是$")
ORG_END = re.compile(f"(?:{ORG_SUFFIX})$")
PARENT_END = re.compile(r"(?:院|局|公司|集团|村|镇|社区|学院|学校|党委|党总支|机关|中心)$")
PARENT_IN = re.compile(r".+(?:院|局|公司|集团|村|镇|社区|学院|学校|党委|党总支|机关|中心)(?=.)")
TOTAL = re.compile(r"加起来|加在一起|一共|总共|合计|总计|全部|总的")
ORDINAL_UNIT = re.compile(rf"第[一二三四五六七八九十\d]+(?:{ORG_SUFFIX})")
# 女的有几个 / 60岁以上的是多少 after 有多少名党员: a part of the last whole, 其中 left unsaid
IMPLICIT_SUBSET = re.compile(r"^[^，,？?、的]{1,10}的(?:有|是|占)?(?:多少|几)")
SWAP_FILLER = re.compile(r"的?(?:情况|数据|数字|方面|这块|那块|那边|的话)$")
# Common surnames that rarely start a Party word: a two- or three-character name starting with one is a person.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖"
    "贾韦邹孟熊秦邱江尹薛闫段雷侯陶黎贺顾毛郝龚邵钱覃戴莫孔汤温康樊葛邢伍庞颜倪庄聂岳翟殷詹申欧耿兰焦俞阮柯凌裴霍冉骆靳柴鲍祁滕牟缪褚晏"
)
PERSON = re.compile(f"[{SURNAMES}][\u4e00-\u9fa5]{{1,2}}")
PERSON_ACTING = re.compile(f"[{SURNAMES}][\u4e00-\u9fa5]{{1,2}}?(?=讲|主持|领学|参加|负责|带领|作|发言|述职)")
VERB_COMPLEMENT = re.compile(r"(?<=[\u4e00-\u9fff])(?:得|完)?(?:了|的)?$")
SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
ENDING = re.compile(r"[？?。！!，,\s]+$")


@dataclass(frozen=True)
class Turn:
    """One understood user turn (or part of one) and the answer that followed it."""

    question: str  # self-contained
    subset: str = ""  # Y of a 其中Y question
    answer: str = ""
    carried: str = ""  # the thing counted in an earlier turn ("都有谁讲了" still talks about 党课)

    @property
    def slots(self) -> Slots:
        return slots_of(self.question)

    @property
    def counted(self) -> str:
        return self.slots.counted or self.carried

    def next(self, question: str, subset: str = "") -> Turn:
        """The turn after this one, carrying what was counted."""
        return Turn(question, subset, carried=self.counted)

    @property
    def refused(self) -> bool:
        return bool(REFUSED.search(self.answer))


@dataclass(frozen=True)
class Resolution:
    question: str  # self-contained
    focus: str = ""  # the words a 其中/那…呢 turn narrows to
    subset: str = ""
    refers_back: bool = False  # answer from the documents the last answer cited
    anchor: str = ""  # …but only if they mention this (那外科党支部呢: a unit of the same report)
    draft: bool = False  # 把上面的写成一段总结
    same_organisation: bool = False  # another period of the organisation the last answer was about


def conversation_state(history: list[Message] | None) -> Turn | None:
    """The last understood turn of the conversation, each user turn resolved against the one before."""
    last: Turn | None = None
    for message in history or []:
        content = message.get("content")
        if not isinstance(content, str):
            continue
        if message.get("role") == "user":
            for n, part in enumerate(split_parts(content)):
                resolved = resolve(part, last, within_question=n > 0)
                last = last.next(resolved.question, resolved.subset) if last else Turn(resolved.question)
        elif message.get("role") == "assistant" and last is not None:
            last = replace(last, answer=content)
    return last


def resolve(question: str, last: Turn | None, within_question: bool = False) -> Resolution:
    """`question` as a question that stands alone, given the last turn (or the earlier part of the same question)."""
    text = question.strip()
    if last is None:
        return Resolution(text)
    compared = COMPARED_TURN.match(text)
    if compared:  # 和去年比呢: the same question of the other period, as done (a plan is compared with what was)
        swapped = resolve(f"那{compared.group(1)}呢", last, within_question)
        return replace(swapped, question=COMPARED_MODALITY.sub("", swapped.question))
    own = slots_of(text)
    of_last_article = CLAUSE_REF.search(text) and ARTICLE_REF.search(last.question)  # 那第二款呢
    if (ARTICLE_REF.search(text) or of_last_article) and not own.regulation:
        return on_article(text, last)
    if own.regulation and not (is_swap(text) and last.slots.regulation):  # 那问责条例呢: into the last question
        return Resolution(text)
    if revision_asked(text).wish == "both" and last.slots.regulation:  # 新旧两版有什么不同: of what was just asked
        return Resolution(f"{ENDING.sub('', text)}，{last.question}")
    if DRAFT_OVER_LAST.search(text) and (BACK_REFERENCE.search(text) or len(text) <= 12):
        topic = draft_topic_of(last.question)
        return Resolution(f"起草一段关于{topic}的总结{option_words(text)}", refers_back=True, draft=True)
    if reshapes_draft(text):  # 改成300字左右 / 写成一篇: the last draft in another length or form
        return Resolution(f"{without_options(last.question)}{option_words(text)}", refers_back=True, draft=True)
    if SUBSET.match(text) or is_implicit_subset(text, last):
        return on_subset(SUBSET.sub("", text), last, within_question)
    if is_swap(text):
        return on_swap(core_of(text), last)
    leans = within_question or BACK_REFERENCE.search(text) or FOLLOW_START.search(text)
    if own.holder or not (leans or (last.slots.holder and len(text) <= MAX_FOLLOW_UP)):
        return Resolution(text)
    return on_elliptical(text, own, last, within_question)


def draft_topic_of(question: str) -> str:
    """What a draft over the last turn is about: its topic without pointers, the verb's complement left
    before the question word (整改得怎么样 → 整改, 整改完了没有 → 整改) and words said twice."""
    topic = TOPIC_NOISE.sub("", ENDING.sub("", context_of(question)))
    topic = VERB_COMPLEMENT.sub("", topic)
    return SAID_TWICE.sub(r"\1", topic) or topic


def is_implicit_subset(text: str, last: Turn) -> bool:
    """其中 left unsaid: 女的有几个 / 女党员有多少 after 有多少名党员 asks for a part of that whole."""
    if not QUANTITY_WORD.search(last.question):
        return False
    if IMPLICIT_SUBSET.match(text):
        return True
    asked = QUANTITY_WORD.search(text)
    thing = re.sub(r"[有是共]+$", "", text[: asked.start()]) if asked else ""
    whole = last.slots.counted
    return bool(whole) and thing.endswith(whole) and thing != whole and len(thing) <= len(whole) + 6


def is_swap(text: str) -> bool:
    """那X呢 / 换成X的呢 / X呢: a turn that only names what replaces a slot of the last one."""
    if not (FOLLOW_START.search(text) or re.search(r"呢[？?。！!\s]*$", text)):
        return False
    core = core_of(text)
    return bool(core) and len(core) <= 16 and not asks(core)


def on_article(text: str, last: Turn) -> Resolution:
    """第三十二条呢 keeps the regulation of the last turn (named in its answer or its question)."""
    named = ANSWER_REGULATION.search(last.answer) if not last.refused else None
    regulation = f"《{named.group(1)}》" if named else last.slots.regulation
    if not regulation:
        return Resolution(text)
    asked = revision_asked(text)
    if asked.years or asked.wish != "newest":  # 2018年版的第三十条呢: not the revision the last answer quoted
        regulation = REVISION_NOTE.sub("", regulation)
    core = core_of(text)
    article = ARTICLE_REF.search(last.question)
    if CLAUSE_REF.fullmatch(core) and article:  # 那第二款呢: that clause of the article just asked about
        return Resolution(f"{regulation}{article.group(0)}{core}")
    if ARTICLE_REF.fullmatch(core):
        rest = ARTICLE_REF.split(last.question, maxsplit=1)[-1] if ARTICLE_REF.search(last.question) else ""
        rest = rest if asks(rest) and "，" not in rest else "讲了什么？"
        return Resolution(f"{regulation}{core}{rest}")
    return Resolution(f"{regulation}{text}")


def on_subset(subset: str, last: Turn, within_question: bool = False) -> Resolution:
    """其中Y: Y of the last turn's whole, from the same documents (a later part is not held to the
    documents of the first part's answer: it names the whole itself)."""
    subset = FOLLOW_END.sub("", subset).removesuffix("呢")
    base = whole_of(last)
    if not asks(subset):
        subset += "是多少" if QUANTITY_WORD.search(base) else "呢"
    focus = focus_of(subset)
    if (
        QUANTITY_WORD.search(base)
        and not last.slots.counted
        and not re.search(r"的(?:有|是)?$", ENDING.sub("", context_of(subset)))
    ):
        # 总收入多少 -> 其中经营性收入呢: the part is a thing of its own, asked within the whole
        return Resolution(
            f"{context_of(base)}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question
        )
    return Resolution(f"{base}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question)


def on_swap(core: str, last: Turn) -> Resolution:
    """那X呢: X replaces the period, the organisation, the role, the subset or the counted thing."""
    question = ENDING.sub("", last.question)
    periods = PERIOD.findall(core)
    rest = core
    for period in periods:
        rest = rest.replace(period, "")
        question = with_period(question, refined_period(period, last.slots.period))
    modality = MODALITY.search(rest)
    if modality:
        rest = rest.replace(modality.group(0), "")
        question = with_modality(question, modality.group(0))
    rest = re.sub(r"^的|的$", "", SWAP_FILLER.sub("", rest)).strip(" ，,")
    changed_period = bool(periods or modality)
    if not rest:
        return Resolution(f"{question}？", refers_back=not changed_period, same_organisation=changed_period)
    if last.subset:
        subset = last.subset.replace(focus_of(last.subset), rest, 1)
        return Resolution(
            f"{whole_of(last)}，其中{subset}？",
            focus=rest,
            subset=subset,
            refers_back=not changed_period,
            same_organisation=changed_period,
        )
    slots = slots_of(question)
    if TOTAL.search(rest) and ORG_END.search(TOTAL.sub("", rest)):
        return Resolution(f"{with_units_total(question, TOTAL.sub('', rest), slots)}？", refers_back=True)
    ordinal = ORDINAL_UNIT.search(question)
    if ordinal and ORDINAL_UNIT.fullmatch(rest):  # 第一党小组 -> 第二党小组
        return Resolution(f"{question.replace(ordinal.group(0), rest, 1)}？", refers_back=True, anchor=rest)
    if slots.holder and (LEADING_ORG.fullmatch(rest) or ORG_END.search(rest)):
        unit = sibling_unit(slots.holder, rest)
        return Resolution(f"{question.replace(slots.holder, unit, 1)}？", refers_back=True, anchor=rest)
    roles = list(ROLE.finditer(question))
    if ROLE.search(rest) and roles:
        role = roles[-1]
        return Resolution(f"{question[: role.start()]}{rest}{question[role.end() :]}？", focus=rest, refers_back=True)
    person = PERSON.fullmatch(rest) and list(PERSON_ACTING.finditer(question))
    if person:  # 那梁涛呢 after 韩冬讲了几次: the person replaces the person
        named = person[-1]
        return Resolution(f"{question[: named.start()]}{rest}{question[named.end() :]}？", focus=rest, refers_back=True)
    if slots.counted:
        return Resolution(
            f"{question.replace(slots.counted, rest, 1)}？",
            refers_back=not changed_period,
            same_organisation=changed_period,
        )
    return Resolution(f"{rest}，{question}？", focus=rest, refers_back=True)


def with_units_total(question: str, units: str, slots: Slots) -> str:
    """四个支部加起来呢: the units replace the one unit the last question asked about, and ask for their total."""
    suffix = ORG_END.search(units).group(0)
    after_context = question.find(slots.period) + len(slots.period) if slots.period else len(slots.holder)
    unit_end = question.rfind(suffix)
    if unit_end >= after_context > 0:  # 县纪委…2024年上半年第一党小组志愿服务… -> …三个党小组一共志愿服务…
        return f"{question[:after_context]}{units}一共{question[unit_end + len(suffix) :]}"
    parent = PARENT_IN.match(slots.holder) if slots.holder else None
    if parent:  # 中医院外科党支部有多少名党员 -> 中医院四个支部一共有多少名党员
        return question.replace(slots.holder, f"{parent.group(0)}{units}一共", 1)
    return f"{units}一共，{question}"


def sibling_unit(holder: str, unit: str) -> str:
    """中医院内科党支部 + 外科党支部 -> 中医院外科党支部: a unit of the same parent keeps the parent's name."""
    suffix = ORG_END.search(unit)
    name, own = holder.removesuffix(suffix.group(0)), unit.removesuffix(suffix.group(0))
    if holder.endswith(suffix.group(0)) and len(name) > len(own) and PARENT_END.search(name[: -len(own)]):
        return name[: -len(own)] + unit
    return unit


def on_elliptical(text: str, own: Slots, last: Turn, within_question: bool) -> Resolution:
    """A turn that leaves whose/when/what unsaid takes them from the last turn."""
    before = last.slots
    body = text
    period = refined_period(own.period, before.period)
    if period != own.period:
        body = body.replace(own.period, "", 1)
    changed_period = bool(own.period) and period != before.period
    changed_modality = bool(own.modality) and own.modality != before.modality
    body = with_named_person(body, last)
    body = POINTERS.sub("", FOLLOW_START.sub("", body))  # the scope says which; the words would only dilute
    body = with_meeting(body, last.question)
    if not within_question:
        body = with_counted(body, own, last.counted, before.unit)
        body = with_demonstrated(body, last.counted)
    # A turn that names no thing of its own, or a later part asking no quantity ("谁主持的"), takes the
    # last question's topic, at its own period and modality. A later part counting something of its
    # own ("参训多少人") only takes whose and when: the topic's words would become part of what it counts.
    own_count = asks_quantity(text) and (before.holder or before.period)
    if is_thin(text) or (within_question and not own_count):
        context = ENDING.sub("", context_for(last.question, text))
        if own.period:
            context = with_period(context, period)
            body = body.replace(own.period, "", 1)
        if own.modality and MODALITY.search(context):
            context = with_modality(context, own.modality)
            body = body.replace(own.modality, "", 1)
        question = f"{context}{re.sub('^的', '', body)}"
    else:
        prefix = before.holder + ("" if own.period and period == own.period else period or before.period)
        question = f"{prefix}{body}"
    refers_back = not (changed_period or changed_modality or within_question) or bool(BACK_REFERENCE.search(text))
    return Resolution(question, refers_back=refers_back, same_organisation=changed_period and not within_question)


def refined_period(period: str, before: str) -> str:
    """上半年 after 2024年上半年 (or after 2024年) is 2024年上半年: a bare half keeps the year said before."""
    year = YEAR.search(before)
    if not period or YEAR.search(period) or not year or period in ("今年", "去年", "前年"):
        return period
    return before if before.endswith(period) else f"{year.group(0)}年{period}"


def with_named_person(body: str, last: Turn) -> str:
    """他/她 after a 谁 question is the person its answer named (书记是谁 -> 沈国平; 他讲了几次 -> 沈国平讲了几次)."""
    if not PERSONAL_PRONOUN.match(body) or last.refused or not WHO.search(last.question):
        return body
    # The one named beside the asked role (宣传委员是谁 -> 宣传委员刘晓芸, not the 书记 named first).
    role = next((w.anchor for w in wanted_types(last.question) if w.kind == "person" and w.anchor), "")
    beside = re.search(rf"{re.escape(role)}[：:\s]*(?:由|为|是)?({NAME})", last.answer) if role else None
    named = STATED_PERSON.search(last.answer)
    name = beside.group(1) if beside else NAMED_AFTER_ROLE.sub("", named.group(0)) if named else ""
    if not re.fullmatch(NAME, name):
        return body
    return PERSONAL_PRONOUN.sub(name, body, count=1)


def with_meeting(body: str, last_question: str) -> str:
    """开会前/开完会 after a question about a 组织生活会: that meeting, in the words documents use
    (组织生活会，会前 / 组织生活会，会后)."""
    meeting = MEETING.search(last_question)
    if not meeting or MEETING.search(body):
        return body
    return MEETING_REFERENCE.sub(lambda m: f"{meeting.group(0)}，{MEETING_TIME[m.group(1)]}", body, count=1)


def with_demonstrated(body: str, counted: str) -> str:
    """这几次分别是谁讲的 -> 这几次党课分别是谁讲的: the demonstrative names the last turn's counted thing."""
    if not counted:
        return body
    return DEMONSTRATED.sub(lambda m: m.group(0) + counted, body, count=1)


def with_counted(body: str, own: Slots, counted: str, unit_before: str) -> str:
    """讲了几次 -> 讲了几次党课: a quantity asked without its noun counts the last turn's thing (same unit)."""
    if own.counted or not counted:
        return body
    match = QUANTITY_WORD.search(body)
    if not match or ENDING.sub("", body[match.end() :]):
        return body
    unit = re.sub("^(?:几|多少)", "", match.group(0))
    if unit and unit_before and unit != unit_before:  # 多少人次 after 几场义诊 asks about something else
        return body
    return f"{body[: match.end()]}{counted}{body[match.end() :]}"


def whole_of(last: Turn) -> str:
    """The last question without its 其中 part: the whole a new 其中 part narrows."""
    question = ENDING.sub("", last.question)
    joined = ENDING.sub("", f"，其中{last.subset}")
    return question.removesuffix(joined) if last.subset else question


def focus_of(subset: str) -> str:
    """60岁以上的有多少 -> 60岁以上: the words that pick the part out of the whole."""
    return re.sub(r"(的|是|有|讲|开)+$", "", ENDING.sub("", context_of(subset))).strip()


def with_period(question: str, period: str) -> str:
    old = PERIOD.search(question)
    if old:
        return question.replace(old.group(0), period, 1)
    holder = slots_of(question).holder
    return question.replace(holder, holder + period, 1) if holder else period + question


def with_modality(question: str, modality: str) -> str:
    old = MODALITY.search(question)
    return question.replace(old.group(0), modality, 1) if old else question


def answered_documents(answer: str, source: EvidenceSource) -> frozenset[str]:
    """Ids of the documents an earlier answer drew on: titles it names, else the documents its quotes come from."""
    if not answer or REFUSED.search(answer):
        return frozenset()
    titles = set(ANSWER_TITLE.findall(answer))
    ids = {d.doc_id for d in source.documents() if d.title in titles}
    if ids:
        return frozenset(ids)
    for quote in QUOTED_BEFORE_MARK.findall(answer)[:3]:
        needle = squash(quote.split("：")[-1])
        for evidence in source.search(quote, 3):
            if needle and needle in squash(evidence.chunk.text):
                ids.add(evidence.chunk.doc_id)
                break
    return frozenset(ids)


class ScopedSource:
    """An EvidenceSource narrowed to the documents a follow-up refers to.

    With `refusal`, a question whose period none of them covers is refused with that text
    (换成2023年的呢 when the organisation has no 2023 document), instead of being answered elsewhere.
    """

    def __init__(self, source: EvidenceSource, doc_ids: frozenset[str], refusal: str = ""):
        self.inner = source
        self.doc_ids = doc_ids
        self.refusal = refusal

    def scope(self, question: str) -> Scope:
        scope = self.inner.scope(question)
        if scope.refusal:
            return scope
        narrowed = self.doc_ids if scope.doc_ids is None else scope.doc_ids & self.doc_ids
        if narrowed:
            return Scope(narrowed)
        return Scope(frozenset(), self.refusal) if self.refusal else scope

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = NO_HINTS
    ) -> list[Evidence]:
        filters = filters or Filters()
        if filters.doc_ids is None and not filters.title:
            filters = Filters(filters.kinds, filters.title, self.doc_ids)
        return self.inner.search(query, k, filters, hints)

    def mentioned_documents(self, query: str) -> set[str]:
        return self.inner.mentioned_documents(query) or set(self.doc_ids)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def scoped_source(source: EvidenceSource, route: Route, last: Turn | None) -> EvidenceSource:
    """The source a follow-up is answered from: the last answer's documents when it refers back to
    them, the documents of the same organisation when it asks about another period."""
    if last is None or not (route.refers_back or route.same_organisation):
        return source
    doc_ids = answered_documents(last.answer, source)
    if not doc_ids:
        return source
    if route.same_organisation:
        return organisation_source(source, doc_ids, route.question)
    if route.anchor:
        chunks = (c for d in doc_ids for c in source.document_chunks(d))
        if not any(route.anchor in c.text for c in chunks):
            return source
    return ScopedSource(source, doc_ids)


def organisation_source(source: EvidenceSource, answered: frozenset[str], question: str) -> EvidenceSource:
    """Every document of the organisation the question names and the last answer drew on."""
    holder = slots_of(question).holder
    titles = [d.title for d in source.documents() if d.doc_id in answered]
    name = max((common_name(holder, t) for t in titles), key=len, default="")
    if len(name) < 2:
        return source
    keys = {name} if len(name) <= NAME_KEY else {name[i : i + NAME_KEY] for i in range(len(name) - NAME_KEY + 1)}
    siblings = frozenset(d.doc_id for d in source.documents() if any(k in d.title for k in keys))
    period = slots_of(question).period
    return ScopedSource(source, siblings, f"知识库中没有{name}{period}的相关材料。为避免误导，不作推测。")


def common_name(holder: str, title: str) -> str:
    """The longest stretch of the organisation's name that the title also has (石岭镇 in 中共石岭镇委员会…)."""
    best = ""
    for start in range(len(holder)):
        for end in range(len(holder), start + len(best), -1):
            if holder[start:end] in title:
                best = holder[start:end]
                break
    return best
