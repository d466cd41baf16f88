"""比23年多几个: 多 only says which way the figures differ; the topic is the last turn's, not a turn whose
words happen to hold 多 (多少)."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state
from assistant.answer.routing import understand_turn


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return understand_turn(turns[-1], conversation_state(history))


@pytest.mark.parametrize(
    ("turns", "current", "other"),
    [
        (
            ("林业站2023年评了多少个党员责任区", "2025年计划评几个", "比23年多几个"),
            "林业站2025年",
            "林业站2023年评了多少个党员责任区",
        ),
        (
            ("林业站2024年发展了多少名党员", "2023年讲了几次党课", "2024年呢", "比23年多几次"),
            "林业站2024年讲了几次党课",
            "林业站2023年讲了几次党课",
        ),
        (
            ("林业站2024年开展了多少次主题党日", "2023年呢", "少了多少"),
            "林业站2023年开展了多少次主题党日",
            "林业站2024年开展了多少次主题党日",
        ),
    ],
)
def test_the_last_figure_is_compared_with_the_period_named(turns, current, other):
    route = resolved(*turns)
    assert route.question.startswith(current), route.question
    assert len(route.compared) == 1 and route.compared[0].startswith(other), route.compared
