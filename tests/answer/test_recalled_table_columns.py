"""A half-year report's table with last year's column answers for last year's half, and the comparison of the
two halves is computed from both cited cells (documents of our own)."""

from __future__ import annotations

from assistant.answer.periods import main_figure
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

HALL = "柳岸区文化馆党支部2025年上半年工作总结"
SOURCE = FakeSource(
    [
        make_chunk(HALL, "上半年，馆党支部坚持以党建引领公共文化服务，召开支委会6次。", ("一、基本情况",), position=0),
        make_chunk(
            HALL,
            "非遗体验课：2024年上半年场次3，2024年上半年参与人次90，2025年上半年场次7，2025年上半年参与人次210。\n"
            "戏曲进社区：2024年上半年场次2，2024年上半年参与人次160，2025年上半年场次4，2025年上半年参与人次300。",
            ("二、品牌活动",),
            position=1,
        ),
    ],
)


def test_last_years_half_is_answered_from_its_column() -> None:
    answer = Assistant(SOURCE).ask("柳岸区文化馆党支部2024年上半年非遗体验课参与多少人次")
    assert "90" in answer.text and "210" not in answer.text and not answer.refused, answer.text


def test_the_two_halves_are_compared() -> None:
    answers = converse(
        Assistant(SOURCE), "柳岸区文化馆党支部2025年上半年戏曲进社区参与多少人次", "和2024年上半年比多了多少人次"
    )
    assert "300" in answers[1].text and "160" in answers[1].text and "140" in answers[1].text, answers[1].text


def test_a_half_no_column_tells_is_still_refused() -> None:
    answer = Assistant(SOURCE).ask("柳岸区文化馆党支部2024年下半年非遗体验课参与多少人次")
    assert "90" not in answer.text.split("相关内容")[0], answer.text


def test_last_year_said_as_such_is_the_column_of_the_year_before() -> None:
    answers = converse(Assistant(SOURCE), "柳岸区文化馆党支部今年上半年非遗体验课参与多少人次", "和去年比多了多少人次")
    assert "210" in answers[1].text and "90" in answers[1].text and "120" in answers[1].text, answers[1].text


def test_a_tables_total_row_is_the_figure_compared() -> None:
    rows = Answer("一季度：主题党日2次〔1〕；二季度：主题党日3次〔1〕；全年合计：主题党日11次〔2〕。", "count", [], [])
    assert main_figure(rows, "渔港社区2023年全年一共开了几次主题党日") == main_figure(
        Answer("全年开展主题党日11次〔1〕。", "count", [], []), "渔港社区2023年开了几次主题党日"
    )
    assert main_figure(rows, "渔港社区2023年全年一共开了几次主题党日").value == 11
