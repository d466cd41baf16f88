"""PDF table cells filled up to their column border and wrapped onto more lines: the lines of a cell are joined
within its own column, and the next column's figure stays a cell of its own (told by the border drawn)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from assistant.ingest.readers import office
from assistant.ingest.readers.pdf import Line
from assistant.ingest.readers.pdf_tables import CELL_GAP_MARK, labels_merged_down, page_break_rows

COURSES = [
    ("编号", "课程名称", "场次", "听课人数"),
    ("1", "基层网格员矛盾纠纷调处实务", "3", "87"),
    ("2", "安全生产隐患排查能力提升", "2", "64"),
    ("3", "民兵应急分队训练", "1", "45"),
]
EXPECTED = [
    "编号1：课程名称为基层网格员矛盾纠纷调处实务，3场，听课人数87人。",
    "编号2：课程名称为安全生产隐患排查能力提升，2场，听课人数64人。",
    "编号3：课程名称为民兵应急分队训练，1场，听课人数45人。",
]


def test_a_name_filled_to_its_border_keeps_the_next_columns_figure_apart(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    # the name column holds exactly eight characters a line, so a name runs up to the figure's column
    with pdf.table(col_widths=(14, 33, 16, 22), width=85, first_row_as_headings=False, v_align="TOP") as table:
        for values in COURSES:
            row = table.row()
            for value in values:
                row.cell(value)
    path = tmp_path / "培训.pdf"
    pdf.output(str(path))
    lines = load(path).text.split("\n")
    assert all(line in lines for line in EXPECTED), lines


def courses_docx(path: Path, after: str = "") -> Path:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    # LibreOffice sets four equal columns of 108 pt: at 12 pt a name fills its column with eight characters a line
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("一、培训开展情况")
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for values in COURSES:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    if after:
        document.add_paragraph(after)
    document.save(str(path))
    return path


@pytest.mark.slow  # runs LibreOffice
def test_a_wrapped_name_in_a_libreoffice_pdf_is_joined_in_its_column(tmp_path):
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    source = courses_docx(tmp_path / "培训.docx")
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    command = [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    lines = load(tmp_path / "培训.pdf").text.split("\n")
    assert all(line in lines for line in EXPECTED), lines


@pytest.mark.slow  # runs LibreOffice
def test_a_sentence_right_under_a_table_is_no_row_of_it(tmp_path):
    """The column borders end at the table's bottom: the sentence printed just under it stays one sentence."""
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    sentence = "（三）组织建设。全年发展党员4名，其中青年职工3名，各党支部开展主题党日52次。"
    source = courses_docx(tmp_path / "培训.docx", after=sentence)
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    command = [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    text = load(tmp_path / "培训.pdf").text
    assert sentence in text.split("\n"), text


def row(texts: list[str], cells: list[float], y: float) -> Line:
    return Line(CELL_GAP_MARK.join(texts), cells[0], 500.0, y, 12.0, tuple(cells))


def test_a_row_wrapped_across_a_page_break_is_joined_back():
    first = [row(["1", "退役军人服务站", "2", "31"], [90.0, 200.0, 310.0, 420.0], 90.0)]
    second = [
        row(["工作人员轮训班"], [200.0], 700.0),
        row(["2", "志愿者骨干班", "1", "40"], [90.0, 200.0, 310.0, 420.0], 660.0),
    ]
    joined = page_break_rows([first, second], [[80.0, 110.0], [720.0, 680.0, 640.0]])
    assert joined[0][0].text.split(CELL_GAP_MARK) == ["1", "退役军人服务站工作人员轮训班", "2", "31"]
    assert [line.text for line in joined[1]] == [second[1].text]


def test_a_full_row_at_the_top_of_a_page_is_a_row_of_its_own():
    first = [row(["1", "退役军人服务站", "2", "31"], [90.0, 200.0, 310.0, 420.0], 90.0)]
    second = [row(["2", "志愿者骨干班", "1", "40"], [90.0, 200.0, 310.0, 420.0], 700.0)]
    joined = page_break_rows([first, second], [[80.0, 110.0], [720.0, 680.0]])
    assert joined == [first, second]


def test_a_total_row_under_a_numbered_row_takes_no_serial_number():
    numbered = row(["7", "志愿者骨干班", "1", "40"], [90.0, 200.0, 310.0, 420.0], 300.0)
    total = row(["合计", "9", "71"], [200.0, 310.0, 420.0], 280.0)
    assert labels_merged_down([numbered, total])[1].text == total.text
