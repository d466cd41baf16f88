"""Real OCR (rapidocr-onnxruntime, bundled PP-OCR models) on pages of Chinese text rendered with a CJK font."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from assistant.ingest import ocr
from assistant.ingest.loaders import LoadError, load

pytestmark = pytest.mark.slow  # a page takes seconds on two cores

pytest.importorskip("rapidocr_onnxruntime")

SIZE = 26  # pixels per character: about 12 pt at 150 dpi, as an office scan
MARGIN = 3 * SIZE
PER_LINE = 28
TITLE = "青石县教育局机关党委关于开展党员冬训的通知"
PARAGRAPHS = [
    "各党支部：",
    "　　为深入学习贯彻党的二十大精神，经局机关党委研究，决定于2024年12月至2025年1月开展党员冬训。现将有关事项通知如下：",
    "　　一、参训对象",
    "　　局机关全体党员，共计56名，其中退休党员12名。",
    "　　二、时间地点",
    "　　集中培训安排在12月18日至20日，地点为局机关三楼报告厅。",
]
EXPECTED = [
    TITLE,
    "各党支部：",
    "为深入学习贯彻党的二十大精神，经局机关党委研究，决定于2024年12月至2025年1月开展党员冬训。现将有关事项通知如下：",
    "一、参训对象",
    "局机关全体党员，共计56名，其中退休党员12名。",
    "二、时间地点",
    "集中培训安排在12月18日至20日，地点为局机关三楼报告厅。",
]


def render_page(font_path: Path) -> bytes:
    """A grey-scale PNG: centred title, paragraphs indented two characters and wrapped at the right margin."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_path), SIZE, index=2 if font_path.suffix == ".ttc" else 0)  # 2: SC in Noto
    wide = len(PER_LINE * "字") * SIZE
    image = Image.new("L", (wide + 2 * MARGIN, 22 * SIZE), 255)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN + (wide - draw.textlength(TITLE, font=font)) / 2, MARGIN), TITLE, font=font, fill=0)
    y = MARGIN + 3 * SIZE
    for paragraph in PARAGRAPHS:
        line = ""
        for char in paragraph:  # wrap where the next character would pass the right margin
            if draw.textlength(line + char, font=font) > wide:
                draw.text((MARGIN, y), line, font=font, fill=0)
                line, y = "", y + int(1.6 * SIZE)
            line += char
        draw.text((MARGIN, y), line, font=font, fill=0)
        y += int(1.6 * SIZE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def page_png(cjk_font) -> bytes:
    if cjk_font is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    return render_page(cjk_font)


def test_image_is_read_in_paragraphs(page_png):
    started = time.perf_counter()
    result = ocr.ocr_image(Path("冬训通知.png"), page_png)
    print(f"OCR of one rendered page: {time.perf_counter() - started:.1f} s")
    assert result.text.split("\n") == EXPECTED
    assert result.confidence > 0.9


def test_text_touching_the_image_edge(page_png):
    """A page cropped to its text (a photo, a screenshot): the detector alone misses lines at the very edge."""
    from PIL import Image, ImageOps

    page = Image.open(io.BytesIO(page_png))
    buffer = io.BytesIO()
    page.crop(ImageOps.invert(page).getbbox()).save(buffer, format="PNG")
    assert ocr.ocr_image(Path("裁切.png"), buffer.getvalue()).text.split("\n") == EXPECTED


def test_a_scanned_image_in_the_corpus_answers_questions(page_png, tmp_path):
    """A .png dropped into the corpus is read by OCR when indexed and answers a count and a fact question."""
    from assistant.answer.pipeline import Assistant, render
    from assistant.index.indexing import index_paths
    from assistant.search.retriever import Retriever
    from tests.fakes import fake_kb

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "青石县教育局机关党委关于开展党员冬训的通知.png").write_bytes(page_png)
    kb = fake_kb(tmp_path / "index")
    try:
        assert not index_paths(kb, [corpus]).errors
        assistant = Assistant(Retriever(kb))
        count = render(assistant.ask("青石县教育局机关有多少名退休党员？"))
        place = render(assistant.ask("青石县教育局机关党员冬训的集中培训在哪里举行？"))
    finally:
        kb.close()
    assert "12名" in count and "〔1〕" in count
    assert "三楼报告厅" in place and "〔1〕" in place


def test_image_only_pdf(page_png, tmp_path):
    """A PDF made only of the page image, as a scanner writes it: the same text comes back, also through load()."""
    from fpdf import FPDF

    picture = tmp_path / "page.png"
    picture.write_bytes(page_png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(picture), x=0, y=0, w=pdf.w)
    data = bytes(pdf.output())
    seen: list[tuple[int, int]] = []
    result = ocr.ocr_pdf(Path("冬训通知.pdf"), data, progress=lambda done, total: seen.append((done, total)))
    assert result.text.split("\n") == EXPECTED
    assert seen == [(0, 1), (1, 1)]
    scan = tmp_path / "冬训通知.pdf"
    scan.write_bytes(data)
    assert load(scan).text.split("\n")[1:] == EXPECTED[1:]  # the first line may become the title


def test_blank_scan_finds_nothing():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (1240, 1754), 250).save(buffer, format="PNG")
    with pytest.raises(LoadError, match="没有识别出文字"):
        ocr.ocr_image(Path("空白扫描.png"), buffer.getvalue())
