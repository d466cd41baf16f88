"""Plans asked outright and actuals asked of the same periods: a 党支部 that is itself the organisation is no branch
of it; a plan asked of a report that only plans that year is answered, not refused for lacking actuals; 准备 /
要办 / 要求 ask a target, which a half-year's actual never answers."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import own_branch
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.plan_fixtures import (
    CULTURE_CHUNKS,
    HEALTH_CHUNKS,
    TRANSIT_2024_CHUNKS,
    TRANSIT_2025H1_CHUNKS,
    TRANSIT_POINTS_CHUNKS,
    TRANSIT_REVIEW_CHUNKS,
)
from tests.answer.support import FakeSource, ask_source


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(
        HEALTH_CHUNKS, TRANSIT_2024_CHUNKS, TRANSIT_POINTS_CHUNKS, TRANSIT_2025H1_CHUNKS, TRANSIT_REVIEW_CHUNKS
    )


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("卫生健康局党支部2025年计划发展几个？", "3名", "2名"),
        ("卫健局党支部2024年发展了几个？", "2名", "3名"),
        ("卫健局党支部明年准备开展多少场健康讲座？", "60场", "46场"),
        ("卫生健康局党支部2025年力争下社区多少场？", "40场", "31场"),
        ("交通运输局2025年学习班要办几期？", "3期", "1期"),
        ("交通运输局2025年培训要求多少人次？", "400人次", "150人次"),
        ("交通运输局2025年上半年培训了多少人次？", "150人次", "400人次"),
        ("交通运输局2025年要求发展几名党员？", "5名", "1名"),
    ],
)
def test_a_plan_and_an_actual_are_each_answered_by_their_own_figure(source, question, figure, other):
    answer = ask_source(source, question)
    assert figure in answer.text and other not in answer.text and not answer.refused, answer.text


def test_a_plan_follow_up_of_a_branch_that_is_the_organisation_is_answered(source):
    answers = converse(Assistant(source), "卫健局党支部2024年讲了几场党课？", "那2025年打算发展几个？")
    assert "3名" in answers[-1].text and not answers[-1].refused, answers[-1].text
    assert "只写了" not in answers[-1].text


@pytest.mark.parametrize(
    ("holder", "itself"),
    [
        ("卫生健康局党支部", True),
        ("湖滨区卫生健康局党支部", True),
        ("文化和旅游局党支部", True),
        ("文化和旅游局机关第二党支部", False),
        ("交通运输局机关党支部", False),  # a 机关党委's body: its 党支部 is a branch of it
    ],
)
def test_a_branch_named_is_the_organisation_only_when_its_documents_are_a_branchs(holder, itself):
    reports = FakeSource(HEALTH_CHUNKS, CULTURE_CHUNKS, TRANSIT_2024_CHUNKS, TRANSIT_POINTS_CHUNKS).records
    assert own_branch(holder, reports) is itself
