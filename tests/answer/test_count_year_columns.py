"""A table whose columns are years, with a signed change column and a 其中 row (展览（场）｜2023年｜2024年｜增减):
a year's figure is the cell under that year; 比上年多了多少 is the later cell against the earlier one, both cited;
the 其中 row is a part of the row above, asked of the year the whole was asked of."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.fact_cells import row_label
from assistant.answer.facts import extract_facts
from assistant.answer.pipeline import Assistant
from assistant.ingest.loaders import load
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk
from tests.docx_tables import add_table

MUSEUM = "青川县文化馆党支部2024年度党建工作总结"
CLINIC = "河湾区疾病预防控制中心党支部2023年度党建工作总结"


def museum_docx(path: Path) -> Path:
    """One header row: 项目｜2023年｜2024年｜增减, and a 其中 row."""
    import docx

    document = docx.Document()
    document.add_paragraph(MUSEUM)
    document.add_paragraph("2024年，县文化馆党支部坚持以党建引领公共文化服务。全年公共文化服务情况见下表。")
    rows = [
        ["项目", "2023年", "2024年", "增减"],
        ["举办展览（场）", "58", "73", "+15"],
        ["其中：下乡展览（场）", "21", "30", "+9"],
        ["培训群众（人次）", "5120", "4870", "-250"],
    ]
    add_table(document, rows)
    document.save(path)
    return path


def clinic_docx(path: Path) -> Path:
    """Two header rows: 年度对比 merged over 2022年｜2023年｜同比."""
    import docx

    document = docx.Document()
    document.add_paragraph(CLINIC)
    document.add_paragraph("2023年，中心党支部围绕疾病防控中心任务开展工作，主要业务指标如下。")
    rows = [
        ["指标", "年度对比", "", ""],
        ["", "2022年", "2023年", "同比"],
        ["义诊活动（次）", "40", "36", "-4"],
        ["健康讲座（场）", "64", "71", "+7"],
    ]
    add_table(document, rows, [((0, 1), (0, 3)), ((0, 0), (1, 0))], grid=True)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> FakeSource:
    folder = tmp_path_factory.mktemp("years")
    chunks = []
    for n, (title, path) in enumerate(
        ((MUSEUM, museum_docx(folder / "馆.docx")), (CLINIC, clinic_docx(folder / "疾控.docx")))
    ):
        lines = load(path).text.split("\n")[1:]
        chunks.append([make_chunk(title, "\n".join(lines), ("二、主要工作",), position=n)])
    return FakeSource(*chunks)


def test_signed_change_cells_and_part_rows_are_table_rows():
    assert row_label("举办展览（场）：2023年58，2024年73，增减+15") == "举办展览（场）"
    assert row_label("其中：下乡展览（场）：2023年21，2024年30，增减+9") == "其中：下乡展览（场）"


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("文化馆2023年举办了多少场展览", "58场", "73"),
        ("文化馆去年培训群众多少人次", "4870人次", "5120"),
        ("河湾区疾病预防控制中心2022年搞了几次义诊活动", "40次", "36"),
    ],
)
def test_a_years_figure_is_its_own_cell(source, question, said, not_said):
    answer = ask_source(source, question)
    assert said in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("文化馆去年举办展览多少场，比上年多了多少？", "多15场"),
        ("文化馆2024年培训群众多少人次，比2023年少了多少", "少250人次"),
        ("河湾区疾病预防控制中心2023年健康讲座办了多少场，比2022年多几场", "多7场"),
    ],
)
def test_the_change_from_the_year_before_is_of_both_cells(source, question, change):
    answer = Assistant(source).ask(question, [])
    assert change in answer.text and len(answer.citations) == 1, answer.text


def test_a_part_row_is_asked_of_the_wholes_year(source):
    answer = ask_source(source, "文化馆2023年举办展览多少场，其中下乡展览多少场")
    assert "58场" in answer.text and "21场" in answer.text and "30" not in answer.text, answer.text


def test_the_earlier_year_as_a_follow_up(source):
    answers = converse(Assistant(source), "文化馆去年下乡展览多少场？", "那2023年呢")
    assert "30场" in answers[0].text, answers[0].text
    assert "21场" in answers[1].text and "30" not in answers[1].text, answers[1].text


def test_a_part_rows_cells_are_parts_of_the_cells_above():
    text = "举办展览（场）：2023年58，2024年73，增减+15。\n其中：下乡展览（场）：2023年21，2024年30，增减+9。"
    facts = extract_facts(make_chunk(MUSEUM, text, ("二、主要工作",)))
    wholes = {int(f.number): f.position for f in facts if "subset" not in f.qualifiers}
    parts = {int(f.number): f.parent for f in facts if "subset" in f.qualifiers}
    assert wholes.keys() == {58, 73} and parts == {21: wholes[58], 30: wholes[73]}, facts


def test_a_part_row_is_never_added_to_its_whole(source):
    answer = Assistant(source).ask("文化馆去年一共办了多少场展览，下乡展览多少场", [])
    assert "73场" in answer.text and "30场" in answer.text and "103" not in answer.text, answer.text
