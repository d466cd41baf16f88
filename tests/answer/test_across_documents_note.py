"""Figures of one question quoted from several documents: never added; when they agree, said to agree."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

POINTS = "东岭县水务局机关党委2025年党建工作要点"
HALF = "东岭县水务局机关党委2025年上半年党建工作报告"
OTHER = "西川县林业局机关党委2025年党建工作要点"

DIFFERENT = "不同单位或时期"


def plan_documents(*extra: list) -> FakeSource:
    return FakeSource(
        [make_chunk(POINTS, "全年计划发展党员3名，组织集中学习12次。", ("二、重点任务", "（一）组织建设"))],
        [
            make_chunk(
                HALF,
                "全年计划发展党员3名，上半年已发展党员1名，组织集中学习7次。",
                ("一、上半年工作", "（一）组织建设"),
            )
        ],
        *extra,
    )


def test_two_documents_of_one_organisation_stating_the_same_plan_are_said_to_agree():
    answer = Assistant(plan_documents()).ask("水务局2025年全年计划发展几名党员？")
    assert "3名" in answer.text
    assert DIFFERENT not in answer.text and "一致" in answer.text


def test_other_wordings_and_different_figures_keep_the_note_that_nothing_was_added():
    agreed = Assistant(plan_documents()).ask("东岭县水务局今年打算发展多少名党员？")
    assert "3名" in agreed.text and DIFFERENT not in agreed.text
    other = [make_chunk(OTHER, "全年计划发展党员5名。", ("二、重点任务",))]
    both = Assistant(plan_documents(other)).ask("2025年全年计划发展几名党员？")
    assert "5名" in both.text and "3名" in both.text
    assert DIFFERENT in both.text and "一致" not in both.text
