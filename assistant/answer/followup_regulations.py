"""Follow-ups in a conversation about a regulation: 第三十二条呢 (the same regulation), 2018年版的第十二条呢
(another revision of it), 预备期多长 right after an answer quoting 党章 (asked of 党章)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.answer.question import REGULATION_KIND, Slots, asks, asks_article_only, core_of
from assistant.core.numerals import ARTICLE_REF, CLAUSE_REF, NUMERAL
from assistant.search.regulations import revision_asked

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# 依据《X》第N条 / 《X》共158条: the regulation an answer speaks from.
ANSWER_REGULATION = re.compile(r"(?:依据|出自|^)《([^》]+)》")
# 《报告》引用的党内法规共1部：1. 《X》: the one regulation a report cites is what the answer named, not the report
ONE_CITED = re.compile(r"^《[^》]+》引用的党内法规共1部：\s*1\.\s*《([^》]+)》")


def answer_regulation(answer: str) -> re.Match[str] | None:
    """The regulation an answer speaks from or named: the one cited regulation of a report, else the first title."""
    return ONE_CITED.search(answer) or ANSWER_REGULATION.search(answer)


PART_OF_IT = re.compile(r"(?:它|这|那|这个)?(?:是)?(?:在|属于|放在)?(?:哪一?章|第几章)(?:里|中)?的?")
ENDING = re.compile(r"[？?。！!，,\s]+$")
OWN_WORDS = 2  # characters a revision follow-up may add beyond its asking words (里, 的)
POINTED = re.compile(r"^(?:那|那么)?(?:这个|这部|该|此|本|它)")
TITLE_NAMED = re.compile(r"《?([^《》]+)》?")
# Questions about a regulation as a whole, which a conversation about one asks without naming it.
STRUCTURE_ASKED = re.compile(
    r"(?:一共|总共|共)?(?:有|分为?)?(?<!第)(?:多少|几)个?(?:条|章|节|编)|(?:什么时候|何时|啥时候|哪天|哪年)[^，,？?]{0,4}(?:施行|生效|实施)"
    r"|(?:由|归)?谁(?:来|负责)?解释|解释权|^(?:这个|该|此|它)(?:条例|细则|规则|准则|规定|办法)?"
)
# 老版（2015年） / 新版(2022年修订): the word with the year it stands for in brackets, or said beside it (旧版2015年的,
# 2015年旧版); 2018版 said without 年.
REVISION_ASKED = re.compile(
    r"(?:19|20)\d{2}\s*(?:年的?)?(?:版|修订版?|修改版?)"
    r"|(?:(?:19|20)\d{2}\s*年?的?)?(?:旧版|新版|老版)"
    r"(?:[（(](?:19|20)\d{2}\s*年?(?:版|修订|修改)?[）)]|(?:19|20)\d{2}\s*年?(?![\d初底末中]))?"
    r"|修订前|修订后|现行版?|最新版"
)
YEAR_OF = re.compile(r"(?:19|20)\d{2}")
# 现行条例 / 旧细则 / 原来的条例: the regulation talked about, in the revision the word says.
REVISED_POINTER = re.compile(
    r"(?:那|那么)?(现行|现在的|最新的?|新版的?|新|旧版的?|老版的?|旧|老|原来的|原)(?:条例|细则|规则|准则|规定|办法|章程)"
)
OLDER_POINTER = re.compile(r"旧|老|原")
REGULATION_WORD = re.compile(r"《[^》]+》|条例|细则|规则|准则|规定|办法|章程|党章")
# 它是… / 那个在…: the pointer at what the last answer said, before what is asked of it
POINTER_COPULA = re.compile(r"^(?:那|那么)?(?:这|这个|这一?条|它|该条|此条)?(?:是|在)?")
KIND_NAMED = re.compile(rf"^的?(?:{REGULATION_KIND})")
REVISION_NOTE = re.compile(r"[（(][^）)]*[）)](?=》)")


def regulation_talked_about(text: str, own: Slots, last: Turn) -> str:
    """The regulation the last answer quoted, for a short question that names no organisation or
    period of its own (a year only as a revision: 2018年版); for 一共多少条 / 什么时候施行 / 由谁解释 /
    这个细则…, the regulation the conversation was last about, though the last answer named none."""
    named = answer_regulation(last.answer) if not last.refused else None
    if named is None and STRUCTURE_ASKED.search(text):
        named = next(filter(None, (regulation_of(t) for t in reversed(last.conversation))), None)
    if named is None and not last.refused and ARTICLE_OPENING.match(last.answer):
        named = regulation_of(last)  # 党总支能批吗 after an answer quoting an article of the regulation asked
    revision = REVISION_ASKED.search(text)
    if not named or last.slots.holder or own.holder or not asks(text):
        return ""
    if own.period and not revision:
        return ""
    title = f"《{named.group(1)}》"
    across = COUNTERPART_WRITTEN.search(last.question)
    if across and not revision:  # after 老版里是哪一条, a new question is of the revision the article came from
        return f"{across.group(1)}年版{REVISION_NOTE.sub('', title)}"
    return REVISION_NOTE.sub("", title) if revision else title  # 新版一共多少条: not the revision just quoted


# An answer that opens with an article it quotes (第二十二条　预备党员必须由党委审批…) speaks from the regulation asked.
ARTICLE_OPENING = re.compile(r"^第[一二三四五六七八九十百零〇]+条")


def regulation_of(turn: Turn) -> re.Match[str] | None:
    """The regulation a turn's answer quoted or its question named (《…》 in either; not 这个细则)."""
    named = turn.slots.regulation
    pointed = POINTED.match(named) or asks(named)  # 这个细则 / 是第几条规定: no name
    return answer_regulation(turn.answer) or (None if pointed else TITLE_NAMED.search(named))


def pointed_regulation(text: str, own: Slots, last: Turn) -> str:
    """这个细则由谁解释: the question with 这个细则 replaced by the regulation the conversation is about;
    现行条例 / 旧条例 by that regulation in the revision asked (现行《…》, 旧版《…》)."""
    revised = REVISED_POINTER.match(text)
    if not revised and not (own.regulation and POINTED.match(own.regulation)):
        return ""
    named = next(filter(None, (regulation_of(t) for t in reversed(last.conversation))), None)
    if not named:
        return ""
    if revised:
        wish = "旧版" if OLDER_POINTER.match(revised.group(1)) else "现行"
        return text.replace(revised.group(0), wish + REVISION_NOTE.sub("", f"《{named.group(1)}》"), 1)
    return text.replace(own.regulation, f"《{named.group(1)}》", 1)


# Where a rule's question asks (要多少人到会 / 由谁批准 / 须经什么程序): a circumstance goes before it.
RULE_ASKING = re.compile(r"(?:要|需要|须|需|应|应当|应该|得|由|经)?(?:有)?(?:多少|几|什么|谁|哪|怎么|如何)")
RULE_QUOTED = re.compile(rf"^(?:依据《[^》]+》)?\s*第{NUMERAL}条")


def circumstance_of_rule(rest: str, question: str, last: Turn) -> str:
    """讨论干部任免呢 after 党组会议要多少人到会才能开, answered from an article: the same question in that
    circumstance (党组会议讨论干部任免要多少人到会才能开), which the article's other clause answers; ""
    when the last answer quoted no article or the question asks nothing to put it before."""
    asking = RULE_ASKING.search(question)
    if not RULE_QUOTED.match(last.answer) or not asking or asking.start() == 0 or rest in question:
        return ""
    return f"{question[: asking.start()]}{rest}{question[asking.start() :]}"


def without_regulation_asked(own: Slots) -> Slots:
    """要学哪个准则 / 按什么规定办: which regulation is asked, none is named (the turn leans on the conversation)."""
    return replace(own, regulation="") if asks(own.regulation) else own


def other_regulation(text: str, last: Turn) -> str:
    """那问责条例呢 after 《…信访工作条例（2016年）》由谁解释: the last question asked of the regulation now
    named, whole (its revision is the one the new name asks for, not the last one's), or ""."""
    core = core_of(text)
    before = last.slots.regulation
    named = REGULATION_WORD.search(core)
    if not before or not named or named.end() != len(core) or POINTED.match(core) or REVISED_POINTER.match(text):
        return ""
    if core in before or REVISION_NOTE.sub("", before).strip("《》").endswith(core.strip("《》")):
        return ""  # the same regulation named again
    return f"{ENDING.sub('', last.question.replace(before, core, 1))}？"


# 其中第二款是什么 / 那第（五）项讲的啥: a part of the article talked about, and nothing else asked.
CLAUSE_ONLY = re.compile(
    rf"^(?:其中|那么?)?\s*((?:{CLAUSE_REF.pattern})+)\s*(?:是什么|是啥|讲的是?什么|讲了什么|讲的啥|说的是?啥|说了什么|的内容)?[？?]?$"
)
# 第四项 said without brackets: an item (第（四）项) of the article talked about, not 第四条.
BARE_ITEM = re.compile(rf"第\s*({NUMERAL})\s*项")


def with_bracketed_item(text: str, last: Turn) -> str:
    """那第四项呢 after a turn about an article: its item 第（四）项, as regulations number items."""
    if not ARTICLE_REF.search(last.question) or CLAUSE_REF.search(text):
        return text
    return BARE_ITEM.sub(lambda m: f"第（{m.group(1)}）项", text)


# 据《X》“第四章　学习形式”，共4项： / 依据《X》：: an answer from a regulation that names no article of it.
LISTED_FROM = re.compile(r"^(?:依据|据)《([^》]+(?:条例|准则|细则|章程|规则|规定|办法)(?:[（(][^）)]*[）)])?)》")
ASKING_WORDS = re.compile(r"(?:都|一共|主要)?(?:有|包括|是)?(?:哪些|哪几项|哪几个|什么|啥)|[？?。！!\s]+$")
# 《X》那 / 职工党员行为细则里 / 办法规定的: the regulation named before what its list names
NAMED_BEFORE = re.compile(
    r"^.*?(?:《[^》]+》|条例|准则|细则|章程|规则|规定|办法|党章)》?(?:里|中|上)?(?:规定的?|要求的?)?(?:那么?)?|^那么?"
)
ONE_ARTICLE = re.compile(rf"^(?:依据|出自)《[^》]+》第{NUMERAL}条")


def item_of_listed(text: str, last: Turn) -> str:
    """第（三）项是什么 after a list the last answer gave from a regulation (那学习形式有哪些): that item of the
    list, asked of the regulation with what the list named; 第四项呢 after such an item: the other item. ""
    when the turn asks otherwise or an article is talked about (第六条第（三）项 is the article follow-ups')."""
    core = BARE_ITEM.sub(lambda m: f"第（{m.group(1)}）项", re.sub(r"呢?[？?。]*$", "", core_of(text)))
    asked = CLAUSE_ONLY.match(core)
    if not asked or "项" not in core or last.refused or ARTICLE_REF.search(last.question):
        return ""
    if CLAUSE_REF.search(last.question):  # the last turn asked an item of a named list
        return CLAUSE_REF.sub(asked.group(1), last.question, count=1)
    source = LISTED_FROM.match(last.answer)
    if source and ONE_ARTICLE.match(last.answer):  # 其中第六项是啥 after 依据《X》第四条: that article's item
        return f"{quoted_article(last.answer)}{asked.group(1)}是什么？"
    if not source:
        return ""
    listed = ASKING_WORDS.sub("", NAMED_BEFORE.sub("", last.question))
    return f"《{source.group(1)}》{listed}{asked.group(1)}是什么？" if len(listed) >= 2 else ""


def article_question(text: str, last: Turn) -> str:
    """第三十二条呢 keeps the regulation of the last turn (named in its answer or its question)."""
    named = answer_regulation(last.answer) if not last.refused else None
    said = "" if asks(last.slots.regulation) else last.slots.regulation  # 是第几条规定 names no regulation
    if not named and not said:  # after a turn left unanswered, the regulation the conversation quoted
        named = next(filter(None, (regulation_of(t) for t in reversed(last.conversation))), None)
    regulation = f"《{named.group(1)}》" if named else said
    if not regulation:
        return text
    asked = revision_asked(text)
    if asked.years or asked.wish != "newest" or REVISION_ASKED.search(text):
        # 2018年版的第三十条呢 / 现行的第一百五十八条呢: not the revision the last answer quoted
        regulation = REVISION_NOTE.sub("", regulation)
    core = core_of(text)
    if ARTICLE_REF.fullmatch(KIND_NAMED.sub("", core)):  # 条例第一百六十条呢: of the regulation talked about
        text = core = KIND_NAMED.sub("", core)
    quoted = QUOTED_ARTICLE.match(last.answer) if not last.refused else None
    across = counterpart_behind(last)  # 旧版是第几条 was asked: its answer's article is the one
    # 那第一款呢 after 是第几条 answered 依据《…》第五十三条: that article
    article = (None if across else ARTICLE_REF.search(last.question)) or (
        ARTICLE_REF.search(quoted.group(2)) if quoted else None
    )
    clause = CLAUSE_ONLY.match(core)
    if clause and article:  # 那第二款呢 / 其中第（五）项是什么: that part of the article just asked about
        return f"{regulation}{article.group(0)}{clause.group(1)}"
    if across and regulation != REVISION_NOTE.sub("", regulation):  # 第一百五十二条呢 after 旧版是第几条: a number
        regulation = f"{across.group(1)}年版{REVISION_NOTE.sub('', regulation)}"  # of the revision numbered before
    if ARTICLE_REF.fullmatch(core):
        rest = ARTICLE_REF.split(last.question, maxsplit=1)[-1] if ARTICLE_REF.search(last.question) else ""
        rest = CLAUSE_REF.sub("", rest)  # 第五条呢 after 第四条第（五）项是啥: the whole article, asked the same way
        rest = rest if asks(rest) and "，" not in rest and not across else "讲了什么？"
        return f"{regulation}{core}{rest}"
    return f"{regulation}{text}"


def counterpart_behind(last: Turn) -> re.Match[str] | None:
    """The counterpart question (旧版呢 → 中与2023年版第N条对应的是哪一条) behind the last turn: asked by it, or by
    an earlier turn whose article every turn since kept talking about (情节严重的呢 of that article). The other
    revision was visited for that one article: a new number is asked of the revision the conversation came from."""
    quoted = QUOTED_ARTICLE.search(last.answer)
    for turn in reversed(last.conversation):
        across = COUNTERPART_WRITTEN.search(turn.question)
        if across or quoted is None:
            return across
        same = QUOTED_ARTICLE.search(turn.answer)
        if same is None or same.groups() != quoted.groups():
            return None
    return None


# 这一条 / 该条: the article talked about; with 新版 / 旧版 / 2023年版, its text in that revision.
THIS_ARTICLE = re.compile(r"(?:这一?条|该条|本条|此条)(?:规定)?")
# 依据《X》第N条 / 依据《X》：第N条… (a topic's article) / 出自《X》第N条〔1〕: the (first) article an answer gives.
QUOTED_ARTICLE = re.compile(r"(?:依据|出自)《([^》]+)》[：:]?\s*(第[^：:，。\s]{1,12}条)")


# 党纪处分有哪几种 / 留党察看分为几种 / 什么是党费 / 诫勉是啥意思: a question defining a term, as regulations do.
DEFINING = re.compile(
    r"^(?:那|那么)?(?P<topic>[\u4e00-\u9fff]{2,10}?)(?:一共|共|都|主要)?(?:有|分为?|包括|包含)(?:哪几|哪些|几)(?:种|类)"
    r"|^(?:那|那么)?(?:什么是|何为)(?P<term>[\u4e00-\u9fff]{2,10}?)[？?]?$"
    r"|^(?:那|那么)?(?P<meant>[\u4e00-\u9fff]{2,10}?)(?:是指(?:什么|啥)|是(?:什么|啥)意思|指的是(?:什么|啥)|怎么定义)"
)


def defined_term(text: str) -> str:
    """The term a question asks to define or classify (党纪处分 of 党纪处分有哪几种), else ""."""
    found = DEFINING.match(text.strip())
    return next((g for g in found.groups() if g), "") if found else ""


# 情节严重的给啥处分 / 那情节较轻的呢 / 造成严重后果的怎么处理: a grade of the conduct a penalty article sets
CIRCUMSTANCE = re.compile(
    r"^(?:那|那么)?(?:如果|要是)?(?:情节(?:较轻|较重|严重|特别严重)|造成[^，,。？?]{0,8}(?:后果|影响|损失))"
)


ARTICLE_ITEMS = re.compile(r"(?:那|那么)?(?:这一?条|它|该条)?(?:里|中)?(?:一共|总共|共)?(?:有|列了|包括)?(?:几|多少)项")


def quoted_article(answer: str) -> str:
    """《X》第N条 of an answer that quotes one article, else ""."""
    quoted = QUOTED_ARTICLE.match(answer)
    return f"《{quoted.group(1)}》{quoted.group(2)}" if quoted else ""


def of_quoted_article(text: str, last: Turn) -> str:
    """是第几条 after 搞团团伙伙怎么处分, 这一条在哪一章, 它在第几章: asked of the article the last answer quoted;
    "" when the turn asks otherwise (新版这一条 is the revision follow-ups')."""
    article = quoted_article(last.answer)
    asked = ENDING.sub("", text)
    if not article:
        return ""
    if asks_article_only(asked):
        return article
    if CIRCUMSTANCE.match(asked):  # 情节严重的给啥处分 after an article: the penalty that article sets for it
        return f"{article}，{asked}？"
    if ARTICLE_ITEMS.fullmatch(asked):  # 一共几项 after an article: the items it lists
        return f"{article}一共有几项？"
    revision = revision_asked(text)
    if THIS_ARTICLE.search(text) and not (REVISION_ASKED.search(text) or revision.years or revision.wish != "newest"):
        return THIS_ARTICLE.sub(article, text, count=1)
    return f"{article}在哪一章" if PART_OF_IT.fullmatch(asked) else ""


NAME_LENGTH = 6  # 中央纪委, 地方各级纪委: a name swapped for another of its kind


def parallel_topic(rest: str, last: Turn) -> str:
    """那受了撤销党内职务处分的呢 after 受了严重警告处分，多长时间不能提拔 (and then its article): the conversation's
    last topic question with its phrase of the same shape (受…处分) replaced; "" when none has one."""
    rest = re.sub(r"^(?:那|那么)|的$", "", rest)
    if len(rest) < 4:
        return ""
    # 受…处分 for 受了撤销党内职务处分; a short name (中央纪委) for another of its kind (基层纪委)
    shapes = [re.compile(rf"{re.escape(rest[0])}[^，,。？?、；;]{{0,12}}?{re.escape(rest[-2:])}")]
    if len(rest) <= NAME_LENGTH:
        shapes.append(re.compile(rf"[\u4e00-\u9fff]{{1,{NAME_LENGTH - 2}}}?{re.escape(rest[-2:])}"))
    for shape in shapes:
        for turn in reversed(last.conversation):
            if ARTICLE_REF.search(turn.question) or turn.refused:
                continue
            found = shape.search(turn.question)
            if found and found.group(0) != rest:
                return turn.question.replace(found.group(0), rest, 1)
    return ""


SWAPPED_FOR = re.compile(r"^(?:把)?[\u4e00-\u9fff]{1,8}?(?:换成|改成|换为)")


def topic_swapped_in(rest: str) -> str:
    """权利 of 义务换成权利: the topic a turn asks instead of the last one's."""
    return SWAPPED_FOR.sub("", rest)


# 中与2022年版第四十条对应的是哪一条: how counterpart_asked asks, with the revision the article came from.
COUNTERPART_WRITTEN = re.compile(rf"中与((?:19|20)\d{{2}})年版第{NUMERAL}条对应的是哪一条")
