"""Chinese words: jieba with a dictionary of Party terms, shared by keyword search and answer matching."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

# Terms jieba would otherwise split; kept whole so a query for 讲党课 matches 讲党课.
PARTY_TERMS = tuple(
    [
        "三会一课",
        "四种形态",
        "第一种形态",
        "第二种形态",
        "第三种形态",
        "第四种形态",
        "民主生活会",
        "组织生活会",
        "讲党课",
        "微党课",
        "中央八项规定",
        "八项规定",
        "四风",
        "主题党日",
        "党风廉政",
        "廉政建设",
        "全面从严治党",
        "主体责任",
        "监督责任",
        "一岗双责",
        "民主集中制",
        "民主评议党员",
        "谈心谈话",
        "批评与自我批评",
        "党支部书记",
        "党委班子",
        "预备党员",
        "入党积极分子",
        "发展对象",
        "纪律处分",
        "留党察看",
        "开除党籍",
        "严重警告",
        "撤销党内职务",
        "党内政治生活",
        "廉洁自律",
        "红脸出汗",
        "咬耳扯袖",
        "末位表态",
        "庸懒散拖",
        "纪检监察",
        "巡视巡察",
        "党史学习教育",
        "廉洁风险",
        "风险点",
        "述职述廉",
        "礼品礼金",
        "消费卡",
        "问责",
        "学时",
        "下一步",
        "中心组",  # 中心组组长 is 中心组 + 组长, not 中心 + 组组长
        "纪检委员",
        "组织委员",
        "宣传委员",
        "主题教育",
        "党纪学习教育",
    ]
)
# Question words and fillers: frequent in questions, useless (or misleading) as evidence.
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "是",
        "在",
        "有",
        "对",
        "把",
        "被",
        "将",
        "为",
        "等",
        "也",
        "都",
        "就",
        "这",
        "那",
        "其",
        "之",
        "所",
        "以",
        "于",
        "或",
        "并",
        "中",
        "上",
        "下",
        "从",
        "向",
        "由",
        "给",
        "什么",
        "哪些",
        "哪个",
        "哪几",
        "哪几个",
        "哪几项",
        "哪几条",
        "哪几种",
        "哪一",
        "几个",
        "几次",
        "几项",
        "多少",
        "怎么",
        "怎样",
        "如何",
        "是否",
        "有没有",
        "吗",
        "呢",
        "吧",
        "啊",
        "请问",
        "请",
        "一下",
        "告诉",
        "我",
        "我们",
        "你",
        "内容",
        "情况",
        "能",  # 最长能察看多长时间: a modal, not what is asked about
        "可以",
        "一共",
        "总共",
        "共",
        "问",
    ]
)
TOKEN_OK = re.compile(r"[\w]", re.UNICODE)
# How clerks type a question -> the words documents use. Applied to questions only: documents are
# indexed as written. Order matters (啥时候 before 啥). 干 only as a verb: never the 干 of 干部/骨干.
COLLOQUIAL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in [
        # 书记是谁啊: a sentence-final particle asks nothing
        (r"(?<![网酒贴干])[啊呀吧哈嘛哦呗]+(?=[？?！!。\s]*$)", ""),
        (r"啥时候|啥时间|什么时间", "什么时候"),
        (r"干啥|干什么|做啥", "做什么"),
        (r"为啥", "为什么"),
        (r"啥", "什么"),
        # 得了个啥奖 / 拿了什么奖: documents write 获…奖
        (r"(?:得|拿|评)了?个?(?=什么[\u4e00-\u9fff]{0,4}奖)", "获"),
        (r"咋样", "怎么样"),
        (r"咋", "怎么"),
        (r"(多少|几)回", r"\1次"),
        # economic figures a report cites in full, which clerks say short
        (r"社零(?:总额|额)?", "社会消费品零售总额"),
        (r"固投", "固定资产投资"),
        (r"规上(?=企业|工业)", "规模以上"),
        # a split verb-object word said whole, as documents do: 立了多少件案子 -> 立案多少件, 谈了几次话 -> 谈话几次
        # (审结了多少件案子 keeps its own verb: 审结 is no 结案)
        (r"(?<![审完归办])(立|办|结)了?((?:多少|几)[件起个宗])案子?", r"\1案\2"),
        (r"谈了?((?:多少|几)(?:次|人次))话", r"谈话\1"),
        (r"(几|多少)个人", r"\1人"),
        (r"花了?(?:费)?(?=多少)", ""),  # 改造花了多少钱 -> 改造多少钱: the money is the answer, not a word
        (r"(?<![高])提到(?=多少|了?多少|百分之)", "提高到"),
        (r"准备(?=[开评干做搞召举组推启办建])", "拟"),  # 准备评选 asks what is planned: documents say 拟评选
        (r"搞了?", "开展"),
        (r"(?<![骨才能])干(?:了些|了|过)?(?=哪|什么|做什么)", "开展"),
        (r"(?<![骨才能])干(?:了些|了|过)", "开展"),
        (r"跟(?=哪|谁|什么|其他|别的)", "和"),
        (r"上一次|上次|最近一次", "最近"),
        (r"(?:下面|底下|下边|下头)(?:有|设了?|管着)", "下设"),  # 党委下面有哪几个支部
        (r"到底|究竟|大概|大约|一般来说", ""),
        # 管纪检的是谁 / 负责宣传工作的是哪位: a committee's member is named by the work the post is for
        (
            r"(?:分管|主管|管|负责)(纪检|宣传|组织|统战|青年)(?:工作)?的(?:人|同志|委员)?(?=是谁|是哪位|是哪个|叫什么)",
            r"\1委员",
        ),
        # 在局里担任什么职务: a body said by its one-character kind is where the asker works, no word a report writes
        (r"在(?:[局所院厂队站处科校委办]|单位)里(?=担任|兼任|任|是|干|做|负责|分管|管)", ""),
        # 党员总数多少 / 职工总人数是几个: documents state how many there are as 共有党员N名 (a whole a 其中 part
        # is asked of too: 党员总数，其中离退休的几个)
        (r"(党员|职工|员工|干部|人员|学生|教师|会员|志愿者)总人?数(?:是|有|为)?", r"共有\1"),
        (
            r"(?:现任|目前的?|现在的?)(?=[\u4e00-\u9fff]{0,8}(?:书记|委员|主任|组长|部长|局长|院长|校长|经理))",
            "",
        ),  # 现任宣传委员
        (
            r"它们?",
            "",
        ),  # 那个支部…它有多少党员: the pronoun is left over once the unit is named; documents never say it
    ]
)

# Words documents use interchangeably for what a question says (计划发展 ~ 拟发展); each word of a
# group stands for the others when a passage is checked for the question's words.
SYNONYM_GROUPS = [
    ("计划", "拟", "力争", "预计"),
    ("参加", "参与", "参训"),
    ("提高", "提升"),
    ("下降", "降低"),  # a change a report states one way and a clerk asks the other (能耗下降多少 of 同比降低3%)
    ("增长", "上升"),
    ("举办", "举行"),
    ("下设", "下辖", "设有"),
    ("才能", "方可", "才可以"),  # a rule's condition: 三分之二以上委员到会方可召开
    ("纪委", "纪检委", "纪律检查委员会"),  # the spoken short forms of a body the regulations write in full
    ("纪检委员", "纪律检查委员"),
    ("提拔", "提升职务"),  # a promotion, as one revision of a rule words it and another does
    ("公车", "公务用车", "公务车辆"),  # the short form clerks say for the vehicles reports name in full
]
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(other for other in group if other != word) for group in SYNONYM_GROUPS for word in group
}

# Spoken verbs and the words reports write for them (卖了多少吨 ~ 销售…吨; 拿证的 ~ 取得…证书). One way only: a
# report's 销售 is no 卖 a question must find, and the spoken verb stands alone or leads a question word
# (拿证, 投了), never inside a report's own compound (办公室, 花园): see spoken_pieces.
SPOKEN_VERBS: dict[str, tuple[str, ...]] = {
    "卖": ("销售", "出售"),
    "没": ("未",),
    "拿": ("取得", "获得", "领取"),
    "查出": ("查处", "查实", "发现", "查摆"),
    "投": ("投入",),
    "花": ("支出", "花费", "使用"),
    "办": ("举办", "举行", "办理"),
}
# What follows a spoken verb in a question's token without being asked about (投了, 查出来).
SPOKEN_TAILS = frozenset({"了", "过", "的", "出来", "来", "到"})
SPOKEN_VERBS_LONGEST_FIRST = sorted(SPOKEN_VERBS, key=len, reverse=True)  # 查出 before 查


def spoken_pieces(token: str) -> list[str]:
    """A question token of a spoken verb and its object or tail, as that verb and the rest (拿证 → 拿, 证; 投了 →
    投; 查出来 → 查出), so that each is looked for in the words a report writes; any other token as it is
    (办公室 is no 办 of anything)."""
    verb = next((v for v in SPOKEN_VERBS_LONGEST_FIRST if token.startswith(v)), None)
    rest = token[len(verb) :] if verb else ""
    if not rest or (rest not in SPOKEN_TAILS and len(rest) > 1):
        return [token]
    return [verb] if rest in SPOKEN_TAILS else [verb, rest]


def formal_wordings(text: str) -> list[str]:
    """The text and, for each spoken verb leading one of its words, the text as a report writes it (其中拿证的
    → 其中取得证的, 其中获得证的…): its character pairs then meet the report's."""
    verbs = {p for t in tokenize(text) for p in spoken_pieces(t)[:1] if p in SPOKEN_VERBS}
    return [text, *(text.replace(v, formal) for v in verbs for formal in SPOKEN_VERBS[v])]


# Formal organisation names in titles and how people say them: 中共石岭镇委员会 is 石岭镇党委,
# 中共X支部委员会 is X党支部. Questions use the spoken name; matching a title must accept it.
FORMAL_NAME = re.compile(r"(?:中共|中国共产党)([\u4e00-\u9fff]{2,30}?)(总支部|支部)?委员会")
SPOKEN_SUFFIX = {None: "党委", "支部": "党支部", "总支部": "党总支"}


def spoken_title(title: str) -> str:
    """A title followed by the spoken names of the organisations it names formally (for matching only);
    a company is called without 有限 (新材料有限公司 -> 新材料公司)."""
    spoken = [m.group(1) + SPOKEN_SUFFIX[m.group(2)] for m in FORMAL_NAME.finditer(title)]
    return " ".join([title, *(name.replace("有限公司", "公司") for name in spoken)])


POLITE_OPENING = re.compile(r"^(?:请你|请|帮我|帮忙|麻烦你?|给我|帮(?![扶助带教]))+")  # 帮恒锐公司写个…


def without_polite_opening(request: str) -> str:
    """帮我根据…起草… -> 根据…起草…: the courtesy is neither topic nor organisation."""
    return POLITE_OPENING.sub("", request.strip())


# 24年 said for 2024年; not a span of years: 党龄12年, 工作了20年, 近10年, 入党15年, 20年以上.
SHORT_YEAR = re.compile(
    r"(?<![\d.龄满近达了共续第每超约])(?<!入党|工作|任职|从事)([12]\d)年(?!以上|以下|左右|后|之后|前|之前|内|以内|间|来(?!的))"
    # 到了25年6月底 / 23年前三季度 / 24年底: a part of the year said after it makes it a date, after 了 too
    r"|(?<![\d.龄满近达共续第每超约])(?<!入党|工作|任职|从事)(?<!工作了|任职了|从事了)([12]\d)年(?=\d{1,2}月|[上下]半年|前?(?:第\s*)?[一二三四1-4]\s*季度|底|末|初|度)"
    # 18版 / 23版条例: a regulation's revision said by its year's last two digits
    r"|(?<![\d.第])([12]\d)(?=版)"
)


def with_full_years(question: str) -> str:
    """24年上半年 -> 2024年上半年, 18版 -> 2018年版: a year said short is the same period or revision (not a span:
    党龄12年, 近10年)."""
    return SHORT_YEAR.sub(lambda m: f"20{m.group(1) or m.group(2) or m.group(3)}年", question)


# 社保那个党支部 / 参保服务这个支部: a filler between a branch's name and its party suffix is no part of the name
# (他所在的那个支部 / 书记那个支部 point at a unit and keep it).
NAME_FILLER = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![的了在是和与跟及到去他她们记长任员])(?:那个|这个)(?=党?支部|党?总支|党小组|党委|党组)"
)


def as_asked(question: str) -> str:
    """The question with years said in full and no filler inside a branch's name (24年 -> 2024年,
    社保那个党支部 -> 社保党支部): what every later step reads."""
    return with_full_years(NAME_FILLER.sub("", question))


def plain_wording(question: str) -> str:
    """A question in the words documents use: 啥→什么, 咋→怎么, 搞→开展, 多少回→多少次."""
    return rewritten(question, COLLOQUIAL)


def rewritten(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """The text with each (pattern, replacement) of an ordered table applied in turn."""
    for pattern, replacement in table:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for term in PARTY_TERMS:
        jieba.add_word(term, freq=200000)
    return jieba


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens, lower-cased, without punctuation and stopwords."""
    tokens = _jieba().lcut_for_search(text.lower())
    return [t for t in (tok.strip() for tok in tokens) if t and TOKEN_OK.search(t) and t not in STOPWORDS]


def tagged_words(text: str) -> list[tuple[str, str]]:
    """Precise-mode words with their jieba part-of-speech flags (v: verb, n: noun, d: adverb…)."""
    from assistant.core.pos_tags import posseg

    _jieba()  # the party terms first, so that they come out whole
    return [(pair.word, pair.flag) for pair in posseg().lcut(text) if pair.word.strip()]


HOW_SAID = frozenset({"实际", "累计", "总计", "合计", "共计", "年初", "年底", "全年"})  # nouns to jieba, no things


@lru_cache(maxsize=4096)
def names_a_thing(text: str) -> bool:
    """Whether a phrase names a thing (a noun or a party term), not only acts, adverbs, particles or a
    person (梁涛讲了): 已完成加装 acts on a thing said elsewhere."""
    return any(
        ((flag[0] == "n" and flag != "nr") or flag == "x") and word not in HOW_SAID for word, flag in tagged_words(text)
    )


def closes_place(text: str, at: int) -> bool:
    """Whether the level character at `at` (市, 县, 区…) closes a place name (临川市, 澄江 / 市, 县 of 县法院),
    not a word of its own (市 of 桥西市场监管所 opens 市场; 区 of 岚山社区卫生服务中心 is in 社区)."""
    start = 0
    for word in _jieba().lcut(text):
        end = start + len(word)
        if start <= at < end:
            if len(word) == 1:
                return True
            if at == start:  # 县法院: a level before a body; 市场: a word
                return _jieba().dt.FREQ.get(word[:2], 0) == 0
            return at == end - 1  # 杭州市 (or 杭 / 州市); inside a word (社区卫生) it closes nothing
        start = end
    return False


def cut_words(text: str) -> list[str]:
    """Precise-mode words (no overlapping sub-words), lower-cased, for adjacency."""
    return [w.strip().lower() for w in _jieba().lcut(text) if w.strip()]
