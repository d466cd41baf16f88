"""Follow-ups: a turn that leans on the conversation, rewritten into a question that stands alone.

The state is the last understood turn: its self-contained question (whose, when, what), the 其中
part it asked, and the answer it got. A new turn replaces only the slots it fills:
"那2024年上半年呢" the period, "那外科党支部呢" the organisation, "学习秘书呢" the role, "其中60岁以上的"
the subset, "第三十二条呢" the article of the same regulation, "转正的呢/那权利呢" the topic noun
(`topics`); "这些/上面的/会上" point at the documents the last answer cited (`Resolution.refers_back`),
"那个支部" at the unit it named (`followup_units`), "他/她" at the person (`referents`); "写成一段总结"
drafts over them, "把上面这些…" over every turn (`followup_drafts`, `recap`); "和上半年比…" asks each
period on its own (`periods`). Every turn keeps the turns before it (`Turn.earlier`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.asked_quantity import TOTAL_ASKED
from assistant.answer.draft_options import (
    DRAFT,
    option_words,
    relative_length,
    reshapes_draft,
    without_options,
    written_length,
)
from assistant.answer.facts import UNITS
from assistant.answer.followup_actors import entity_pointed_at, siblings_total, swapped_actor
from assistant.answer.followup_cases import case_asked_as_before, same_case_further
from assistant.answer.followup_compare import on_both_modalities, on_gap, on_periods, on_total
from assistant.answer.followup_drafts import compressed, draft_in_conversation
from assistant.answer.followup_elliptical import on_elliptical
from assistant.answer.followup_grades import grade_swapped
from assistant.answer.followup_items import other_item
from assistant.answer.followup_modality import PLAN_WORD, asked_again, other_quarter
from assistant.answer.followup_money import money_part_apart
from assistant.answer.followup_organisations import PERIOD_RUN, on_other_organisation
from assistant.answer.followup_others import others_acting, others_listed
from assistant.answer.followup_pairs import on_pair_total
from assistant.answer.followup_people import ACTING_NAME, person_swapped
from assistant.answer.followup_period_words import (
    before_period_part,
    period_with_meeting,
    whole_said,
    whole_year_if_uncovered,
    with_year_named,
    without_date_lead,
)
from assistant.answer.followup_regulations import (
    article_in_revision,
    article_question,
    circumstance_of_rule,
    compared_this_article,
    counterpart_asked,
    defined_term,
    item_of_listed,
    of_quoted_article,
    other_regulation,
    parallel_topic,
    pointed_regulation,
    quoted_article,
    regulation_talked_about,
    revision_of_last_topic,
    revision_swapped,
    topic_swapped_in,
    with_bracketed_item,
    without_regulation_asked,
    without_revision,
)
from assistant.answer.followup_remainders import besides_follow_up, items_counted
from assistant.answer.followup_rows import role_of_row, row_pointed_at, sibling_row
from assistant.answer.followup_sources import source_asked
from assistant.answer.followup_swap_pair import words_swapped
from assistant.answer.followup_totals import counted_before_aside, over_units, quarter_of_half
from assistant.answer.followup_turns import (
    CONTENT_WORD,
    ENDING,
    NO_ORGANISATIONS,
    Message,
    Organisations,
    Resolution,
    Turn,
    conversation_holder,
    focus_of,
    turn_about,
    whole_of,
)
from assistant.answer.followup_units import (
    ORG_END,
    organisation_of_branches,
    other_unit_question,
    sibling_unit,
    swapped_unit,
    unit_pointed_at,
    with_units_total,
)
from assistant.answer.periods import (
    periods_asked,
    refined_period,
    with_modality,
    with_period,
)
from assistant.answer.person_names import is_name
from assistant.answer.plan_remainders import left_of_plan
from assistant.answer.plan_shares import share_of_last
from assistant.answer.question import (
    BACK_REFERENCE,
    FOLLOW_END,
    FOLLOW_START,
    LEADING_ORG,
    MODALITY,
    ORG_SUFFIX,
    PERIOD,
    QUANTITY_WORD,
    RETURN_VERB,
    ROLE,
    SUBSET,
    asks,
    asks_article_only,
    asks_quantity,
    asks_source,
    context_of,
    core_of,
    slots_of,
    split_parts,
)
from assistant.answer.referents import (
    name_question,
    without_possessive,
)
from assistant.answer.topics import MEETING, WORD, echoed_question, swapped_kind, swapped_topic
from assistant.core.numerals import ARTICLE_REF, CLAUSE_REF
from assistant.core.text import COHORT
from assistant.core.words import tagged_words, with_full_years
from assistant.search.genres import genre_said
from assistant.search.regulations import revision_asked

DRAFT_OVER_LAST = re.compile(
    r"(写成|改写成|整理成|概括成|归纳成|形成|写)(一段|一篇|一份|段)?(总结|话|文字|材料|小结|综述)"
    r"|(?:写成|改写成|整理成|概括成|归纳成|连成|串成)(?:一段|一篇|段)[。！!]?$"  # 把上面这几条写成一段
)
MAX_FOLLOW_UP = 24  # a turn longer than this that names nothing of its own is a new question, not a follow-up
TOTAL = re.compile(r"加起来|加在一起|一共|总共|合计|总计|全部|总的")
ORDINAL_UNIT = re.compile(rf"第[一二三四五六七八九十\d]+(?:{ORG_SUFFIX})")
# 女的有几个 / 60岁以上的是多少 after 有多少名党员: a part of the last whole, 其中 left unsaid
# 整改了多少 / 完成了几个 / 还剩几项没整改: a state of the items the last turn counted, naming no items itself.
STATE_FOLLOW = re.compile(
    r"^(?:那|其中)?(?:已经?|都)?(?:整改|完成|解决|办结|销号|落实)(?:了|完|好|到位)*(?:多少|几)"
    r"|^(?:那)?(?:还|仍)(?:剩|剩下|有|差)(?:多少|几)[个项条件起处]?(?:没|未|尚未)?(?:整改|完成|解决|办结|改)?"
)
# 还差几个没改完 / 还有几项没改好: said as the documents say it (剩余…正在整改)
UNDONE = re.compile(r"^(?:那)?(?:还|仍)(?:差|有)((?:多少|几)[个项条件起处]?)(?:没|未|尚未)(?:改完|改好|整改完|改)$")
ACTIVITY = re.compile(rf"{MEETING.pattern}|(?:专题)?党课")  # what a branch holds and a report counts
RATE = re.compile(r"率|比例|占比|比重|百分")
OWN_WHOLE = re.compile(
    r"^(?:那)?([^，,？?的]{2,10}?)(?:里面|当中|之中|里|中)的?[^，,？?]{1,8}的(?:有|是|占)?(?:多少|几)"
)
IMPLICIT_SUBSET = re.compile(r"^[^，,？?、的]{1,10}的(?:有|是|占)?(?:多少|几)")
ASPECT = re.compile(r"方面(?:的)?$")  # 资金管理方面呢: another aspect of what was counted
# 资金管理的情况呢 asks of 资金管理; 特殊情况 / 紧急情况 name a condition, not filler.
SWAP_FILLER = re.compile(r"的?(?:(?<![殊急外别])情况|数据|数字|方面|这块|那块|那边|的话)$")
PLANNED = re.compile(r"计划|目标|原计划|拟")
# 再说回发展党员，2024年上半年呢 / 回到收入，便利店收入多少: back to a topic asked earlier in the conversation.
RETURN_TO = re.compile(
    rf"^(?:那|好|嗯)?(?:再)?{RETURN_VERB}(?:到)?(?:刚才|前面|之前|上面)?"
    r"([^，,？?]{2,12}?)(?:的事情?|上来|这块|的话|这个话题)?(?:[，,](.*))?$"
)
# 换个话题，…: the turn says it leaves the topic; the words themselves ask nothing (whose is still carried).
TOPIC_CHANGE = re.compile(
    r"^(?:好的?|嗯|那)?[，,]?(?:换个|换一个|说个|说点|问个|问点)(?:别的|其他的?)?(?:话题|问题|事)?[，,：:]|^(?:再)?问(?:个|点)别的[，,：:]"
)
IN_PROCESS = re.compile(r"(?:入党)?积极分子|发展对象|预备党员")  # people on the way in, counted as they stand
ADMITTED = re.compile(r"(?:发展|吸收|接收)了?")
MONTH_OF_YEAR = re.compile(r"(?:19|20)\d{2}年\d{1,2}月(?:底|末|份)?")
# 比计划多了几个 / 比去年少了多少 / 超了多少: how two figures differ, asked in the user's words
COMPARING = re.compile(r"比[^，,？?]{0,8}?(?:多|少|差|超|增|减|高|低)|(?:差|超)了?(?:几|多少)")
MODIFIER_ONLY = re.compile(r"的(?:呢|吗)?[？?。！!\s]*$")  # 高级职称的呢: of the same kind of people
# 党组成员 / 班子成员: the members of a body stand where a role does
ROLE_OR_MEMBERS = re.compile(rf"{ROLE.pattern}|(?:党组|党委|支委|班子|支部|委员会)成员")
PEOPLE = re.compile(r"(?:党员|干部|职工|员工|群众|人员|学生|教师|代表)$")  # what 女党员 counts: 党员
YEAR_WORD = re.compile(r"(?:19|20)\d{2}\s*年|今年|去年|前年|明年")  # a period that names its year
ORDINAL_ASKED = re.compile(r"第(?:几|多少)")  # 第几条规定的 asks which article; it counts nothing
# 存在啥问题 / 有哪些主要做法: things of one kind, listed (what a report's heading gathers)
LISTED_THINGS = re.compile(r"(?:哪些|哪几|啥|什么)(?!时候|时间|地方)[\u4e00-\u9fff]{1,6}$")
# 都有哪些支部 / 这些支部都叫啥: the things themselves asked for, by name (a 其中 after it picks one of them)
NAMES_ASKED = re.compile(r"哪些|哪几|都有(?:谁|哪)|叫(?:啥|什么)|(?:名称|名字)(?:是|有)")
# 机关纪委 / 团委 / 工会 opening a swapped phrase: a body of the organisation that acts (谈话提醒 is its act)
ACTING_BODY = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?:纪委|纪工委|团委|工会|妇委会|党委|党组)")
COUNTERS = frozenset(
    {"个", "名", "位", "人", "项", "件"}
)  # general counters: a part in another of them is still a share


def conversation_state(history: list[Message] | None, organisations: Organisations = NO_ORGANISATIONS) -> Turn | None:
    """The last understood turn of the conversation, each user turn resolved against the one before."""
    last: Turn | None = None
    for message in history or []:
        content = message.get("content")
        if not isinstance(content, str):
            continue
        if message.get("role") == "user":
            for n, part in enumerate(split_parts(with_full_years(content))):
                resolved = resolve(part, last, n > 0, organisations)
                turn = (
                    last.next(resolved.question, resolved.subset)
                    if last
                    else Turn(resolved.question, namer=organisations)
                )
                last = replace(turn, recap=resolved.recap)
        elif message.get("role") == "assistant" and last is not None:
            last = replace(last, answer=content)
    return last


def resolve(
    question: str,
    last: Turn | None,
    within_question: bool = False,
    organisations: Organisations = NO_ORGANISATIONS,
) -> Resolution:
    """`question` as a question that stands alone, given the last turn (or the earlier part of the same question)."""
    text = TOPIC_CHANGE.sub("", question.strip()) or question.strip()
    if last and text != question.strip():  # 换个话题，廉政谈话多少人次: a new topic, of the same organisation
        named = slots_of(text).holder or organisations(text)
        return Resolution(text if named else f"{conversation_holder(last)}{text}")
    pair_total = on_pair_total(text, last, organisations) if last and not within_question else None
    if pair_total:  # 两家党员加起来一共多少 / 两年一共呢: the two figures the conversation gave, added
        return pair_total
    across = periods_asked(text)
    compared = on_periods(across, last, resolve) if across else None
    if compared:
        return compared
    if last is None:
        return Resolution(text)
    # A draft request is asked of the conversation before any reading of its words as a follow-up question.
    drafted_here = draft_in_conversation(text, last) if DRAFT_OVER_LAST.search(text) else None
    if drafted_here:  # 把上面的写成一段话 / 把组织生活会情况写成一段总结: over the turns, or of the topic named
        draft, recap = drafted_here
        return Resolution(draft, refers_back=True, draft=True, recap=recap)
    pair = words_swapped(text, last) if not within_question else None
    if pair and pair.question:  # 义务换成权利呢: the turn that asked of 义务, asked of 权利
        return Resolution(pair.question, same_organisation=pair.period)
    if pair:  # X said only by an answer: 那Y呢 of the last turn
        text, last = pair.text, pair.turn
    units_total = over_units(text, last) if not within_question else None
    if units_total:  # 四个支部党员一共呢 / 全支队一共呢: over the units of what was counted
        return units_total
    last = before_period_part(text, last)  # 下半年计划呢 after 其中二季度呢: of the half's whole, not its quarter
    shared = share_of_last(text, last.question) if not within_question else None
    if shared:  # 完成了计划的百分之多少 after 实际完成家访多少户: asked of that thing (answer.plan_shares)
        return Resolution(shared)
    # 还剩几个没完成 after a plan and what was done of it: the plan against the whole done, not a 其中 part
    gap = left_of_plan(text, last) or on_gap(text, last) or on_total(text, last) or on_both_modalities(text, last)
    if gap:
        return gap
    if asks_source(text) and quoted_article(last.answer):  # 出自哪个条例第几条: asked again, with its source
        return Resolution(f"{ENDING.sub('', last.question)}，{text}", refers_back=True)
    further = same_case_further(text, last)
    if further:  # 情节较轻的呢 / 最重会开除党籍吗 after a case's penalty: that case asked so
        return Resolution(further)
    of_article = of_quoted_article(text, last)
    if of_article:  # 是第几条 / 这一条在哪一章 after an answer quoting one article: that article
        return Resolution(of_article)
    case = case_asked_as_before(text, last)
    if case:  # 在网上发不当言论的呢？按新条例。 after …咋处理: this case's penalty, asked the same way
        return Resolution(case)
    source_question = source_asked(text, last)
    if source_question:  # 出自哪里 / 这个出自第几条 after any cited answer: its sources (see pipeline)
        return Resolution(source_question, refers_back=True)
    if asks_article_only(text) and not ARTICLE_REF.search(last.question):  # 是第几条 after a refused topic
        return Resolution(f"{context_of(last.question)}是第几条规定的")
    back = RETURN_TO.match(text)
    if back and back.group(2) and PERIOD.fullmatch(back.group(1)):  # 回到2024年，<question>: replaces the last period
        text, back = f"{back.group(1)}{back.group(2).strip()}", None
    earlier = turn_about(back.group(1), last) if back else None
    if back and earlier and earlier is not last:  # 再说回发展党员，2024年上半年呢: that turn, asked again
        rest = (back.group(2) or "").strip()
        if not rest:
            return Resolution(earlier.question)
        resolved = resolve(rest, earlier)
        if resolved.question == rest and not slots_of(rest).holder:  # 回到律所，讨薪追回了多少钱: of that turn
            return on_elliptical(rest, without_regulation_asked(slots_of(rest)), earlier, False)
        return resolved
    if back and back.group(2):  # 回到X党支部，<question> with no earlier turn of its own: of X, said outright
        named, rest = back.group(1), back.group(2).strip()
        text = f"{named}{rest}" if slots_of(f"{named}{rest}").holder else rest
    # 到2024年6月底呢: that day; 当年吸收了几名 after 2022年底有多少党员: the year 2023
    text = with_year_named(with_bracketed_item(without_date_lead(text), last), last)
    own = without_regulation_asked(slots_of(text))
    counterpart = article_in_revision(text, last)
    if counterpart:  # 新版这一条在哪一章: the article asked of that revision earlier in the conversation
        return Resolution(counterpart)
    listed = item_of_listed(text, last)
    if listed:  # 第（三）项是什么 after 那学习形式有哪些 answered from a regulation: that item of its list
        return Resolution(listed)
    of_last_article = CLAUSE_REF.search(text) and (ARTICLE_REF.search(last.question) or quoted_article(last.answer))
    if (ARTICLE_REF.search(text) or of_last_article) and not own.regulation:
        asked = article_question(text, last)  # unchanged: no regulation named, that of the documents just cited
        return Resolution(asked, refers_back=asked == text and not last.refused)
    topic_in_revision = revision_of_last_topic(text, last)
    if topic_in_revision:  # 2018年版里是第几条 after 纪律处分条例关于赠送礼金…: that topic in that revision
        return Resolution(topic_in_revision)
    moved = counterpart_asked(text, last)
    if moved:  # 旧版是第几条 / 它在新规则里是哪一条 after a turn about 2023年版第一百二十条: its counterpart by content
        return Resolution(moved)
    pointed = pointed_regulation(text, own, last)
    if pointed:  # 这个细则由谁解释: the regulation the conversation is about
        return Resolution(pointed)
    swapped_regulation = other_regulation(text, last) if own.regulation and is_swap(text) else ""
    if swapped_regulation:  # 那问责条例呢 after 《…信访工作条例（2016年）》由谁解释: the whole name replaced
        return Resolution(swapped_regulation)
    if own.regulation and not (is_swap(text) and last.slots.regulation):  # 那问责条例呢: into the last question
        return Resolution(text)
    # 新旧两版这条: the article talked about and its counterpart, though the last question named no regulation
    compared = compared_this_article(text, last) if revision_asked(text).wish == "both" else ""
    if compared:
        return Resolution(compared)
    if revision_asked(text).wish == "both" and last.slots.regulation:  # 新旧两版有什么不同: of what was just asked
        return Resolution(f"{ENDING.sub('', text)}，{without_revision(last.question)}")
    text = without_possessive(text)  # 她那个支部: 那个支部
    row = row_pointed_at(text, last) or role_of_row(text, last)
    if row:  # 那个大队的书记是谁 / 书记是谁 after 城东大队有多少名党员: that unit of the report
        return Resolution(row, refers_back=True)
    pointed = unit_pointed_at(text, last.answer, last.question) if not last.refused else None
    if pointed:  # 那个支部的书记是谁: the unit the last answer named, in the last question's organisation
        question, unit = pointed
        before = last.slots
        holder = last.holder
        scope = "" if holder and holder in question else f"{holder}{before.period}"
        joint = "的" if ORG_END.search(scope) else ""  # 船运公司党委的船员第一党支部: two names, not one
        return Resolution(f"{scope}{joint}{question}", refers_back=True, anchor=unit)
    shorter = compressed(text, last)
    if shorter:  # 压缩成一句话 / 压缩一下，50字以内: the last draft, or the last answer's topic, shorter
        draft, recap = shorter
        return Resolution(draft, refers_back=True, draft=True, recap=recap)
    if reshapes_draft(text):  # 改成300字左右 / 写成一篇: the last draft in another length or form
        reshaped = f"{without_options(last.question)}{option_words(text)}"
        return Resolution(reshaped, refers_back=True, draft=True, recap=last.recap)
    drafted = last.answer.split("\n来源：")[0]  # the draft, not the list of its sources printed under it
    relative = relative_length(text, written_length(drafted)) if DRAFT.search(last.question) else ""
    if relative:  # 压缩一下 / 再详细些: the last draft at half or twice its length
        return Resolution(f"{without_options(last.question)}{relative}", refers_back=True, draft=True, recap=last.recap)
    other_organisation = on_other_organisation(text, last, organisations, on_swap) if not within_question else None
    if other_organisation:  # 换成X2024年的呢 / 那X上半年呢: the last question asked of another organisation
        return other_organisation
    entity = entity_pointed_at(text, last)
    if entity:  # 它有多少党员: the organisation or table row the last question was about
        return Resolution(entity, refers_back=True)
    name_asked = name_question(text, last)
    if name_asked != text:  # 她叫啥名字 after 其中专职副书记讲了几次: who holds that role
        return Resolution(name_asked, refers_back=True)
    others = others_listed(text, last)
    if others:  # 支委其他几个人都是谁: the members but those the conversation asked about
        return Resolution(others, refers_back=True)
    besides = besides_follow_up(text, last)
    if besides:  # 除了阵地改造还剩多少: the whole just counted, less that part
        return besides
    item = other_item(text, last)
    if item:  # 关心困难职工那条呢 after …调研不够这个问题整改得咋样: that question of the other item
        return Resolution(item, refers_back=True)
    counting = state_counted(last)
    asked = QUANTITY_WORD.search(counting.question)
    counted_items = asked and not RATE.search(counting.question[: asked.start()])  # 整改率多少 counts no items
    counted_items = counted_items and not asked.group(0).endswith(("次", "回", "场"))  # 调研多少回: times, not items
    if STATE_FOLLOW.match(text) and counted_items:  # 整改了多少 after 排查隐患多少项: of those items, how many are done
        items = items_counted(counting, asked)  # 排查了隐患 of 排查了隐患多少项
        undone = UNDONE.match(ENDING.sub("", text))
        return Resolution(f"{items}，{f'还剩{undone.group(1)}没整改' if undone else text}", refers_back=True)
    if SUBSET.match(text) or is_implicit_subset(text, last):
        return on_subset(SUBSET.sub("", text), last, within_question)
    if is_swap(text):
        return on_swap(core_of(text), last, modifier=bool(MODIFIER_ONLY.search(text)))
    other_unit = other_unit_question(text, last.slots) if not own.period else None
    if other_unit:  # 那外科党支部开了几次 after 内科党支部…: a unit of the same report
        return Resolution(other_unit[0], refers_back=True, anchor=other_unit[1])
    echoed = echoed_question(text, last.question)
    if echoed:  # 那权利是哪一条 after 党员的义务是哪一条: asked the same way of another topic
        return Resolution(f"{echoed}？", refers_back=True)
    # a later part of one question keeps a regulation its user named, not one the first part's answer found
    pinned = len(text) <= MAX_FOLLOW_UP and not (within_question and not last.slots.regulation)
    regulation = regulation_talked_about(text, own, last) if pinned else ""
    if regulation:  # 预备期多长 / 2018年版什么时候施行的, asked right after an answer from 党章
        return Resolution(f"{regulation}{text}")
    term = defined_term(text) if not (own.holder or own.period or within_question) else ""
    if term and last.namer.rules_only(term, conversation_holder(last)):  # 党纪处分有哪几种: of the regulations
        return Resolution(text)
    # …？工作要点里定的目标是多少？: a later part asking the plan of the same figure is asked again too
    again = asked_again(text, own, last) if not within_question or PLAN_WORD.search(text) else None
    if again:  # 2025年计划装几部 after 2024年加装了几部电梯: the same figure, of that period and modality
        return again
    leans = within_question or BACK_REFERENCE.search(text) or FOLLOW_START.search(text)
    if not (own.holder or leans or last.holder or last.refused) and genre_said(text) and len(text) <= MAX_FOLLOW_UP:
        # 述职里说存在哪些问题 after turns answered from someone's 述职: that document (or, when the last answer
        # came from another type, its organisation's document of that type), not anyone's 述职
        return Resolution(text, refers_back=True)
    if own.holder or not (leans or (last.holder and len(text) <= MAX_FOLLOW_UP)):
        return Resolution(text)
    return on_elliptical(text, own, last, within_question)


def is_implicit_subset(text: str, last: Turn) -> bool:
    """其中 left unsaid: 女的有几个 / 女党员有多少 after 有多少名党员 asks for a part of that whole."""
    if not QUANTITY_WORD.search(last.question) or last.refused:  # no part of a whole that was not found
        return False
    whole = OWN_WHOLE.match(text)
    if whole and whole.group(1) not in last.question:  # 学生竞赛获奖里国家级的几项: a part of the whole it names
        return False
    if IMPLICIT_SUBSET.match(text):
        return True
    asked = QUANTITY_WORD.search(text)
    thing = re.sub(r"[有是共]+$", "", text[: asked.start()]) if asked else ""
    whole = last.slots.counted
    return bool(whole) and thing.endswith(whole) and thing != whole and len(thing) <= len(whole) + 6


def is_swap(text: str) -> bool:
    """那X呢 / 换成X的呢 / X呢: a turn that only names what replaces a slot of the last one."""
    if not (FOLLOW_START.search(text) or re.search(r"呢[？?。！!\s]*$", text)):
        return False
    core = core_of(text)
    return bool(core) and len(core) <= 16 and not asks(core)


def on_subset(subset: str, last: Turn, within_question: bool = False) -> Resolution:
    """其中Y: Y of the last turn's whole, from the same documents (a later part is not held to the
    documents of the first part's answer: it names the whole itself)."""
    subset = FOLLOW_END.sub("", subset).removesuffix("呢")
    base = whole_of(last)
    named = PERIOD.match(subset.strip())
    if named:  # 2024年35岁以下的有多少 after 2023年有多少党员: a part of that period's whole
        subset = subset.strip()[named.end() :]
        base = with_period(base, refined_period(named.group(0), last.slots.period))
    if not asks(subset):
        subset += "是多少" if QUANTITY_WORD.search(base) else "呢"
    focus = focus_of(subset)
    money = money_part_apart(subset, base)
    if money:  # 其中上级补助多少钱 after 村道修了多长: of what the road cost, not a share of its length
        return Resolution(f"{money}？", focus=focus, subset=subset, refers_back=not within_question)
    own_unit = counted_apart(subset, last)
    if own_unit:  # 其中加装电梯多少部 after 办实事项目几项: elevators are no 项, counted on their own
        return Resolution(f"{own_unit}？", focus=focus, refers_back=not within_question)
    if asks_quantity(subset) and NAMES_ASKED.search(base) and not QUANTITY_WORD.search(base):
        # 其中B支部有多少党员 after 都有哪些支部: one of the things listed, counted on its own, not a share of a list
        scope = f"{organisation_of_branches(last)}{last.slots.period}"
        return Resolution(f"{scope}{ENDING.sub('', subset)}？", focus=focus, refers_back=not within_question)
    if (
        QUANTITY_WORD.search(base)
        and not last.slots.counted
        and not re.search(r"的(?:有|是)?$", ENDING.sub("", context_of(subset)))
        and not ends_with_act(context_of(base))  # 经费花了多少 -> 其中阵地建设呢: not "经费花，其中…"
    ):
        # 总收入多少 -> 其中经营性收入呢: the part is a thing of its own, asked within the whole
        return Resolution(
            f"{context_of(base)}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question
        )
    return Resolution(f"{base}，其中{subset}？", focus=focus, subset=subset, refers_back=not within_question)


def counted_apart(subset: str, last: Turn) -> str:
    """其中加装电梯多少部 after 确定了几项办实事项目: a part counted in a measure of its own (部, not 项) is no
    share of the whole: asked of the whole's organisation and period; "" when it is a share."""
    asked = re.search(rf"(?:几|多少)({UNITS})", subset)
    unit = asked.group(1) if asked else ""
    whole = last.slots.unit
    if not unit or not whole or unit == whole or {unit, whole} <= COUNTERS:
        return ""
    if re.search(r"的(?:有|是)?$", subset[: asked.start()]):  # 参加的有多少人次: who took part in the whole's acts
        return ""
    return f"{conversation_holder(last)}{last.slots.period}{ENDING.sub('', subset)}"


def ends_with_act(phrase: str) -> bool:
    """党建经费花 / 支出: a context cut before its quantity word that ends on a verb."""
    words = tagged_words(phrase)
    return bool(words) and words[-1][1] == "v"


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
    if MONTH_OF_YEAR.fullmatch(core):  # 2024年6月底呢 after 2023年底有多少党员: the day figures are taken
        return Resolution(f"{with_period(question, core)}？", same_organisation=True)
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
        question = with_period(question, refined_period(period, last.slots.period))
        if period == "明年" and not MODALITY.search(core):  # 明年呢: what is planned, as nothing is done yet
            question = with_modality(question, "计划")
        question = whole_year_if_uncovered(question, period, holder, last)
    modality = MODALITY.search(rest)
    if modality:
        rest = rest.replace(modality.group(0), "")
        question = with_modality(question, modality.group(0))
    rest = re.sub(r"^的|的$", "", SWAP_FILLER.sub("", rest)).strip(" ，,")
    if periods and TOTAL_ASKED.fullmatch(rest):
        rest = ""  # 全年一共呢 after 二季度开了几次: the same question of the whole year, which states its total
    changed_period = bool(periods or modality)
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
    if unit_swapped and slots.holder not in rest:  # a unit the holder's name runs on into (本科生第一党支部)
        return Resolution(f"{unit_swapped}？", refers_back=True, anchor=rest)
    if slots.holder and (LEADING_ORG.fullmatch(rest) or ORG_END.search(rest)):
        unit = sibling_unit(slots.holder, rest)
        return Resolution(f"{question.replace(slots.holder, unit, 1)}？", refers_back=True, anchor=rest)
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
    like_counted = (not ACTIVITY.fullmatch(rest) or ACTIVITY.search(slots.counted)) and not begins_with_act(rest)
    replaceable = slots.counted and like_counted and not ORDINAL_ASKED.search(question)
    kind_of = PEOPLE.search(slots.counted) if modifier else None
    if kind_of and not rest.endswith(kind_of.group(0)):  # 高级职称的呢 after 女党员: 高级职称的党员
        rest = f"{rest}的{kind_of.group(0)}"
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
    if asks_quantity(question) and CONTENT_WORD.fullmatch(rest) and new_thing:
        # 家访呢 after 主题党日开了多少次: the new thing counted in the same scope, in whatever unit it is counted
        scope = f"{slots.holder}{period_with_meeting(slots.period, question, rest)}{slots.modality}"
        return Resolution(f"{scope}{rest}有多少？", focus=rest, refers_back=not scope)
    if LISTED_THINGS.search(question) and CONTENT_WORD.fullmatch(rest) and new_thing:
        # 整改措施呢 after 存在啥问题: the things of another heading of the same report, listed
        scope = f"{slots.holder or conversation_holder(last)}{slots.period}"
        return Resolution(f"{scope}{rest}有哪些？", focus=rest, refers_back=True)
    return Resolution(f"{rest}，{question}？", focus=rest, refers_back=True)


def state_counted(last: Turn) -> Turn:
    """The turn whose items a state (落实了几条 / 还剩几项) is of: after a 其中 part or another state, the
    whole's (reports state how many of all the items are done, seldom of one kind of them)."""
    turns = [t for t in reversed(last.conversation) if not (t.subset or STATE_FOLLOW.match(t.question.split("，")[-1]))]
    whole = turns[0] if turns and (last.subset or STATE_FOLLOW.match(last.question.split("，")[-1])) else None
    return whole if whole and QUANTITY_WORD.search(whole.question) else last


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
