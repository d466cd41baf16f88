"""Which kind of answer a question wants, and follow-ups rewritten from the conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answer.asked_amounts import measure_units
from assistant.answer.asked_penalty import HEAVIEST_ASKED, asks_reported_penalties
from assistant.answer.asked_quantity import COMPLETION_ASKED, HANDLING_ASKED, asked_quantity
from assistant.answer.cited_asked import CITED
from assistant.answer.draft_options import DRAFT
from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_period_words import held_half_note
from assistant.answer.followup_turns import NO_ORGANISATIONS, Organisations, Turn
from assistant.answer.group_members import POSTS_ASKED, asks_people
from assistant.answer.numeric_fact import UNITS
from assistant.answer.plan_met import met_questions
from assistant.answer.question import NOT_A_QUANTITY, PARTS_ASKED, actor_of, asks, asks_ranking, core_of, slots_of
from assistant.core.numerals import ARTICLE_REF
from assistant.core.words import as_asked, plain_wording
from assistant.search.retriever import NO_HINTS, SearchHints

Message = dict  # {"role": "user" | "assistant", "content": str}
AnswerKind = Literal["count", "fact", "list", "lookup", "cited", "draft"]

# 完成计划的百分之几: a percentage; 几种 alone asks the kinds a rule lists (党纪处分有几种), 多少种 a count
COUNT = re.compile(rf"(?<![这那哪])几(?:(?!种)(?:{UNITS})|回|人)|(?<![这那])多少|百分之几")
LIST = re.compile(
    r"哪些|哪几|有什么措施|什么措施|几个方面|哪些方面|举措|措施"
    r"|(啥|什么)(打算|问题|措施|举措|做法|成效|经验|不足|计划|安排|活动|亮点|特色|短板|差距|弱项)[？?呢吗。！!\s]*$"
    r"|干(了)?(些)?啥|做了(些)?(啥|什么)|干了(些)?什么|搞了(些)?(啥|什么)"
    # what is planned or was done, asked colloquially: 明年打算做什么, 下一步要干点啥, 主要开展了什么
    r"|(打算|准备|要|计划|将|下一步|下半年|明年)[^，,？?]{0,4}?(做|干|开展|抓|搞)(些|点)?(啥|什么)"
    r"|(主要|都)(做|干|开展|搞)了?(些|点)?(啥|什么)"
    # 存在的问题都有啥 / 整改措施有什么: an aspect named before the asking
    r"|(问题|不足|短板|差距|措施|举措|打算|计划|成效|亮点|经验)[^，,？?]{0,2}?(都)?有(些)?(啥|什么|哪些)"
    rf"|(?:都|分别|各自)(?:有|是)谁(?:{POSTS_ASKED})?[？?呢。]*$"  # several people (group_members)
    r"|(?:都|分别|各自)叫(?:啥|什么)|(?:名字|名称)(?:都|分别|各自)(?:是|叫)(?:啥|什么)"  # 这些支部都叫啥: several names
    r"|哪[两三四五六七八九十](?![年月天日号次])|包括(?:些)?(?:啥|什么)"  # 三联三促是哪三联 / 这个活动包括啥: its items
    r"|一是[^，,？?]{0,6}二是|(?:查摆|剖析|检视|查找|梳理)出?了?(?:些|点)?(?:啥|什么)"  # 一是二是都是啥 / 他查摆了啥
)
LOOKUP = re.compile(
    r"处分(?!条例)|处理|问责|追究|怎么处|如何处|违反|违纪|第[一二三四五六七八九十百零〇\d]+条"
    r"|党员[^，,。？?]{0,6}?(?:权利|义务)(?!感)"  # what a Party member may and must: the 党章's articles
    r"|《[^》]+》[^？?]*(规定|内容|是什么)"
    # a regulation named as the source of the answer: 按照…条例，…; …条例里/规定…
    r"|(按照|根据|依据|按)[^，,。？?]{0,20}(条例|准则|规定|办法|细则|章程|党章)》?(?:的?规定)?[，,]"
    r"|(条例|准则|细则|章程)》?(里|中|上)?(规定|要求|明确|怎么说|是怎么)"
)

# ---- regulation look-ups (owned by the look-up work; keep in this block) ----
REGULATION_NAME = r"(?:条例|准则|细则|章程|党章|规则|[一二三四五六七八九十]项规定|办法)》?"
ARTICLE_LIST = (
    r"第[一二三四五六七八九十百零〇\d]+(?:\s*[、，,和与及至到\-—~～]\s*第?[一二三四五六七八九十百零〇\d]+)+\s*条"
)
# Asked of a regulation itself: its numbered parts, size, dates, interpreter, revisions, a topic in it.
REGULATION_LOOKUP = re.compile(
    rf"{ARTICLE_REF.pattern}|{ARTICLE_LIST}"
    rf"|{REGULATION_NAME}[^？?。]{{0,16}}(?:第[一二三四五六七八九十百零〇\d]+[章节编项点]|第[（(][一二三四五六七八九十\d]+[）)]项|(?:一共|总共|共)?有?(?:多少|几)个?(?:[条章节编项]|部分)|(?:包括|包含|有)(?:哪些|哪几)个?[条章节编]"
    r"|(?:什么时候|何时|哪天|哪年|啥时候|什么时间)[^？?，,]{0,6}(?:施行|生效|实施|发布|印发|通过)|施行日期|生效日期"
    r"|由谁解释|谁(?:来|负责)?解释|负责解释|解释权|哪个?(?:部门|机关|单位)(?:负责)?解释|新旧|两版|旧版|修订前|版本|几版|修订(?:过|了)?几次)"
    rf"|(?:旧版|老版|现行|最新|新版|(?:19|20)\d{{2}}年(?:版|修订|修改)的?)[^？?。]{{0,12}}{REGULATION_NAME}"
    rf"|{REGULATION_NAME}(?:里|中|上)?(?:关于|对)[^？?。]{{1,20}}(?:规定|要求)"
    rf"|{REGULATION_NAME}(?:里|中|上)?(?:有什么|有哪些|是怎么|是如何|怎么|如何)(?:规定|要求)"
    rf"|{REGULATION_NAME}(?:里|中|上)[^？?。，,]{{1,8}}(?:有哪些|有什么|包括哪些|是什么|哪些|哪几)"  # 党章里党员有哪些义务
    # 党章里说的自行脱党是指啥: what a term the regulation uses means, answered by its article
    rf"|{REGULATION_NAME}(?:里|中|上)[^？?。，,]{{1,12}}(?:是指|指的是|指啥|指什么|啥意思|什么意思)"
    rf"|{REGULATION_NAME}(?:里|中|上)?(?:规定|要求|明确)了?[^？?。，,]{{0,8}}(?:有哪些|有什么|包括哪些|哪些|哪几)"
    # 《…规则》讨论干部任免要多少人到会: a figure the named regulation sets (lookup_limits)
    rf"|{REGULATION_NAME}[^？?。，,]{{0,20}}(?:要|须|需要?|应当?|至少)[^？?。]{{0,6}}(?:多少|几)(?![条章节编项款])"
    # 有哪些情形要追责？巡视工作条例里列的: the regulation named after the question
    rf"|(?:哪些|哪几|什么)[^？?。]{{0,12}}[？?，,]\s*[^？?。，,]{{0,4}}{REGULATION_NAME}(?:里|中|上)?(?:列|规定|写|说)"
    rf"|{REGULATION_NAME}[^？?。]{{0,12}}(?:最后|最末|末尾)(?:一|那)?个?[条章]"  # its last article or chapter
    # …办法里，可以免予追责的情形总共列出了几种: the items an article lists, however long what they are
    rf"|{REGULATION_NAME}[^？?。]{{0,30}}(?:列举|列出|列)了?(?:多少|几)(?:项|种|类)"
    r"|第几条|哪一?条(?:规定|条文)|(?:是|在)哪一?条"  # which article says so: answered by the article, not by a count
    rf"|{REGULATION_NAME}[^？?。]{{0,12}}(?:第几|哪一?个?)[章编]|(?:第几|哪一?个?)[章编][^？?。]{{0,6}}{REGULATION_NAME}"
    # two revisions compared, the regulation left to the conversation or implied by the years
    r"|(?:新旧|两个?)版本?[^？?。]{0,12}(?:不同|区别|变化|差别|差异|改动)"
    r"|(?:19|20)\d{2}年?版[^？?。]{0,8}(?:和|与|跟|同|比)[^？?。]{0,4}(?:19|20)\d{2}年?版"
)
# ---- end of regulation look-ups ----


def hints_for(query: str) -> SearchHints:
    """What retrieval should favour for this query: stated quantities, citing passages."""
    return SearchHints(quantity=asked_quantity(query), cites_documents=bool(CITED.search(query)))


@dataclass(frozen=True)
class Route:
    kind: AnswerKind
    question: str  # the question as understood (follow-ups rewritten)
    focus: str = ""  # what a follow-up asked about (那党支部书记呢 -> 党支部书记)
    hints: SearchHints = NO_HINTS  # for searching `question`
    refers_back: bool = False  # a follow-up about the documents the last answer cited
    anchor: str = ""  # …as long as they mention this (a unit named by 那X呢)
    subset: str = ""  # Y of a 其中Y follow-up, which a later 那Z呢 replaces
    same_organisation: bool = False  # another period of the organisation the last answer was about
    compared: tuple[str, ...] = ()  # the same question of the periods it is compared with (answer.periods)
    recap: tuple[str, ...] = ()  # a draft over these questions of the conversation (answer.recap)
    carried_period: str = ""  # a period the turn left unsaid, kept from the conversation for another organisation
    summed: bool = False  # the compared figures are added up (一共呢), not subtracted
    note: str = ""  # said under the answer: 上半年 asked of the half the knowledge base has, not the year's


def route(question: str, mode: str = "auto") -> AnswerKind:
    if mode == "draft" or (mode == "auto" and DRAFT.search(question)):
        return "draft"
    if CITED.search(question):
        return "cited"
    if mode == "lookup":
        return "lookup"
    if REGULATION_LOOKUP.search(question) or REGULATION_LOOKUP.search(plain_wording(question)):
        return "lookup"  # 办法里组长有啥职责 asks what 有什么职责 asks
    if asks_reported_penalties(question):
        return "fact"  # 海关2024年给的啥处分: what the organisation's report says it gave, no case of the rules
    if asks_ranking(question):
        return "count"  # 哪个支部党员最多: a comparison of counted rows
    if PARTS_ASKED.search(question):
        return "list"  # 这份总结分几块: its parts, named (and so counted)
    # 多大面积: a size; 几个人都是谁 asks who they are
    counts = (COUNT.search(question) or measure_units(question)) and not asks_people(question)
    if (counts or COMPLETION_ASKED.search(question)) and not NOT_A_QUANTITY.search(question):
        return "count"  # 整改完了没有: answered by how many items are done and how many are not
    if met_questions(question):
        return "count"  # 占比达到要点的要求没有: the figure done set against the plan's
    # 剩下的怎么处理的 (one clause): what a report says became of the open items, not a rule's procedure
    if HEAVIEST_ASKED.search(question):
        return "lookup"  # …最重能开除党籍吗: the heaviest penalty a rule sets for a case
    if LOOKUP.search(question) and not (HANDLING_ASKED.search(question) and not re.search(r"[，,]", question)):
        return "lookup"
    if LIST.search(question) or LIST.search(plain_wording(question)):
        return "list"
    return "fact"


def understand(
    question: str,
    history: list[Message] | None = None,
    mode: str = "auto",
    within_question: bool = False,
    organisations: Organisations = NO_ORGANISATIONS,
) -> Route:
    """Route a question, first rewriting it from the conversation (or the earlier parts of the same question)."""
    return understand_turn(question, conversation_state(history, organisations), mode, within_question, organisations)


def understand_turn(
    question: str,
    last: Turn | None,
    mode: str = "auto",
    within_question: bool = False,
    organisations: Organisations = NO_ORGANISATIONS,
) -> Route:
    question = as_asked(question)
    resolution = resolve(question, last, within_question, organisations)
    rewritten = resolution.question
    # The kind is what the user's own words ask for; a bare 那X呢 asks what the last turn asked.
    own = question if asks_own_type(question) else rewritten
    kind = "draft" if resolution.draft and mode in ("auto", "draft") else route(own, mode)
    if resolution.subset and kind == "fact":  # 其中没有收录的是哪部 asks what the whole asked (cited)
        kind = route(rewritten, mode)
    if kind == "lookup" and rewritten != question and asks_reported_penalties(rewritten):
        kind = "fact"  # 给的啥处分 after 海关2024年立案了几件: what the report says was given, no case of the rules
    if kind in ("count", "fact", "list") and rewritten != question and route(rewritten, mode) == "lookup":
        kind = "lookup"  # 一共多少条 / 第四章包括哪些条 in a conversation about a regulation asks of it
    # A count that names who acted (党委书记讲了几次) wants that actor's figure, not the sum over everyone.
    focus = resolution.focus or (actor_of(rewritten) if kind == "count" else "")
    return Route(
        kind,
        rewritten,
        focus,
        hints_for(rewritten),
        resolution.refers_back,
        resolution.anchor,
        resolution.subset,
        resolution.same_organisation,
        resolution.compared,
        resolution.recap if kind == "draft" else (),
        resolution.carried_period or carried_period(question, rewritten, last),
        resolution.summed,
        held_half_note(question, rewritten, last),
    )


def carried_period(said: str, rewritten: str, last: Turn | None) -> str:
    """换成恒锐公司的呢 after a 2025年上半年 question: the period kept from the conversation, which the
    organisation may not have (the user then means whatever it has); "" when the turn said its own."""
    if last is None or slots_of(said).period:
        return ""
    now = slots_of(rewritten)
    return now.period if now.holder else ""


def asks_own_type(question: str) -> bool:
    """Whether the turn's own words say what kind of answer it wants (not 那外科党支部呢, 第三十二条呢)."""
    core = core_of(question)
    return asks(core) and not ARTICLE_REF.search(question) or bool(DRAFT.search(question) or CITED.search(question))
