"""其中X多少部 after 几项: a part counted in a measure of its own is no share of the whole (elevators are no
项): it is asked of the organisation on its own, and a next thing (停车位呢) keeps no measure of it."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    ("first", "part", "thing", "whole_words"),
    [
        ("柳岸街道2024年确定了几项民生实事", "其中改造路灯多少盏", "改造路灯多少盏", "几项"),
        ("南湖村2023年办了几件好事实事", "其中新建凉亭多少座", "新建凉亭多少座", "几件"),
    ],
)
def test_a_part_in_its_own_measure_is_asked_on_its_own(first, part, thing, whole_words):
    question = understand(part, history_of(first)).question
    assert thing in question and whole_words not in question and "其中" not in question, question
    assert question.startswith(first[:3]), question


@pytest.mark.parametrize(
    ("first", "part"),
    [("柳岸街道2024年确定了几项民生实事", "其中女同志几名"), ("南湖村2023年发展党员几名", "其中大学生几个")],
)
def test_a_part_in_a_general_counter_is_still_a_share(first, part):
    assert "其中" in understand(part, history_of(first)).question
