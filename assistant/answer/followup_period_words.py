"""Period words of a follow-up read against the conversation.

当年 / 同年 / 这一年: the year of the period the conversation is about (after 2023年底有多少名党员, a day
figures are taken, 当年发展了几名 asks of the year 2023, not of its last day). 到2024年6月底呢 / 截至…呢:
the day itself, as 2024年6月底呢 says it.
"""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import PLAN_ASKED
from assistant.answer.followup_turns import Turn, conversation_holder
from assistant.answer.periods import refined_period
from assistant.answer.question import PERIOD, slots_of
from assistant.core.text import HALF, MEETING_MODIFIER, YEAR_PART
from assistant.search.genres import genre_said

SAME_YEAR = re.compile(r"(?<![每今去前明])(?:当年|同年|该年|这一?年|那一?年)(?!度?[上下]半年|代|来|以来|里的?前)")
YEAR_OF = re.compile(r"(?:19|20)\d{2}年")


def with_year_named(text: str, last: Turn) -> str:
    """`text` with 当年 / 这一年 replaced by the year of the last turn's period; unchanged when it names none."""
    year = YEAR_OF.match(last.slots.period)
    if not year or YEAR_OF.search(text) or not SAME_YEAR.search(text):
        return text
    return SAME_YEAR.sub(year.group(0), text, count=1)


# 到2024年6月底呢 / 截至2024年9月末呢: a day named with the word that leads to it.
DATE_LEAD = re.compile(
    r"^(?:那|那么)?(?:到|截至|截止到?|至)(?=(?:19|20)\d{2}年\d{1,2}月(?:底|末)?(?:时|的时候)?呢?[？?。]?$)"
)


def without_date_lead(text: str) -> str:
    """到2024年6月底呢 as 2024年6月底呢: a swap of the day figures are taken."""
    return DATE_LEAD.sub("", text.strip())


# 2023年度组织生活会: a year's meeting, held and reported early the next year
ANNUAL_MEETING = re.compile(rf"((?:19|20)\d{{2}}\s*年度?)(?:的)?{MEETING_MODIFIER}(民主生活会|组织生活会|民主评议)")


def period_with_meeting(period: str, last_question: str, text: str) -> str:
    """2023年度 as 2023年度组织生活会 when the last question asked of that year's meeting and the turn names no
    meeting of its own (批评意见呢 / 会后定了几条整改措施 are of that meeting, told in the next year's report)."""
    meeting = ANNUAL_MEETING.search(last_question)
    if not period or not meeting or meeting.group(1) != period or ANNUAL_MEETING.search(text):
        return period
    if re.search(r"生活会|民主评议", text) or genre_said(text):  # 述职里讲了几次: of that document, not the meeting
        return period
    return f"{period}{meeting.group(2)}"


def half_said_before(period: str, last: Turn) -> str:
    """上半年 after turns of 2023年 and 2024年上半年: the 上半年 the conversation named (2024年上半年), not the
    last turn's year's; "" when the turn names no bare half or no turn named it."""
    if not HALF.fullmatch(period):
        return ""
    return next((t.slots.period for t in reversed(last.conversation) if t.slots.period.endswith(period)), "")


# 2024年上半年 / 2024年第二季度: a year and the part of it that the last question asked of.
# 2024年上半年 / 去年下半年: a year, said by its number or relative to now, and its part
YEAR_SAID = r"(?:19|20)\d{2}年|今年|去年|前年"
YEAR_AND_PART = re.compile(rf"({YEAR_SAID})(?:{YEAR_PART.pattern})")


def whole_year_if_uncovered(question: str, said: str, holder: str, last: Turn) -> str:
    """那2024年呢 after a question of 今年上半年: the year alone said, the half is carried only when the
    organisation has material of that half; when it has only the year's report, the question asks the year."""
    if not re.fullmatch(YEAR_SAID, said.strip()):
        return question
    carried = YEAR_AND_PART.search(question)
    if not carried or carried.group(1) != said.strip() or last.namer.covers(holder, carried.group(0)):
        return question
    if not last.namer.covers(holder, carried.group(1)):
        return question  # neither is covered: the scope refuses the half asked, saying what there is
    return f"{question[: carried.start()]}{carried.group(1)}{question[carried.end() :]}"


def half_the_base_has(period: str, said: str, holder: str, last: Turn) -> str:
    """上半年 after turns of 2024年 when the organisation has no report of 2024年上半年 but one of 2025年上半年: the
    half said is the one the knowledge base has (the nearest year's), not a refusal; `period` (the half with the
    year carried) otherwise."""
    year = YEAR_OF.match(period)
    namer = last.namer
    has = (lambda p: namer.covers(holder, p)) if namer(holder) else (lambda p: namer.reported(holder, p))
    if not HALF.fullmatch(said) or not year or has(period):
        return period
    carried = int(year.group(0)[:4])
    nearest = (f"{carried + step}年{said}" for step in (1, -1, 2, -2))
    return next((other for other in nearest if has(other)), period)


def held_half_note(said: str, rewritten: str, last: Turn | None) -> str:
    """What the answer says when a bare 上半年 was asked of the half the knowledge base has, not the year talked
    about's (`half_the_base_has`): 知识库中没有2024年上半年的材料，以上按2025年上半年的材料回答; "" otherwise."""
    own = slots_of(said).period
    if last is None or not HALF.fullmatch(own):
        return ""
    meant = refined_period(own, last.slots.period)
    held = half_the_base_has(meant, own, conversation_holder(last), last)
    if held == meant or held != slots_of(rewritten).period:
        return ""
    return f"知识库中没有{meant}的材料，以上按{held}的材料回答。"


PART_OF_PERIOD = re.compile(rf"^(?:{YEAR_PART.pattern}|\d{{1,2}}月(?:份)?)")  # 二季度 / 第一季度 / 5月份
PICKED_PART = re.compile(rf"其中(?:{YEAR_PART.pattern}|\d{{1,2}}月(?:份)?)")


def before_period_part(text: str, last: Turn) -> Turn:
    """下半年计划搞几次 after 其中二季度呢: a turn naming another period asks of a whole, not of the quarter picked
    out of the last period; the turn to resolve against is the last one that picked no part."""
    if not picks_period_part(last) or not PERIOD.search(text):
        return last
    return next((t for t in reversed(last.conversation) if not picks_period_part(t)), last)


def picks_period_part(turn: Turn) -> bool:
    """其中二季度呢 / 那一季度呢 (…，其中一季度是多少): the turn asks of a part of its period."""
    return bool(PART_OF_PERIOD.match(turn.subset.strip()) or PICKED_PART.search(turn.question))


def whole_said(question: str, last: Turn) -> str:
    """The last question as the turn re-asks it (its period swapped in), without the 其中 part the last turn
    picked: 集中学习呢 / 2025年上半年女党员呢 after …集中学习，其中专题研讨是多少."""
    return question.removesuffix(re.sub(r"[？?。！!\s]+$", "", f"，其中{last.subset}")) if last.subset else question


def period_past_plan(text: str, last: Turn) -> str:
    """The period a new topic of its own is asked of: 有几个入党积极分子 after 上半年发展了谁 -> 全年计划几名 asks of
    the half the report covers, not of the year the plan word named with it; the last turn's period otherwise
    (a plan of another year, 2025年计划发展几名 after 2024年…, is the conversation's new period)."""
    period = last.slots.period
    if PLAN_ASKED.search(text) or not PLAN_ASKED.search(last.question):
        return period
    done = next((t for t in reversed(last.conversation) if not PLAN_ASKED.search(t.question)), None)
    year = YEAR_OF.match(period)
    if done is None or not year or not done.slots.period.startswith(year.group(0)):
        return period
    return done.slots.period
