"""Printed PDFs: running headers and page numbers, titles over two lines, 红头, radicals, letter spacing."""

from __future__ import annotations

import pytest

from assistant.ingest.chunking import chunk_document
from assistant.ingest.glyphs import normalise_glyphs
from assistant.ingest.loaders import load
from assistant.ingest.readers.pdf import collapse_letter_spacing

RUNNING_HEADER = "红星机械厂党委　2024年党建工作情况报告"
BODY = [
    "一、基本情况",
    "厂党委下设党支部6个，共有党员158名。全年召开党委会议24次，研究党建工作事项37项，"
    "推动党建工作与生产经营深度融合，各支部结合车间实际开展党员责任区创建活动，"
    "累计设立党员责任区21个、党员示范岗35个，带动职工提出合理化建议300余条。",
    "二、主要工作",
    "（一）抓实理论学习。厂党委理论学习中心组集中学习12次，其中专题研讨5次。"
    "各党支部通过三会一课组织党员学习，党员参学率达到97%，"
    "形成调研报告6篇，推动解决生产难题14个，节约成本约120万元。",
] * 6  # long enough to run over three pages


@pytest.fixture(scope="module")
def printed(tmp_path_factory, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    class Report(FPDF):
        def header(self):
            self.set_font("cjk", size=9)
            self.cell(0, 8, RUNNING_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = Report()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=20)
    pdf.multi_cell(0, 11, "中共红星机械厂委员会关于2024年度党建工作情况和下一步工作安排的报告", align="C",
                   wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.set_font("cjk", size=12)
    for paragraph in BODY:
        pdf.multi_cell(0, 8, paragraph, wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path_factory.mktemp("pdf") / "红星机械厂党委报告.pdf"
    pdf.output(str(path))
    return load(path)


def test_the_title_comes_first_and_whole(printed):
    title = "中共红星机械厂委员会关于2024年度党建工作情况和下一步工作安排的报告"
    assert printed.title == title
    assert printed.text.split("\n")[0] == title


def test_running_headers_and_page_numbers_are_removed(printed):
    assert "红星机械厂党委　2024年" not in printed.text.replace(" ", "　")
    assert "—" not in printed.text


def test_paragraphs_are_joined_across_lines_and_pages(printed):
    lines = printed.text.split("\n")
    assert lines.count(BODY[1]) == 6 and lines.count(BODY[3]) == 6
    assert lines.count("二、主要工作") == 6  # a heading is never glued to a page number


def test_headings_are_found(printed):
    chunks = chunk_document(printed)
    assert any(c.section_path[:2] == ("二、主要工作", "（一）抓实理论学习") for c in chunks)


@pytest.fixture(scope="module")
def red_header(tmp_path_factory, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    for size, text in [
        (26, "中共云岭县农业农村局党组文件"),
        (14, "云农党组发〔2025〕3号"),
        (20, "关于开展2025年“党员先锋岗”创建活动的通知"),
        (12, "局属各党支部："),
        (12, "为进一步激发党员干部干事创业热情，局党组决定在全系统开展“党员先锋岗”创建活动。现将有关事项通知如下。"),
        (12, "一、创建数量"),
        (12, "全系统年内创建党员先锋岗不少于20个。"),
    ]:
        pdf.set_font("cjk", size=size)
        align = "C" if size > 12 else "L"
        pdf.multi_cell(0, size * 0.6, text, align=align, wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path_factory.mktemp("pdf") / "红头文件.pdf"
    pdf.output(str(path))
    return load(path)


def test_red_header_number_and_title_are_lines_of_their_own(red_header):
    lines = red_header.text.split("\n")
    assert lines[:4] == [
        "中共云岭县农业农村局党组文件",
        "云农党组发〔2025〕3号",
        "关于开展2025年“党员先锋岗”创建活动的通知",
        "局属各党支部：",
    ]
    assert red_header.title == "关于开展2025年“党员先锋岗”创建活动的通知"


def test_radicals_become_the_characters_they_stand_for(tmp_path, cjk_font):
    """Fonts map 一 示 行 民 长 to Kangxi radicals and supplement radicals; the text layer then holds those."""
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    pdf.cell(0, 8, "⼀是加强⼈⺠群众⼯作，⻓期坚持，⽰范引领，⾏动有⼒。")
    path = tmp_path / "部首.pdf"
    pdf.output(str(path))
    import pypdf

    raw = pypdf.PdfReader(str(path)).pages[0].extract_text()
    assert "⼀" in raw and "⺠" in raw  # what a plain extraction gives
    assert load(path).text == "一是加强人民群众工作，长期坚持，示范引领，行动有力。"


def test_glyph_normalisation_keeps_full_width_punctuation():
    assert normalise_glyphs("（⼀）⾏动：１２３") == "（一）行动：１２３"  # NFKC would turn （ into (
    assert normalise_glyphs("⻔⻛⻙⻋⻘") == "门风韦车青"


def test_letter_spacing_is_collapsed_only_in_letter_spaced_lines():
    assert collapse_letter_spacing("推 动 企 业 高 质 量 发 展 ， 占 比 仅 为 18%") == "推动企业高质量发展，占比仅为18%"
    assert collapse_letter_spacing("第五条 党员主动交代问题") == "第五条 党员主动交代问题"


def test_table_cells_in_a_pdf_stay_apart(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    with pdf.table(first_row_as_headings=False) as table:
        for values in [("季度", "支委会（次）", "党课（次）"), ("第一季度", "3", "1"), ("第二季度", "4", "2")]:
            row = table.row()
            for value in values:
                row.cell(value)
    path = tmp_path / "统计表.pdf"
    pdf.output(str(path))
    lines = load(path).text.split("\n")
    assert "第一季度：支委会3次，党课1次。" in lines and "第二季度：支委会4次，党课2次。" in lines


def test_a_cell_wrapped_onto_two_lines_stays_in_its_row(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    rows = [
        ("党支部", "书记", "党员数（名）", "志愿服务时长（小时）"),
        ("第一网格党支部", "周岚", "23", "410"),
        ("退休干部党支部", "魏明", "31", "96"),
    ]
    # Cells set at the top of their row, as Word and LibreOffice set them; the first column is too narrow.
    with pdf.table(
        col_widths=(24, 40, 40, 60), width=164, first_row_as_headings=False, v_align="TOP", padding=4
    ) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    path = tmp_path / "网格.pdf"
    pdf.output(str(path))
    lines = load(path).text.split("\n")
    assert "第一网格党支部：书记为周岚，党员数23名，志愿服务时长410小时。" in lines, lines
    assert "退休干部党支部：书记为魏明，党员数31名，志愿服务时长96小时。" in lines, lines


def test_a_running_header_set_lower_on_the_first_page_is_not_the_title(tmp_path, cjk_font):
    """Chromium prints a page header a few points lower on the first page than on the others; with a 红头 and a
    文号 under it, the title is still the heading of the body."""
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    header = "白沙湾港务公司党委文件　内部资料注意保存"

    class Printed(FPDF):
        def header(self):
            self.set_font("cjk", size=9)
            self.set_y(10 + (2.0 if self.page_no() == 1 else 0.0))  # about 6 points lower on page 1
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")

    pdf = Printed()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    title = "中共白沙湾港务有限公司委员会关于2024年度党建工作情况的报告"
    for size, text in [(24, "中共白沙湾港务有限公司委员会文件"), (14, "白港党发〔2025〕4号"), (20, title)]:
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(0, size * 0.6, text, align="C", wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=12)
    for paragraph in BODY:
        pdf.multi_cell(0, 8, paragraph, wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "港务公司报告.pdf"
    pdf.output(str(path))
    document = load(path)
    assert pdf.page > 1
    assert document.title == title
    assert "内部资料" not in document.text


def test_a_header_printed_once_in_small_type_is_not_the_title(tmp_path, cjk_font):
    """A one-page PDF: nothing repeats, but the page header is set smaller than the body, and a title never is."""
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.add_page()
    title = "白沙湾港务公司党委关于开展2025年“七一”走访慰问活动的通知"
    for size, text in [(9, "白沙湾港务公司党建工作简报"), (18, title), (12, "各党支部："), (12, BODY[1])]:
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(0, size * 0.6, text, align="C" if size != 12 else "L", wrapmode=WrapMode.CHAR,
                       new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    path = tmp_path / "通知.pdf"
    pdf.output(str(path))
    assert load(path).title == title


def test_a_header_printed_over_the_text_is_removed_and_the_text_stays_whole(tmp_path, cjk_font):
    """A browser prints a fixed page header at the same place on every page, across a line of the text (same
    baseline, smaller type); the body is read whole, and a line opening with 1.46亿 is no numbered item."""
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    from fpdf import FPDF

    first = "（一）服务群众出行。全年新开公交线路11条，更新车辆64辆，全年运送乘客"  # a full line: the width
    rest = "".join(
        f"1.46亿人次，党员驾驶员开展志愿服务{52 + i}次，参与党员{610 + i}人次，收到表扬信{230 + i}件。"
        for i in range(24)
    )
    header = "青禾市公交集团党委内部资料"
    size, left, top, leading, per_page = 12.0, 40.0, 80.0, 24.0, 12
    pdf = FPDF(unit="pt")
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.set_font("cjk", size=size)
    width = pdf.get_string_width(first)
    lines = [first, ""]
    for char in rest:  # wrapped at the width of the first line, as a typesetter does
        if lines[-1] and pdf.get_string_width(lines[-1] + char) > width:
            lines.append("")
        lines[-1] += char
    for start in range(0, len(lines), per_page):
        pdf.add_page()
        pdf.set_font("cjk", size=size)
        for row, text in enumerate(lines[start : start + per_page]):
            pdf.text(left, top + row * leading, text)
        pdf.set_font("cjk", size=9)
        pdf.text(left + 40, top + (per_page - 2) * leading, header)  # over the text's last line but one
    path = tmp_path / "公交集团报告.pdf"
    pdf.output(str(path))
    text = load(path).text
    assert pdf.page >= 3
    assert header not in text and "内部资料" not in text
    assert text == first + rest
