"""What one question says by itself: its slots (whose, when, what) and its parts.

Only wording is read here; which documents exist is the search stage's business. The slots let a
follow-up replace just what it changes ("换成2023年的呢" replaces the period, nothing else).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.answer_types import NAME
from assistant.core.numerals import parse_number
from assistant.core.text import QUARTER
from assistant.core.words import plain_wording, tagged_words
from assistant.search.genres import genre_said
from assistant.search.organisations import counted_lead

# 2023年, 2023年度, 2024年上半年, 2023年底; a bare 上半年 only refines a year said earlier.
PERIOD = re.compile(
    r"(?:19|20)\d{2}\s*年(?:度|上半年|下半年|全年|底|初|末)?|(?:今年|去年|前年|明年)(?:全年)?|[上下]半年|全年"
)
MODALITY = re.compile(r"原计划|计划|拟|目标|实际|最终|最后")
# 园林中心组织生活会: 中心 then 组织, not a 中心组 (theory study group) of the 园林
ORG_SUFFIX = "[一二三四五六七八九十]{1,2}[中小]|党支部|党总支|党委|党组|中心组(?!织)|中心(?=组织)|党小组|支部|委员会|社区|村|镇|乡|街道|公司|集团|学院|学校|中学(?!习)|小学|大学(?!习)|医院|卫生院|检察院|法院|支行|分行|银行|管理处|服务中心|局|机关"
# Characters an organisation's name at the start of a question does not contain: punctuation,
# digits, interrogatives, pronouns, verbs and particles that end the name (巡察组给X党委: 给 ends the
# agent, which is no holder of later questions).
NOT_IN_NAME = r"\s，,。？?！!、；;：:“”\"《》\d几多什哪谁啥是有的了在讲开召共一个这那其把换请他她它们给"
# 白石岭林场 / 东岭热电厂 / 北溪图书馆 name an organisation; 林场党委 alone is no generic word (unlike 党委).
# 第一 / 第十二 inside a name (机关第一党支部) is an ordinal, though 一 alone ends a name (一共, 一个).
NAME_CHAR = rf"(?:第[一二三四五六七八九十]{{1,3}}|[^{NOT_IN_NAME}])"
LEADING_ORG = re.compile(rf"^{NAME_CHAR}{{2,24}}(?<!各)(?:{ORG_SUFFIX}|林场|农场|厂|图书馆|文化馆|博物馆|纪念馆)")
NAME_BEFORE_PERIOD = re.compile(
    rf"^([^{NOT_IN_NAME}]{{2,24}}?)(?={PERIOD.pattern}|{QUARTER.pattern})"
)  # 港通物流一季度
GENERIC_ORG = re.compile(rf"^(?:{ORG_SUFFIX}|县|市|区|本|该|全|我|我们)*$")
REGULATION = re.compile(
    r"《[^》]+》|[^\s，,。？?《》]{2,30}?(?:条例|准则|规定|办法|细则|规则|章程)|党章(?!党规|党纪|党史)"
)
ROLE = re.compile(
    r"(?:党委|党总支|党支部|支部|党组|中心组|纪委)?副?"
    r"(?:书记|委员|主任|组长|部长|局长|院长|校长|主席|学习秘书|秘书|领学人|联系人)"
)
# Who does what a count asks about: 党委书记 in 石岭镇党委书记讲了几回党课 (its figure, not everyone's).
ACTOR = re.compile(rf"{ROLE.pattern}(?=[\u4e00-\u9fa5]{{0,3}}?(?:讲|主持|领学|参加|带队|带领|走访|联系|作报告))")
# 关支部 of 机关支部讲了几次: a unit's name, not a person's, ends in its unit word.
UNIT_TAIL = r"(?![\u4e00-\u9fa5]?(?:支部|小组|大队|中队|分队|车间|班组))"
NAMED_ACTOR = re.compile(
    rf"{UNIT_TAIL}({NAME})(?:同志)?(?=(?:重点|主要|亲自|带头|一共|共|都|还)?(?:讲|主持|领学|作报告|分管))"
)
# Words that ask for something; a clause without one is context, not a question of its own.
INTERROGATIVE = re.compile(
    r"(?<![这那哪])几(?!乎)|多少|多久|多长|多大|什么|啥|哪些|哪几|哪|谁|怎么样|咋样|怎么|怎样|如何|咋|是否|有没有|是不是|吗|呢|(?<![那这])么|几时|没有(?=[？?]|$)"
)
# A branch or group a question asks about (外科 in 中医院外科党支部); a count or 各 names none.
# 党小组会 and 支部党员大会 are meetings, not units.
SUB_UNIT_END = re.compile(r"(?:党支部|党总支|党小组|支部|小组|大队|中队|分队|车间|班组|中心组)$")
UNIT_SUFFIX = re.compile(r"(党支部|党小组|支部|小组|大队|中队|分队|车间|班组)(?!会|大会|党员大会|委员会|长)")
# 有多少名学生党员 asks how many there are (a stock); 发展了多少 asks how many were gained (a flow).
STOCK_ASKED = re.compile(
    r"有(?:多少|几)(?:名|个|位)?[\u4e00-\u9fff\d]{0,8}?党员(?:[？?。]|$)|有党员(?:多少|几)(?:名|个|位|人)?(?:[？?。]|$)"
    r"|(?:共有|现有|拥有|在册)党员(?:多少|几|[？?。]|$)|党员(?:一共|总共|共|现)有(?:多少|几)"  # 党员共有多少
)
FLOW = re.compile(r"发展|吸收|新增|转正|培养|确定|接收|转入|转出|表彰|处分")
SUBSET = re.compile(r"^(?:那么?|还有)?其中")
FOLLOW_START = re.compile(r"^(?:那么|那个|那份|这个|这份|那|还有|另外|再问一下|再问|换成|换到|改成)")
FOLLOW_END = re.compile(r"(?:呢|吗)?[？?。！!\s]*$")
# 是第几条 / 这是哪一条 / 在第几条规定的: which article, and nothing of what about.
ASKS_ARTICLE = re.compile(r"(?:里|中)?(?:是|在)?(?:第几条|哪一?条)(?:规定的?)?")
POINTER_AROUND = re.compile(r"^(?:这个|那个|这|那|它)|的$")
# 它是办法第几条 / 那个在规则里是哪一条: the kind of regulation talked about, said without its name
REGULATION_KIND = r"条例|细则|规则|准则|规定|办法|章程|党章"
KIND_BEFORE_ARTICLE = re.compile(rf"^(?:是|在)?(?:{REGULATION_KIND})(?=(?:里|中)?(?:是|在)?(?:第几条|哪一?条))")


def asks_article_only(text: str) -> bool:
    """是第几条 / 这是哪一条 / 它是办法第几条: the turn asks which article and names no topic of its own."""
    asked = POINTER_AROUND.sub("", FOLLOW_END.sub("", text.strip()))
    return bool(ASKS_ARTICLE.fullmatch(KIND_BEFORE_ARTICLE.sub("", asked)))


# Words pointing back at the last answer or its documents.
BACK_REFERENCE = re.compile(
    r"这些|这几|这个|这份|这次|这项|这两|上面|上述|以上|前面|刚才|该报告|该文件|该条例|报告里|文中|里面|会上|会议上"
    r"|^他|^她|他[们的自说]|她[们的自说]|^其|此人|该同志|这位同志"
)
TRAILING_VERB = re.compile(r"(?:举办|召开|开展|组织|发展|完成|办|开|讲|搞|学|做)$")
TRAILING_FILLER = re.compile(r"(?<![存正现所实])[是有在了的都又还共一总分别]+$")  # 存在 keeps its 在
WITHIN = re.compile(r"(?:几|多少)个?(?:工作日|天|日|周|月)(?:以内|之内|内)")  # 几天内报: a deadline, nothing named
PARTICLES = re.compile(r"^[的了]|[的了呢吗啊呀？?。！!，,\s]+$")
# Adverbs (已经), aspect particles (了/过) and numerals around an act's verb.
ACT_FRAME_FLAGS = frozenset({"d", "ul", "uguo", "uz", "m"})
ENDING_MARKS = re.compile(r"[？?。！!，,\s]+")
# 罚没款 / 捐款 / 收入: tagged as verbs, but sums of money counted, not acts
MONEY_WORD = re.compile(r"(?:款|费|金|额|收入|支出)$")
QUANTITY_WORD = re.compile(  # 几号 / 几月 / 几点 ask a date or hour, not a quantity
    r"(?<![这那哪])(?:几|多少)(?![号月点])(?:个人|个|名|人次|人|次|场|回|项|件|条|期|天|户|元|万元|部|篇|所|家|批次|批|轮|届|年|处(?![分理置]))?"
)
LIST_WORD = re.compile(r"哪些|哪几(?:个|项|条|次|件)?|什么(?!时候|时间|地方)|怎么(?!样)|如何|咋(?!样)")
COUNTED_AFTER = re.compile(rf"{QUANTITY_WORD.pattern}([^\s，,。？?！!；;、到才能是的有在了都呢吗内后前以]*)")
ARTICLE = r"第[零〇一二两三四五六七八九十百千\d]+条"
ARTICLE_PAIR = re.compile(rf"({ARTICLE})\s*(?:和|与|及|、|以及)\s*({ARTICLE})")
PART_END = re.compile(r"(?<=[？?；;])")
COMMA = re.compile(r"[，,]")
# 多少 that asks for a number, not a quantity: 电话多少, 号码是多少.
# …and a rule's threshold: 要几名委员出席才能召开 (answered by the rule's sentence, not a tally).
NOT_A_QUANTITY = re.compile(
    r"(电话|手机|号码|邮编|编号|文号|邮箱|传真|地址|房间)(号)?(是)?多少|(要|需要|须|应当|应)[^，,？?]{0,3}多少[^，,？?]*(才|方可)"
)
# Words that name nothing: what is left of a thin turn without them is (almost) empty.
FILLER = re.compile(
    r"完成|达到|实现|做到|分别|一下|那么|上来|起来|年初|年底|年末|[的了是有定呢吗啊呀要都还又共总计办搞]"
)


@dataclass(frozen=True)
class Slots:
    """What a question names itself."""

    holder: str = ""  # whose: the organisation (or person) it starts with
    period: str = ""  # the first period it names, as written
    modality: str = ""  # 计划 / 实际 …
    regulation: str = ""  # a regulation it names (《…》 or …条例)
    counted: str = ""  # what a 几次/多少 asks about, when it follows the quantity word (党课 in 讲了几次党课)
    unit: str = ""  # the unit asked for (次 in 几次)


REVISION_AFTER = re.compile(r"\s*(?:修订|修改|修正)")
# 它是现行办法哪一条: the pointer and its 是 are no part of the regulation's name
POINTER_IS = re.compile(r"^(?:这个|那个|这|那|它)(?:是|在)")
# 老版（2015年） / 现行: a revision said before a year, which is no one's name
REVISION_WORD = re.compile(r"^(?:旧版|新版|老版|现行|修订)")


def slots_of(question: str) -> Slots:
    # 《…章程（2017年修改）》: a revision year in a regulation's name is no period the question asks of
    period = next((m for m in PERIOD.finditer(question) if not REVISION_AFTER.match(question, m.end())), None)
    modality = MODALITY.search(question)
    regulation = REGULATION.search(question)
    counted = COUNTED_AFTER.search(question)
    return Slots(
        holder="" if regulation else holder_of(question),
        regulation=POINTER_IS.sub("", regulation.group(0)) if regulation else "",
        period=period.group(0) if period else "",
        modality=modality.group(0) if modality else "",
        counted=PARTICLES.sub("", counted.group(1)) if counted else "",
        unit=re.sub("^(?:几|多少)", "", counted.group(0)).removesuffix(counted.group(1)) if counted else "",
    )


VISITED = re.compile(r"(?:到|去|赴|深入|走进)(?!位)")


def holder_of(question: str) -> str:
    """The organisation (or person, before a period) a question starts with; '' for 社区党委书记 (generic)."""
    text = PERIOD.sub("", question.strip(), count=1) if PERIOD.match(question.strip()) else question.strip()
    found = LEADING_ORG.match(text) or NAME_BEFORE_PERIOD.match(text)
    if (
        found
        and found.re is LEADING_ORG
        and PERIOD.search(found.group(0), 1)
        and not SUB_UNIT_END.search(found.group(0))
    ):
        # 档案馆去年档案进社区(搞了几场): no name holds a period; whose is what the period follows. A unit of the
        # organisation said after the period (党校去年学员管理党支部, 药监局去年中心组) is still whose the question is.
        found = NAME_BEFORE_PERIOD.match(text) or found
    if not found:
        return ""
    name = found.group(0) if found.re is LEADING_ORG else found.group(1)
    if VISITED.match(name) or counted_lead(name) or REVISION_WORD.match(name) or genre_said(name):
        # 到联系支部指导了几次: where someone went, not whose figure; 两期集中学(习) / 三个支部: how many of a kind;
        # 旧版（2018年）; 工作要点要求(全年): the document that says it, not whose
        return ""
    return "" if GENERIC_ORG.match(name) or MODALITY.match(name) else name  # 计划轮训支部(书记): no one's name


def actor_of(question: str) -> str:
    """The role (or the person, 刘晓芸讲了几次党课) a count question asks about, if it names one before the action."""
    question = QUARTER.sub("，", question)  # 一季度讲了几次: 季度 is no one's name
    found = ACTOR.search(question) or NAMED_ACTOR.search(question)
    return found.group(1) if found and found.re is NAMED_ACTOR else found.group(0) if found else ""


def asks_quantity(text: str) -> bool:
    """几次/多少名…, but not 电话多少 (a number that is no quantity)."""
    return bool(QUANTITY_WORD.search(text)) and not NOT_A_QUANTITY.search(text)


def asks(text: str) -> bool:
    return bool(INTERROGATIVE.search(text))


# 换成滨江中职党总支呢，党员一共多少 / 那24年上半年呢，开了几次: whose or when, then the question about it.
# 回到X，<question> / 说回X: back to what an earlier turn was about (the follow-up finds that turn).
RETURN_VERB = r"(?:说回|回到|返回|回过头来?说|回头说)"


# 哪几个方面 / 哪些块 / 分几部分 / 主要内容: a document's parts asked (哪几个方面的问题 asks problems, not parts)
PARTS_ASKED = re.compile(r"(?:哪些|哪几|几)个?(?:方面|大块|块|部分|板块)(?![的问])|主要内容")


def context_of(question: str, keep_act: bool = False) -> str:
    """A question without what it asks: the topic a later part or turn leaves unsaid.

    "青岚公司2024年度组织生活会在哪天召开" -> "青岚公司2024年度组织生活会";
    "讲了几次党课" -> "讲党课" (the asked word is dropped, the thing asked about kept).
    """
    text = PARTICLES.sub("", question.strip())
    match = INTERROGATIVE.search(text)
    if not match:
        return text
    before = text[: match.start()]
    asked = QUANTITY_WORD.match(text, match.start()) or LIST_WORD.match(text, match.start())
    if asked and text[asked.end() :]:  # 讲了几次党课 / 有哪些整改措施: keep the thing asked about
        return TRAILING_FILLER.sub("", before) + text[asked.end() :]
    before = TRAILING_FILLER.sub("", before)
    # 读书班办了几期 -> 读书班: a trailing verb would run into the next part's own verb (`keep_act`: it has none)
    return (TRAILING_VERB.sub("", before) if len(before) > 6 and not keep_act else before) or text


def is_thin(question: str) -> bool:
    """A turn that names no thing of its own ("实际完成了多少？", "2024年全年的目标定的是多少？")."""
    text = PERIOD.sub("", question)
    for pattern in (WITHIN, MODALITY, QUANTITY_WORD, INTERROGATIVE, FOLLOW_START, FILLER):
        text = pattern.sub("", text)
    return len(re.sub(r"[？?。！!，,\s]", "", text)) <= 1


def names_only_an_act(question: str) -> bool:
    """A turn that says what was done but not to what ("已经装了几部", "修了几条"): the thing is the last turn's."""
    text = PERIOD.sub("", question)
    for pattern in (QUANTITY_WORD, INTERROGATIVE, FOLLOW_START, ENDING_MARKS):
        text = pattern.sub("", text)
    words = [(word, flag) for word, flag in tagged_words(text) if flag not in ACT_FRAME_FLAGS]
    if any(MONEY_WORD.search(word) for word, _ in words):
        return False
    return bool(words) and all(flag == "v" for _, flag in words) and sum(len(w) for w, _ in words) <= 3


def core_of(question: str) -> str:
    """A follow-up without its framing: 那外科党支部呢？ -> 外科党支部; 换成2023年的呢 -> 2023年."""
    text = FOLLOW_END.sub("", question.strip())
    text = FOLLOW_START.sub("", text)
    return re.sub(r"的$", "", text).strip(" ，,")


def asks_a_stock(question: str) -> bool:
    """有多少名党员 / 共有党员多少名 / 党员总数: how many there are, not how many were gained (发展了多少)."""
    question = plain_wording(question)  # 党员总数 is how many there are
    return bool(STOCK_ASKED.search(question)) and not FLOW.search(without_holder(question))


def counts_a_flow(predicate: str, question: str) -> bool:
    """A figure of members gained or moved in a period (发展党员27名，其中学生党员26名) does not say how
    many there are, unless the question asks about that movement too."""
    flows = set(FLOW.findall(predicate))
    question = without_holder(question)
    return bool(flows) and not any(flow in question for flow in flows)


def without_holder(question: str) -> str:
    """The question without the organisation it opens with: 发展 of 发展和改革局机关党支部 asks no movement."""
    holder = holder_of(question)
    return question.replace(holder, "", 1) if holder else question


# Kinds of people a figure counts; a figure of one kind never answers for another (共青团员 is no 党员).
PERSON_KIND = r"党员|团员|队员|群众|职工|员工|教师|学生|干部|代表|积极分子|发展对象|志愿者"
COUNTED_PERSON = re.compile(
    rf"(?:几|多少)\s*(?:人次|名|位|个|人|户|家|批)?([\u4e00-\u9fff]{{0,6}}?({PERSON_KIND}))(?![\u4e00-\u9fff])"
)

# 女党员有几名 / 预备党员一共多少人: the people before the quantity word, with a qualifier of who they are
# (发展党员多少名 counts an act, not a kind of member).
PEOPLE_QUALIFIER = r"女|男|预备|正式|退休|离退休|在职|在岗|流动|青年|少数民族|学生|教工|农民|老|新"
PEOPLE_COUNTED = re.compile(
    rf"(?<!发展)(?<!转正)((?:{PEOPLE_QUALIFIER})?({PERSON_KIND}))(?:有|共有|一共|总共|共)*(?:几|多少)\s*(?:名|位|个|人)"
)


def counted_people(question: str) -> tuple[str, str] | None:
    """(the people asked for, their kind) next to the quantity word: 有多少名女党员 / 女党员有几名 -> (女党员, 党员)."""
    match = COUNTED_PERSON.search(question) or PEOPLE_COUNTED.search(question)
    return (match.group(1), match.group(2)) if match else None


# A rating in quotation marks with its grade word (“优秀”等次的党员): said of people as 优秀党员 is.
RATING_IN_MARKS = re.compile(r"[“‘\"]([\u4e00-\u9fff]{1,5})[”’\"](?:等次|等级|档次)?的?")


def counts_other_people(text: str, people: tuple[str, str]) -> bool:
    """Whether a figure's words count other people than asked: 党员 without the asked 女 (all members,
    not the women among them), or another kind only (全年发展共青团员40名 for 几名党员)."""
    phrase, kind = people
    text = RATING_IN_MARKS.sub(r"\1", text)  # 评定“优秀”等次党员 counts the 优秀党员
    if phrase in text:
        return False
    if kind in text:
        return phrase != kind
    return bool(re.search(PERSON_KIND, text))


# 哪个支部党员最多 / 党员最多的是哪个支部 / 主题党日开得最少的支部是哪个: rows compared, not counted.
RANKING = re.compile(r"哪[个一位家所些]?[^，,。？?]{0,20}?最(多|少|高|低)|最(多|少|高|低)的?[^，,。？?]{0,8}?(?:是)?哪")


BARE_QUANTITY = re.compile(r"(?:那|它|其)?(?:有|是|为|共有)?(?:多少|几)[个名位次人项条]?(?:人)?[？?。]?")


def asks_ranking(question: str) -> bool:
    return bool(RANKING.search(question))


# Kinds of money: a sentence about 党建工作经费 does not say how much 党费 was collected.
MONEY_NOUN = re.compile(r"党费|经费|资金|预算|奖金|补助|补贴|捐款|慰问金|收入|支出|费用")


def misses_asked_money(question: str, text: str) -> bool:
    """Whether the question names a kind of money that the text does not mention."""
    asked = set(MONEY_NOUN.findall(question))
    return bool(asked) and not any(noun in text for noun in asked)


# A month (5月, 十月; not 3个月) or an ordinal (第2次, 第三批) in a question picks one of several like passages.
MONTH = re.compile(r"(?<![\d个])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!份?[以之]?内)")
ORDINAL = re.compile(r"第\s*(\d+|[一二三四五六七八九十]+)\s*(次|批|期|轮|届)")


def _marks(pattern: re.Pattern[str], text: str) -> set[tuple[float | None, str]]:
    return {(parse_number(m.group(1)), m.group(2) if pattern.groups > 1 else "") for m in pattern.finditer(text)}


def agrees_with_marks(question: str, sentence: str, title: str, row: bool = False) -> bool:
    """Whether a passage may answer a question naming a month or an ordinal: 2023年5月的研讨 is not the
    table row of 8月24日, and 第2次集体学习 is not a sentence (or a document) about 第3次. A passage naming
    no ordinal of that kind may; months are compared in table rows only (1月的会上定了3月底前整改 may
    answer a question about the 1月 meeting)."""
    asked_months = _marks(MONTH, question)
    if row and asked_months and _marks(MONTH, sentence) and not asked_months & _marks(MONTH, sentence):
        return False
    asked = _marks(ORDINAL, question)
    for text in (sentence, title):
        said = {mark for mark in _marks(ORDINAL, text) if mark[1] in {kind for _, kind in asked}}
        if said:
            return bool(asked & said)
    return True


# 第七十条在哪一章 / 违反廉洁纪律的处分在第几章: the 章/节 holding a part or topic is asked.
ASKS_PART = re.compile(r"(?:在|是|属于|放在|规定在|写在)?(?:第几|哪一?个?)([章节编])(?:里|中)?")

# The part asks for the source of what was just answered, not for something new.
ASKS_SOURCE = re.compile(
    r"^(?:这|这个|这一?条|这些|该)?(?:规定|要求|说法|内容)?(?:是)?"
    r"(?:出自|出于|来自|依据|根据|源自|出处)"
    r"|(?:出自|出处|依据是|根据是|来源是)|是哪[个份部](?:条例|文件|规定|法规|准则)[^，,。？?]{0,6}(?:规定|第几条)"
)


def asks_source(part: str) -> bool:
    return bool(ASKS_SOURCE.search(part)) and not ASKS_PART.search(part)  # 出自哪一章 asks the chapter: a look-up
