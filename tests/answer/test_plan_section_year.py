"""A year's report states the plan made at the year's start and, in its 下一步打算 section, the next year's plan:
a question of the year's plan is answered by the first, one of the next year's by the second (documents of our own)."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

REPORT = "云杉县林业局机关党委2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(
            REPORT, "全局年初计划发展党员5名，实际发展党员4名，按期转正预备党员3名。", ("一、队伍建设",), position=0
        ),
        make_chunk(
            REPORT,
            "一是加强理论武装；二是计划组织支部书记培训2期，拟发展党员6名。",
            ("三、下一步工作打算",),
            position=1,
        ),
    ],
)
HALF = "枫林社区党委2025年上半年工作总结"
HALF_SOURCE = FakeSource(
    [
        make_chunk(HALF, "上半年开展主题党日6次，年初计划全年开展主题党日12次。", ("一、组织生活",), position=0),
        make_chunk(HALF, "下半年拟开展主题党日7次，召开组织生活会1次。", ("二、下半年打算",), position=1),
    ],
)


def test_the_years_plan_is_the_one_made_at_its_start() -> None:
    answer = Assistant(SOURCE).ask("云杉县林业局2024年计划发展党员是多少")
    assert "5名" in answer.text and "6名" not in answer.text, answer.text


def test_the_next_years_plan_is_the_plan_section() -> None:
    answer = Assistant(SOURCE).ask("云杉县林业局2025年计划发展几名党员")
    assert "6名" in answer.text and "5名" not in answer.text, answer.text


def test_a_halfs_plan_section_is_about_its_own_year() -> None:
    answer = Assistant(HALF_SOURCE).ask("枫林社区2025年下半年计划开展几次主题党日")
    assert "7次" in answer.text, answer.text
