"""那X呢 where X is a person or a role: the one who acts in the last question is replaced, role and name
together (乡长呢 after 书记陈国华讲了几次党课 -> 乡长讲了几次党课; 总会计师呢 after 总经理在会上重点查摆了啥 ->
总会计师在会上…, never both piled up). A role whose holder an earlier answer of the conversation named is
asked by that name (专职副书记呢 -> 彭某讲了几次, as the report counts each by name)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.followup_actors import MANNER, PLACE_AFTER, actor_in, is_people
from assistant.answer.person_names import TITLE, is_name, named_holder
from assistant.answer.question import PERIOD, ROLE
from assistant.core.words import tagged_words

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# A name right before what it did: 韩冬讲了几次, 王建国主持了几次.
ACTING_NAME = re.compile(rf"{NAME}?(?=讲|主持|领学|参加|负责|带领|作|发言|述职|查摆|谈话)")
# A role as said alone: 组织委员, 党支部副书记, 专职副书记, 乡长, 总会计师.
ROLE_SAID = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{ROLE.pattern}|{ROLES}|{TITLE})")
# Roles said before a name (党委书记、董事长邱某): they go with the name.
ROLES_BEFORE = re.compile(rf"(?:(?:{ROLE.pattern}|{ROLES}|{TITLE})、?)+$")


# What may stand between a name and its act: 同志, 2024年上半年, 在会上, 重点.
BETWEEN = re.compile(
    rf"^(?:同志)?(?:个人|本人)?(?:{PERIOD.pattern})?(?:{PLACE_AFTER.pattern.replace('$', '')})?(?:{MANNER.pattern.removesuffix('$')})?"
)
PLACE_LETTERS = "上中后前"
ACTIVITY_TAGS = ("x", "n", "vn", "nz")  # jieba leaves a Party term untagged (x)
ASKED_AT_ONCE = re.compile(r"几|多少")
# 石湾村林某 cut 村林/某: an organisation's last letter cut together with a surname
ORGANISATION_LETTERS = "村镇乡局委司院校部处科所厂站队区县市馆社台室狱厅署段团"
ROLE_ALONE = re.compile(rf"(?:{ROLES}|{TITLE})")


def is_person_or_role(phrase: str) -> bool:
    return is_name(phrase) or bool(ROLE_SAID.fullmatch(phrase))


def name_acting(question: str) -> tuple[int, int] | None:
    """The last name or role in the question followed by what it did (向某重点查摆 / 总会计师在会上讲), found
    by the names' own letters where the words are cut wrong (民主生活会上向某 read as 上向/某)."""
    roles = [m.span() for m in ROLE_ALONE.finditer(question)]
    inside_role = {at for start, end in roles for at in range(start, end)}
    starts = word_starts(question)
    ends = {at for at in starts if at} | {len(question)}
    candidates = [
        (start, start + length)
        for start in starts
        for length in (3, 2)
        if start + length in ends  # 方面工 of 方面工作 ends inside a word
        and not inside_role & set(range(start, start + length))  # 师 of 总会计师 starts no name
        and is_name(question[start : start + length])
    ]
    candidates += roles
    acting = [span for span in candidates if acts_next(question[span[1] :])]
    return max(acting, key=lambda span: (span[0], span[1] - span[0])) if acting else None


def word_starts(question: str) -> set[int]:
    """Where a word may start: at each word, and after a place word cut together with the next letter
    (会上向某 cut 上向/某), not inside one (关 of 机关党委)."""
    starts, at = set(), 0
    for word, _ in tagged_words(question):
        starts.add(at)
        if len(word) == 2 and word[0] in PLACE_LETTERS + ORGANISATION_LETTERS:
            starts.add(at + 1)
        at += len(word)
    return starts


def acts_next(after: str) -> bool:
    """查摆了… / 在会上重点查摆了…: what follows a name is an act."""
    return bool(act_after(after))


def act_after(after: str) -> str:
    """查摆 of 在会上重点查摆了…: the verb that follows a name, past the period, place and manner; "" when
    none does."""
    words = [w for w in tagged_words(after[BETWEEN.match(after).end() :]) if w[1] not in ("ad", "d")]
    if words and words[0][1].startswith("v"):
        return words[0][0]
    # 谈心谈话搞了多少人次 / 组织生活会参加了几次: an activity named before the verb says what the person did
    if len(words) > 1 and words[0][1] in ACTIVITY_TAGS and words[1][1] == "v":
        return words[0][0]
    # 谈心谈话多少人次: an act in a verbal noun (or a Party term) asked of at once
    if len(words) > 1 and words[0][1] in ("x", "vn") and ASKED_AT_ONCE.match(words[1][0]):
        return words[0][0]
    return ""


def acting_span(question: str) -> tuple[int, int] | None:
    """Where the question names who acts (a name, a role, or a role and the name), or None."""
    actor = actor_in(question)
    if actor and (is_people(actor.text) or is_person_or_role(actor.text)):
        start, end = actor.start, actor.end
    else:
        named = list(ACTING_NAME.finditer(question))
        span = named[-1].span() if named else name_acting(question)
        if span is None:
            return None
        start, end = span
    before = ROLES_BEFORE.search(question[:start])
    return (before.start() if before else start), end


def titled_name(phrase: str) -> str:
    """党委副书记郭某 -> 郭某: a name said with its posts is asked by the name (reports write 郭某同志…)."""
    for length in (3, 2):
        name, roles = phrase[-length:], phrase[:-length]
        if roles and is_name(name) and ROLES_BEFORE.fullmatch(roles):
            return name
    return phrase


def holder_named(role: str, last: Turn) -> str:
    """The holder of `role` an answer of the conversation (latest first) named, in the same organisation."""
    if is_name(role):
        return ""
    for turn in reversed(last.conversation):
        if turn.refused or turn.holder and last.holder and turn.holder != last.holder:
            continue
        name = named_holder(role, turn.answer)
        if name:
            return name
    return ""


def person_swapped(question: str, rest: str, last: Turn) -> str:
    """`question` asked of `rest` (a person or a role) in place of whoever acts in it; "" when `rest` is no
    person or role, or nobody acts in the question."""
    rest = titled_name(rest)
    if not is_person_or_role(rest):
        return ""
    span = acting_span(question)
    if span is None:
        return ""
    start, end = span
    if question[start:end] == rest:
        return ""
    who = holder_named(rest, last) or rest
    before = question[:start]
    # 机关支部 + 支部书记: the organisation's last word is not said twice
    overlap = 0 if is_name(who) else next((n for n in range(len(who) - 1, 1, -1) if before.endswith(who[:n])), 0)
    return f"{before}{who[overlap:]}{question[end:]}"
