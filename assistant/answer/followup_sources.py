"""出自哪里 / 这个出自第几条 / 它是办法第几条, said alone after a cited answer: where that answer comes from,
nothing new asked (the pipeline answers the last question again, for its sources); 17.2这个数出自哪 / 这个17.2出自
哪个文件: of the latest answer stating the figure quoted."""

from __future__ import annotations

import re

from assistant.answer.followup_turns import ENDING, Resolution, Turn
from assistant.answer.question import REGULATION_KIND

# 出自哪里 / 这个出自第几条 / 是哪一条 / 出处呢 / 这个数出自哪里 / 哪句话说的 / 在报告哪部分, said alone:
# where the last answer comes from, nothing new asked.
SOURCE_ONLY = re.compile(
    r"(?:那|那么)?(?:这|这个|这些|这一?条|这一?句话?|该|它|上面的?|刚才的?|以上)?"
    # 这个全年计划数 / 完成率: a figure said by what it counts is still the figure just answered
    r"(?:规定|要求|说法|内容|回答|答案|[\u4e00-\u9fff]{0,6}?(?:数字|数据|数|率)|结论|情况)?(?:都|又)?(?:是|在)?"
    rf"(?:(?:{REGULATION_KIND})(?:里|中)?(?:是|在)?(?=第几条|哪一?条))?"
    r"(?:出自|来自|源自|引自|摘自|依据|根据|写在|说在)?(?:于)?"
    r"(?:(?:(?:报告|文件|材料|总结|原文)(?:里|中)?的?)?(?:哪一?个?部分|哪一?段|什么位置|哪个?位置)(?:写的|说的|讲的)?"
    r"|(?:哪一?句话?|哪句原话|原文|原话)(?:说的|写的|讲的|提到的|是什么|是啥|怎么说的?)?"
    r"|哪里|哪儿|何处|什么(?:文件|材料|规定|地方)"
    r"|哪[个份部篇]?(?:文件|文档|材料|条例|规定|法规|准则|规则|制度|报告|总结)?的?(?:第几条|哪一?条)"
    r"|哪[个份部篇](?:文件|文档|材料|条例|规定|法规|准则|规则|制度|报告|总结)|第几条|哪一?条)"
    r"(?:规定的?|里的?|中的?)?(?:呢|啊)?"
    r"|(?:那|这个?)?(?:出处|来源)(?:是|在)?(?:哪里|哪儿|什么)?(?:呢)?"
)
SOURCE_VERB = re.compile(r"出自|来自|源自|引自|摘自|依据|根据|出处|来源")
SOURCE_WORD = re.compile(rf"{SOURCE_VERB.pattern}|第几条|哪一?条|哪一?句|原文|原话|部分|位置|哪一?段")
ITEM_ASKED = re.compile(r"第几条|哪一?条")
ITEMS_COUNTED = re.compile(r"(?:几|多少)条")  # 查摆了几条问题: 是哪一条 then asks which item, not which article
CITED_MARK = re.compile(r"〔\d+〕")
# 72.9这个数 / 这个17.2 / 89.5%: a figure quoted back, said before what asks its source
QUOTED_FIGURE = re.compile(r"(?:那|那么)?(?:这个|这)?[“\"‘]?(\d+(?:\.\d+)?[%％]?)[”\"’]?")


def quoted_figure(text: str) -> tuple[str, str]:
    """(figure, the rest) of 72.9这个数出自哪里; ("", text) when the turn quotes no figure."""
    quoted = QUOTED_FIGURE.match(text.strip())
    if quoted is None:
        return "", text
    return quoted.group(1).rstrip("%％"), text.strip()[quoted.end() :]


def states_figure(answer: str, figure: str) -> bool:
    """17.2 in 上半年完成17.2公顷, not in 117.2 nor 17.25."""
    return bool(re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d]|\.\d)", answer))


def asks_source_only(text: str) -> bool:
    """出自哪里 / 这个出自第几条 / 是哪一条: the turn asks only where the last answer comes from."""
    asked = ENDING.sub("", quoted_figure(text)[1])
    return bool(SOURCE_WORD.search(asked)) and bool(SOURCE_ONLY.fullmatch(asked))


def source_turn(text: str, last: Turn) -> Turn | None:
    """The turn whose sources a source-only turn asks: the latest answer stating the figure it quotes (an earlier
    turn's when a computed figure came after it), else the last turn; None when no answer stated that figure."""
    figure = quoted_figure(text)[0]
    if not figure:
        return last
    return next((turn for turn in reversed(last.conversation) if states_figure(turn.answer, figure)), None)


def source_asked(text: str, last: Turn) -> Resolution | None:
    """出自哪里 after an answer that cited its documents: the last question, asked again for its sources
    (the pipeline answers it with the documents and articles or sections cited); with the questions a computed
    figure came from (还差几个 = the plan less what was done: both sentences are its source); None otherwise."""
    if not asks_source_only(text):
        return None
    # A refusal quoting related sentences (相关内容（仅供参考…）) still shows figures the turn may ask about;
    # one quoting nothing has no source, which 这个数出自哪里 is told (是第几条 asks the article of its topic).
    if not CITED_MARK.search(last.answer) and not SOURCE_VERB.search(text):
        return None
    if ITEMS_COUNTED.search(last.question) and ITEM_ASKED.search(text) and not SOURCE_VERB.search(text):
        return None  # 还有几条没整改 -> 是哪一条: one of the items counted (哪句话说的 still asks the source)
    turn = source_turn(text, last) or last
    return Resolution(turn.question, refers_back=True, compared=turn.compared, summed=turn.summed)
