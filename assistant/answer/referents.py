"""Words of a follow-up that point at something said before: 他/她 (the person the last answer named),
开完会 (the meeting the last question was about), 这几次 and 讲了几次 (the thing it counted)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.answer_types import NAME, ROLES, wanted_types
from assistant.answer.answer_types import PERSON as STATED_PERSON
from assistant.answer.followup_actors import person_acting
from assistant.answer.followup_people import name_acting
from assistant.answer.numeric_fact import UNITS, family_of
from assistant.answer.own_acts import names_own_activity
from assistant.answer.person_moves import successor_named
from assistant.answer.person_names import BOUNDED_NAME, TITLE, is_name, named_holder
from assistant.answer.question import FOLLOW_END, MODALITY, MONEY_WORD, NAMED_ACTOR, PERIOD, QUANTITY_WORD, ROLE, Slots
from assistant.answer.topics import MEETING as MEETING_KIND
from assistant.core.words import names_a_thing, tagged_words

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# 他讲了几次 / 那25年上半年他讲了几次 / 这个人是干啥的: the person, said first or right after whose and when
PERSONAL_PRONOUN = re.compile(
    r"^(?:那么|那)?[^他她，,？?]{0,12}?(?<![其吉])(他|她|这个人|这位同志|此人|该同志)(?![们数次员])"
)
WHO = re.compile(r"谁|哪位|叫什么")
# 党委书记郑海燕 / 述职人：马文斌 / 由汪琳 / 指导人员为柯某: the role, colon or 由 before the name
NAMED_AFTER_ROLE = re.compile(rf"^.*?(?:{ROLES}|人员|领导|人)[：:\s]*(?:由|为|是)?|^由")
MEETING = re.compile(
    r"组织生活会|民主生活会|专题生活会|支委会|党委会|党员大会|党小组会|中心组(?:集体)?学习会?|[\u4e00-\u9fff]{2}(?:会议|座谈会|推进会)"
)
# 开会前, 开完会, 会后 (会上 is a pointer, dropped with the others)
MEETING_REFERENCE = re.compile(r"(开会前|开会之前|会前|开完会|开会后|会开完|会后)")
MEETING_TIME = {
    "开会前": "会前",
    "开会之前": "会前",
    "会前": "会前",
    "开完会": "会后",
    "开会后": "会后",
    "会开完": "会后",
    "会后": "会后",
}
# Words around a quantity that name nothing counted: 一共, 实际, 其中, 那, 整个支部.
FRAMING = re.compile(
    r"一共|总共|合计|共计|总计|加起来|实际|其中|那么|那|还有|还|又|都|是|有|整个|全体|全部|全"
    r"|党支部|支部|党总支|党委|党组|单位|公司|集团"  # 整个支部一共讲了几次: whose, not what
)
LEADING_UNIT = re.compile(rf"(?:{UNITS})")
PLAN_BEFORE_ACT = re.compile(
    rf"(?:{MODALITY.pattern})(?=[\u4e00-\u9fff])"
)  # 计划发展: 计划 says how, 目标 alone is a thing
# 党支部有几个 / 下设党小组一共多少个: the Party bodies themselves are counted (the word is no framing of whose)
BODIES_COUNTED = re.compile(r"^((?:下设|下属|基层|所属)?(?:党支部|支部|党总支|党小组|党委))((?:一共|总共|共)?)有?$")
# 她叫啥名字 / 他是谁 / 他的名字是什么: the name of the one talked about
NAME_ASKED = re.compile(
    r"^(?:那么|那)?(?:(?:他|她)(?:的名字|叫|是)(?:叫|是)?(?:什么|啥|谁)|叫(?:什么|啥)|是谁)(?:名字)?[？?。\s]*$"
)  # 叫什么名字 / 是谁 said alone ask it too; 是什么 alone does not
# 其中检察长讲了几次 / 专职副书记主持了几次 / 党委书记2023年讲了几次: the role of who acted
ACTING_ROLE = re.compile(
    rf"((?:专职)?{ROLE.pattern}|{TITLE})(?=(?:{PERIOD.pattern})?[\u4e00-\u9fa5]{{0,3}}?(?:讲|主持|领学|作报告|带队|述职))"
)
# 发展了几名党员 -> 发展的党员: the people a count asked for, as the ones it counted
PEOPLE_COUNTED = re.compile(r"了?(?:几|多少)(?:名|个|位)(?=[\u4e00-\u9fa5]{0,6}(?:党员|积极分子|对象|同志|干部|代表)$)")
PEOPLE_UNITS = {"人次", "人", "名", "位"}
PEOPLE_COUNTED_AS = re.compile(r"党员|干部|职工|员工|群众|人员|同志|学生|教师|代表|对象|积极分子|人")
# 参加了多少人次 / 参训多少人 after a count of lectures or meetings: the people who came to them
ATTENDING = re.compile(r"(?:参加|参与|参会|参训|听课|出席|到会)了?")
ATTENDED = re.compile(rf"{MEETING_KIND.pattern}|党课|培训|讲座|读书班|宣讲")
MEASURE_ONLY = re.compile(r"(?:个)?(?:百分点|百分比)$")
DEMONSTRATED = re.compile(r"(?:这|那)(?:几|两|些)(?:次|个|项|条|名|场|回)(?=分别|是|都|的|[？?，,]|$)")


def turn_of_person(body: str, last: Turn) -> Turn:
    """The turn that named the person 他/她 points at: 她计划讲几次 after a turn naming nobody (到联系支部指导了几次,
    全馆一共讲了几场) is of the person talked about before it, in that turn's scope; else `last`."""
    if not PERSONAL_PRONOUN.match(body) or re.fullmatch(NAME, turn_person(last)):
        return last
    if WHO.search(last.question) or asked_role(last.question):  # 主任是哪个 asks a name too
        return last
    said = next((t for t in reversed(last.conversation[:-1]) if re.fullmatch(NAME, turn_person(t))), None)
    return said or last


def with_named_person(body: str, last: Turn) -> str:
    """他/她: the person a 谁 question's answer named (书记是谁 -> 沈国平; 他讲了几次 -> 沈国平讲了几次), or
    the person the last question named acting (韩冬讲了几次党课 -> 他主持了几次 -> 韩冬主持了几次). The
    author of a 述职报告 calls themself 本人, and so does the question then, by the post asked (书记本人讲了几次:
    the report's title names the post, its sentences no name)."""
    pronoun = PERSONAL_PRONOUN.match(body)
    if not pronoun:
        return body
    asked_who = WHO.search(last.question) or asked_role(last.question)  # 主任是哪个 asks a name too
    holder = last.slots.holder  # the scope the rewritten question is asked in
    name = turn_person(last)
    said = turn_of_person(body, last)
    if said is not last:
        name, last = turn_person(said), said
    if not re.fullmatch(NAME, name):
        # 书记是谁 went unanswered: 他讲了几次 still asks of whoever holds that role
        role = asked_role(last.question) if asked_who else ""
        role = role if POST_HELD.search(role) else ""  # 谁去指导的 asks an act (指导), no post one holds
        return f"{body[: pronoun.start(1)]}{role}{body[pronoun.end() :]}" if role else body
    if name == holder:  # 她 after 冯某2024年处置了几件: the person is the scope already, not said twice
        return f"{body[: pronoun.start(1)]}{body[pronoun.end() :]}"
    author = re.search(rf"述职人[：:\s为是]*{re.escape(name)}", last.answer)
    # the author's own report names them by the post its title holds, and its sentences say no name at all
    post = post_asked(last.question).removeprefix(last.holder)  # whose, when known, is said before it
    named = f"{post or name}本人" if author else name
    return f"{body[: pronoun.start(1)]}{named}{body[pronoun.end() :]}"


# 她那个支部发展了几个: the pronoun only says whose unit it is, which 那个支部 points at
POSSESSIVE_PRONOUN = re.compile(
    r"^((?:那么|那)?)(?:他|她)的?(?=(?:那个|这个|那|这|所在的?)[\u4e00-\u9fff]{0,6}?"
    r"(?:支部|党委|党组|单位|部门|小组|组|村|社区|科室|大队|中队|车间))"
)


def without_possessive(text: str) -> str:
    return POSSESSIVE_PRONOUN.sub(r"\1", text, count=1)


def turn_person(turn: Turn) -> str:
    """The person a turn was about: the one its answer named for 谁, else the one its question names acting."""
    if turn.refused:
        return ""
    return successor_named(turn.question, turn.answer) or (  # 他 after 接替她的是谁: the one who came after
        answered_person(turn)
        if WHO.search(turn.question) or asked_role(turn.question)
        else acting_person(turn.question)
    )


def asked_role(question: str) -> str:
    """书记 of 二分局党支部书记是谁: the role a 谁 question asks who holds; of 委员都有谁，其中谁是宣传委员 the
    role its last part narrows the asking to, not the group's."""
    roles = [w.anchor for w in wanted_types(question) if w.kind == "person" and w.anchor]
    return roles[-1] if roles else ""


POST_HELD = re.compile(rf"(?:{ROLE.pattern}|{TITLE})$")  # 书记 / 组织委员 / 乡长, not 指导 or 主持
POST_END = re.compile(rf"(?:{ROLES})(?<!人)$")  # 纪委书记 / 组织委员 are posts; 述职人 / 主持人 are no posts


def post_asked(question: str) -> str:
    """二分局党支部书记 of 二分局党支部书记是谁: the post a 谁 question asks of, with whose it is; "" for none."""
    role = asked_role(question)
    who = WHO.search(question)
    subject = re.sub(r"(?:是|的|为)+$", "", question[: who.start()]) if who else ""
    return subject if role and subject.endswith(role) and POST_END.search(subject) else ""


def answered_person(last: Turn) -> str:
    """The one named beside the asked role (宣传委员是谁 -> 宣传委员刘晓芸, not the 书记 named first; 第一党支部的
    书记是谁 -> the 书记 of 第一党支部, not the 党组书记 named first)."""
    role = asked_role(last.question)
    at = last.question.rfind(role) if role else -1
    qualifier = last.question[:at].removesuffix("的") if at > 0 else ""
    beside = named_beside(role, last.answer, qualifier)
    named = STATED_PERSON.search(last.answer)
    bounded = re.match(BOUNDED_NAME, NAMED_AFTER_ROLE.sub("", named.group(0))) if named else None
    return beside or (bounded.group(0) if bounded else "")


def named_beside(role: str, answer: str, qualifier: str = "") -> str:
    """The name an answer gives beside `role` (支部书记由院长龚秀兰担任, 书记为场长林国栋, 党委书记、董事长邱振华),
    of the unit `qualifier` names when several are; a 副 role is not the role itself (书记 is not 副书记为…)."""
    return named_holder(role, answer, qualifier) if role else ""


def name_question(body: str, last: Turn) -> str:
    """她叫啥名字 / 他是谁 after 其中专职副书记讲了几次: who holds the role the last turn asked about, in its scope
    (青石应急局2024年专职副书记是谁); the body unchanged when the turn asks no name or the last names no role."""
    if not NAME_ASKED.match(body) or last.refused:
        return body
    counted = PEOPLE_COUNTED.search(last.question)
    if counted and not PERSONAL_PRONOUN.match(body):  # 叫什么名字 after 发展了几名党员: the one(s) counted
        return f"{last.question[: counted.start()]}的{last.question[counted.end() :].rstrip('？?。！! ')}是谁"
    role = ACTING_ROLE.search(last.question)
    if not role or not named_beside(role.group(1), last.answer):
        return body
    scope = f"{last.slots.holder}{last.slots.period}"
    return f"{scope}{role.group(1)}是谁"


def acting_person(question: str) -> str:
    """韩冬 in 韩冬讲了几次党课: a person the question names as doing something."""
    acting = NAMED_ACTOR.search(question)
    if acting:
        return acting.group(1)
    # 聂文轩重点查摆了啥: any act; 其中聂文轩查摆了几个: a name before its act where the words are cut wrong
    span = name_acting(question)
    named = question[span[0] : span[1]] if span else ""
    return person_acting(question) or (named if is_name(named) else "")


def with_meeting(body: str, last_question: str) -> str:
    """开会前/开完会 after a question about a 组织生活会: that meeting, in the words documents use
    (组织生活会，会前 / 组织生活会，会后)."""
    meeting = MEETING.search(last_question)
    if not meeting or MEETING.search(body):
        return body
    return MEETING_REFERENCE.sub(lambda m: f"{meeting.group(0)}，{MEETING_TIME[m.group(1)]}", body, count=1)


def has_subject(phrase: str) -> bool:
    """经费花了 / 党建经费用了: a word that acts as the subject of the verb after it (tagged as an abbreviation
    or a verbal noun, which `names_a_thing` leaves to acts; 用 is tagged as a preposition) names a thing."""
    words = tagged_words(phrase)
    return any(
        flag in ("j", "vn") and following in ("v", "p")
        for (_, flag), (_, following) in zip(words, words[1:], strict=False)
    )


def with_demonstrated(body: str, counted: str) -> str:
    """这几次分别是谁讲的 -> 这几次党课分别是谁讲的: the demonstrative names the last turn's counted thing."""
    if not counted:
        return body
    return DEMONSTRATED.sub(lambda m: m.group(0) + counted, body, count=1)


def counts_bodies(body: str) -> bool:
    """党支部有几个: the turn counts the Party bodies themselves, in 个 or in no unit (支部有几个女党员 counts members)."""
    match = QUANTITY_WORD.search(body)
    counted_after = match and FOLLOW_END.sub("", body[match.end() :])
    return bool(
        match
        and not counted_after
        and BODIES_COUNTED.match(body[: match.start()])
        and match.group(0).endswith(("几", "多少", "个"))
    )


def bodies_after_count(body: str) -> str:
    """党支部有几个 -> 有几个党支部: said after the count, the bodies read as what is counted of whoever is named
    before them, not as part of that name."""
    match = QUANTITY_WORD.search(body)
    if not match or not counts_bodies(body):
        return body
    bodies = BODIES_COUNTED.match(body[: match.start()])
    count = match.group(0) if match.group(0).endswith("个") else f"{match.group(0)}个"
    return f"{bodies.group(2)}有{count}{bodies.group(1)}{body[match.end() :]}"


def with_counted(body: str, own: Slots, counted: str, unit_before: str, last_question: str = "") -> str:
    """讲了几次 -> 讲了几次党课: a quantity asked without its noun counts the last turn's thing (same unit);
    调研几次 names an activity of its own (`own_acts`)."""
    if own.counted or counted and MEETING_KIND.search(counted) and MEETING_KIND.search(body):
        return body  # 组织生活会开了几次 after 几次主题党日 counts its own meeting
    match = QUANTITY_WORD.search(body)
    if not match or FOLLOW_END.sub("", body[match.end() :].removeprefix("了")):  # 累计到几个了: 了 ends it
        return body
    if counts_bodies(body):
        return body
    # 全年计划发展多少: the period and a plan word before the act say when and how, not what is counted
    before = FRAMING.sub("", PLAN_BEFORE_ACT.sub("", PERIOD.sub("", body[: match.start()])))
    # 党员一共多少: its own thing; 书记王某自己讲了几次: who acted is no thing counted
    if before and (names_a_thing(ROLE.sub("", before)) or has_subject(before) or MONEY_WORD.search(before)):
        return body
    if names_own_activity(before, last_question):  # 调研几次 after 讲了几次党课: 调研 is counted, not 党课
        return body
    unit = re.sub("^(?:几|多少)", "", match.group(0))
    if not counted or MEASURE_ONLY.match(counted):  # 差几个百分点 counted no thing
        # 那2024年实际培训了多少 after 计划轮训支部书记多少人次: in the unit asked before
        same_unit = not unit and unit_before and not MEASURE_ONLY.match(unit_before)
        return f"{body[: match.end()]}{unit_before}{body[match.end() :]}" if same_unit else body
    measure = LEADING_UNIT.match(counted)  # 多少份征求意见表: 份 is the unit, not part of the thing
    unit_before = unit_before or (measure.group(0) if measure else "")
    people = {"名", "位", "人", "个"}  # 实际发展了几个 after 计划发展几名党员: the same people
    if unit in PEOPLE_UNITS and not PEOPLE_COUNTED_AS.search(counted):
        if ATTENDING.fullmatch(before) and ATTENDED.search(counted):  # 参加了多少人次 after 讲了几场党课: who came
            return f"{counted}{body}"
        return body  # 谈话了多少人次 after 排查了多少个风险点: people are counted, not the points
    times = family_of(unit) == family_of(unit_before) == "times"  # 讲了几次 after 多少场党课: the same lectures
    if unit and unit_before and unit != unit_before and not ({unit, unit_before} <= people or times):
        # 多少人次 after 几场义诊, 几场 after 多少份: something else
        return body
    return f"{body[: match.end()]}{counted}{body[match.end() :]}"
