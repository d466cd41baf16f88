"""A follow-up that leaves whose, when or what unsaid (讲了几次 / 那2024年实际培训了多少 / 谁主持的): it takes
them from the last turn, its own words kept."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.act_pairs import counterpart_question
from assistant.answer.answer_types import wanted_types
from assistant.answer.followup_actors import UNIT_HEAD
from assistant.answer.followup_modality import DONE, PLAN_WORD, done_before_plan, without_plan_said
from assistant.answer.followup_organisations import HEAD_TITLE, PARTY_HEADS
from assistant.answer.followup_own_body import scope_of_body
from assistant.answer.followup_period_words import (
    half_said_before,
    half_the_base_has,
    period_past_plan,
    period_with_meeting,
)
from assistant.answer.followup_subsets import turn_of_whole_act
from assistant.answer.followup_turns import ENDING, Resolution, Turn, conversation_holder
from assistant.answer.followup_units import ALL_UNITS, organisation_of_branches
from assistant.answer.own_acts import counts_own_thing
from assistant.answer.paired_asks import without_other_side
from assistant.answer.periods import INTENDED, PERIOD_RUN, refined_period, with_modality, with_period
from assistant.answer.person_moves import asks_person_move, without_later
from assistant.answer.question import (
    BACK_REFERENCE,
    ENDING_MARKS,
    FOLLOW_START,
    INTERROGATIVE,
    MODALITY,
    TRAILING_VERB,
    Slots,
    asks_quantity,
    is_thin,
    names_only_an_act,
)
from assistant.answer.question_parts import context_for
from assistant.answer.referents import (
    bodies_after_count,
    turn_of_person,
    with_counted,
    with_demonstrated,
    with_meeting,
    with_named_person,
)
from assistant.core.words import tagged_words

POINTERS = re.compile(r"这些|这个|这份|这项|[这那]次|上面的|上述的?|以上的?|前面的|(?<![其吉])他(?:们)?|她(?:们)?")
GENERIC_KIND = re.compile(
    r"(?:公司|集团|单位|学校|学院|医院|社区|街道|村|镇|局|院|厂|林场)(?![\u4e00-\u9fff]{0,1}(?:党|支部)|长)"  # 院长: a post
)
WHOLE_BODY = re.compile(
    r"全(院|校|局|处|所|厂|场|站|镇|村|县|公司|集团|社区|中心|行)(?!党(?!员)|支部)"
)  # 全院党员: the 院
INSTITUTION_END = re.compile(r"院|局|站|所|校|厂|场|馆|处|公司|中心")
# 县里 / 市上 / 上级: a level above the organisation, said at the start of the turn
LEVEL_ABOVE = re.compile(r"(?:省|市|县|区|镇|乡|街道)(?:里|上|委|级)|上级")
PARTY_BODY = re.compile(r"党支部|支部|党总支|党委|党组")
OWN_UNIT = re.compile(rf"(?:{PARTY_BODY.pattern})(?=[有的共现全一总])")  # 支部有几个…: the holder's own
BRANCH_OF_UNIT = re.compile(r"(?:党支部|支部|党总支|党小组)?$")  # 第二车队 + 党支部: the unit's Party body


# 谁主持的 / 在哪儿开的 / 开了多长时间 / 哪位领导来指导的 / 多少人参加: a fact of the event the last turn asked
# about, said with an act alone; the kind of person or time asked (领导, 时间) names no thing of its own.
EVENT_FACTS = frozenset({"person", "date", "place", "duration"})
ASKED_KIND = re.compile(r"领导|同志|专家|人员|人|时间|时候|地方|[位天课儿的了是来给在过到把]")
PEOPLE_ASKED = re.compile(r"(?:几|多少)[个名位]?人(?!次)")  # 多少人参加, not 几名党员 (a thing of its own)
POST_WORD = re.compile(r"书记|委员|组长|主任|秘书|经理|主席|[长员]")  # 书记是谁 names the post asked
SET_PHRASE_FLAGS = frozenset({"l", "i", "vn"})  # a set phrase or a verbal noun names what is done, not how it went
ACT_CHARS = 4  # 来指导 / 主持 / 开: an act, not a thing (组织生活会 is one)


def asks_of_event(text: str) -> bool:
    wanted = wanted_types(text)
    if len(wanted) != 1:
        return False
    kind = wanted[0].kind
    if (kind not in EVENT_FACTS and not (kind == "count" and PEOPLE_ASKED.search(text))) or asks_person_move(text):
        return False
    text = PEOPLE_ASKED.sub("", FOLLOW_START.sub("", text))
    left = ASKED_KIND.sub("", INTERROGATIVE.sub("", ENDING_MARKS.sub("", text)))
    if not 0 < len(left) <= ACT_CHARS or POST_WORD.search(left):
        return False
    words = tagged_words(left)  # 志愿者有多少人: a thing before its verb is the turn's own subject
    if any(flag in SET_PHRASE_FLAGS for _, flag in words):  # 党纪处分了几个人 / 约谈了几个人: a measure of its own
        return False
    return not any(flag[0] in "nxjl" and then.startswith("v") for (_, flag), (_, then) in zip(words, words[1:]))


# 全年目标 of …改造全年目标; 要求不少于 of …学习要求不少于: a floor set beforehand is a plan too
PLANNED_PART = re.compile(rf"(?:全年|年度)?(?:(?:{PLAN_WORD.pattern})(?:任务)?|要求(?:不少于|不低于|至少|达到)?)")
# 实到几个 / 到了多少: a short act and a quantity with no thing and no measure of its own.
BARE_COUNT = re.compile(r"^[^几多]{1,3}(?:几|多少)(?:个|名|位)(?:呢|吗)?[？?。]*$")


def on_elliptical(text: str, own: Slots, last: Turn, within_question: bool) -> Resolution:
    """A turn that leaves whose/when/what unsaid takes them from the last turn."""
    paired = counterpart_question(last.question, text)
    if paired:  # 应到多少人，实到多少: the same question with the other act
        return Resolution(paired, refers_back=not within_question)
    last = turn_of_person(text, last)  # 他今年打算讲几次 after 全馆一共讲了几场: of him, in his scope, not the whole
    last = turn_of_whole_act(text, last)  # 去年实际学了几次 after a part's requirement: of the whole that 学
    own = replace(own, period=period_run(text, own.period))  # 今年上半年完成了几场: the half too, not 今年 alone
    before = last.slots
    body = text
    moved = asks_person_move(text) and not within_question
    body = without_later(body) if moved else body
    period = refined_period(own.period, half_said_before(own.period, last) or before.period)
    period = half_the_base_has(period, own.period, conversation_holder(last), last)  # 上半年: the one there is
    period = done_before_plan(period, text, last)
    if period != own.period:
        body = body.replace(own.period, "", 1)
    changed_period = bool(own.period) and period != before.period
    changed_modality = bool(own.modality) and own.modality != before.modality
    body = with_named_person(body, last)
    body = FOLLOW_START.sub("", POINTERS.sub("", body))  # the scope says which; the words would only dilute
    body = with_meeting(body, last.question)
    said = body
    if not within_question or BARE_COUNT.search(body):  # 应到多少党员，实到几个: the later part counts the same
        body = with_counted(body, own, last.counted, before.unit, last.question)
    # 调研搞了几次 / 发展了几名党员 after 讲了几次党课: a count of a thing of its own, which any document of the
    # organisation may state, not only the one that answered of 党课
    own_thing = not within_question and body == said and asks_quantity(text) and counts_own_thing(text, last.question)
    if not within_question:
        body = with_demonstrated(body, last.counted)
    # A turn that names no thing of its own, or a later part asking no quantity ("谁主持的"), takes the
    # last question's topic, at its own period and modality. A later part counting something of its
    # own ("参训多少人") only takes whose and when: the topic's words would become part of what it counts.
    own_count = asks_quantity(text) and (last.holder or before.period)
    act_only = names_only_an_act(text) and not last.counted  # 已经装了几部 after 加装电梯的诉求有多少
    # 谁主持的 after 开了几次民主生活会: of that meeting (谁负责督导 after 各党支部… is asked of the organisation)
    act_only = act_only or (not within_question and asks_of_event(text) and not ALL_UNITS.search(last.question))
    which = which_counted(text, last.counted)  # 是哪个支部: of the things counted, whose and when they were
    thin = is_thin(text) or act_only or (within_question and not own_count) or which
    own_body: str | None = None  # the body a turn naming a person asks about (followup_own_body)
    if thin:
        context = (
            f"{last.holder}{before.period}的{last.counted}"
            if which
            else ENDING.sub("", context_for(last.question, text))
        )
        if within_question:  # 应到多少人，实到多少人: the other figure of the same sentence
            context = without_other_side(context, text)
        if own.period:
            context = with_period(context, period)
            body = body.replace(own.period, "", 1)
        # 全年计划几名 after 上半年发展了谁: the plan of that act, said before it (全年计划发展)
        if own.modality and (MODALITY.search(context) or INTENDED.search(context) or TRAILING_VERB.search(context)):
            context = with_modality(context, own.modality)
            body = body.replace(own.modality, "", 1)
        elif DONE.search(text) and not PLAN_WORD.search(text):  # 上半年干了多少 after 全年目标是多少: what was done
            context = without_plan_said(PLANNED_PART.sub("", context))
        question = f"{context}{re.sub('^的', '', body)}"
    else:
        # 各支部 of the last turn is how it asked, not whose: 林秀英参加哪个支部的 is asked of the organisation
        branches = ALL_UNITS.search(text) or ALL_UNITS.search(last.holder)
        holder = organisation_of_branches(last) if branches else last.holder
        whole = WHOLE_BODY.search(text)
        if whole and whole.group(1) in holder:  # 全院一共 after 机械学院本科生第二党支部…: the college itself
            holder = holder[: holder.rfind(whole.group(1)) + len(whole.group(1))]
        holder = institution_of_head(holder, body)
        if holder and not before.holder:  # 高管处: named as a Party body, so that it reads as whose
            holder = last.namer.formal(holder)
        kind = GENERIC_KIND.match(body)
        if kind and kind.group(0) in holder:  # 那公司一共多少职工 after 恒锐公司支部…: the company itself
            holder = holder[: holder.rfind(kind.group(0)) + len(kind.group(0))]
            body = body[kind.end() :]
        holder = without_unit_said(sibling_scope(holder, body, last), body)
        if holder and body.startswith(holder):  # 开放大学一共… of 开放大学 (a name only the profiles know): said once
            body = body[len(holder) :]
        own_body = scope_of_body(holder, body)  # 某某在总支里是啥职务 after a branch: of the 总支, not the branch
        holder = holder if own_body is None else own_body
        said_unit = OWN_UNIT.match(body)
        if said_unit and holder.endswith(said_unit.group(0)):  # 支部有几个女党员 after 柳塘疾控支部…: the same
            body = body[said_unit.end() :]
        said = (
            ""
            if own.period and period == own.period
            else period or done_before_plan(period_past_plan(text, last), text, last)
        )
        said = "" if moved else said  # 她后来调到哪去了: told by a later report, not the period talked about
        prefix = holder + period_with_meeting(said, last.question, body)  # 会后定了几条 of 2023年度组织生活会
        joint = "，" if prefix and LEVEL_ABOVE.match(body) else ""  # 县里派谁来: not part of the name before
        body = bodies_after_count(body) if prefix else body  # 车站有几个党支部: its branches, not its branch
        question = f"{prefix}{joint}{body}"
    refers_back = not (changed_period or changed_modality or within_question) or bool(BACK_REFERENCE.search(text))
    refers_back = refers_back and own_body is None  # the body's own documents, not those just cited
    if own_thing and not thin and not BACK_REFERENCE.search(text):
        return Resolution(question, same_organisation=True)
    if moved:  # of the organisation's other periods, not of the documents that told who the person was
        return Resolution(question, same_organisation=True)
    return Resolution(question, refers_back=refers_back, same_organisation=changed_period and not within_question)


# 是哪个支部 / 都是哪几个: which ones, of the kind named (or of none)
WHICH_ONES = re.compile(
    r"^(?:那|都|分别)?(?:是)?哪(?:个|几个|些|一个)(?P<kind>[\u4e00-\u9fff]{0,4}?)(?:呢|啊)?[？?。！!\s]*$"
)


def which_counted(text: str, counted: str) -> bool:
    """是哪个支部 after 上半年创建了几个模范党支部: which of the things just counted (a kind the counted thing ends
    on), asked of that count's topic, not of the organisation at large."""
    which = WHICH_ONES.match(text.strip())
    return bool(which and counted and counted.endswith(which.group("kind")))


def institution_of_head(holder: str, body: str) -> str:
    """检察院 of 检察院政治部党支部 when the turn asks 检察长是谁: a head titled after the institution's kind heads the
    institution, not the branch the conversation was in; `holder` when the turn asks no such head."""
    title = HEAD_TITLE.search(body)
    at = holder.rfind(title.group(1)) if title and not title.group(0).endswith(PARTY_HEADS) else -1
    kind = INSTITUTION_END.search(holder, at) if at >= 0 else None
    return holder[: kind.end()] if kind and kind.end() < len(holder) else holder


def without_unit_said(holder: str, body: str) -> str:
    """Whose, before the unit the turn names itself: 城西供水所 of 城西供水所检修班党小组 when the turn says
    检修班发展了几名 (the unit named once, not glued twice); `holder` when the turn opens with no unit of it."""
    for length in range(min(len(body), 12), 1, -1):
        unit = body[:length]
        at = holder.rfind(unit)
        own_body = PARTY_BODY.fullmatch(unit)  # 支部一共多少党员: the holder's own body, not a unit of it
        if at > 0 and UNIT_HEAD.search(unit) and not own_body and BRANCH_OF_UNIT.fullmatch(holder[at + length :]):
            return holder[:at]
    return holder


def period_run(text: str, period: str) -> str:
    """今年上半年 of a turn whose period was read as 今年: the year and the part said with it, together."""
    at = text.find(period) if period else -1
    run = PERIOD_RUN.match(text, at) if at >= 0 else None
    return run.group(0) if run else period


WHOLE_OR_EACH = re.compile(r"[全各本该每其]")  # 全局 / 各所: the whole or every unit, no sibling
SIBLING_NAME = 6  # 西片区 / 二大队: a unit of the same kind, named in a few characters


def sibling_scope(holder: str, body: str, last: Turn) -> str:
    """路桥公司 for 西片区有哪几个项目支部 after 东片区去年…: a turn opening with another unit of the holder's kind
    (the same last two characters) asks of that sibling, in the organisation the conversation named before the
    unit, not inside the unit; `holder` when the turn opens with no such sibling."""
    kinds = (holder[-size:] for size in range(min(len(holder) - 1, 2), 0, -1))  # 片区 of 东片区, 所 of 城南所
    kind = next((k for k in kinds if body.find(k, 0, SIBLING_NAME) > 0), "")
    unit = body[: body.find(kind) + len(kind)] if kind else ""
    if len(unit) < 3 or holder.endswith(unit) or INTERROGATIVE.search(unit) or WHOLE_OR_EACH.match(unit):
        return holder
    if PARTY_BODY.search(body[: len(unit) + 1]) or PARTY_BODY.search(holder[-3:]):  # 护理党支部 of a 党总支: inside it
        return holder
    return next((t.holder for t in reversed(last.conversation) if t.holder and not t.holder.endswith(kind)), "")
