"""上半年离这个目标还差多少 after the year's target: that half's figure set against the target, both cited, and
their gap (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history))


@pytest.mark.parametrize("asked", ["上半年离这个目标还差几名", "上半年离目标还差几名", "上半年比计划少几名"])
def test_the_half_named_is_set_against_the_target_just_asked(asked):
    answer = resolved("青山村2024年全年计划发展几名党员", asked)
    assert answer.question.startswith("青山村2024年上半年") and "计划" not in answer.question, answer.question
    assert answer.compared == ("青山村2024年全年计划发展几名党员",)


def test_the_halfs_own_turn_is_taken_when_it_was_asked():
    answer = resolved("石桥社区2025年上半年办了几件实事", "全年计划办几件实事", "上半年离这个计划还差几件")
    assert answer.question == "石桥社区2025年上半年办了几件实事", answer
    assert answer.compared and "计划" in answer.compared[0]


def test_a_half_against_a_target_never_given_is_no_gap():
    answer = resolved("青山村2024年上半年发展了几名党员", "下半年离这个目标还差几名")
    assert not answer.compared, answer


H1 = "青山村党支部2024年上半年工作总结"
PLAN = "青山村党支部2024年党建工作要点"
SOURCE = FakeSource(
    [make_chunk(PLAN, "全年计划发展党员5名，培养入党积极分子8名。", ("二、重点任务",), position=0)],
    [make_chunk(H1, "上半年发展党员2名，确定入党积极分子3名。", ("一、队伍建设",), position=0)],
)


def test_the_gap_is_computed_from_the_two_cited_figures():
    answers = converse(Assistant(SOURCE), "青山村党支部2024年全年计划发展几名党员", "上半年离这个目标还差几名")
    assert "5名" in answers[0].text, answers[0].text
    assert "3名" in answers[1].text and "2名" in answers[1].text and "5名" in answers[1].text, answers[1].text


@pytest.mark.parametrize(
    ("asked", "plan"), [("离2025年全年计划还差几名", "2025年全年计划"), ("离全年计划还差几名", "2025年全年计划")]
)
def test_the_plan_of_the_period_named_is_the_one_compared(asked, plan):
    answer = resolved("柳溪街道2025年上半年发展了多少党员", asked)
    assert answer.question.startswith("柳溪街道2025年上半年发展了多少党员"), answer
    assert answer.compared and plan in answer.compared[0] and "上半年" not in answer.compared[0], answer


def test_a_half_against_the_years_plan_is_computed() -> None:
    answers = converse(Assistant(SOURCE), "青山村党支部2024年上半年发展了几名党员", "离2024年全年计划还差几名")
    assert "2名" in answers[1].text and "5名" in answers[1].text and "3名" in answers[1].text, answers[1].text
