"""What a draft asked in a conversation is about: "把上面的写成一段话" drafts the last turn's topic;
"把上面这些写成一段总结" / "把这三年的…写成一段总结" recaps every turn (answer.recap), "把这些问题写成…" only
what the last answer listed; "把巡察整改情况写成一段总结" drafts the topic it names, of the conversation's
organisation and period; "压缩成一句话" / "压缩一下，50字以内" drafts the last draft (or the last turn) shorter."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.draft_options import DRAFT, LENGTH, option_words, relative_length, without_options, written_length
from assistant.answer.draft_topic import draft_topic
from assistant.answer.followup_turns import conversation_holder
from assistant.answer.question import BACK_REFERENCE, PERIOD, context_of, slots_of
from assistant.answer.referents import with_named_person
from assistant.core.words import names_a_thing

if TYPE_CHECKING:
    from assistant.answer.followup_turns import Turn

TOPIC_NOISE = re.compile(r"这些|这几个|这几|这个|这份|上面的|上述|以上|他们|她们|他自己说|她自己说|自己说|他|她|其|是$")
VERB_COMPLEMENT = re.compile(r"(?<=[\u4e00-\u9fff])(?:得|完)?(?:了(?:些|点)?|的)?$")  # 搞了些(啥)
# 中心组学习开(了几次) / 正风肃纪方面干(了啥) / 方面做(了哪些)工作: the asking verb and its empty object
DANGLING_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:开|搞|办|花|用|做|有|是|干|抓)(?:工作|事情|事)?$")
SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
ONE_THING_POINTED = re.compile(
    r"(?:这些|这几[个条项]?|上面的?|上述|以上|前面的?)(?:问题|措施|成效|做法|经验|打算|计划|举措|不足|亮点|短板|整改)"
)
# 今年上半年这方面 / 2023年的: a period with nothing of its own but a pointer at the topic
PERIOD_ONLY = re.compile(rf"{PERIOD.pattern}|[这那](?:个|些)?(?:方面|块)|的")
DRAFTED = re.compile(r"^起草")  # a draft turn of the conversation is not a topic of the next draft
# 这三年的 / 这两项 / 这几次: the things the conversation went through, by their number
COUNTED_BACK = re.compile(r"这[两二三四五六七八九十几]+(?:个|项|年|次|条|方面|季度|家)")
# 压缩一下 / 压缩成一句话 / 再精简一下，50字以内 / 浓缩到一句话: the last draft (or answer) made shorter
COMPRESS = re.compile(r"^(?:请|再|帮我|麻烦|能不能)?再?(?:压缩|精简|缩短|缩写|简化|浓缩)(?:一下|一点|一些|些)?")
ONE_SENTENCE = re.compile(r"一句话|一句")
ONE_SENTENCE_CHARS = 80  # one sentence of a summary, as an office would allow it
REQUEST_LEAD = re.compile(r"^(?:请|帮我|麻烦)?(?:把|将)")  # 把X这几个数…: the name X opens what is left


def draft_topic_of(question: str) -> str:
    """What a draft over the last turn is about: its topic without pointers, the verb's complement left
    before the question word (整改得怎么样 → 整改, 整改完了没有 → 整改) and words said twice; a whole
    and its 其中 part both (中心组学习开了几次，其中专题研讨几次 → 中心组学习和专题研讨)."""
    whole, _, part = question.partition("，其中")
    if part:  # the part as a topic of its own when it names a thing (其中参加的有多少 names none)
        named = draft_topic_of(part)
        return f"{draft_topic_of(whole)}和{named}" if names_a_thing(named) else draft_topic_of(whole)
    topic = TOPIC_NOISE.sub("", context_of(question))
    topic = DANGLING_VERB.sub("", VERB_COMPLEMENT.sub("", topic))
    return SAID_TWICE.sub(r"\1", topic) or topic


def recapped_questions(text: str, last: Turn) -> tuple[str, ...]:
    """The questions of every earlier turn, in order, when a draft points at all of them ("上面这些"),
    not at one thing the last answer listed ("这些问题")."""
    if ONE_THING_POINTED.search(text):
        return ()
    # a refused turn is kept: the recap says it found nothing of it (`recap`), rather than leave it unsaid
    turns = [t for t in last.conversation if not DRAFTED.match(t.question)]
    asked = tuple(dict.fromkeys(t.question for t in of_organisation_named(text, turns, last)))
    return asked if len(asked) > 1 else ()


def of_organisation_named(text: str, turns: list[Turn], last: Turn) -> list[Turn]:
    """把X这几个数写成一段话 after turns about X and then Y: the turns about X (each is about the organisation
    the conversation was about when it was asked); every turn when the request names none, or none of them."""
    rest = REQUEST_LEAD.sub("", text)
    named = last.namer(rest) or slots_of(rest).holder
    if not named:
        return turns
    own = [t for t in turns if (holder := conversation_holder(t)) and (named in holder or holder in named)]
    return own or turns


def draft_in_conversation(text: str, last: Turn) -> tuple[str, tuple[str, ...]] | None:
    """The draft a turn asks for over the conversation, and the questions it recaps; None when it asks none.

    Pointers (上面的, 这三年的) or a bare request draft over the turns; a request naming its own topic
    (把组织生活会情况写成一段总结) drafts that topic, of the organisation and period the conversation is about:
    the pointer-free topic is not the last question's, and the words of the request are no topic at all."""
    named = with_named_person(text, last)  # 把他的履职情况写成一段总结: that person's 履职, not the last topic
    own_person = named != text and len(TOPIC_NOISE.sub("", draft_topic(text)).strip("的")) >= 2
    text = named if own_person else text
    pointed = BACK_REFERENCE.search(text) or COUNTED_BACK.search(text)
    if not own_person and (pointed or len(text) <= 12):
        recap = recapped_questions(text, last)
        # the topic of the last turn recapped: of the organisation the request names, when it names one
        recapped_last = next((t for t in reversed(last.conversation) if t.question in recap), last)
        return f"起草一段关于{draft_topic_of(recapped_last.question)}的总结{option_words(text)}", recap
    topic = draft_topic(text)
    if len(TOPIC_NOISE.sub("", topic)) < 2:  # 整改 is a topic though said as a verb; 上面的 is none
        return None
    holder = conversation_holder(last)
    period = last.slots.period
    scope = "".join(part for part in (holder, period) if part not in topic)
    return f"起草一段关于{scope}{topic}的总结{option_words(text)}", ()


def compressed(text: str, last: Turn) -> tuple[str, tuple[str, ...]] | None:
    """压缩一下 / 压缩成一句话 / 压缩一下，50字以内: the last draft within that length, or, after an answer
    that was no draft and when the length or 一句话 is said, a short draft of the last turn's topic (or of every turn, 这三项的合计); None otherwise."""
    if not COMPRESS.match(text.strip()):
        return None
    if LENGTH.search(text):
        length = option_words(text)
    elif ONE_SENTENCE.search(text):
        length = f"，不超过{ONE_SENTENCE_CHARS}字"
    else:
        length = relative_length("压缩", written_length(last.answer.split("\n来源：")[0]))
    if DRAFT.search(last.question):
        return f"{without_options(last.question)}{length}", last.recap
    if not (LENGTH.search(text) or ONE_SENTENCE.search(text)):  # a bare 压缩一下 of a figure asks nothing to write
        return None
    pointed = BACK_REFERENCE.search(text) or COUNTED_BACK.search(text)
    recap = recapped_questions("", last) if pointed else ()
    return f"起草一段关于{draft_topic_of(last.question)}的总结{length}", recap


def asked_before_draft(core: str, last: Turn) -> Turn:
    """水务局去年安全生产方面搞了啥 for 今年上半年这方面呢 after a draft of it: a turn naming only another period asks
    the question the draft was written of, not another draft (a draft is a form, not a topic); `last` otherwise."""
    if not DRAFTED.match(last.question) or not PERIOD.search(core) or PERIOD_ONLY.sub("", core):
        return last
    return next((t for t in reversed(last.conversation) if not DRAFTED.match(t.question)), last)
