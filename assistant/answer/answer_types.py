"""What kind of answer a question wants (a person, a date, a percentage …) and which sentences hold one.

A sentence that repeats the question's words but holds no name cannot answer 谁; the 落款 answers
only who issued a document and when; page headers and web-page furniture answer nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answer.numeric_fact import FAMILIES, FAMILY_OF_UNIT, UNIT_WORDS, UNITS
from assistant.core.names import COMPOUND_SURNAMES, NAME, SURNAMES
from assistant.core.words import cut_words, plain_wording

AnswerType = Literal[
    "issuer", "phone", "doc_number", "percent", "amount", "year", "date", "count", "place", "person", "position",
    "organisation", "title", "yes_no", "reason", "age", "duration",
]  # fmt: skip

# Question wording -> the type it asks for; the first match in a question part wins.
QUESTION_TYPES: tuple[tuple[AnswerType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in [
        ("issuer", r"哪个单位(?:印发|制发|发)|谁发的|发文(?:单位|机关)|落款|印发(?:单位|日期|时间)|成文日期"),
        ("phone", r"电话|号码|手机|联系方式"),
        ("age", r"多大年纪|多大岁数|多少岁|几岁|年龄|哪年出生|出生年月"),
        ("doc_number", r"文号|发文字号"),
        # 培训要多长时间 / 多久不交党费: a span of time, not how often (多长时间一次 is a date's frequency)
        (
            "duration",
            r"(?:多长时间|多久)(?![^，,？?。]{0,6}一次)(?!开|召开|举行)|几天|多少天|几个月|多少个?学时|几个?学时"
            r"|(?<![哪这那])几年(?:内|以内|之内)"  # 几年内不得: a span, not a count
            r"|(?:过|隔|满|任期是?|一届[^，,？?。]{0,4}?)几年"  # 过几年才能, 一届任期是几年: a span, not a count
            r"|时间上?(?:有|是)?(?:什么|啥|哪些|何)(?:样的)?(?:要求|规定)",  # 培训时间上有啥要求: its length
        ),
        ("percent", r"比例|比率|占比|百分之|百分比|满意度|(?<![效频])率(?!先)"),
        ("amount", r"多少钱|金额|经费|党费|资金|费用|花了多少|投入了?多少|多少万|多少元|收入多少|损失"),
        ("year", r"哪一?年"),
        (
            "date",
            r"什么时候|何时|哪一?天|几月|几号|日期|多久(?:一次|开一次|召开一次|举行一次|开|召开)|频次|多长时间一次",
        ),
        ("count", r"(?<![哪这那])(?:几|多少)"),  # 这几个支部 points back, it does not ask
        ("place", r"在哪|哪里|哪儿|什么地方|地点|何处"),
        (
            "person",
            r"谁|哪位|什么人|哪个人|哪些人|(?:书记|委员|组长|主任|秘书|党员|同志|教师|老师|长|人|员)叫什么"
            r"|(?:(?<=书记)|(?<=委员)|(?<=组长)|(?<=主任)|(?<=秘书)|(?<=经理)|(?<=长))(?:是|为)?哪一?个(?=[？?！!。]|$)",
        ),
        ("position", r"什么职务|什么职位|兼任?什么|任什么"),
        ("organisation", r"哪[个些家](?:单位|部门|机构|组织)|什么(?:单位|部门|机构)"),
        ("title", r"叫什么|什么名称|名称是|题目|主题是|什么主题|什么文件|哪份文件|标题"),
        ("yes_no", r"是否|有没有|了没有?(?![\u4e00-\u9fff])|了吗|过吗"),  # 立案了没: said short, still whether
        ("reason", r"为什么|什么原因|原因是"),
    ]
)
# A type must be in the answering sentence (else refuse); the others only rank such sentences first.
STRICT: frozenset[AnswerType] = frozenset(
    ["issuer", "phone", "doc_number", "percent", "amount", "year", "date", "count", "person", "age", "duration"]
)
# 几个党员 is answered by 一名 (a person's unit), 几个问题 by 2条 (the unit of a thing).
PERSON_COUNT = re.compile(
    r"(?<![这那])(?:几|多少)(?!人次)个?\w{0,4}(?:党员|人|同志|干部|教师|老师|学生|群众|积极分子|对象|代表|委员|成员)"
)
# A rule's share of people: 三分之二以上委员到会, 半数以上 (要几名委员出席才能召开).
SHARE = r"[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|过?半数"
PERSON_UNITS = re.compile(rf"(?:\d+|[一二两三四五六七八九十百千]+)\s*[余多]?\s*(?:名|人|位)(?!次)|{SHARE}")
GENERIC_PERSON = re.compile(r"领导|同志|干部|人员|老师|党员|人")
MEASURES: frozenset[AnswerType] = frozenset(["percent", "amount"])  # a bare 多少 after one asks for the same
# 5个工作日内, 3个月, 2个百分点: a span of time or a difference of rates, not a count of the things asked.
DURATION_AFTER = r"(?!工作日|月|小时|钟头|星期|礼拜|季度|百分点)"
ASKED_UNIT = re.compile(rf"(?<![哪这那])(?:几|多少)({UNITS})?")

ROLES = (
    r"(?:纪委|纪工委)?副?书记|[纪组宣]?\w{0,2}委员|主持人?|领学人?|述职人|副?组长|副?主任|秘书|记录人?|联系人|主讲人?|讲授人?|"
    r"副?[局镇村县市区乡校院部处科所厂]长|总?经理|主席|教授|老师|讲师"
)
# An asked role as documents write it: 支委 are the 组织委员/宣传委员… a report names.
# 请谁来讲的 / 谁给讲的课 is answered by 邀请某某作专题辅导 / 作宣讲 / 授课.
ANCHOR_FORMS: dict[str, tuple[str, ...]] = {
    "支委": ("支委", "委员"),
    "支委委员": ("支委", "委员"),
    "讲": ("讲", "辅导", "授课", "宣讲", "报告"),
    # 哪位领导来督导的 is asked of 到会指导 as much as of 到会督导
    "指导": ("指导", "督导"),
    "督导": ("督导", "指导"),
}
ROLE_AT_END = re.compile(rf"(?:{ROLES})$")
PERSON = re.compile(
    r"(?:主持人|记录人|联系人|述职人|领学人|讲授人|主讲人|发言人|负责人)[：:]\s*[\u4e00-\u9fa5]{2,4}"  # any surname
    rf"|(?:{ROLES})[：:\s]*(?:由|为|是)?{NAME}"  # 党委书记郑海燕, 述职人：马文斌
    rf"|{NAME}(?:同志)?(?:任|为|担任|兼任|当选|主持|领学|讲授|带头)"  # 何志明任纪检委员, 赵振国同志主持
    rf"|(?:{NAME}(?:同志)?|(?:{ROLES}))(?:讲|作)了?(?:专题)?(?:党课|报告|辅导)"  # 罗雪梅讲党课2次, 党委书记讲专题党课
    rf"|(?:{COMPOUND_SURNAMES}|[{SURNAMES}])(?:书记|主任|教授|老师|局长|部长|经理|院长|校长)"  # 王教授讲授
    rf"|由{NAME}"
    # a per-unit table's who column (指导人员为某某 / 联系领导：某某 / 领学人为某某)
    rf"|(?:人员|领导|[学讲录持系责言]人)(?:为|是|[：:]\s*){NAME}"
    rf"|邀请[^，。；]{{0,24}}?{NAME}(?:同志|教授|老师|研究员|专家)?(?:作|为|讲|主讲|宣讲|授课)"  # 邀请讲师团成员某某作宣讲
    rf"|(?:\d+|[一二两三四五六七八九十])名(?:党员|同志|干部|职工|代表)?[（(][^）)]{{0,16}}?{NAME}[）)]"  # 接收预备党员1名（观测股业务骨干林小溪）
)
DATE = re.compile(
    r"\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-.／/]\d{1,2}[-.／/]\d{1,2}"
    r"|\d{1,2}月(?:上旬|中旬|下旬|底|初|中|份|前)|\d{4}年\d{1,2}月"
    # how often and by when: 每季度召开一次, 年底前, 会后5个工作日内
    r"|每(?:年|半年|季度|季|月|周)|(?:年初|年中|年底|年末|季度末)前|前夕|[会节]后\d+个?(?:工作日|日|天)内|\d+个?(?:工作日|日|天)内"
    r"|之日(?:起|算起)"  # 从什么时候算起: 自…通过其为预备党员之日算起
)
SENTENCE_TYPES: dict[AnswerType, re.Pattern[str]] = {
    "age": re.compile(r"\d{2}\s*岁|年龄|出生|\d{4}年\d{1,2}月生"),
    "phone": re.compile(r"(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1\d{10}(?!\d)"),
    "doc_number": re.compile(r"〔\d{4}〕\d+号|\[\d{4}\]\d+号"),
    "percent": re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之"),
    "amount": re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元"),
    "year": re.compile(r"(?:19|20)\d{2}年"),
    "date": DATE,
    # 三天, 二十四个学时, 六个月 (not 3月, a month, nor 2024年, a year, nor 上半年, a period)
    "duration": re.compile(
        r"(?<![\d.上下])(?:\d{1,3}|[一二两三四五六七八九十百半]+)\s*(?:个月|个?学时|个?课时|个?小时|个?工作日|个?星期|天|周|年(?![\d一二三四五六七八九十]))"
    ),
    "place": re.compile(
        r"(?:[在于到赴]|前往)[^，。；]{0,20}(?:室|厅|堂|馆|中心|基地|广场|楼|旧址|故居|学院|党校|公园|纪念地)|地点[：:]"
    ),
    "person": PERSON,
    "position": re.compile(rf"(?:{ROLES})"),
    "organisation": re.compile(r"\w{2,}(?:局|委|办|院|所|公司|中心|学校|学院|社区|村|镇|街道|部|支部|单位)"),
    "title": re.compile(r"《[^》]+》|“[^”]{2,40}”"),
    "yes_no": re.compile(r"未|没有|无|已|均|全部|完成|实现|发生|不"),
    "reason": re.compile(r"因|由于|原因|鉴于|为了|以便"),
}
# The 落款: an organisation on one line, the date on the next (and perhaps an 附件 line).
SIGNATURE = re.compile(
    r"^[^，。；：:！？,\n]{2,40}\n\s*(?:\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年[\d一二三四五六七八九十]{1,2}月"
)
DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# Web-page and PDF furniture: page numbers, click counters, navigation.
FURNITURE = re.compile(
    r"点击数|浏览次数|信息来源|打印本页|关闭窗口|上一篇|下一篇|相关新闻|[—－-]\s*\d{1,3}\s*[—－-]|第\s*\d+\s*页"
)
ELLIPTIC = re.compile(r"(?:那|那么)?([\u4e00-\u9fa5]{1,8})呢")
PART_BREAK = re.compile(r"[？?；;]|[，,](?=[^，,？?]*(?:谁|哪|什么|几|多少|是否|有没有|吗))")
ASKING = re.compile(r"谁|哪|什么|几|多少|是否|有没有|吗")
QUESTION_PARTICLES = frozenset("是的了来去呢吗由有都还给")
# 来讲 / 给讲 are cut as one word: the act asked is 讲.
COMING = re.compile(r"^[来去给](?=\w)")
# 在哪开的 / 在哪儿搞的 / 地点在哪: where something was held, which only a sentence naming a place answers.
HELD_ASKED = re.compile(r"(?:哪|哪里|哪儿|什么地方|何处)[^，,？?]{0,2}?(?:开|搞|召开|举行|举办|开展|办|组织)|地点")
# 书记换成谁了 / 组长调整为谁: the post whose new holder is asked stands before the verb of change.
CHANGED_TO = re.compile(r"(?:换成|换为|改为|改成|调整为|调整成|变为|变成|变更为)$")
# 书记原来是谁 / 组长之前是谁: the post whose former holder is asked stands before the word of time.
FORMERLY = re.compile(r"(?:原来|原先|之前|以前|先前|过去|此前|调整前|换之前|换届前)(?:是|为)?$")


@dataclass(frozen=True)
class Wanted:
    """One part of a question and the type of answer it wants."""

    part: str
    kind: AnswerType
    anchor: str = ""  # for a person: the role or action next to 谁 (主持, 纪检委员), which the answer must hold
    quantity: re.Pattern[str] | None = None  # for a count: a number of the asked unit (5次, 两名)

    @property
    def strict(self) -> bool:
        # 调到哪去了 may be told without a building; 在哪开的 of a meeting needs the place it was held.
        return self.kind in STRICT or (self.kind == "place" and bool(HELD_ASKED.search(self.part)))


def asks_whether(text: str) -> bool:
    """立案了没 / 有没有立案: the words ask whether something happened, not how many."""
    return any(kind == "yes_no" and pattern.search(text) for kind, pattern in QUESTION_TYPES)


def wanted_types(question: str) -> list[Wanted]:
    """The typed parts of a question (组长是谁？学习秘书呢？ has two), in order; empty when none is typed."""
    wanted: list[Wanted] = []
    for part in question_parts(question):
        for kind, pattern in QUESTION_TYPES:
            match = pattern.search(part)
            if match:
                if kind == "count" and not ASKED_UNIT.search(part).group(1) and wanted and wanted[-1].kind in MEASURES:
                    kind = wanted[-1].kind  # 占比多少？年初目标是多少？ asks for a percentage twice
                anchor = person_anchor(part, match) if kind == "person" else ""
                wanted.append(Wanted(part, kind, anchor, asked_count(part) if kind == "count" else None))
                break
        else:
            follow = ELLIPTIC.fullmatch(part)
            if follow and wanted:  # 组长是谁？学习秘书呢？ asks the same of another role
                anchor = role_of(follow.group(1)) if wanted[-1].kind == "person" else ""
                wanted.append(Wanted(part, wanted[-1].kind, anchor, wanted[-1].quantity))
    return wanted


def question_parts(question: str) -> list[str]:
    """The parts of a question; 是什么时候、在哪开的 asks two things (、 between two asking phrases),
    书记、副书记是谁 one."""
    parts: list[str] = []
    for part in (p.strip() for p in PART_BREAK.split(plain_wording(question))):
        pieces = part.split("、")
        if len(pieces) > 1 and all(ASKING.search(piece) for piece in pieces):
            parts += pieces
        else:
            parts.append(part)
    return parts


def asked_count(part: str) -> re.Pattern[str]:
    """A number of the unit a 几/多少 part asks for (any measure word when it names none); 3800余人次,
    60多名 and a table cell under 志愿服务（人次） count too."""
    if PERSON_COUNT.search(part):
        return PERSON_UNITS
    match = ASKED_UNIT.search(part)
    unit = match.group(1) if match else None
    units = (FAMILIES[FAMILY_OF_UNIT[unit]] if unit in FAMILY_OF_UNIT else (unit,)) if unit else UNIT_WORDS
    alternatives = "|".join(sorted(units, key=len, reverse=True))
    not_visits = "" if "人次" in units else "(?!次)"  # 26人次 counts visits, not the 名 asked for
    not_visits += DURATION_AFTER
    # A table cell read with its column header (志愿服务（人次）：41) states the unit before the number.
    return re.compile(
        rf"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*[余多]?\s*(?:{alternatives}){not_visits}"
        rf"|[（(](?:{alternatives})[）)]\s*[：:]\s*\d|{SHARE}"
    )


HOLDS_POST = frozenset({"兼", "兼任", "担任", "任", "当"})


def person_anchor(part: str, match: re.Match[str]) -> str:
    """谁主持的 -> 主持; 纪检委员是谁 -> 委员; 党支部书记叫什么 -> 书记."""
    after = [COMING.sub("", w) for w in cut_words(part[match.end() :])]
    after = [w for w in after if w not in QUESTION_PARTICLES and not is_punct(w)]
    if match.group(0) != "谁" and after and GENERIC_PERSON.fullmatch(after[0]):
        after = after[1:]  # 哪位领导到会指导了: what the person did (到会), not that they are a 领导
    if len(after) > 1 and after[0] in HOLDS_POST:  # 谁兼工会主席: the post held, not the verb holding it
        return "".join(after[1:])
    if after and match.group(0) == "谁":
        return after[0]
    asked = match.group(0)
    head = part[: match.end() - 3] if asked.endswith("叫什么") else part[: match.start()]  # 书记叫什么: keep 书记
    head = CHANGED_TO.sub("", FORMERLY.sub("", CHANGED_TO.sub("", head)))  # 书记换成谁了 / 书记原来是谁: of the 书记
    head = re.sub(r"[是为]$", "", head)  # 纪检组长是谁: the words cut 长是 as one, hiding the role 组长
    before = [w for w in cut_words(head) if w not in QUESTION_PARTICLES and not is_punct(w)]
    role = ROLE_AT_END.search("".join(before[-3:]))  # 纪委副书记 is cut 纪委/副/书记: read over the last words
    if role:
        return role.group(0)
    if after and asked.startswith("哪"):  # 上半年哪位领导来指导的: what the person did, not the period before
        return after[0]
    return role_of(before[-1]) if before else ""


def role_of(words: str) -> str:
    """The role a phrase ends with (党支部书记 -> 书记, 学习秘书 -> 秘书), else the phrase."""
    match = ROLE_AT_END.search(words)
    return match.group(0) if match else words


def is_punct(word: str) -> bool:
    return not re.search(r"\w", word)


def holds(wanted: Wanted, sentence: str) -> bool:
    """Whether a sentence can answer this part: the 落款 for the issuer, a name next to the asked role …"""
    if wanted.kind == "issuer":
        return is_signature(sentence)
    if is_signature(sentence):
        return False
    pattern = wanted.quantity if wanted.kind == "count" else SENTENCE_TYPES[wanted.kind]
    if not pattern or not pattern.search(sentence):
        return False
    forms = ANCHOR_FORMS.get(wanted.anchor, (wanted.anchor,))
    return not wanted.anchor or any(re.search(post_said(form), sentence) for form in forms)


def post_said(post: str) -> str:
    """A post as a report writes it, also held jointly: 宣传兼纪检委员 holds 宣传委员 as well as 纪检委员."""
    said = re.escape(post)
    if len(post) == 4:  # a two-character field and the post's head: 宣传 + 委员
        return rf"(?:{said}|{re.escape(post[:2])}兼[\u4e00-\u9fff]{{1,4}}?{re.escape(post[2:])})"
    return said


def asks_issuer(question: str) -> bool:
    """哪个单位发的, 落款日期: the one question the 落款 answers."""
    return any(w.kind == "issuer" for w in wanted_types(question))


def is_signature(sentence: str) -> bool:
    """The 落款 (organisation, then date) or a bare date line."""
    bare = sentence.replace("*", "").strip()
    return bool(SIGNATURE.match(bare) or DATE_ONLY.match(bare))


def is_furniture(sentence: str) -> bool:
    """A page header, page number or web-page line: never an answer."""
    if not FURNITURE.search(sentence):
        return False
    return len(FURNITURE.sub("", sentence).strip()) < 40 or not sentence.rstrip().endswith(("。", "；", ";"))
