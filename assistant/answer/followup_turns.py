"""The conversation as understood so far: each turn's self-contained question, the 其中 part it asked, the
answer it got and the turns before it; how a follow-up is rewritten (`Resolution`); and finding the turn
a later one is about (收 of 多收了多少, 发展党员 of 再说回发展党员)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.answer.question import (
    FILLER,
    MODALITY,
    ORG_SUFFIX,
    PERIOD,
    Slots,
    asks,
    context_of,
    holder_of,
    slots_of,
)
from assistant.core.words import cut_words

Message = dict  # {"role": "user" | "assistant", "content": str}
# A refusal starts by saying so; a multi-part answer refusing one part ("第二问：…不作推测") is no refusal.
REFUSED = re.compile(r"^(?:知识库中(?:没有|只有|未|不)|抱歉)")
CONTENT_WORD = re.compile(r"[\u4e00-\u9fff]+")
ENDING = re.compile(r"[？?。！!，,\s]+$")


INSTITUTIONS = "|".join(k for k in ORG_SUFFIX.split("|") if not re.search(r"党|支部|委员会|中心组|机关", k))
BARE_KIND = re.compile(rf"(?:{INSTITUTIONS})(?={PERIOD.pattern}|的|[\u4e00-\u9fff]{{0,2}}(?:几|多少))")


def bare_kind(question: str) -> str:
    """检察院 of 检察院2024年发展了几名党员: an organisation named by its kind alone, as clerks name the only one of
    that kind they talk about (no holder of its own words, yet the name another organisation replaces)."""
    named = BARE_KIND.match(question)
    return named.group(0) if named else ""


def unnamed(text: str) -> str:
    return ""


def covered(organisation: str, period: str) -> bool:
    return True


def nowhere(topic: str, organisation: str) -> bool:
    return False


@dataclass(frozen=True)
class Organisations:
    """What the knowledge base knows of organisations: the one a text opens with, as the text names it (高管处;
    "" if none), and whether it has material of a period. Without a knowledge base to ask, only the words of a
    question say whose it is (`slots_of`), and every period is taken as covered."""

    named: Callable[[str], str] = unnamed
    covers: Callable[[str, str], bool] = covered
    formal: Callable[[str], str] = str  # 高管处 -> 高管处党总支: a short name as questions name a Party body
    # Whether the regulations speak of a topic that the organisation's documents never name (党纪处分 after
    # turns about a branch's report): a question defining it is asked of the regulations, not of the branch.
    rules_only: Callable[[str, str], bool] = nowhere
    # Whether the reports whose titles hold a name covers a period: what an organisation the profiles do not
    # know by the name said (海关 of 某某海关党委…) has; every period when no title holds it.
    reported: Callable[[str, str], bool] = covered

    def __call__(self, text: str) -> str:
        return self.named(text)


NO_ORGANISATIONS = Organisations()


@dataclass(frozen=True)
class Turn:
    """One understood user turn (or part of one) and the answer that followed it."""

    question: str  # self-contained
    subset: str = ""  # Y of a 其中Y question
    answer: str = ""
    carried: str = ""  # the thing counted in an earlier turn ("都有谁讲了" still talks about 党课)
    earlier: tuple[Turn, ...] = ()  # the turns before this one, in order
    recap: tuple[str, ...] = ()  # the questions a draft over the conversation recapped (kept when it is reshaped)
    compared: tuple[str, ...] = ()  # the other questions whose figures this turn's answer set against its own
    summed: bool = False  # …and added up rather than subtracted
    namer: Organisations = field(default=NO_ORGANISATIONS, compare=False, repr=False)

    @property
    def holder(self) -> str:
        """Whose the question is: as its words open (柳塘疾控中心党支部), or by a short name the knowledge
        base's profiles know (高管处)."""
        slots = self.slots
        asked_which = asks(slots.regulation)  # 某社区要学哪个准则: whose it is, though a regulation is asked
        # 法院2025年计划建几个 names the organisation by its kind alone: whose the conversation is, as said
        named = slots.holder or (holder_of(self.question) if asked_which else "") or self.namer(self.question)
        return named or bare_kind(self.question)

    @property
    def slots(self) -> Slots:
        return slots_of(self.question)

    @property
    def counted(self) -> str:
        return self.slots.counted or self.carried

    def next(self, question: str, subset: str = "") -> Turn:
        """The turn after this one, carrying what was counted."""
        return Turn(question, subset, carried=self.counted, earlier=(*self.earlier, self), namer=self.namer)

    @property
    def conversation(self) -> tuple[Turn, ...]:
        """Every understood turn so far, this one last."""
        return (*self.earlier, self)

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
    compared: tuple[str, ...] = ()  # the same question of the other periods it is compared with
    summed: bool = False  # the compared figures are added up (一共呢 / 两家加起来), not subtracted
    recap: tuple[str, ...] = ()  # a draft over these questions of the conversation (把上面这些写成一段总结)
    carried_period: str = ""  # a period (or its year) kept from the conversation for another organisation


def conversation_holder(last: Turn) -> str:
    """The organisation the conversation was last about (a turn may have left it unsaid)."""
    return next((t.holder for t in reversed(last.conversation) if t.holder), "")


def whole_of(last: Turn) -> str:
    """The last question without its 其中 part: the whole a new 其中 part narrows."""
    question = ENDING.sub("", last.question)
    joined = ENDING.sub("", f"，其中{last.subset}")
    return question.removesuffix(joined) if last.subset else question


def focus_of(subset: str) -> str:
    """60岁以上的有多少 -> 60岁以上: the words that pick the part out of the whole."""
    return re.sub(r"(的|是|有|讲|开)+$", "", ENDING.sub("", context_of(subset))).strip()


def topic_turn(words: str, last: Turn, period: str | None = None) -> Turn | None:
    """The latest turn (of `period`, if given) whose question has a word of `words` (收 of 多收了多少);
    the latest turn at all when `words` name nothing."""
    own = [
        w
        for w in cut_words(PERIOD.sub("", words))
        if CONTENT_WORD.fullmatch(w) and not (FILLER.fullmatch(w) or asks(w))
    ]
    turns = [t for t in reversed(last.conversation) if period is None or t.slots.period == period]
    return next((t for t in turns if not own or any(mentions(t.question, w) for w in own)), None)


def mentions(question: str, word: str) -> bool:
    """发展党员 in 发展了几名党员: the word, or each two-character half of a four-character one."""
    halves = [word[i : i + 2] for i in range(0, len(word), 2)] if len(word) == 4 else []
    return word in question or bool(halves) and all(h in question for h in halves)


def turn_about(words: str, last: Turn) -> Turn | None:
    """The latest turn of the conversation about `words` that asked a whole (not its 其中 part)."""
    about = [t for t in reversed(last.conversation) if topic_turn(words, t) is t]
    return next((t for t in about if not t.subset), about[0] if about else None)


def whole_asked(turn: Turn) -> Turn | None:
    """The turn just before a 其中 turn that asked its whole, else None."""
    asked = turn.earlier[-1] if turn.earlier and not turn.earlier[-1].subset else None
    if not turn.subset or asked is None or not whole_of(turn).startswith(context_of(asked.question)):
        return None
    return asked


def whole_question(turn: Turn) -> str:
    """The question of the whole a 其中 turn narrows, as asked (文艺活动搞了多少场, not the bare 文艺活动 left of
    文艺活动，其中下乡多少); of any other turn, its question without a 其中 part."""
    asked = whole_asked(turn)
    return asked.question if asked else whole_of(turn)


def whole_and_part(turn: Turn) -> str:
    """A 其中 turn compared as the whole and the part (集中学习了几次，其中专题研讨是多少), else its question."""
    asked = whole_asked(turn)
    return f"{ENDING.sub('', asked.question)}，其中{turn.subset}" if asked else turn.question


def topic_words(question: str) -> set[str]:
    """The words of what a question asks about, not whose, when, planned or not: what two periods' figures
    are compared on."""
    text = MODALITY.sub("", PERIOD.sub("", question.replace(slots_of(question).holder, "")))
    return {w for w in cut_words(text) if len(w) > 1 and CONTENT_WORD.fullmatch(w) and not asks(w)}
