"""Units of a per-unit table whose first column is a group merged down over their rows (北线 over three project
branches): a list of units names the rows' units, never the group label; a unit named with a line or section
number (G15改扩建5标项目党支部) is its row's own name, so sums and maxima take every row; a total row labelled 共计 or
spaced out (合  计) is the total, never an addend."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from tests.answer.support import FakeSource, ask_source, make_chunk
from tests.docx_tables import add_table

ROADS = "安澜路桥建设有限公司党委2024年度党建工作总结"
VILLAGES = "北坪镇党委2024年度党建工作总结"
STATS = "东湖区统计局机关党委2024年度党建工作总结"


def roads_docx(path: Path) -> Path:
    """Project branches grouped by 北线 / 南线, merged down; 合计 merged over the two label columns."""
    import docx

    document = docx.Document()
    document.add_paragraph(ROADS)
    values = [
        ["标段", "项目党支部", "党员数（名）", "质量巡查（次）", "发现问题（个）"],
        ["北线", "G15改扩建5标项目党支部", "14", "30", "88"],
        ["", "绕城高速项目党支部", "10", "26", "64"],
        ["", "跨江大桥2号墩项目党支部", "19", "41", "120"],
        ["南线", "滨海快速路项目党支部", "11", "28", "71"],
        ["", "S3连接线项目党支部", "9", "22", "45"],
        ["合计", "", "63", "147", "388"],
    ]
    add_table(document, values, [((1, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (6, 1))])
    document.save(path)
    return path


def totals_docx(path: Path, title: str, rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    add_table(document, rows)
    document.save(path)
    return path


def table_chunk(path: Path, title: str) -> list:
    lines = [line for line in load(path).text.split("\n") if "：" in line]
    prose = make_chunk(title, "2024年，各支部按计划开展组织生活，情况见下表。", ("二、主要工作",), position=0)
    return [prose, make_chunk(title, "\n".join(lines), ("二、主要工作",), position=1)]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> FakeSource:
    return FakeSource(table_chunk(roads_docx(tmp_path_factory.mktemp("docx") / "路桥.docx"), ROADS))


@pytest.fixture(scope="module")
def totals(tmp_path_factory) -> dict[str, FakeSource]:
    """One knowledge base per report: a total row labelled 共计, and one spaced out across its cell."""
    folder = tmp_path_factory.mktemp("docx")
    villages = [
        ["村党组织", "党员数（名）", "发展党员（名）"],
        ["上坪村党支部", "42", "2"],
        ["下坪村党支部", "37", "1"],
        ["河口村党支部", "29", "1"],
        ["共计", "108", "4"],
    ]
    stats = [
        ["支部名称", "党员人数（名）", "志愿服务（次）"],
        ["综合党支部", "12", "9"],
        ["普查党支部", "13", "7"],
        ["执法党支部", "6", "5"],
        ["合  计", "31", "21"],
    ]
    return {
        "北坪镇": FakeSource(table_chunk(totals_docx(folder / "北坪.docx", VILLAGES, villages), VILLAGES)),
        "东湖区": FakeSource(table_chunk(totals_docx(folder / "统计.docx", STATS, stats), STATS)),
    }


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        ("安澜路桥北线有哪几个项目党支部", ("G15改扩建5标", "绕城高速", "跨江大桥2号墩"), ("滨海", "S3", "北线〔")),
        ("安澜路桥公司南线有哪些项目支部", ("滨海快速路", "S3连接线"), ("绕城", "南线〔")),
        ("安澜路桥公司下面有哪几个支部", ("G15改扩建5标", "跨江大桥2号墩", "S3连接线"), ("北线〔", "合计")),
    ],
)
def test_a_list_of_units_names_the_rows_not_their_group(source, question, named, not_named):
    answer = ask_source(source, question)
    assert all(n in answer.text for n in named), answer.text
    assert all(n not in answer.text for n in not_named), answer.text


def test_a_maximum_takes_the_row_named_with_a_number(source):
    answer = ask_source(source, "安澜路桥哪个项目党支部发现问题最多")
    assert "跨江大桥2号墩" in answer.text and "120" in answer.text, answer.text


def test_a_sum_over_the_rows_takes_every_row_once(source):
    answer = ask_source(source, "安澜路桥公司各项目党支部质量巡查一共多少次")
    assert "147" in answer.text and "294" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "total", "wrong"),
    [
        ("北坪镇各村党支部一共有多少党员", "108", ("216", "相关内容")),
        ("北坪镇各村党支部一共发展了几名党员", "4名", ("8名", "相关内容")),
        ("东湖区统计局各支部一共多少党员", "31", ("62",)),
    ],
)
def test_a_total_row_is_the_total_never_an_addend(totals, question, total, wrong):
    answer = ask_source(totals[question[:3]], question)
    assert total in answer.text and not answer.refused, answer.text
    assert all(w not in answer.text for w in wrong), answer.text
