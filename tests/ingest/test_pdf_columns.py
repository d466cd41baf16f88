"""Pages set in two columns: each column is read top to bottom, the left one first, while a full-width title
above the columns, a paragraph below them, single-column pages and tables keep their reading order."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from assistant.ingest.readers import office
from assistant.ingest.readers.pdf import Glyphs, glyph_lines
from assistant.ingest.readers.pdf_columns import column_rows, gutter

TITLE = "青禾县档案馆机关党支部2024年度工作总结"
PARAGRAPHS = [
    "一、基本情况",
    "馆机关党支部现有党员21名，其中在职党员15名、退休党员6名。支部委员会由3人组成，书记洪启明，组织委员贺兰芝，纪检委员宋立川。",
    "二、主要工作",
    "（一）组织生活。全年召开党员大会4次、支委会11次，讲党课5次，其中书记讲党课2次，开展主题党日12次。",
    "（二）档案服务。全年共接待各类查档群众3600人次，其中网上查档1450人次，举办档案文化展览7场，征集民间档案资料280件。",
    "（三）作风建设。开展谈心谈话46人次，整改问题9个，节约办公经费4.6万元，评选先进党员3名。",
    "三、下步打算",
    "2025年计划发展党员1名，力争举办档案文化展览9场，完成数字化扫描12万页。",
]
CLOSING = "附：本总结经支部委员会审议通过，报县直机关工委备案，并在馆内公开栏公示五个工作日。"


def column(texts: list[str], x: float, top: float, width: float) -> list[Glyphs]:
    """Lines of running text in a column: each drawn as one run, wrapped at the column's width."""
    return [Glyphs(text, x, top - 16.0 * at, 10.0, width=width) for at, text in enumerate(texts)]


def test_a_gutter_through_many_rows_parts_two_columns():
    left = column(["甲" * 20, "乙" * 20, "丙" * 20, "丁" * 8], 50.0, 700.0, 200.0)
    right = column(["子" * 20, "丑" * 20, "寅" * 20, "卯" * 20], 280.0, 700.0, 200.0)
    title = Glyphs("标题" * 10, 100.0, 730.0, 10.0, width=300.0)
    lines = glyph_lines([title, *left, *right])
    assert [line.text[0] for line in lines] == ["标", "甲", "乙", "丙", "丁", "子", "丑", "寅", "卯"]
    assert lines[1].column is not None and lines[5].column is not None
    assert lines[1].column.right == pytest.approx(250.0) and lines[5].column.left == pytest.approx(280.0)


def test_a_table_of_short_cells_has_no_columns():
    """Wide gaps between a table's cells run through every row, but its cells are short and never wrapped."""
    rows = [
        [Glyphs(label, 50.0, y, 10.0, width=40.0), Glyphs(figure, 300.0, y, 10.0, width=20.0)]
        for label, figure, y in [("党员大会", "4", 700.0), ("支委会", "11", 684.0), ("主题党日", "12", 668.0)]
    ]
    assert gutter(rows) is not None  # the gap is there...
    assert [column for _, column in column_rows(rows)] == [None, None, None]  # ...but parts no running text
    assert [line.text for line in glyph_lines([g for row in rows for g in row])][0].startswith("党员大会")


def test_rows_ruled_as_a_table_keep_their_order():
    left = column(["甲" * 20, "乙" * 20, "丙" * 20], 50.0, 700.0, 200.0)
    right = column(["子" * 20, "丑" * 20, "寅" * 20], 280.0, 700.0, 200.0)
    lines = glyph_lines([*left, *right], rules=[690.0, 674.0])
    assert [line.text[0] for line in lines] == ["甲", "乙", "丙"]


def test_a_single_column_page_has_no_gutter():
    lines = column(["甲" * 40, "乙" * 40, "丙" * 12], 50.0, 700.0, 400.0)
    assert gutter([[glyph] for glyph in lines]) is None


def two_column_pdf(path: Path, font: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=15)
    pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    with pdf.text_columns(ncols=2, gutter=8, balance=True) as columns:
        for text in PARAGRAPHS:
            columns.write(text + "\n")
    pdf.ln(6)
    pdf.multi_cell(0, 6, CLOSING)
    pdf.output(str(path))
    return path


def test_an_fpdf2_two_column_page_reads_column_by_column(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    lines = load(two_column_pdf(tmp_path / "总结.pdf", cjk_font)).text.split("\n")
    assert lines[0] == TITLE
    assert lines[1 : 1 + len(PARAGRAPHS)] == PARAGRAPHS
    assert lines[-1] == CLOSING


def two_column_docx(path: Path) -> Path:
    """A title and a closing line across the page, the body in a continuous section of two columns."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    document.add_paragraph(TITLE)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    # python-docx keeps the open section's properties last and copies them to the paragraph that closes it
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "425")
    section._sectPr.append(columns)
    document.add_section(WD_SECTION.CONTINUOUS)
    section._sectPr.remove(columns)
    document.add_paragraph(CLOSING)
    document.save(str(path))
    return path


@pytest.mark.slow  # runs LibreOffice
def test_a_libreoffice_two_column_section_reads_column_by_column(tmp_path):
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    source = two_column_docx(tmp_path / "总结.docx")
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    command = [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    lines = load(tmp_path / "总结.pdf").text.split("\n")
    assert lines[0] == TITLE
    assert lines[1 : 1 + len(PARAGRAPHS)] == PARAGRAPHS, lines
    assert lines[-1] == CLOSING
