"""还剩几个没完成 / 还差几个 after a plan's figure and what was done of it: the plan against what was done, each
asked again and cited, their difference computed (answer.periods). A 其中 part asked in between is no figure
of what was done: the whole is (计划10名, 实际8名, 其中一线6名 -> 2 left, not 4)."""

from __future__ import annotations

import re

from assistant.answer.followup_compare import COMPARED_MODALITY, same_holder
from assistant.answer.followup_turns import Resolution, Turn, topic_words
from assistant.answer.periods import TARGET_SAID
from assistant.answer.plan_shares import SHARE_OF_PLAN
from assistant.answer.question import asks_quantity

# 还剩几个没完成 / 还差几名 / 还有几个没完成 / 剩下多少没落实: what is left to do, naming nothing else
LEFT_OF_PLAN = re.compile(
    r"^(?:那么?)?(?:还(?:剩下?|差|有)|剩下?|差)了?(?:几|多少)[个名人项次件场位部户家所]?(?P<undone>(?:没有?|未|还没有?)"
    r"(?:完成|做到|达到|实现|落实|发展|建成|建)了?)?的?(?:呢|吗|啊)?[？?。！!\s]*$"
)


# 下半年还要完成多少 / 下半年还得搞几场: what the rest of the year must still do, the target less what was done
LEFT_FOR_REST = re.compile(
    r"^(?:那么?)?(?:今年)?下半年(?:还|仍)(?:要|得|需要?|应)(?:再)?(?:完成|搞|办|开展|组织|举办|做|干|发展)?"
    r"(?:几|多少)[个名人项次件场位部户家所期册]?(?:呢|吗|啊)?[？?。！!\s]*$"
)


def asks_left_of_plan(text: str) -> bool:
    """还剩几个没完成 / 还差几个 / 下半年还要完成多少: how much of a plan is left, naming nothing else (还有几个 must
    say 没完成)."""
    if LEFT_FOR_REST.match(text.strip()):
        return True
    match = LEFT_OF_PLAN.match(text.strip())
    return bool(match) and (match.group("undone") is not None or not text.strip().lstrip("那么").startswith("还有"))


def left_of_plan(text: str, last: Turn) -> Resolution | None:
    """The plan and the figure done of the same thing the conversation asked (whole figures, not 其中 parts),
    as a done question compared with its plan; None unless the conversation asked both."""
    if not asks_left_of_plan(text):
        return None
    # a rate asked (完成率多少) is no figure of what was done
    wholes = [
        t
        for t in reversed(last.conversation)
        if asks_quantity(t.question) and not t.refused and not t.subset and not SHARE_OF_PLAN.search(t.question)
    ]
    if not wholes:
        return None
    latest = wholes[0]
    planned = is_planned(latest)
    other = next(
        (
            t
            for t in wholes[1:]
            if is_planned(t) != planned
            and same_holder(t.slots.holder, latest.slots.holder)
            # of the same topic; a target asked by 要求 (全年要求学多少次) says its thing by a light verb, so the
            # turn just before it (上半年集中学习几次) is what was done of it
            and (
                topic_words(t.question) & topic_words(latest.question)
                or (t is wholes[1] and TARGET_SAID.search(latest.question))
            )
        ),
        None,
    )
    if other is None:
        return None  # 还剩几个没整改 after 整改问题17个: the items' own state (answer.remainders)
    done, plan = (other, latest) if planned else (latest, other)
    return Resolution(done.question, compared=(plan.question,))


def is_planned(turn: Turn) -> bool:
    """计划发展几名 / 全年要求学多少次: a plan or a target the turn asks."""
    return bool(COMPARED_MODALITY.search(turn.slots.modality) or TARGET_SAID.search(turn.question))
