"""A follow-up asking what was done after a turn asking a plan: the plan's words (its document, 要 before the
act) are not glued into the new question, and the turn's 今年上半年 is its period whole."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve


def resolved(*turns: str):
    history = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "……〔1〕"}]
    return resolve(turns[-1], conversation_state(history))


PLAN = "水务集团今年工作要点里“节水进校园”要搞多少场？"


@pytest.mark.parametrize("then", ["去年实际搞了多少场？", "去年实际办了几场？"])
def test_the_plan_document_and_its_intention_are_dropped(then):
    done = resolved(PLAN, then).question
    assert "要点" not in done and "要搞" not in done and "节水进校园" in done, done


def test_a_year_and_its_half_said_together_are_the_period():
    done = resolved(PLAN, "去年实际搞了多少场？", "今年上半年完成了几场？").question
    assert done.startswith("水务集团今年上半年") and done.count("上半年") == 1, done


@pytest.mark.parametrize("then", ["上半年建了几个？", "一季度已经建成几个了？"])
def test_an_intention_said_by_yao_is_no_plan_of_what_was_done(then):
    done = resolved("林业站今年要新建几个防火检查点？", then).question
    assert "要新建" not in done and "防火检查点" in done, done


def test_a_requirement_is_kept():
    asked = resolved("港务局去年中心组集中学习了几次？", "今年全年要求学多少次？").question
    assert "要求" in asked, asked
