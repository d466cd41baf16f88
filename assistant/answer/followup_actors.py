"""Who or what a question is about, before its verb, and the follow-ups that swap it, add its siblings up
or point at it: 特勤大队呢 after 城东大队有多少名党员 (another row of the same table), 其他班子成员呢 after
林秀英讲了几次党课 (other actors of the same act), 三个大队一共呢 (the rows together), 它的… (the entity just
asked about) and 他 (the person who acted).

The actor is read from the words of the last question, not from a list of kinds: the phrase between its
organisation, period or place (会上) and its first verb. A sibling shares its head word (大队, 车间, 班组);
people replace people (a name, a role, 班子/成员/个人).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME, ROLES
from assistant.answer.question import MODALITY, ORG_SUFFIX, PERIOD, ROLE, UNIT_SUFFIX, slots_of
from assistant.answer.row_label import own_row_name
from assistant.core.words import tagged_words

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# Words between the actor and its verb that say how, not who: 聂文轩重点查摆 / 班子成员带头讲.
# 第二车队实际发展了几名: the modality (实际 / 计划) says which figure, not who.
MANNER = re.compile(rf"(?:重点|主要|带头|亲自|分别|一共|总共|共|都|还|也|相互|先后|累计|已经|已|{MODALITY.pattern})+$")
# Where the actor acted, said after it: 冯某在会上重点查摆 / 王某在调研中发现.
PLACE_AFTER = re.compile(r"在[\u4e00-\u9fff]{0,8}?(?:上|中)$|会上$")
# People and bodies of people: what replaces a person or a role as the one who acted.
PEOPLE_END = re.compile(rf"(?:成员|班子|个人|委员|干部|党员|同志|领导|群众|职工|代表|{ROLE.pattern}|{ROLES})$")
PERSON_NAME = re.compile(NAME)
ORG_END = re.compile(f"(?:{ORG_SUFFIX})$")
VERB_FLAGS = ("v", "vn")
# Head words of units inside an organisation: 抢修中队 / 装配车间 name a unit, though 抢修 and 装配 are verbs.
UNIT_HEAD = re.compile(r"(?:中队|大队|支队|分队|小队|车间|班组|科室|工段|站|所|室|科|组|队|部|处|中心)$")
PLACE_FLAG = "f"  # 上 of 组织生活会上, 中 of 活动中: the actor follows the place
# 三个大队 / 各大队 / 所有车间 (一共): every sibling of the row asked about
ALL_OF = re.compile(r"^(?:这|那)?([一二三四五六七八九十两\d]+个|各个?|所有|全部|全体)")
TOTAL_WORDS = re.compile(r"加起来|加在一起|合起来|一共|总共|合计|总计|共计")
# 它有多少党员 / 它的志愿服务多少人次: the entity the last question was about
IT = re.compile(r"^(?:那么|那)?它(?:们)?(?:的)?")
# 据《…》，党员数最多的是X：… (answer.ranking's answer): the one row ranked first; several (X、Y) are no 它
ONE_RANKED = re.compile(r"^据《[^》]+》，[^，：]*?最[多少高低]的是([^、：，]+)：")
NOT_AN_ENTITY = re.compile(r"[，,？?、]")
# …，其中泵站党支部的是多少: the branch a turn narrowed its count to, what a later 它 points at
PART_UNIT = re.compile(rf"其中([^\s，,。？?！!、\d的是有了在年几多哪]{{1,12}}?{UNIT_SUFFIX.pattern})")
CLAUSE_BREAK = re.compile(r"[，,](?!.*[，,])")  # the last comma before the verb


@dataclass(frozen=True)
class Actor:
    """The words of a question naming who acts (its span) and the words they are cut into."""

    start: int
    end: int
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(self.words)


def actor_in(question: str) -> Actor | None:
    """The phrase a question names as acting, after its organisation, period and place and before its first
    verb (林秀英 of 枫林社区林秀英讲了几次党课, 城东大队 of 城东大队有多少名党员); None when nothing stands there."""
    holder = slots_of(question).holder
    offset, start, verb_at = 0, 0, -1
    words: list[tuple[int, str]] = []
    tagged = tagged_words(question)
    for n, (word, flag) in enumerate(tagged):
        following = tagged[n + 1] if n + 1 < len(tagged) else ("", "")
        # 抢修中队 / 管理干部岗位: a verb naming what a unit or a post does is part of its name
        names_unit = UNIT_HEAD.fullmatch(following[0]) or flag == "vn" and following[1] == "n"
        if flag.startswith(VERB_FLAGS) and not names_unit or word == "的":  # 特勤大队的志愿服务: whose, then what
            verb_at = offset
            break
        if flag == PLACE_FLAG:
            start, words = offset + len(word), []
        else:
            words.append((offset, word))
        offset += len(word)
    if verb_at < 0:
        return None
    start = max(start, len(holder) if holder and question.startswith(holder) else 0)
    period = PERIOD.search(question, start, verb_at)
    if period and period.end() <= verb_at:
        start = max(start, period.end())
    clause = CLAUSE_BREAK.search(question, start, verb_at)
    if clause:  # 民主生活会，班子问题查摆了几条: the actor opens the clause of the verb
        start = clause.end()
    span = MANNER.sub("", PLACE_AFTER.sub("", MANNER.sub("", question[start:verb_at])))
    own = tuple(w for at, w in words if start <= at < start + len(span))
    if not span or NOT_AN_ENTITY.search(span) or "".join(own) != span:
        return None
    return Actor(start, start + len(span), own)


def is_people(phrase: str) -> bool:
    return bool(PEOPLE_END.search(phrase) or PERSON_NAME.fullmatch(phrase))


def swapped_actor(question: str, rest: str, aspect: bool = False) -> str:
    """The question asked of `rest` instead of its actor: a sibling of the same head word (特勤大队 for
    城东大队, the organisation before them kept), other people for people (支部班子 for 党员个人), or another
    aspect said as one (资金管理方面呢 after 特殊岗位梳理了几个风险点); "" when `rest` replaces no actor."""
    actor = actor_in(question)
    if actor is None or rest == actor.text:
        return ""
    if aspect and not is_people(actor.text):
        return in_place_of(question, actor, rest)
    own = tuple(w for w, _ in tagged_words(rest))
    if len(own) >= 2 and len(own[-1]) >= 2 and own[-1] == actor.words[-1]:
        kept = "".join(actor.words[: max(len(actor.words) - len(own), 0)])
        kept = kept if UNIT_HEAD.search(kept) or ORG_END.search(kept) else ""  # 消防支队, not 领导 of 领导干部岗位
        return f"{question[: actor.start]}{kept}{rest}{question[actor.end :]}"
    if is_people(rest) and is_people(actor.text) and not rest.endswith(actor.text):
        return in_place_of(question, actor, people_replaced(actor, rest))
    if is_people(rest):  # 个人的呢 after 班子问题查摆了几条: the people whose things were counted
        said = people_replaced(actor, rest)
        return in_place_of(question, actor, said) if said != actor.text else ""
    return ""


def people_replaced(actor: Actor, rest: str) -> str:
    """The actor with its last run of people words replaced by `rest`: 个人问题 for 班子问题, 青岚公司个人 for
    青岚公司班子 (the words naming whose they are kept); `rest` alone when the actor is all people words."""
    words = actor.words
    people = [n for n, w in enumerate(words) if is_people(w)]
    if not people:
        return actor.text
    end = people[-1]
    begin = end
    while begin > 0 and is_people(words[begin - 1]):
        begin -= 1
    return "".join((*words[:begin], rest, *words[end + 1 :]))


def in_place_of(question: str, actor: Actor, rest: str) -> str:
    """`rest` where the actor stood; after a place, set off by a comma when it would read as part of the
    organisation's name (会上支部班子: not the 支部 of 恒锐公司组织生活会上)."""
    swapped = f"{question[: actor.start]}{rest}{question[actor.end :]}"
    if actor.start and slots_of(swapped).holder != slots_of(question).holder:
        return f"{question[: actor.start]}，{rest}{question[actor.end :]}"
    return swapped


def siblings_total(question: str, rest: str) -> str:
    """三个大队一共 after 消防支队城东大队有多少名党员: 消防支队三个大队一共有多少名党员 (the row and the word before
    its head replaced by every row of that head); "" when `rest` names no siblings of the actor."""
    every = ALL_OF.match(rest)
    actor = actor_in(question)
    if not every or actor is None or len(actor.words) < 2:
        return ""
    head = TOTAL_WORDS.sub("", rest[every.end() :])
    if head != actor.words[-1] or len(head) < 2:
        return ""
    kept = "".join(actor.words[:-2])
    kept = kept if UNIT_HEAD.search(kept) or ORG_END.search(kept) else ""
    after = question[actor.end :].removeprefix("的")
    return f"{question[: actor.start]}{kept}{every.group(0)}{head}一共{after}"


def entity_pointed_at(text: str, last: Turn) -> str:
    """它有多少党员 -> 机械学院第二党支部2023年有多少党员: the organisation or row the last question was about
    (not a person acting in it), in its period — or the one row the last answer ranked first (它 after 哪个车间
    党员最多 is that 车间, not the body whose table it is); "" when the turn opens with no 它 or nothing is known."""
    pointer = IT.match(text)
    if not pointer or last.refused:
        return ""
    ranked = ONE_RANKED.match(last.answer)
    entity = own_row_name(ranked.group(1)) if ranked else last.holder
    actor = actor_in(last.question)
    part = PART_UNIT.search(last.question)
    # an article of the regulation asked (《X》第六条讲的啥) is no row: 它 is then the regulation (`followup_regulations`)
    row_asked = actor and not is_people(actor.text) and actor.start == 0 and not last.slots.regulation
    if not ranked and row_asked and entity in actor.text:
        entity = actor.text  # 消防支队特勤大队: the row asked about, not only whose table it is
    elif not ranked and part:  # 它 after 其中泵站党支部的呢 is that branch of the organisation, not the whole
        entity = f"{entity}{part.group(1)}"
    if not entity:
        return ""
    rest = text[pointer.end() :]
    period = "" if PERIOD.search(rest) else last.slots.period
    joint = "的" if pointer.group(0).endswith("的") else ""
    return f"{entity}{period}{joint}{rest}"


def person_acting(question: str) -> str:
    """聂文轩 of 聂文轩重点查摆了啥问题: the actor when it is a person's name."""
    actor = actor_in(question)
    return actor.text if actor and PERSON_NAME.fullmatch(actor.text) else ""
