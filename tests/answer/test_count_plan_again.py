"""下半年还打算发展几名 / 还计划 / 还准备: 还 before a plan word says the act is done again, as 再 after it does;
the half-year report's plan for the second half answers (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, grounded, make_chunk

HALF = "北坪县水务局机关党委2025年上半年党建工作报告"
PLAN = "北坪县水务局机关党委2025年党建工作要点"
DOCUMENTS = (
    [
        make_chunk(HALF, "上半年发展党员1名，完成供水工程巡检320处。", ("一、上半年工作情况",)),
        make_chunk(
            HALF,
            "一是计划发展党员2名，确保完成全年任务；二是拟于10月举办党务培训班1期。",
            ("三、下半年工作安排",),
            position=1,
        ),
    ],
    [make_chunk(PLAN, "全年计划发展党员3名，举办党务培训班2期。", ("一、加强组织建设",))],
)


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("水务局下半年还打算发展几名党员？", "2名", "3名"),
        ("水务局下半年还计划发展几个党员", "2名", "3名"),
        ("水务局下半年还准备办几期培训班？", "1期", "2期"),
    ],
)
def test_the_second_half_plan_answers_a_plan_asked_again(question: str, figure: str, wrong: str) -> None:
    answer = grounded(Assistant(FakeSource(*DOCUMENTS)).ask(question))  # type: ignore[arg-type]
    assert not answer.refused and figure in answer.text and wrong not in answer.text, answer.text


def test_still_before_a_plan_word_is_no_word_of_what_is_counted() -> None:
    assert "还" not in read_asked("水务局下半年还打算发展几名党员？").words
