"""Word export in 公文 format (GB/T 9704), read back with python-docx; PDF/PNG when LibreOffice is there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from assistant.present.docx import SOURCES_TITLE, ExportError, default_title, write_docx
from tests.answer.draft_fixtures import water_reports
from tests.answer.support import FakeSource
from tests.ui.ui_support import CHROMIUM, copy_screenshot


@pytest.fixture
def article(tmp_path):
    question = "根据水务局机关党支部2024年上半年工作总结，写一篇上半年工作总结"
    answer = answer_extractively(Route("draft", question), FakeSource(*water_reports()))
    assert not answer.refused
    path = write_docx(answer, tmp_path / "draft.docx", question=question)
    return answer, docx.Document(str(path)), path


def east_asian_font(paragraph) -> str:
    return paragraph.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia"))


def test_page_is_a4_with_the_standard_margins_and_grid(article):
    _, document, _ = article
    section = document.sections[0]
    mm = [round(x.mm, 1) for x in (section.page_width, section.page_height)]
    assert mm == [210, 297]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(x.mm, 1) for x in margins] == [37, 35, 28, 26]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    assert 575 <= int(grid.get(qn("w:linePitch"))) <= 582  # 22 lines on 225 mm
    footer = "".join(p.text for p in section.footer.paragraphs)
    assert footer.startswith("—") and "PAGE" in section.footer.paragraphs[0]._p.xml


def test_title_is_centred_二号_小标宋(article):
    _, document, _ = article
    title = document.paragraphs[0]
    assert title.text == "云岭县水务局机关党支部2024年上半年工作总结"  # whose work of which period
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.runs[0].font.size == Pt(22)
    assert east_asian_font(title) == "方正小标宋简体"
    table = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    assert '<w:altName w:val="宋体"/>' in table.blob.decode()


def test_body_is_三号_仿宋_with_two_character_indent_and_exact_spacing(article):
    answer, document, _ = article
    body = [p for p in document.paragraphs[2:] if p.text and "〔" in p.text and p.text[0] not in "一二三四"]
    assert body, [p.text for p in document.paragraphs]
    for paragraph in body:
        assert east_asian_font(paragraph) == "仿宋_GB2312"
        assert paragraph.runs[0].font.size == Pt(16)
        assert paragraph.paragraph_format.first_line_indent == Pt(32)
        assert paragraph.paragraph_format.line_spacing == Pt(28.95)
        # condensed so that 28 三号 characters fill the 156 mm line: 16 pt − 0.25 pt each
        spacing = paragraph.runs[0]._r.rPr.find(qn("w:spacing"))
        assert 28 * (16 + int(spacing.get(qn("w:val"))) / 20) <= 156 / 25.4 * 72 < 29 * 16
    assert "〔1〕" in "".join(p.text for p in document.paragraphs)  # the marks stay


def test_headings_一_in_黑体(article):
    _, document, _ = article
    headings = [p for p in document.paragraphs if p.text.startswith(("一、", "二、", "三、"))]
    assert [p.text for p in headings][:3] == ["一、理论学习", "二、组织生活", "三、服务群众"]
    assert {east_asian_font(p) for p in headings} == {"黑体"}


def test_second_and_third_level_headings(tmp_path):
    from assistant.core.schema import Answer

    answer = Answer("总述。\n一、大标题\n（一）二级标题\n1.三级标题\n正文。", "list")
    document = docx.Document(str(write_docx(answer, tmp_path / "levels", question="有哪些工作")))
    fonts = {p.text: east_asian_font(p) for p in document.paragraphs if p.text}
    assert fonts["（一）二级标题"] == "楷体_GB2312"
    assert fonts["1.三级标题"] == "仿宋_GB2312"
    assert fonts["一、大标题"] == "黑体"
    assert (tmp_path / "levels.docx").exists()  # the suffix is added


def test_sources_follow_as_a_numbered_list(article):
    answer, document, _ = article
    texts = [p.text for p in document.paragraphs]
    at = texts.index(SOURCES_TITLE)
    sources = texts[at + 1 :]
    assert len(sources) == len(answer.citations)
    first = answer.citations[0]
    assert sources[0].startswith(f"1. 《{first.doc}》") and f"“{first.quote}”" in sources[0]


def test_title_of_a_question_answer_is_the_question():
    from assistant.core.schema import Answer

    assert default_title(Answer("共5次〔1〕。", "count"), "上半年讲了几次党课？") == "上半年讲了几次党课"


def test_unwritable_path_is_a_chinese_error(tmp_path):
    from assistant.core.schema import Answer

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="无法写入 Word 文件"):
        write_docx(Answer("正文。", "fact"), blocker / "sub" / "out.docx")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: make system-deps")
def test_converts_to_pdf_and_a_picture_of_page_one(article, tmp_path):
    """docx → PDF by LibreOffice; page 1 → PNG by pdftoppm, or by Chromium's PDF viewer where poppler is missing."""
    _, _, path = article
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "draft.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    png = tmp_path / "draft-docx.png"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(png.with_suffix(""))], check=True)
    elif Path(CHROMIUM).exists():
        pdf_page_screenshot(pdf, png)
    else:
        pytest.skip("neither pdftoppm (poppler-utils) nor Chromium to draw the PDF")
    assert png.stat().st_size > 20_000  # a page with text on it, not a blank
    copy_screenshot(png, "draft-docx.png")


def pdf_page_screenshot(pdf: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 800, "height": 1130})
        page.goto(f"{pdf.as_uri()}#toolbar=0&navpanes=0&view=FitH")
        page.wait_for_timeout(2500)  # the viewer draws asynchronously and offers no event to wait for
        page.screenshot(path=str(png))
        browser.close()


def test_title_of_a_draft_on_a_topic_names_the_topic():
    from assistant.core.schema import Answer

    answer = Answer("上半年开展集中学习8次〔1〕。", "draft")
    assert default_title(answer, "根据上半年总结，写一段理论学习情况的总结，约200字") == "关于理论学习的情况总结"
