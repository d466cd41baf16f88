"""X领学了几次 over a table recorded row by row: the rows naming X in that column, each cited, and their number;
never a row naming X in another column, and nothing when no row names X."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共青江市水利局党组理论学习中心组2024年度学习情况报告"
SOURCE = FakeSource(
    [
        make_chunk(TITLE, "全年开展专题研讨6次，安排如下：", ("二、专题研讨",)),
        make_chunk(
            TITLE,
            "序号1：时间3月5日，研讨专题为防汛减灾，领学人为鲁文涛，记录人为贺晴。\n"
            "序号2：时间4月9日，研讨专题为河湖长制，领学人为贺晴，记录人为鲁文涛。",
            ("二、专题研讨",),
            position=1,
        ),
        make_chunk(
            TITLE,
            "序号3：时间6月11日，研讨专题为水资源保护，领学人为鲁文涛，记录人为贺晴。\n"
            "序号4：时间9月3日，研讨专题为廉政风险防控，领学人为柏凌，记录人为贺晴。",
            ("二、专题研讨",),
            position=2,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "times", "rows"),
    [
        ("青江水利局中心组鲁文涛领学了几次", "2次", ("序号1", "序号3")),
        ("青江市水利局中心组贺晴领学了几次？", "1次", ("序号2",)),
    ],
)
def test_the_rows_naming_the_person_in_the_acts_column_are_counted(question, times, rows):
    answer = ask_source(SOURCE, question)
    assert answer.text.startswith(f"共{times}") and all(r in answer.text for r in rows), answer.text
    assert len(answer.citations) == len(rows)


def test_no_row_naming_the_person_is_no_count():
    answer = ask_source(SOURCE, "青江水利局中心组蒋岚领学了几次")
    assert answer.refused, answer.text
