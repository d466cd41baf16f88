"""那X呢 / 换成X的呢: X replaces a slot of the last turn — its period, modality, organisation, unit, row, role,
person, subset, activity or counted thing — or, failing all, is asked in the last turn's scope.
"""

from __future__ import annotations

import re

from assistant.answer.act_pairs import counterpart_question
from assistant.answer.answer_types import asks_whether
from assistant.answer.asked_quantity import TOTAL_ASKED
from assistant.answer.followup_actors import siblings_total, swapped_actor
from assistant.answer.followup_dates import day_swapped
from assistant.answer.followup_grades import grade_swapped
from assistant.answer.followup_measures import measure_swapped
from assistant.answer.followup_modality import other_quarter
from assistant.answer.followup_organisations import BRANCH_END, PERIOD_RUN, is_branch
from assistant.answer.followup_others import others_acting
from assistant.answer.followup_people import ACTING_NAME, person_swapped
from assistant.answer.followup_period_words import (
    half_the_base_has,
    period_with_meeting,
    whole_said,
    whole_year_if_uncovered,
)
from assistant.answer.followup_regulations import circumstance_of_rule, parallel_topic, topic_swapped_in
from assistant.answer.followup_revisions import revision_swapped
from assistant.answer.followup_rows import bare_branch_swapped, sibling_row
from assistant.answer.followup_totals import counted_before_aside, quarter_of_half
from assistant.answer.followup_turns import (
    CONTENT_WORD,
    ENDING,
    Resolution,
    Turn,
    bare_kind,
    conversation_holder,
    focus_of,
    turn_about,
)
from assistant.answer.followup_units import ORG_END, sibling_unit, swapped_unit, with_units_total
from assistant.answer.own_acts import is_activity
from assistant.answer.periods import refined_period, with_modality, with_period
from assistant.answer.person_names import is_name
from assistant.answer.question import (
    FOLLOW_START,
    LEADING_ORG,
    MODALITY,
    ORG_SUFFIX,
    PERIOD,
    QUANTITY_WORD,
    ROLE,
    asks,
    asks_quantity,
    core_of,
    slots_of,
)
from assistant.answer.topics import MEETING, WORD, swapped_kind, swapped_topic
from assistant.core.numerals import ARTICLE_REF
from assistant.core.text import COHORT
from assistant.core.words import tagged_words
from assistant.search.regulations import revision_asked

TOTAL = re.compile(r"加起来|加在一起|一共|总共|合计|总计|全部|总的")

ORDINAL_UNIT = re.compile(rf"第[一二三四五六七八九十\d]+(?:{ORG_SUFFIX})")

ACTIVITY = re.compile(rf"{MEETING.pattern}|(?:专题)?党课")  # what a branch holds and a report counts

ASPECT = re.compile(r"方面(?:的)?$")  # 资金管理方面呢: another aspect of what was counted

# 资金管理的情况呢 asks of 资金管理; 特殊情况 / 紧急情况 name a condition, not filler.
SWAP_FILLER = re.compile(
    r"的?(?:(?<![殊急外别])情况|数据|数字|方面|这块|那块|那边|的话)$|^[这那](?:个|些)?(?=方面|块|边)"
)

PLANNED = re.compile(r"计划|目标|原计划|拟")

IN_PROCESS = re.compile(r"(?:入党)?积极分子|发展对象|预备党员")  # people on the way in, counted as they stand

ADMITTED = re.compile(r"(?:发展|吸收|接收)了?")


# 比计划多了几个 / 比去年少了多少 / 超了多少: how two figures differ, asked in the user's words
COMPARING = re.compile(r"比[^，,？?]{0,8}?(?:多|少|差|超|增|减|高|低)|(?:差|超)了?(?:几|多少)")

# 党组成员 / 班子成员: the members of a body stand where a role does
ROLE_OR_MEMBERS = re.compile(rf"{ROLE.pattern}|(?:党组|党委|支委|班子|支部|委员会)成员")

PEOPLE = re.compile(r"(?:党员|干部|职工|员工|群众|人员|学生|教师|代表)$")  # what 女党员 counts: 党员

YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*年|今年|去年|前年|明年")  # a period that names its year

# 一般C类以上事故 / 5G基站: a thing's name may hold Latin letters or figures between its Chinese words
THING_NAME = re.compile(r"[A-Za-z\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*[\u4e00-\u9fff]")

ORDINAL_ASKED = re.compile(r"第(?:几|多少)")  # 第几条规定的 asks which article; it counts nothing

# 存在啥问题 / 有哪些主要做法: things of one kind, listed (what a report's heading gathers)
LISTED_THINGS = re.compile(r"(?:哪些|哪几|啥|什么)(?!时候|时间|地方)[\u4e00-\u9fff]{1,6}$")

# 机关纪委 / 团委 / 工会 opening a swapped phrase: a body of the organisation that acts (谈话提醒 is its act)
ACTING_BODY = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?:纪委|纪工委|团委|工会|妇委会|党委|党组)")


def is_swap(text: str) -> bool:
    """那X呢 / 换成X的呢 / X呢: a turn that only names what replaces a slot of the last one."""
    if not (FOLLOW_START.search(text) or re.search(r"呢[？?。！!\s]*$", text)):
        return False
    core = core_of(text)
    return bool(core) and len(core) <= 16 and not asks(core)


def on_swap(core: str, last: Turn, modifier: bool = False) -> Resolution:
    """那X呢: X replaces the period, the organisation, the role, the subset or the counted thing."""
    if PLANNED.search(core) and not QUANTITY_WORD.search(last.question):
        # 那下半年计划呢 after 谁主持的: a plan states a figure, the one asked before
        last = next((t for t in reversed(last.conversation) if QUANTITY_WORD.search(t.question)), last)
    if PERIOD.search(core) and COMPARING.search(last.question):
        # 那24年上半年呢 after 比计划多了几个: the figure compared, asked of that period (not the comparison)
        last = next((t for t in reversed(last.conversation) if counts_on_its_own(t.question)), last)
    last = counted_before_aside(core, last)  # 其他班子成员呢 after 他叫什么: of the turn that counted
    question = ENDING.sub("", last.question)
    paired = counterpart_question(last.question, core)
    if paired:  # 实到呢 after 应参会多少人: the same question with the other act
        return Resolution(paired, refers_back=True)
    quarter = quarter_of_half(question, core)
    if quarter:  # 二季度呢 after 上半年查处多少起: that quarter, not the half-year
        return Resolution(f"{quarter}？", same_organisation=True)
    cohort = COHORT.search(question)
    if cohort and COHORT.fullmatch(core.strip()):  # 2016届呢 after 2015届…多少人: another cohort, same report
        return Resolution(f"{question.replace(cohort.group(0), core.strip(), 1)}？", refers_back=True)
    graded = grade_swapped(question, last.subset, re.sub(r"的$", "", core.strip()))
    if graded:  # 合格的呢 after 民主评议优秀的几名: the same appraisal at that grade
        return Resolution(f"{graded[0]}？", focus=graded[1] and focus_of(graded[1]), subset=graded[1], refers_back=True)
    other_revision = revision_swapped(core, question)
    if other_revision:  # 新版呢 / 那2018年版呢 after 旧版纪律处分条例一共多少条
        return Resolution(f"{other_revision}？")
    dated = day_swapped(core, last)
    if dated:  # 2024年6月底呢 / 换成去年年底呢 after …，其中女党员呢: the day figures are taken, the part kept
        return dated
    said = other_quarter(question, core)
    if said:  # 那二季度呢 / 全年一共呢 / 全年计划呢 after 2024年第一季度开了几次…: another quarter, or the whole year
        return Resolution(f"{ENDING.sub('', said)}？", same_organisation=True)
    periods = PERIOD.findall(core)
    holder = conversation_holder(last)
    if periods and not slots_of(question).holder and holder not in question:  # another period of the organisation
        question = f"{holder}{question}"
    rest = core
    said_run = PERIOD_RUN.search(question)
    said = PERIOD.findall(said_run.group(0)) if said_run else []
    run = PERIOD_RUN.search(core) if len(periods) > 1 else None
    if len(said) > 1 and len(periods) == 1 and not YEAR_WORD.match(periods[0]):
        run = re.search(re.escape(periods[0]), core)  # 全年呢 after 今年上半年…: 今年全年, not 全年上半年
        new = f"{said[0]}{periods[0]}" if YEAR_WORD.fullmatch(said[0]) else periods[0]
    else:
        new = run.group(0) if run else ""
    if run and said_run:  # 今年上半年呢 after 去年下半年…: the whole period replaced, not word by word
        question = f"{question[: said_run.start()]}{new}{question[said_run.end() :]}"
        rest, periods = rest.replace(run.group(0), ""), [p for p in periods if p not in run.group(0)]
    for period in periods:
        rest = rest.replace(period, "")
        question = with_period(
            question, half_the_base_has(refined_period(period, last.slots.period), period, holder, last)
        )
        if period == "明年" and not MODALITY.search(core):  # 明年呢: what is planned, as nothing is done yet
            question = with_modality(question, "计划")
        question = whole_year_if_uncovered(question, period, holder, last)
    modality = MODALITY.search(rest)
    if modality:
        rest = rest.replace(modality.group(0), "")
        question = with_modality(question, modality.group(0))
    rest = re.sub(r"^的|的$", "", SWAP_FILLER.sub("", rest)).strip(" ，,")
    said_holder = slots_of(question).holder
    if rest and said_holder.startswith(rest):  # 那档案馆今年上半年呢 after 档案馆去年…: the same one, another period
        rest = ""
    if periods and TOTAL_ASKED.fullmatch(rest):
        rest = ""  # 全年一共呢 after 二季度开了几次: the same question of the whole year, which states its total
    changed_period = bool(periods or modality or (run and said_run))  # a whole period replaced is a change too
    if (
        changed_period and rest and rest in question and not last.subset
    ):  # 2025年谈话提醒呢 after 2024年…谈话提醒: only the period is new
        rest = ""
    if not rest:
        return Resolution(f"{question}？", refers_back=not changed_period, same_organisation=changed_period)
    names_organisation = slots_of(question).holder and (LEADING_ORG.fullmatch(rest) or ORG_END.search(rest))
    meeting = whole_turn(last) if last.subset and ACTIVITY.fullmatch(rest) and not changed_period else None
    if meeting and ACTIVITY.search(meeting.question) and not ACTIVITY.search(last.subset):
        return on_swap(core, meeting, modifier)  # 支委会呢 after 党员大会, 其中研究发展党员的: another meeting, whole
    whole = whole_said(question, last)  # of the turn's period: 2025年上半年女党员呢 after 其中女党员呢
    asked_whole = turn_about(rest, last) if last.subset and not names_organisation and rest in whole else None
    if asked_whole and asked_whole is not last:  # 2025年集中学习呢 after 集中学习几次 -> 其中研讨呢: the whole again
        return on_swap(core.replace(rest, "", 1), asked_whole) if changed_period else Resolution(asked_whole.question)
    if last.subset and not names_organisation:  # 换成粮库党总支的呢 after 其中女党员呢: another organisation
        # 那杜某呢 after 其中沈某领学了几次: the person is replaced, not what they did
        subset = person_swapped(last.subset, rest, last) or last.subset.replace(focus_of(last.subset), rest, 1)
        return Resolution(
            f"{whole}，其中{subset}？",
            focus=rest,
            subset=subset,
            refers_back=not changed_period,
            same_organisation=changed_period,
        )
    slots = slots_of(question)
    revision = revision_asked(rest)
    named_revision = revision.years or revision.wish != "newest" or re.search(r"版|现行", rest)
    other_reference = named_revision or ARTICLE_REF.search(rest) or slots_of(rest).regulation
    if slots.regulation and ARTICLE_REF.search(question) and WORD.fullmatch(rest) and not other_reference:
        # 那权利呢 after 党章第三条讲的啥 (义务): where the regulation speaks of the new topic; 那受了撤销党内职务处分的呢
        # after a topic question on 受了严重警告处分 and its article: that question of the new phrase
        regulation = ARTICLE_REF.split(slots.regulation)[0]  # 党章第三条规定: 党章
        return Resolution(parallel_topic(rest, last) or f"{regulation}关于{topic_swapped_in(rest)}是怎么规定的？")
    if TOTAL.search(rest) and ORG_END.search(TOTAL.sub("", rest)):
        return Resolution(f"{with_units_total(question, TOTAL.sub('', rest), slots)}？", refers_back=True)
    every_row = siblings_total(question, rest)
    if every_row:  # 三个大队一共呢 after 城东大队有多少名党员: the rows of that head together
        return Resolution(f"{every_row}？", refers_back=True)
    row = sibling_row(question, rest)
    if row:  # 城区二大队呢 after 交警队城区一大队…: another row of the same table
        return Resolution(f"{row}？", refers_back=True, anchor=rest)
    ordinal = ORDINAL_UNIT.search(question)
    if ordinal and ORDINAL_UNIT.fullmatch(rest):  # 第一党小组 -> 第二党小组
        return Resolution(f"{question.replace(ordinal.group(0), rest, 1)}？", refers_back=True, anchor=rest)
    unit_swapped = swapped_unit(question, rest) if ORG_END.search(rest) else ""
    if unit_swapped and not (
        slots.holder and slots.holder in rest
    ):  # a unit the holder's name runs on into (本科生第一党支部)
        return Resolution(f"{unit_swapped}？", refers_back=True, anchor=rest)
    if not slots.holder and holder and question.startswith(holder) and is_branch(rest):
        # 离退休干部支部呢 after 法院2024年…: a branch of the organisation named by its kind, not a thing counted;
        # 税务局那个第二支部呢: a branch of an organisation of its own, asked the same
        if opens_with_org(rest):
            return Resolution(f"{rest}{question[len(holder) :]}？")
        return Resolution(f"{holder}{rest}{question[len(holder) :]}？", refers_back=True, anchor=rest)
    if slots.holder and (LEADING_ORG.fullmatch(rest) or ORG_END.search(rest)):
        unit = sibling_unit(slots.holder, rest)
        return Resolution(f"{with_holder(question, slots.holder, unit)}？", refers_back=True, anchor=rest)
    roles = list(ROLE_OR_MEMBERS.finditer(question))
    if ROLE_OR_MEMBERS.fullmatch(rest) and roles:  # 那党组成员呢 after 党组书记讲几次党课
        role = roles[-1]
        return Resolution(f"{question[: role.start()]}{rest}{question[role.end() :]}？", focus=rest, refers_back=True)
    others = others_acting(question, rest, list(ACTING_NAME.finditer(question)), last)
    if others:  # 其他班子成员呢 after 书记王建国讲了几次党课: the role and the name are replaced
        return Resolution(f"{others}？", focus=rest, refers_back=True)
    person = person_swapped(question, rest, last)
    if person:  # 那梁涛呢 / 那组织委员呢 / 乡长呢 after 书记韩冬讲了几次: who acts is replaced
        return Resolution(f"{person}？", focus=rest, refers_back=True)
    other_actor = swapped_actor(question, rest, aspect=bool(ASPECT.search(core)))
    if other_actor:  # 特勤大队呢 after 城东大队有多少名党员 / 支部班子呢 after 党员个人查摆了多少条: who acts
        return Resolution(f"{other_actor}？", refers_back=True)
    if ACTIVITY.fullmatch(rest) and not ACTIVITY.search(question) and not changed_period:  # 主题党日呢 after 谁
        counted = next(
            (
                t
                for t in reversed(last.conversation)
                if QUANTITY_WORD.search(t.question) and ACTIVITY.search(t.question)
            ),
            None,
        )
        if counted:  # the activity counted earlier in the conversation is the one replaced
            before = ENDING.sub("", counted.question)
            return Resolution(f"{before.replace(ACTIVITY.search(before).group(0), rest, 1)}？", refers_back=True)
    acting = ACTING_BODY.match(rest)
    if acting and acting.group(0) not in question and asks_quantity(question) and rest[acting.end() :]:
        # 团委2024年志愿服务呢 after 支部查摆了多少问题: another body and its own act, not a thing of the old act
        scope = f"{slots.holder or conversation_holder(last)}{slots.period}"
        return Resolution(f"{scope}{rest}有多少？", focus=rest[acting.end() :], same_organisation=True)
    kind = swapped_kind(question, rest)  # 转正的呢 after 发展了几名党员: the action, not the members
    # 女党员呢 for 党员, but not 党课 (an activity) for 党员, nor 检查学校食堂 (an act) for 问题: a new thing
    like_counted = (not ACTIVITY.fullmatch(rest) or ACTIVITY.search(slots.counted)) and not (
        begins_with_act(rest) or is_activity(rest)
    )
    replaceable = slots.counted and like_counted and not ORDINAL_ASKED.search(question)
    kind_of = PEOPLE.search(slots.counted) if modifier else None
    if kind_of and not rest.endswith(kind_of.group(0)):  # 高级职称的呢 after 女党员: 高级职称的党员
        rest = f"{rest}的{kind_of.group(0)}"
    branch = bare_branch_swapped(question, rest) if modifier and not kind_of else ""
    if branch:  # 行政后勤的呢 after 校对党支部主题党日搞了几次: that branch, said without its 党支部
        return Resolution(f"{branch}？", refers_back=True, anchor=rest)
    measured = measure_swapped(question, rest, slots.counted)
    if measured:  # 产量呢 after 种了多少亩: the thing's other measure, not 种了多少产量
        return Resolution(f"{measured}？", refers_back=not changed_period, same_organisation=changed_period)
    counted = question.replace(slots.counted, rest, 1) if replaceable else None
    if counted and IN_PROCESS.fullmatch(rest):  # 那入党积极分子呢 after 发展了几名党员: they are not 发展ed
        counted = ADMITTED.sub("有", counted, count=1)
    topic = kind or counted or swapped_topic(question, rest)  # 民主生活会 for 组织生活会, 权利 for 义务
    if topic:
        return Resolution(f"{topic}？", refers_back=not changed_period, same_organisation=changed_period)
    circumstance = circumstance_of_rule(rest, question, last) if begins_with_act(rest) else ""
    if circumstance:  # 讨论干部任免呢 after 党组会议要多少人到会: the rule in that circumstance
        return Resolution(f"{circumstance}？", focus=rest, refers_back=True)
    new_thing = not (is_name(rest) or ROLE.search(rest) or slots_of(rest).regulation)
    if asks_quantity(question) and asks_whether(rest) and new_thing:
        # 去年立案了没 after 立案几件: whether, asked in the same scope, not how many (立案了没有多少)
        scope = f"{slots.holder or conversation_holder(last)}{slots.period}"
        return Resolution(f"{scope}{re.sub('没$', '没有', rest)}？", focus=rest, refers_back=not scope)
    if asks_quantity(question) and THING_NAME.fullmatch(rest) and new_thing:
        # 家访呢 after 主题党日开了多少次: the new thing counted in the same scope, in whatever unit it is counted
        run = PERIOD_RUN.search(question)  # 今年上半年 said apart from its year: the whole run, not 今年 alone
        period = run.group(0) if run else slots.period
        holder = slots.holder or bare_kind(question)  # 法院今年上半年…: the organisation named by its kind
        scope = f"{holder}{period_with_meeting(period, question, rest)}{slots.modality}"
        return Resolution(f"{scope}{rest}有多少？", focus=rest, refers_back=not scope)
    if LISTED_THINGS.search(question) and CONTENT_WORD.fullmatch(rest) and new_thing:
        # 整改措施呢 after 存在啥问题: the things of another heading of the same report, listed
        scope = f"{slots.holder or conversation_holder(last)}{slots.period}"
        return Resolution(f"{scope}{rest}有哪些？", focus=rest, refers_back=True)
    return Resolution(f"{rest}，{question}？", focus=rest, refers_back=True)


def whole_turn(last: Turn) -> Turn | None:
    """The latest turn before a 其中 part that asked a whole (no part of its own)."""
    return next((t for t in reversed(last.earlier) if not t.subset), None)


def counts_on_its_own(question: str) -> bool:
    """实际发展了多少党员, not 比计划多了几个: a figure asked for itself."""
    return asks_quantity(question) and not COMPARING.search(question)


def begins_with_act(phrase: str) -> bool:
    """检查学校食堂 / 走访企业: a phrase that opens with a verb names an activity, not a counted noun."""
    words = tagged_words(phrase)
    return len(words) > 1 and words[0][1] in ("v", "vn")


def with_holder(question: str, holder: str, unit: str) -> str:
    """The question of `unit` instead of `holder`; a branch said after the holder (体育局那个第二支部2024年…) is
    the old organisation's, so another organisation of its own (法院) takes the question without it."""
    after = question[question.index(holder) + len(holder) :]
    period = PERIOD.search(after)
    branch = after[: period.start()] if period else ""
    if branch and is_branch(branch) and not is_branch(unit):
        return question.replace(f"{holder}{branch}", unit, 1)
    return question.replace(holder, unit, 1)


def opens_with_org(unit: str) -> bool:
    """税务局那个第二支部: a branch said with an organisation of its own (not 离退休干部支部, a branch alone)."""
    return bool(LEADING_ORG.match(BRANCH_END.sub("", unit)))
