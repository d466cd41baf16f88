"""A draft over the whole conversation: every earlier turn's topic, in the order asked, each sentence cited."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import converse
from tests.answer.followup_fixtures import followup_source

TURNS = (
    "松涛街道党工委2024年度收缴党费多少？",
    "发展了几名党员？",
    "开展了几次主题党日？",
)


@pytest.mark.parametrize("request_", ["把上面这些写成一段总结", "把以上内容整理成一段材料", "把前面说的归纳成一段小结"])
def test_a_draft_over_the_conversation_uses_every_turn_in_order(request_):
    answers = converse(Assistant(followup_source()), *TURNS, request_)
    draft = answers[-1]
    assert draft.kind == "draft" and not draft.refused
    figures = [draft.text.find(figure) for figure in ("7.3万元", "8名", "13次")]
    assert -1 not in figures and figures == sorted(figures), draft.text  # all turns, in the order asked
    assert draft.text.startswith("2024年，松涛街道党工委") and "二是" in draft.text
    assert answer_problems(draft) == []


def history_of(*questions: str) -> list[dict]:
    history: list[dict] = []
    for question in questions:
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": "……〔1〕"}]
    return history


def test_the_route_of_a_conversation_draft_lists_the_earlier_questions():
    route = understand("把上面这些写成一段总结", history_of(*TURNS))
    assert route.kind == "draft" and len(route.recap) == 3
    assert route.recap[0] == TURNS[0] and "发展" in route.recap[1] and "主题党日" in route.recap[2]


def test_a_draft_of_the_last_answers_items_is_not_a_recap():
    route = understand("把这些问题写成一段总结", history_of("松涛街道党工委2024年发展了几名党员？", "存在哪些问题？"))
    assert route.kind == "draft" and route.recap == ()


def test_after_one_turn_the_draft_is_over_that_turn():
    route = understand("把上面的写成一段话", history_of("松涛街道党工委2024年开展了几次主题党日？"))
    assert route.kind == "draft" and route.recap == () and "主题党日" in route.question


def test_an_earlier_draft_is_no_topic_of_the_next_one():
    history = history_of(*TURNS, "把上面这些写成一段总结")
    route = understand("把上面这些写成一段总结", history)
    assert route.recap and not any(q.startswith("起草") for q in route.recap)


def test_articles_looked_up_on_the_way_are_no_part_of_the_summary():
    """A conversation that looked an article up between report questions: the summary is of the work."""
    answers = converse(Assistant(followup_source()), "党章第三条讲的是什么？", *TURNS[:2], "把上面这些写成一段总结")
    draft = answers[-1]
    assert "7.3万元" in draft.text and "8名" in draft.text and "义务" not in draft.text
    assert draft.text.startswith("2024年，松涛街道党工委")


@pytest.mark.parametrize("reshape", ["压缩到120字以内", "改成150字左右"])
def test_a_recap_reshaped_to_another_length_still_recaps_the_conversation(reshape):
    answers = converse(Assistant(followup_source()), *TURNS, "把上面这些写成一段总结", reshape)
    route = understand(reshape, history_of(*TURNS, "把上面这些写成一段总结"))
    assert route.kind == "draft" and len(route.recap) == 3
    draft = answers[-1]
    assert "7.3万元" in draft.text and "8名" in draft.text, draft.text
    assert answer_problems(draft) == []


@pytest.mark.parametrize(
    ("turns", "first", "second"),
    [
        (("松涛街道党工委2024年度收缴党费多少？", "那2023年呢"), "2024年，", "2023年，"),
        (("松涛街道党工委2024年上半年开展了几次主题党日？", "2023年全年呢"), "2024年上半年，", "2023年，"),
    ],
)
def test_a_recap_over_turns_of_several_periods_says_each_points_period(turns, first, second):
    draft = converse(Assistant(followup_source()), *turns, "把上面这些写成一段总结")[-1]
    assert draft.kind == "draft" and not draft.refused, draft.text
    assert first in draft.text and second in draft.text, draft.text
    assert draft.text.find(first) < draft.text.find(second), draft.text
    assert answer_problems(draft) == []
