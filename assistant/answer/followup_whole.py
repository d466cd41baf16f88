"""全局呢 / 一共多少条 / 整个机关党委…多少家 after a turn about one branch, one person or a 其中 part: the whole
organisation is asked, so the branch, the person or the part the last turn was about is not carried into it
(a branch's or a person's figure given for the whole is a wrong figure). A branch the conversation named with no
organisation of its own is the whole it knows, unless the turn names the whole (全局, 整个机关党委)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.followup_organisations import is_branch
from assistant.answer.followup_turns import ENDING, Resolution, Turn
from assistant.answer.person_names import is_name
from assistant.answer.question import slots_of

# 全局 / 全院 / 整个机关党委 / 整个单位: the whole organisation named by its kind
WHOLE_NAMED = re.compile(
    r"全(?:局|院|校|处|所|厂|场|站|镇|村|县|区|市|委|公司|集团|社区|社(?!会)|馆|中心|行|单位|机关)(?![\u4e00-\u9fff]?(?:党员|干部|职工))"
    r"|整个(?:[\u4e00-\u9fff]{0,8}?(?:党委|党组|党总支|机关|局|院|单位|公司|集团))?"
)
PART_ASKED = "，其中"
OWN_SELF = re.compile(r"(?:本人|自己|个人)$")
SUM_WORD = re.compile(r"一共|总共|合计|总计|共计")  # 整改措施一共多少条 after one branch's 查摆问题: all branches


def whole_asked(text: str) -> bool:
    return bool(WHOLE_NAMED.search(text) or SUM_WORD.search(text))


def of_whole(
    text: str, resolved: Resolution, last: Turn | None, resolve: Callable[[str, Turn], Resolution]
) -> Resolution:
    """`resolved` without the branch, person or 其中 part of the last turn when `text` asks the whole."""
    if last is None or resolved.compared or not whole_asked(text) or slots_of(text).holder:  # 一共呢: a sum
        return resolved
    if of_part(last) and WHOLE_NAMED.search(text):  # 那2025年上半年全局呢 after 其中X支部几场: the whole turn again
        whole = next((t for t in reversed(last.earlier) if not of_part(t)), None)
        rest = WHOLE_NAMED.sub("", text)
        if whole is not None:
            return resolve(rest, whole) if re.sub(r"[那呢？?。，,\s]", "", rest) else Resolution(whole.question)
    part = last.holder
    # 他一共讲了几次 is still his; 周某本人 is the person too
    person = is_person(part) and bool(WHOLE_NAMED.search(text))
    if not part or part in text or not (is_branch(part) or person) or part not in resolved.question:
        return resolved
    organisation = next(
        (
            t.holder
            for t in reversed(last.conversation)
            if t.holder and not (is_branch(t.holder) or is_person(t.holder))
        ),
        "",
    )
    if not organisation and not WHOLE_NAMED.search(text):  # 一共讲了几次 after 城北供电所党支部…: its own total
        return resolved
    question = ENDING.sub("", resolved.question.replace(part, organisation, 1))
    # of the organisation's documents when it is named; else of the documents talked about, whoever's they are
    return Resolution(f"{question}？", refers_back=bool(organisation), same_organisation=not organisation)


def of_part(turn: Turn) -> bool:
    """The turn asked a 其中 part (a unit swapped into it keeps the part in its words only)."""
    return bool(turn.subset) or PART_ASKED in turn.question


def is_person(holder: str) -> bool:
    """周某 / 周某本人: whose is a person, not an organisation."""
    return is_name(OWN_SELF.sub("", holder))
