"""Whether a question asks which regulations a document cites (routed to `cited`), and the activity it narrows
them to: 报告里搞隐患排查是对照哪个党内法规 asks the regulation the report names for that activity."""

from __future__ import annotations

import re

# 引用 / 依据 / 对照 a regulation, said of a document (not of the rules: 依据哪个规定 alone stays a look-up)
CITING_VERB = r"(?:对照|依据|按照|根据|参照|遵照|引用|援引)"
DOCUMENT_SAID = r"(?:(?:述职|情况|工作)?报告|总结|述职|要点|纪要|材料)"  # 述职报告 whole, never its 述职 alone
# 总结里引用了监督条例哪几条: the articles of one regulation a document cites (not a regulation 《总结里…条例》)
ARTICLES_OF = (
    rf"{DOCUMENT_SAID}[^？?]{{0,16}}?(?:{CITING_VERB}|提到|提及)了?《?"
    r"(?P<regulation>[^？?，,《》]{2,24}?(?:条例|准则|规定|细则|章程|办法|规则|党章))》?"
    r"(?:的|中的|里的)?(?:哪几条|哪些条(?:款|文)?|第几条|哪一?条|哪几款)"
)
ARTICLES_ASKED = re.compile(ARTICLES_OF)
CITED = re.compile(
    r"(引用|提到|提及|涉及|援引|依据|根据|按照|按|学习|学了|贯彻)了?[^？?，,]{0,12}?(哪些|什么|哪几|哪部|啥)[^？?]*"
    r"(法规|条例|准则|规定|党规|规则)"
    # 报告引用了哪个党规: one regulation cited (依据哪个规定 stays a look-up of what the rules say)
    r"|(引用|提到|提及|援引)了?[^？?，,]{0,12}?哪[个一]部?[^？?]*(法规|条例|准则|规定|党规|规则)"
    # 总结里传达的那三部条例，库里收录了吗: whether the regulations a report cites are held
    r"|(?:那|这)?[一两二三四五六七八九十几]*部(?:党内)?(?:法规|党规|条例|准则)[^？?]{0,8}(?:知识库|库里|收录)"
    # 报告里搞隐患排查是对照哪个党内法规: the regulation a document names for something it did
    rf"|(?P<document>{DOCUMENT_SAID})[^？?]{{0,16}}?{CITING_VERB}的?(?:是)?[^？?，,]{{0,4}}?(?:哪[个一些几]|什么|啥)部?[^？?]*"
    r"(?:法规|条例|准则|规定|党规|规则)"
    # 总结里除了X还引用了哪些: what is cited, the kind left unsaid at the end of the question
    rf"|{DOCUMENT_SAID}[^？?]{{0,24}}?(?:引用|援引)了?(?:哪些|哪几部|什么|啥)[？?。\s]*$"
    rf"|{ARTICLES_OF}"
)
# 报告里搞隐患排查是对照… / 述职中开展谈心谈话依据的是…: the activity said between the document and the verb
ACTIVITY_CITING = re.compile(
    rf"{DOCUMENT_SAID}(?:里|中|里面|上)(?:搞|开展|进行|组织|做)?(?P<act>[\u4e00-\u9fff]{{2,8}}?)"
    rf"(?:时|的时候|工作)?(?:是|都是|主要)?{CITING_VERB}"
)


def asking_start(asked: re.Match[str]) -> int:
    """Where a CITED match's asking begins: after the document it names (总结|引用了哪些法规), else at its verb."""
    return asked.end("document") if asked.group("document") else asked.start()


def activity_cited_for(question: str) -> str:
    """隐患排查 of 报告里搞隐患排查是对照哪个党内法规文件, else ""."""
    found = ACTIVITY_CITING.search(question)
    return found.group("act") if found else ""


# 对照哪个条例压实管党治党责任: the activity said after the regulation asked, what the report cites it for
ACTIVITY_AFTER = re.compile(
    rf"{CITING_VERB}的?(?:是)?(?:哪[个一部]|什么|啥)部?(?:党内)?(?:法规|条例|准则|规定|党规|规则)(?:来|去)?"
    r"(?P<act>[\u4e00-\u9fff]{2,12})"
)


def activity_after(question: str) -> str:
    """压实管党治党责任 of 要点里说要对照哪个条例压实管党治党责任, else ""."""
    found = ACTIVITY_AFTER.search(question)
    return found.group("act") if found else ""


def articles_asked(question: str) -> str:
    """监督条例 of 总结里引用了监督条例哪几条, else ""."""
    found = ARTICLES_ASKED.search(question)
    return found.group("regulation") if found else ""


# 除了问责条例还引用了哪些: the regulation the question leaves out
# (除了《X》，林业局总结还…: the document may be said after the comma)
BESIDES = re.compile(
    r"除了?《?(?P<named>[^，,？?《》]{2,24}?)》?(?:以外|之外|外)?(?:[，,][^，,？?《》]{0,10}?)?(?:还|另外|又|其他|其余)"
)


def besides_named(question: str) -> str:
    """问责条例 of 报告里除了问责条例还引用了哪些, else ""."""
    found = BESIDES.search(question)
    return found.group("named") if found else ""
