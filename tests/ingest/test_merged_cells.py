"""Merged table cells as offices make them: a 合计 label merged over the leading label columns, a group label
merged down over its rows, a value merged across columns in the middle of a row; every figure stays under
its own header in .docx (python-docx and LibreOffice), HTML and PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from assistant.ingest.readers import office

PATROL_HEADER = ["流域", "乡镇", "巡河员（名）", "巡查次数（次）"]
PATROL_ROWS = [["南溪", "桃源乡", "15", "120"], ["南溪", "松坪镇", "9", "88"], ["北溪", "石埠镇", "12", "95"]]
PATROL_TOTAL = "合计：巡河员36名，巡查次数303次。"


def patrol_docx(path: Path) -> Path:
    """A water bureau's table whose 合计 cell is merged over 流域 | 乡镇, and 南溪 merged down over two rows."""
    import docx

    document = docx.Document()
    document.add_paragraph("溪口县水利局党总支2024年度党建工作总结")
    document.add_paragraph("各流域党员巡河情况如下表。")
    table = document.add_table(rows=5, cols=4)
    for r, values in enumerate([PATROL_HEADER, *PATROL_ROWS]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "南溪"
    table.cell(4, 0).merge(table.cell(4, 1)).text = "合计"
    table.cell(4, 2).text, table.cell(4, 3).text = "36", "303"
    document.add_paragraph("中共溪口县水利局总支部委员会")
    document.save(path)
    return path


def assert_patrol_rows(lines: list[str]) -> None:
    assert "南溪：乡镇为桃源乡，巡河员15名，巡查次数120次。" in lines, lines
    assert "南溪：乡镇为松坪镇，巡河员9名，巡查次数88次。" in lines, lines
    assert PATROL_TOTAL in lines, lines
    assert not any("乡镇36" in line for line in lines)


def test_a_total_merged_over_two_label_columns_keeps_its_figures_under_their_headers(tmp_path):
    assert_patrol_rows(load(patrol_docx(tmp_path / "巡河.docx")).text.split("\n"))


def test_a_value_merged_in_the_middle_of_a_row_leaves_the_next_cells_in_place(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("清河县卫健局机关党委家庭医生签约情况")
    table = document.add_table(rows=5, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "片区"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "卫生院"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "家庭医生（名）"
    table.cell(0, 4).merge(table.cell(1, 4)).text = "签约户数（户）"
    table.cell(1, 2).text, table.cell(1, 3).text = "党员", "群众"
    for c, value in enumerate(["东区", "城关卫生院", "6", "10", "820"]):
        table.cell(2, c).text = value
    table.cell(3, 0).text, table.cell(3, 1).text = "西区", "河湾卫生院"
    table.cell(3, 2).merge(table.cell(3, 3)).text = "未统计"
    table.cell(3, 4).text = "300"
    table.cell(4, 0).merge(table.cell(4, 1)).text = "合计"
    for c, value in [(2, "6"), (3, "10"), (4, "1120")]:
        table.cell(4, c).text = value
    path = tmp_path / "签约.docx"
    document.save(path)
    lines = load(path).text.split("\n")
    assert "东区：卫生院为城关卫生院，家庭医生党员6名，家庭医生群众10名，签约户数820户。" in lines, lines
    assert "西区：卫生院为河湾卫生院，家庭医生党员（名）为未统计，签约户数300户。" in lines, lines
    assert "合计：家庭医生党员6名，家庭医生群众10名，签约户数1120户。" in lines, lines


def test_html_rowspan_and_colspan_keep_each_figure_in_its_column(tmp_path):
    cells = "".join(f"<th>{name}</th>" for name in PATROL_HEADER)
    body = (
        "<tr><td rowspan='2'>南溪</td><td>桃源乡</td><td>15</td><td>120</td></tr>"
        "<tr><td>松坪镇</td><td>9</td><td>88</td></tr>"
        "<tr><td>北溪</td><td>石埠镇</td><td>12</td><td>95</td></tr>"
        "<tr><td colspan='2'>合计</td><td>36</td><td>303</td></tr>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>巡河情况</title></head><body><h1>溪口县水利局巡河情况</h1>"
        f"<table><tr>{cells}</tr>{body}</table><p>中共溪口县水利局总支部委员会</p></body></html>"
    )
    path = tmp_path / "巡河.html"
    path.write_text(page, encoding="utf-8")
    assert_patrol_rows(load(path).text.split("\n"))


def test_a_pdf_total_row_merged_over_the_label_columns_reads_under_its_headers(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    with pdf.table(first_row_as_headings=False) as table:
        for values in [PATROL_HEADER, *PATROL_ROWS]:
            row = table.row()
            for value in values:
                row.cell(value)
        row = table.row()
        row.cell("合计", colspan=2)
        row.cell("36")
        row.cell("303")
    path = tmp_path / "巡河.pdf"
    pdf.output(str(path))
    lines = load(path).text.split("\n")
    assert PATROL_TOTAL in lines, lines
    assert "北溪：乡镇为石埠镇，巡河员12名，巡查次数95次。" in lines, lines


@pytest.mark.slow  # runs LibreOffice three times
def test_merged_cells_read_the_same_after_libreoffice(tmp_path):
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    source = patrol_docx(tmp_path / "巡河.docx")
    saved = tmp_path / "saved"

    def convert(path: Path, to: str, outdir: Path) -> Path:
        command = [soffice, "--headless", "--convert-to", to, "--outdir", str(outdir), str(path)]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
        return outdir / f"{path.stem}.{to}"

    word97 = convert(source, "doc", tmp_path)
    saved.mkdir()
    for path in (word97, convert(word97, "docx", saved), convert(source, "pdf", tmp_path)):
        lines = load(path).text.split("\n")
        assert PATROL_TOTAL in lines, (path.suffix, lines)
        assert "北溪：乡镇为石埠镇，巡河员12名，巡查次数95次。" in lines, (path.suffix, lines)
