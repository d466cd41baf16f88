"""A two-row header whose lower row names the measure of its figures (党课 over 场次 | 参加人次): each figure is
read with its unit (党课6场, 党课参加118人次), in .docx, HTML and soffice PDFs; a PDF row under a label merged down
takes that label as the .docx row does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from assistant.ingest.readers import office
from assistant.ingest.readers.pdf import Line
from assistant.ingest.readers.pdf_tables import CELL_GAP_MARK, stacked_headers
from assistant.ingest.readers.tables import joined_header
from tests.answer.test_count_group_part import farms_docx
from tests.docx_tables import add_table

TOP = ["党支部", "党员数（名）", "组织生活（次）", None, "党课", None]
BOTTOM = [None, None, "党员大会", "支委会", "场次", "参加人次"]
BODY = [["路政党支部", "21", "8", "12", "6", "118"], ["运管党支部", "17", "8", "12", "5", "92"]]
TOTAL = ["合计", "38", "16", "24", "11", "210"]
ROAD_ROW = "路政党支部：党员数21名，组织生活党员大会8次，组织生活支委会12次，党课6场，党课参加118人次。"
TOTAL_ROW = "合计：党员数38名，组织生活党员大会16次，组织生活支委会24次，党课11场，党课参加210人次。"


def lessons_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("东湖区交通运输局机关党委2024年度党建工作总结")
    document.add_paragraph("各支部组织生活情况见下表。")
    add_table(
        document,
        [TOP, BOTTOM, *BODY, TOTAL],
        [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))],
        grid=True,
    )
    document.add_paragraph("中共东湖区交通运输局机关委员会")
    document.save(path)
    return path


def test_a_lower_header_naming_a_measure_gives_the_figure_its_unit_in_docx(tmp_path):
    lines = load(lessons_docx(tmp_path / "党课.docx")).text.split("\n")
    assert ROAD_ROW in lines and TOTAL_ROW in lines, lines


def test_the_same_header_in_html(tmp_path):
    header = (
        "<tr><th rowspan='2'>党支部</th><th rowspan='2'>党员数（名）</th><th colspan='2'>组织生活（次）</th>"
        "<th colspan='2'>党课</th></tr><tr><th>党员大会</th><th>支委会</th><th>场次</th><th>参加人次</th></tr>"
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [*BODY, TOTAL])
    page = f"<html><head><meta charset='utf-8'><title>组织生活</title></head><body><table>{header}{body}</table></body></html>"
    path = tmp_path / "党课.html"
    path.write_text(page, encoding="utf-8")
    lines = load(path).text.split("\n")
    assert ROAD_ROW in lines and TOTAL_ROW in lines, lines


@pytest.mark.parametrize(
    ("upper", "lower", "joined"),
    [
        ("党课", "场次", "党课（场）"),
        ("党课", "参加人次", "党课参加（人次）"),
        ("培训", "人数（名）", "培训（名）"),
        ("发展党员", "名", "发展党员（名）"),
        ("党费", "金额（万元）", "党费金额（万元）"),
        ("发展党员（名）", "计划", "发展党员计划（名）"),
        # the lower header's own unit counts its column, not the group's over it
        ("开展活动（次）", "示范岗（个）", "开展活动示范岗（个）"),
        ("队伍建设（人）", "志愿服务队（支）", "队伍建设志愿服务队（支）"),
    ],
)
def test_a_measure_in_the_lower_header_becomes_the_unit(upper, lower, joined):
    assert joined_header(upper, lower) == joined


def line(y: float, *cells: tuple[float, str]) -> Line:
    starts = tuple(x for x, _ in cells)
    return Line(CELL_GAP_MARK.join(t for _, t in cells), starts[0], 480.0, y, 10.5, starts)


def test_pdf_header_lines_over_merged_cells_name_every_column():
    columns = (90.0, 162.0, 234.0, 306.0, 378.0, 450.0)
    upper = line(610, *zip([90.0, 162.0, 234.0, 378.0], ["党支部", "党员数", "组织生活（次）", "党课"], strict=True))
    lower = line(597, *zip(columns[1:], ["（名）", "党员大会", "支委会", "场次", "参加人次"], strict=True))
    row = line(584, *zip(columns, BODY[0], strict=True))
    lines = stacked_headers([line(640, (90.0, "各支部组织生活情况见下表。")), upper, lower, row])
    assert len(lines) == 3
    assert lines[1].text.split(CELL_GAP_MARK) == [
        "党支部",
        "党员数（名）",
        "组织生活党员大会（次）",
        "组织生活支委会（次）",
        "党课（场）",
        "党课参加（人次）",
    ]


def test_a_pdf_row_under_a_label_merged_down_takes_the_label():
    columns = (90.0, 198.0, 306.0, 414.0)
    header = line(561, *zip(columns, ["片区", "乡镇", "农技员（名）", "指导农户（户）"], strict=True))
    first = line(548, *zip(columns, ["南片", "桃花镇", "21", "380"], strict=True))
    second = line(535, *zip(columns[1:], ["杏林镇", "17", "290"], strict=True))
    total = line(522, (90.0, "合计"), (306.0, "86"), (414.0, "1530"))
    lines = stacked_headers([header, first, second, total])
    assert lines[2].text.split(CELL_GAP_MARK) == ["南片", "杏林镇", "17", "290"]
    assert lines[3].text.split(CELL_GAP_MARK) == ["合计", "86", "1530"]  # 合计 spans two columns: left as it is


@pytest.mark.slow  # runs LibreOffice twice
def test_soffice_pdfs_of_merged_header_and_label_cells_read_like_the_docx(tmp_path):
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    pdfs = tmp_path / "pdf"
    for source in (lessons_docx(tmp_path / "党课.docx"), farms_docx(tmp_path / "农技.docx")):
        command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(pdfs), str(source)]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
    lessons = load(pdfs / "党课.pdf").text.split("\n")
    assert ROAD_ROW in lessons and TOTAL_ROW in lessons, lessons
    farms = load(pdfs / "农技.pdf").text.split("\n")
    assert "南片：乡镇为杏林镇，农技员17名，指导农户290户。" in farms, farms
    assert "合计：农技员86名，指导农户1530户。" in farms, farms


def test_a_single_header_naming_its_measure_gives_the_figure_its_unit():
    from assistant.ingest.readers.tables import render_table

    rows = [["单位", "参训人次", "期数", "负责人"], ["城南街道", "45", "2", "贺敏"]]
    assert render_table(rows) == ["城南街道：参训45人次，期数2期，负责人为贺敏。"]
