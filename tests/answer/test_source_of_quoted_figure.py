"""这个3680出自哪个文件 / 3680这个数出自哪份材料: the source of the latest answer stating the figure quoted, not of
the computed figure after it; a figure no answer gave, or a turn refused, has no source and is told so."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

HALF = "南浦市档案馆党总支2025年上半年党建工作报告"
PLAN = "南浦市档案馆党总支2025年党建工作要点"
HALF_TEXT = f"""{HALF}
一、主要工作
上半年完成馆藏档案数字化3680卷，接待查档群众1240人次。
二、组织建设
上半年召开支委会9次。
"""
PLAN_TEXT = f"""{PLAN}
一、重点任务
1. 全年完成馆藏档案数字化8000卷。
2. 全年接待查档群众不少于2500人次。
"""


@pytest.fixture
def archives() -> Assistant:
    return Assistant(FakeSource(chunks_of(HALF, HALF_TEXT), chunks_of(PLAN, PLAN_TEXT)))


@pytest.mark.parametrize("asked", ["这个3680出自哪个文件？", "3680这个数出自哪份材料？", "3680出自哪里"])
def test_a_quoted_figure_is_sourced_from_the_answer_that_stated_it(archives, asked):
    answers = converse(
        archives, "南浦市档案馆2025年上半年完成档案数字化多少卷？", "全年计划完成多少卷？", "还差多少卷？", asked
    )
    assert "3680" in answers[0].text and "8000" in answers[1].text, [a.text for a in answers]
    assert not answers[-1].refused and f"《{HALF}》" in answers[-1].text, answers[-1].text
    assert PLAN not in answers[-1].text, answers[-1].text


def test_a_figure_no_answer_gave_has_no_source(archives):
    answers = converse(archives, "南浦市档案馆2025年上半年完成档案数字化多少卷？", "5100这个数出自哪里？")
    assert answers[-1].refused and "5100" in answers[-1].text and "《" not in answers[-1].text, answers[-1].text


@pytest.mark.parametrize("asked", ["这个数出自哪里？", "这些数字出自哪份材料"])
def test_the_source_of_a_refused_turn_is_told_there_is_none(archives, asked):
    answers = converse(archives, "南浦市档案馆2025年上半年修缮了多少处库房？", asked)
    assert answers[0].refused, answers[0].text
    assert answers[-1].refused and "上一问没有找到" in answers[-1].text, answers[-1].text
