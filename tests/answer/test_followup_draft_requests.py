"""Drafts asked inside a conversation: a request naming its own topic, 这三年的…, and 压缩 turns (made-up wordings)."""

from __future__ import annotations

import pytest

from assistant.answer.draft_options import draft_options
from assistant.answer.routing import understand

TURNS = ("清江县水利局机关党委2024年主题党日开展了几次？", "党员大会开了几次？")


def history_of(*questions: str) -> list[dict]:
    history: list[dict] = []
    for question in questions:
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": "……〔1〕"}]
    return history


@pytest.mark.parametrize(
    ("request_", "topic"),
    [
        ("把民主评议党员情况写成一段总结", "民主评议党员"),
        ("把专项巡察整改写成一段小结", "专项巡察整改"),
        ("把组织生活会的情况写成一段总结", "组织生活会"),
    ],
)
def test_a_request_naming_its_topic_drafts_it_for_the_conversations_organisation(request_, topic):
    route = understand(request_, history_of(*TURNS))
    assert route.kind == "draft" and route.recap == ()
    assert route.question == f"起草一段关于清江县水利局机关党委2024年{topic}的总结", route.question


def test_a_draft_over_these_years_recaps_every_turn():
    turns = ("林文斌2022年负责了多少个工程项目？", "2023年呢？", "2024年呢？")
    route = understand("把这三年的工程管理情况写成一段总结", history_of(*turns))
    assert route.kind == "draft" and len(route.recap) == 3 and "2023年" in route.recap[1]


def test_compressing_a_draft_to_a_length_keeps_its_topic():
    history = history_of(*TURNS, "把民主评议党员情况写成一段总结")
    route = understand("压缩一下，60字以内", history)
    assert route.kind == "draft" and "民主评议党员" in route.question
    options = draft_options(route.question)
    assert options.chars == 60 and options.ceiling


@pytest.mark.parametrize("request_", ["压缩成一句话", "精简一下，一句话说清楚"])
def test_one_sentence_after_a_list_is_a_short_draft_of_that_topic(request_):
    route = understand(request_, history_of("林文斌2023年述职说自己存在哪些问题？"))
    assert route.kind == "draft" and "林文斌2023年" in route.question and "问题" in route.question
    assert draft_options(route.question).ceiling and "压缩" not in route.question


def test_one_sentence_over_these_figures_recaps_the_turns():
    route = understand("压缩一下，一句话说全年这两项的合计", history_of(*TURNS))
    assert route.kind == "draft" and len(route.recap) == 2
