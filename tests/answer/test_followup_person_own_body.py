"""A person asked in a follow-up: a turn naming the person and a body of its own (在总支里 / 在党委中) carries no
branch of the last turn, and 他/她 after an answer naming one person (指导人员为某某 / 联系领导：某某) is that
person, never the act the last question asked about (指导 / 联系)."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from tests.answer.conversation_fixtures import history_of


def test_a_person_in_the_body_above_is_not_asked_in_the_branch():
    last = conversation_state(
        history_of(("客运党支部的主题党日是谁指导的？", "客运党支部：开展时间3月5日，指导人员为闵卓然〔1〕。"))
    )
    resolved = resolve("闵卓然在总支里是啥职务？", last)
    assert resolved.question.startswith("闵卓然") and "客运" not in resolved.question
    assert not resolved.refers_back


def test_she_after_an_answer_naming_one_person_is_that_person():
    last = conversation_state(
        history_of(
            ("货运党支部主题党日应到几人？", "货运党支部：应到21名，实到19名，指导人员为谭书瑶〔1〕。"),
            ("谁去指导的？", "货运党支部：应到21名，实到19名，指导人员为谭书瑶〔1〕。"),
        )
    )
    asked = resolve("她在总支担任什么职务？", last).question
    assert asked.startswith("谭书瑶") and "指导" not in asked and "货运" not in asked


def test_other_wordings():
    last = conversation_state(
        history_of(("护理党支部的党员大会是哪位领导联系的？", "护理党支部：召开时间4月2日，联系领导：符景行〔1〕。"))
    )
    asked = resolve("他在党委中分管什么？", last).question
    assert asked.startswith("符景行") and "护理" not in asked
    last = conversation_state(
        history_of(("检修党支部的组织生活会是谁指导的？", "检修党支部：召开时间1月9日，指导人员为晏澄〔1〕。"))
    )
    asked = resolve("那晏澄在党委班子里是什么职务？", last).question
    assert "晏澄" in asked and "检修" not in asked
    # a branch of the body said: the body itself, not the branch
    last = conversation_state(history_of(("城关镇党委第三党支部组织生活会是谁指导的？", "指导人员为冉启航〔1〕。")))
    asked = resolve("冉启航在党委里任什么职？", last).question
    assert asked.startswith("城关镇党委冉启航") and "第三" not in asked


def test_this_person_in_a_body_said_with_whose_it_is_is_not_asked_in_the_branch():
    """这个人在局机关党委是干啥的: the body said with whose it is, 局机关党委, is the scope; the branch is not."""
    last = conversation_state(
        history_of(("供水党支部组织生活会是谁去指导的？", "供水党支部：召开时间2月6日，指导人员为邬海生〔1〕。"))
    )
    asked = resolve("这个人在局机关党委是干啥的？", last).question
    assert asked.startswith("邬海生在局机关党委") and "供水" not in asked, asked
    asked = resolve("她在水务集团党委担任什么职务？", last).question
    assert asked.startswith("邬海生在水务集团党委") and "供水" not in asked, asked
