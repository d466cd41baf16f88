"""比上年多了多少 after a whole and its 其中 part: when one year's answer found the whole but not the part, both
years' wholes are compared, never one year's part against the other's whole."""

from __future__ import annotations

from assistant.answer.compared_wholes import compared_figures
from assistant.answer.periods import main_figure
from assistant.core.schema import Answer

QUESTIONS = ["图书馆2024年借出图书多少册，其中少儿图书多少册？", "图书馆2023年借出图书多少册，其中少儿图书多少册？"]


def test_the_wholes_are_compared_when_a_part_is_missing():
    answers = [
        Answer("借出图书8200册〔1〕。\n其中少儿图书2600册〔1〕。", "count", [], []),
        Answer("借阅（册）：2023年7300册〔1〕。\n其中2023年少儿图书多少册：没有找到相关记载", "count", [], []),
    ]
    figures = compared_figures(QUESTIONS, answers, main_figure)
    assert [f.value for f in figures] == [8200, 7300], figures


def test_both_parts_found_compare_the_parts():
    answers = [
        Answer("借出图书8200册〔1〕。\n其中少儿图书2600册〔1〕。", "count", [], []),
        Answer("借出图书7300册〔1〕。\n其中少儿图书2100册〔1〕。", "count", [], []),
    ]
    figures = compared_figures(QUESTIONS, answers, main_figure)
    assert [f.value for f in figures] == [2600, 2100], figures
