"""What a state follow-up (还剩几个 / 整改了多少) asks about when the counted turn named no thing of its own:
全年计划几名 after a turn about who was admitted is about the figure its answer stated (全年计划发展党员2名), so
the items are 发展党员 of that organisation and period, not a bare 全年计划. 除了X还剩多少 after a figure or its
其中X part asks the whole's remainder (`besides_follow_up`)."""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import COMPLETION_ASKED
from assistant.answer.followup_turns import ENDING, Resolution, Turn, conversation_holder, whole_of
from assistant.answer.followup_whole import SUM_WORD
from assistant.answer.quantities import QUANTITY
from assistant.answer.question import MODALITY, PERIOD, QUANTITY_WORD, TRAILING_VERB, asks_quantity, is_thin, slots_of
from assistant.answer.verification import MARK

CLAUSE = re.compile(r"[，,；;。\n：:]")
# 除了上级补助还有多少 / 除去阵地改造以外还剩多少钱 / 扣除专项经费剩下多少: the whole less the part named.
BESIDES = re.compile(
    r"(?:除去|除了|除|扣除|刨去|去掉)(?P<part>[^，,？?。]{2,16}?)(?:以外|之外|外)?(?:的)?[，,]?"
    r"(?:还|其余|其他|剩下|剩余)(?:剩下?|有|剩余)?(?:的)?(?P<asked>多少|几)"
)


# 发现问题6个，已全部整改 / 排查隐患9处〔1〕: the items an answer counted, and the state it says they are in, if any
STATED_ITEMS = re.compile(
    r"(?:^|[，,。；;：:“\n])(?!已|其余|其他|还|均|尚|仍)([^，,。；;：:“”\d〔〕\n]{2,12}?)\d+[个项条件处起](?:，(?:已|均已|都已|全部)|〔)"
)


def items_of_state(text: str, last: Turn, asked: re.Match[str]) -> str:
    """The items a state follow-up asks about. 都整改完了吗 asks whether those the last answer counted are done,
    in the words that answer counted them (发现问题 of 发现问题6个，已全部整改; the question may have said 查出来),
    of the conversation's organisation and period; otherwise (or when it counted several) those the last
    question counted."""
    stated = STATED_ITEMS.findall(last.answer) if COMPLETION_ASKED.search(text) else []
    if len(set(stated)) != 1:  # none, or several things: which is asked is not said
        return items_counted(last, asked)
    scope = "".join(part for part in (conversation_holder(last), last.slots.period) if part not in stated[0])
    return f"{scope}{stated[0]}"


def items_counted(last: Turn, asked: re.Match[str]) -> str:
    """The last question without its asking words (排查了隐患 of 排查了隐患多少项), with the thing its answer
    counted (发展党员 of 全年计划发展党员2名) when the question names none besides whose and when."""
    # 查摆问题一共多少个: the items are 查摆问题, their sum word is of the asking (还剩几个 of 一共 is no question)
    items = ENDING.sub("", SUM_WORD.sub("", f"{last.question[: asked.start()]}{last.question[asked.end() :]}"))
    own = items.replace(last.holder, "", 1) if last.holder else items
    acts_only = TRAILING_VERB.fullmatch(PERIOD.sub("", MODALITY.sub("", own)).strip("了的"))  # 全年计划发展
    if last.refused or not (is_thin(own) or acts_only):
        return items
    thing = stated_thing(last.answer)
    if not thing or thing in items:
        return items
    # 全年计划发展 + 发展党员: the act the question said is the thing's own first word
    said = next((n for n in range(len(thing), 0, -1) if items.endswith(thing[:n])), 0)
    return f"{items}{thing[said:]}"


def stated_thing(answer: str) -> str:
    """发展党员 of "全年计划发展党员2名〔1〕。": what the one figure of a short answer counts ("" when it states
    none or several)."""
    text = MARK.sub("", answer)
    figures = list(QUANTITY.finditer(text))
    if len(figures) != 1:
        return ""
    clause = CLAUSE.split(text[: figures[0].start()])[-1]
    return MODALITY.sub("", PERIOD.sub("", clause)).strip()


def besides_follow_up(text: str, last: Turn) -> Resolution | None:
    """除了阵地改造还剩多少 after 其中阵地改造用了多少: the whole the conversation counted, less that part (asked of
    the whole's own words, so that the sentence stating both is found); None for any other turn."""
    if not BESIDES.search(text) or slots_of(text).holder or last.refused and not last.subset:
        return None
    whole = ENDING.sub("", whole_of(last))  # 经费投了多少，其中改造用了多少 keeps the whole as 经费投
    if not asks_quantity(last.question) or not whole:
        return None
    items = QUANTITY_WORD.sub("", whole, count=1)
    return Resolution(f"{items}，{ENDING.sub('', text)}？", refers_back=True)
