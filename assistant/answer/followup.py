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

from assistant.answer.draft_options import (
    DRAFT,
    option_words,
    relative_length,
    reshapes_draft,
    without_options,
    written_length,
)
from assistant.answer.followup_actors import entity_pointed_at
from assistant.answer.followup_basis import asks_rate, counted_basis, of_same_measure
from assistant.answer.followup_cases import case_asked_as_before, same_case_further
from assistant.answer.followup_cited import cited_in_other_document
from assistant.answer.followup_compare import on_both_modalities, on_gap, on_periods, on_total
from assistant.answer.followup_drafts import asked_before_draft, compressed, draft_in_conversation
from assistant.answer.followup_elliptical import on_elliptical
from assistant.answer.followup_items import other_item
from assistant.answer.followup_modality import PLAN_WORD, asked_again
from assistant.answer.followup_organisations import on_other_organisation
from assistant.answer.followup_others import others_listed
from assistant.answer.followup_pairs import on_pair_total
from assistant.answer.followup_period_words import before_period_part, with_year_named, without_date_lead
from assistant.answer.followup_regulations import (
    article_question,
    defined_term,
    item_of_listed,
    of_quoted_article,
    other_regulation,
    pointed_regulation,
    quoted_article,
    regulation_talked_about,
    with_bracketed_item,
    without_regulation_asked,
)
from assistant.answer.followup_remainders import besides_follow_up, items_of_state
from assistant.answer.followup_revisions import (
    article_in_revision,
    compared_this_article,
    counterpart_asked,
    revision_of_last_topic,
    revision_returned_to,
    without_revision,
)
from assistant.answer.followup_rows import role_of_row, row_pointed_at
from assistant.answer.followup_shares import share_of_last_part
from assistant.answer.followup_sources import source_asked
from assistant.answer.followup_subsets import is_implicit_subset, on_subset
from assistant.answer.followup_swap_pair import words_swapped
from assistant.answer.followup_swaps import is_swap, on_swap
from assistant.answer.followup_totals import over_units
from assistant.answer.followup_turns import (
    ENDING,
    NO_ORGANISATIONS,
    Message,
    Organisations,
    Resolution,
    Turn,
    conversation_holder,
    turn_about,
)
from assistant.answer.followup_units import ORG_END, other_unit_question, unit_pointed_at
from assistant.answer.followup_whole import of_whole
from assistant.answer.periods import periods_asked
from assistant.answer.plan_remainders import left_of_plan
from assistant.answer.plan_shares import share_of_last
from assistant.answer.question import (
    BACK_REFERENCE,
    FOLLOW_START,
    PERIOD,
    QUANTITY_WORD,
    RETURN_VERB,
    SUBSET,
    asks_article_only,
    asks_source,
    context_of,
    core_of,
    slots_of,
)
from assistant.answer.question_parts import split_parts
from assistant.answer.referents import name_question, without_possessive
from assistant.answer.served_units import served_only
from assistant.answer.topics import echoed_question
from assistant.core.numerals import ARTICLE_REF, CLAUSE_REF
from assistant.core.words import as_asked
from assistant.search.genres import genre_said
from assistant.search.regulations import revision_asked

DRAFT_OVER_LAST = re.compile(
    r"(写成|改写成|整理成|概括成|归纳成|形成|写)(一段|一篇|一份|段)?(总结|话|文字|材料|小结|综述)"
    r"|(?:写成|改写成|整理成|概括成|归纳成|连成|串成)(?:一段|一篇|段)[。！!]?$"  # 把上面这几条写成一段
)
MAX_FOLLOW_UP = 24  # a turn longer than this that names nothing of its own is a new question, not a follow-up
# 女的有几个 / 60岁以上的是多少 after 有多少名党员: a part of the last whole, 其中 left unsaid
# 整改了多少 / 完成了几个 / 还剩几项没整改: a state of the items the last turn counted, naming no items itself.
STATE_FOLLOW = re.compile(
    r"^(?:那|其中)?(?:已经?|都)?(?:整改|完成|解决|办结|销号|落实)(?:了|完|好|到位)*(?:多少|几)"
    r"|^(?:那)?(?:还|仍)(?:剩|剩下|有|差)(?:多少|几)[个项条件起处]?(?:没|未|尚未)?(?:整改|完成|解决|办结|改)?"
    r"|^(?:那)?(?:是否|都|已经?|全部)*(?:整改|完成|解决|办结|销号|落实)(?:完|好|到位)?了?(?:没有|没|吗|与否)"  # 都整改完了吗
)
# 还差几个没改完 / 还有几项没改好: said as the documents say it (剩余…正在整改)
UNDONE = re.compile(r"^(?:那)?(?:还|仍)(?:差|有)((?:多少|几)[个项条件起处]?)(?:没|未|尚未)(?:改完|改好|整改完|改)$")
# 再说回发展党员，2024年上半年呢 / 回到收入，便利店收入多少: back to a topic asked earlier in the conversation.
RETURN_TO = re.compile(
    rf"^(?:那|好|嗯)?(?:再)?{RETURN_VERB}(?:到)?(?:刚才|前面|之前|上面)?"
    r"([^，,？?]{2,12}?)(?:的事情?|上来|这块|的话|这个话题)?(?:[，,](.*))?$"
)
# 换个话题，…: the turn says it leaves the topic; the words themselves ask nothing (whose is still carried).
TOPIC_CHANGE = re.compile(
    r"^(?:好的?|嗯|那)?[，,]?(?:换个|换一个|说个|说点|问个|问点)(?:别的|其他的?)?(?:话题|问题|事)?[，,：:]|^(?:再)?问(?:个|点)别的[，,：:]"
)
MODIFIER_ONLY = re.compile(r"的(?:呢|吗)?[？?。！!\s]*$")  # 高级职称的呢: of the same kind of people


def conversation_state(history: list[Message] | None, organisations: Organisations = NO_ORGANISATIONS) -> Turn | None:
    """The last understood turn of the conversation, each user turn resolved against the one before."""
    last: Turn | None = None
    for message in history or []:
        content = message.get("content")
        if not isinstance(content, str):
            continue
        if message.get("role") == "user":
            for n, part in enumerate(split_parts(as_asked(content))):
                resolved = resolve(part, last, n > 0, organisations)
                turn = (
                    last.next(resolved.question, resolved.subset)
                    if last
                    else Turn(resolved.question, namer=organisations)
                )
                last = replace(turn, recap=resolved.recap, compared=resolved.compared, summed=resolved.summed)
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
    return of_whole(question, resolved_turn(question, last, within_question, organisations), last, resolve)


def resolved_turn(question: str, last: Turn | None, within_question: bool, organisations: Organisations) -> Resolution:
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
    shared = (share_of_last(text, last.question) if not within_question else None) or share_of_last_part(
        text, last.question
    )
    if shared:  # 完成了计划的百分之多少 after 实际完成家访多少户: asked of that thing (answer.plan_shares)
        return Resolution(shared)
    # 还剩几个没完成 after a plan and what was done of it: the plan against the whole done, not a 其中 part
    measured = of_same_measure(text, last)  # 还差多少名 after a part asking money: of the people counted
    gap = (
        left_of_plan(text, measured) or on_gap(text, measured) or on_total(text, last) or on_both_modalities(text, last)
    )
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
    source = source_asked(text, last)
    if source:  # 出自哪里 / 这个出自第几条 after any cited answer: its sources (see pipeline)
        return source
    if asks_article_only(text) and not ARTICLE_REF.search(last.question):  # 是第几条 after a refused topic
        return Resolution(f"{context_of(last.question)}是第几条规定的")
    back = RETURN_TO.match(text)
    if back and back.group(2) and PERIOD.fullmatch(back.group(1)):  # 回到2024年，<question>: replaces the last period
        text, back = f"{back.group(1)}{back.group(2).strip()}", None
    if back and revision_returned_to(back.group(1), back.group(2)):  # 回到2023年版，第N条呢: of that revision
        text, back = revision_returned_to(back.group(1), back.group(2)), None
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
    cited = cited_in_other_document(text, last)
    if cited:  # 组织生活会情况报告呢 after …总结引用了哪些法规: the regulations that document cites
        return Resolution(cited)
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
        # 这个支部一共讲了几场 after 到联系点X党支部讲党课2场: the unit's own figures, wherever its organisation reports them
        served = served_only(unit, last.answer)
        return Resolution(f"{scope}{joint}{question}", refers_back=not served, anchor=unit, same_organisation=served)
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
    counted_items = asked and not asks_rate(counting.question)  # 整改率多少 counts no items
    counted_items = counted_items and not asked.group(0).endswith(("次", "回", "场"))  # 调研多少回: times, not items
    if STATE_FOLLOW.match(text) and counted_items:  # 整改了多少 after 排查隐患多少项: of those items, how many are done
        items = items_of_state(text, counting, asked)  # 排查了隐患 of 排查了隐患多少项
        undone = UNDONE.match(ENDING.sub("", text))
        return Resolution(f"{items}，{f'还剩{undone.group(1)}没整改' if undone else text}", refers_back=True)
    if SUBSET.match(text) or is_implicit_subset(text, last):
        return on_subset(SUBSET.sub("", text), last, within_question)
    if is_swap(text):  # 今年上半年这方面呢 after a draft: of the question drafted, not another draft
        core = core_of(text)
        return on_swap(core, asked_before_draft(core, last), modifier=bool(MODIFIER_ONLY.search(text)))
    last = counted_basis(text, last)  # 党纪处分了几个人 after a 其中 part: of the whole's turn, the part left
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


def state_counted(last: Turn) -> Turn:
    """The turn whose items a state (落实了几条 / 还剩几项) is of: after a 其中 part or another state, the
    whole's (reports state how many of all the items are done, seldom of one kind of them)."""
    turns = [t for t in reversed(last.conversation) if not (t.subset or STATE_FOLLOW.match(t.question.split("，")[-1]))]
    whole = turns[0] if turns and (last.subset or STATE_FOLLOW.match(last.question.split("，")[-1])) else None
    return whole if whole and QUANTITY_WORD.search(whole.question) else last
