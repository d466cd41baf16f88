"""计划和实际各多少: the topic talked about asked as done and as planned, each cited, and their difference."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history))


@pytest.mark.parametrize("asked", ["计划和实际各多少", "实际与目标分别是多少", "计划、实际各几名"])
def test_both_ways_of_the_last_figure(asked):
    answer = resolved("石岗村党支部2024年发展了几名党员", asked)
    assert answer.question.startswith("石岗村党支部2024年发展了几名党员"), answer.question
    assert answer.compared == ("石岗村党支部2024年计划发展了几名党员？",)


def test_a_turn_naming_its_own_topic_is_not_this_follow_up():
    answer = resolved("石岗村党支部2024年发展了几名党员", "主题党日计划和实际各开了几次")
    assert not answer.compared or "主题党日" in answer.question, answer


PLAN = "云岭供电公司党委2024年党建工作要点"
SUMMARY = "云岭供电公司党委2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(PLAN, "全年计划发展党员12名，其中一线职工不少于8名。", ("二、队伍建设",), position=0),
        make_chunk(PLAN, "全年计划开展主题党日12次。", ("三、组织生活",), position=1),
    ],
    [
        make_chunk(SUMMARY, "全年发展党员10名，其中一线职工7名。", ("二、队伍建设",), position=0),
        make_chunk(SUMMARY, "全年开展主题党日14次。", ("三、组织生活",), position=1),
    ],
)


@pytest.mark.parametrize(
    ("turns", "figures"),
    [
        (("云岭供电公司党委2024年发展了几名党员", "计划和实际各多少"), ("10名", "12名")),
        (("云岭供电公司党委2024年开展了几次主题党日", "计划和实际分别是多少"), ("14次", "12次")),
    ],
)
def test_both_ways_answers_plan_and_actual_each_cited(turns, figures):
    answer = converse(Assistant(SOURCE), *turns)[-1]
    assert all(figure in answer.text for figure in figures), answer.text
    assert len({c.doc for c in answer.citations}) == 2, answer.text
    assert answer_problems(answer) == []
