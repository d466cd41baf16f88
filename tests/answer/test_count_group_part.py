"""A 其中 part named by the label of a group of table rows (其中南片有几个 after 选派了多少农技员, 南片 merged down
over two towns' rows): the rows under that label, in the column the whole counts, added up and each cited; a part
naming one town is that row alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.pipeline import Assistant
from assistant.ingest.loaders import load
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk
from tests.docx_tables import add_table

FARMS = "松原县农业农村局党总支2024年度党建工作报告"
ROWS = [
    (["南片", "桃花镇", "21", "380"], ["", "杏林镇", "17", "290"]),
    (["中片", "柏树乡", "25", "470"], ["", "青石镇", "13", "210"]),
]


def farms_docx(path: Path) -> Path:
    """The agriculture bureau's per-town table, each 片 merged down over its towns, 合计 over 片区 | 乡镇."""
    import docx

    document = docx.Document()
    document.add_paragraph(FARMS)
    document.add_paragraph("全年选派党员农技员86名，指导农户1530户。各片区情况见下表。")
    values = [["片区", "乡镇", "农技员（名）", "指导农户（户）"], *[row for group in ROWS for row in group]]
    values += [["北片", "云溪镇", "10", "180"], ["合计", "", "86", "1530"]]
    add_table(document, values, [((1, 0), (2, 0)), ((3, 0), (4, 0)), ((6, 0), (6, 1))])
    document.save(path)
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> FakeSource:
    lines = load(farms_docx(tmp_path_factory.mktemp("docx") / "农技.docx")).text.split("\n")
    prose = [line for line in lines if line.startswith("全年")]
    rows = [line for line in lines if "片：" in line or line.startswith("合计")]
    return FakeSource(
        [
            make_chunk(FARMS, "\n".join(prose), ("二、党员农技服务",), position=0),
            make_chunk(FARMS, "\n".join(rows), ("二、党员农技服务",), position=1),
        ]
    )


@pytest.mark.parametrize(
    ("question", "total", "others"),
    [
        ("松原县农业农村局2024年选派了多少党员农技员，其中南片有几个？", "共38名", ("共670", "380户")),
        ("农业农村局去年指导了多少农户，其中中片指导了多少户？", "共680户", ("共38", "25名")),
    ],
)
def test_a_part_named_by_a_group_label_adds_its_rows(source, question, total, others):
    answer = ask_source(source, question)
    assert total in answer.text and not answer.refused, answer.text
    assert all(other not in answer.text for other in others), answer.text


def test_a_part_naming_one_row_is_that_row_alone(source):
    answer = ask_source(source, "松原县农业农村局2024年选派了多少党员农技员，其中杏林镇有几个？")
    assert "17名" in answer.text and "共" not in answer.text, answer.text


def test_the_group_part_as_a_follow_up(source):
    answers = converse(Assistant(source), "农业农村局2024年一共选派了几名党员农技员？", "其中中片有几个？")
    assert "共38名" in answers[1].text and "25名" in answers[1].text and "13名" in answers[1].text, answers[1].text
