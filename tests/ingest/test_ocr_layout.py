"""OCR boxes back into lines and paragraphs, and the errors a user sees; no OCR model runs here."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest

from assistant.ingest import ocr
from assistant.ingest.loaders import LoadError

HEIGHT = 24  # text height in pixels of the fake page; a character is as wide as it is high
LEFT, RIGHT = 100, 100 + 30 * HEIGHT  # a text block 30 characters wide


def quad(left: float, top: float, text: str, angle: float = 0.0, size: float = HEIGHT) -> list[list[float]]:
    """The four corners RapidOCR reports for `text` set at (left, top) in type `size` pixels high, turned by
    `angle` radians about the origin."""
    right, bottom = left + len(text) * size, top + size
    corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
    cos, sin = math.cos(angle), math.sin(angle)
    return [[x * cos - y * sin, x * sin + y * cos] for x, y in corners]


def found(rows: list[tuple[float, float, str]], angle: float = 0.0, score: float = 0.98) -> list:
    return [(quad(left, top, text, angle), text, score) for left, top, text in rows]


def page_text(rows: list[tuple[float, float, str]], angle: float = 0.0) -> str:
    return ocr.page_from_boxes(ocr.page_boxes(found(rows, angle))).text


# A notice of our own: a centred title over two lines, an indented paragraph wrapped over three lines,
# headings "一、" indented like paragraphs, a short last line, and a signature line split into two boxes.
WRAPPED = (
    "为深入学习贯彻党的二十大精神，经局机关党委研究，决定于2024年12月至2025年1月开展党员冬训。现将有关事项通知如下："
)
NOTICE_ROWS = [
    (LEFT + 0.5 * HEIGHT, 100, "中共青石县教育局机关委员会关于在全局党员中开展2024年度"),
    (LEFT + 10.5 * HEIGHT, 130, "党员冬训工作的通知"),
    (LEFT, 200, "各党支部："),
    (LEFT + 2 * HEIGHT, 240, WRAPPED[:28]),
    (LEFT, 280, WRAPPED[28:58]),
    (LEFT, 320, WRAPPED[58:]),
    (LEFT + 2 * HEIGHT, 360, "一、参训对象"),
    (LEFT + 2 * HEIGHT, 400, "局机关全体党员，共计56名，其中退休党员12名。"),
    (LEFT + 2 * HEIGHT, 440, "二、时间安排"),
    (LEFT, 520, "青石县教育局机关党委"),
    (LEFT + 20 * HEIGHT, 521, "2024年12月2日"),
]
NOTICE_LINES = [
    "中共青石县教育局机关委员会关于在全局党员中开展2024年度党员冬训工作的通知",
    "各党支部：",
    WRAPPED,
    "一、参训对象",
    "局机关全体党员，共计56名，其中退休党员12名。",
    "二、时间安排",
    "青石县教育局机关党委　2024年12月2日",
]


def test_lines_and_paragraphs_in_reading_order():
    assert page_text(NOTICE_ROWS).split("\n") == NOTICE_LINES


def test_boxes_given_out_of_order_are_put_back():
    assert page_text(list(reversed(NOTICE_ROWS))).split("\n") == NOTICE_LINES


@pytest.mark.parametrize("degrees", [-2.0, 1.5, 3.0])
def test_a_skewed_scan_reads_the_same(degrees):
    """A page scanned at a slant: boxes of one line differ in height by more than half a line without deskewing."""
    assert page_text(NOTICE_ROWS, math.radians(degrees)).split("\n") == NOTICE_LINES


def test_a_line_split_into_touching_boxes_is_one_line():
    rows = [(LEFT, 100, "会议时间：2024年"), (LEFT + 10 * HEIGHT + 4, 102, "3月26日上午9:00")]
    assert page_text(rows) == "会议时间：2024年3月26日上午9:00"


def test_a_line_overrunning_the_margin_does_not_stop_wrapping():
    """One line ending a little past the others (a trailing colon box) must not make the others look short."""
    rows = [
        (LEFT + 2 * HEIGHT, 100, "第一段" * 9 + "：x"),  # ends 1.5 characters past the margin
        (LEFT + 2 * HEIGHT, 140, "第二段" * 9 + "第二"),
        (LEFT, 180, "段完。"),
        (LEFT + 2 * HEIGHT, 220, "第三段" * 9 + "第三"),
        (LEFT, 260, "段完。"),
    ]
    assert page_text(rows).split("\n") == ["第一段" * 9 + "：x", "第二段" * 10 + "完。", "第三段" * 10 + "完。"]


def test_a_title_in_a_larger_type_is_not_joined_to_the_salutation():
    """A one-line title set in a larger type reaches past the margin like a wrapped line: the 各党小组： line
    under it, not indented, still starts a paragraph."""
    title = "关于召开2025年度组织生活会和民主评议大会的通知"
    boxes = [
        (quad(LEFT - 0.5 * HEIGHT, 40, title, size=1.3 * HEIGHT), title, 0.98),
        *found(
            [(LEFT, 110, "各党小组、全体党员："), (LEFT + 2 * HEIGHT, 150, WRAPPED[:28]), (LEFT, 190, WRAPPED[28:58])]
        ),
    ]
    lines = ocr.page_from_boxes(ocr.page_boxes(boxes)).text.split("\n")
    assert lines[:2] == [title, "各党小组、全体党员："]


def test_confidence_is_per_character_over_pages():
    short = ocr.page_from_boxes(ocr.page_boxes(found([(LEFT, 100, "短")], score=0.5)))
    long = ocr.page_from_boxes(ocr.page_boxes(found([(LEFT, 100, "长" * 9)], score=1.0)))
    assert ocr.OcrResult((short, long)).confidence == pytest.approx(0.95)
    assert ocr.OcrResult((short, long)).text == "短\n" + "长" * 9
    assert ocr.OcrResult(()).confidence == 0.0


def test_empty_page():
    assert ocr.page_from_boxes(ocr.page_boxes([])) == ocr.OcrPage("", 0.0, 0)


# ---------- errors, in Chinese, naming the file ----------


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (40, 40), 255).save(buffer, format="PNG")
    return buffer.getvalue()


def test_ocr_not_installed(monkeypatch):
    def missing():
        raise ImportError("No module named 'rapidocr_onnxruntime'")

    monkeypatch.setattr(ocr, "engine", missing)
    with pytest.raises(ocr.OcrUnavailable) as caught:
        ocr.ocr_image(Path("扫描件.png"), png_bytes())
    assert isinstance(caught.value, LoadError)
    assert str(caught.value).startswith("扫描件.png：未安装文字识别（OCR）组件")
    assert "pip install rapidocr-onnxruntime" in str(caught.value)


def test_ocr_failure_names_the_page(monkeypatch):
    def broken(image):
        raise RuntimeError("onnxruntime exploded")

    monkeypatch.setattr(ocr, "engine", lambda: broken)
    with pytest.raises(LoadError, match="文字识别失败（第 1 页）"):
        ocr.ocr_image(Path("a.png"), png_bytes())


def test_nothing_recognised(monkeypatch):
    monkeypatch.setattr(ocr, "engine", lambda: lambda image: (None, [0.1]))
    with pytest.raises(LoadError, match="没有识别出文字"):
        ocr.ocr_image(Path("空白.png"), png_bytes())


def test_progress_per_page(monkeypatch):
    from PIL import Image

    frames = [Image.new("L", (40, 40), shade) for shade in (255, 200, 150)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    monkeypatch.setattr(ocr, "engine", lambda: lambda image: (found([(LEFT, 100, "一页")]), [0.1]))
    seen: list[tuple[int, int]] = []
    result = ocr.ocr_image(Path("三页.tif"), buffer.getvalue(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert result.text == "一页\n一页\n一页"


def test_broken_image():
    with pytest.raises(LoadError, match="图片文件已损坏或格式不受支持"):
        ocr.ocr_image(Path("坏.png"), b"\x89PNG\r\n\x1a\n not really")


def test_pdf_without_text_or_images(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    with pytest.raises(LoadError, match="既没有文字也没有扫描图像"):
        ocr.ocr_pdf(Path("空.pdf"), bytes(pdf.output()))


def test_broken_pdf():
    with pytest.raises(LoadError, match="无法读取 PDF 中的扫描图像"):
        ocr.ocr_pdf(Path("坏.pdf"), b"%PDF-1.4 garbage")


def image_pdf(tmp_path: Path, images_per_page: list[int]) -> bytes:
    """A PDF of small picture-only pages, `images_per_page[i]` pictures on page i."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    for page, count in enumerate(images_per_page):
        pdf.add_page()
        for index in range(count):
            picture = tmp_path / f"p{page}-{index}.png"
            Image.new("L", (20 + page, 20 + index), 255).save(picture)  # distinct sizes: fpdf2 dedupes images
            pdf.image(str(picture), x=10, y=10 + 40 * index, w=30)
    return bytes(pdf.output())


def test_pdf_pages_without_text_layer_only(monkeypatch, tmp_path):
    """The reader asks for the pages that had no text; each picture of a page is laid out on its own."""
    sizes: list[tuple[int, ...]] = []

    def fake(image):
        sizes.append(tuple(side - 2 * ocr.BORDER for side in image.shape[:2]))
        return found([(LEFT, 100, f"图{len(sizes)}")]), [0.1]

    monkeypatch.setattr(ocr, "engine", lambda: fake)
    seen: list[tuple[int, int]] = []
    result = ocr.ocr_pdf(
        Path("混合.pdf"), image_pdf(tmp_path, [1, 2, 1]), pages=[1], progress=lambda *done: seen.append(done)
    )
    assert sizes == [(20, 21), (21, 21)]
    assert [page.text for page in result.pages] == ["图1\n图2"]
    assert seen == [(0, 1), (1, 1)]


def test_missing_system_library_is_named(monkeypatch):
    def missing():
        raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ocr, "engine", missing)
    with pytest.raises(ocr.OcrUnavailable, match="缺少系统库（libGL.so.1.*请安装 libgl1"):
        ocr.ocr_image(Path("扫描件.png"), png_bytes())


def test_page_progress_reads_as_the_file_and_its_page():
    from assistant.index.indexing import page_reporter

    seen: list[tuple[int, int, str]] = []
    states: list[tuple[str, str, str]] = []
    report = page_reporter(
        lambda done, total, message: seen.append((done, total, message)),
        lambda path, state, detail: states.append((path, state, detail)),
        2,
        5,
        Path("纪要.pdf"),
    )
    report(2, 12)
    report(12, 12)
    assert seen == [(2, 5, "纪要.pdf 第3/12页 识别中…"), (2, 5, "纪要.pdf 共12页 识别完成")]
    assert states == [("纪要.pdf", "ocr", "第3/12页 识别中…"), ("纪要.pdf", "ocr", "共12页 识别完成")]


def test_a_line_the_detector_skipped_is_recognised_again_in_its_strip():
    """Lines 1, 2 and 4 of a paragraph found, line 3 missed: its strip is read alone and it comes back in place."""
    import numpy as np

    lines = [*("甲乙丙丁戊己"[n] * 30 for n in range(6)), "庚" * 10]
    tops = [100 + 2 * HEIGHT * n for n in range(len(lines))]
    page = np.zeros((1000, 1200, 3), dtype=np.uint8)
    page[:, :, 0], page[:, :, 1] = (np.arange(1000) // 256)[:, None], (np.arange(1000) % 256)[:, None]
    strips: list[tuple[int, int]] = []

    def recognise(pixels):
        if pixels.shape[0] == len(page):  # the whole page: the third line is missing
            return found([(LEFT, top, text) for top, text in zip(tops, lines) if text != lines[2]]), [0.1]
        first = int(pixels[0, 0, 0]) * 256 + int(pixels[0, 0, 1])  # the page row the strip starts at
        strips.append((first, first + len(pixels)))
        # the missed line, and the lower edge of the line above cut by the strip (detected again)
        return found([(LEFT, tops[2] - first, lines[2]), (LEFT, -HEIGHT // 2, "乙乙")]), [0.1]

    whole = recognise(page)[0]
    recovered = ocr.recover_missed_lines(page, whole, recognise)
    assert len(strips) == 1 and tops[1] + HEIGHT <= strips[0][0] and strips[0][1] <= tops[3] + 1
    assert [text for _, text, _ in recovered] == [lines[2]]  # the neighbour's edge is not kept twice
    assert ocr.page_from_boxes(ocr.page_boxes(whole + recovered)).text == "".join(lines)


def test_evenly_spaced_lines_are_not_read_twice():
    calls = []
    rows = [(LEFT, 100 + 2 * HEIGHT * n, "字" * 30) for n in range(4)]
    assert ocr.recover_missed_lines(None, found(rows), lambda pixels: calls.append(pixels)) == [] and not calls


BODY_ROWS = [(LEFT + 2 * HEIGHT, 230, WRAPPED[:28]), (LEFT, 270, WRAPPED[28:58]), (LEFT, 310, WRAPPED[58:])]


def test_a_title_over_two_centred_lines_of_larger_type_is_one_line():
    """A scanned title centred over two lines whose first line stops short of the margin; a 红头 above it
    in the same large type stays a line of its own."""
    size = 1.4 * HEIGHT
    header, first, second = (
        "中共青石县税务局委员会文件",
        "青石县税务局党委关于2024年上半年",
        "党风廉政建设工作情况的报告",
    )

    def centred(top: float, text: str) -> tuple:
        left = LEFT + (RIGHT - LEFT - len(text) * size) / 2
        return (quad(left, top, text, size=size), text, 0.98)

    boxes = [
        centred(20, header),
        centred(80, first),
        centred(125, second),
        # two paragraphs of body type, so that the body's type is measured on more lines than the title's
        *found(
            [(LEFT, 190, "县纪委监委："), *[(left, top + d, text) for d in (0, 120) for left, top, text in BODY_ROWS]]
        ),
    ]
    lines = ocr.page_from_boxes(ocr.page_boxes(boxes)).text.split("\n")
    assert lines[:4] == [header, first + second, "县纪委监委：", WRAPPED]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("全年投人资金52.6万元，村集体收人增长", "全年投入资金52.6万元，村集体收入增长"),
        ("深人开展调研，纳人年度考核", "深入开展调研，纳入年度考核"),
        ("确定人党积极分子3名，收到人党申请书5份", "确定入党积极分子3名，收到入党申请书5份"),
        (
            "个人党性修养，邀请资深人士，容纳人数200人，接收人签字",
            "个人党性修养，邀请资深人士，容纳人数200人，接收人签字",
        ),
    ],
)
def test_入_misread_as_人_is_corrected_only_where_入_makes_the_word(read, meant):
    assert ocr.without_misreadings(read) == meant


def test_a_line_opening_mid_number_goes_on_the_line_before():
    """Digits are narrower than characters: 增长到52 stops short of the margin, and .6万元 goes on after it."""
    rows = [
        (LEFT, 60, "一、主要工作。全年村党总支围绕中心工作，扎实推进各项任务落实。"[:30]),
        (LEFT + 2 * HEIGHT, 100, "村集体收入增长到52"),
        (LEFT, 140, ".6万元，增长38.4%。"),
        (LEFT + 2 * HEIGHT, 180, "（三）办好民生实事。"),
    ]
    assert page_text(rows).split("\n")[1:] == ["村集体收入增长到52.6万元，增长38.4%。", "（三）办好民生实事。"]


# A page typed with a fixed number of characters a line (a photo of a printout): digits are narrower, so lines
# stop short of the margin in mid-sentence. A line that stops unpunctuated goes on in the next, unless it is a
# title set in from the margins, a bare heading, or the next line opens a heading or a field (记录：).
PRINTOUT_ROWS = [
    (LEFT + 4 * HEIGHT, 60, "中共岚山县档案馆支部委员会组织生活会情况报告"),
    (LEFT, 120, "一月十日，支部召开本年度组织生活会，应到会党员十九名，实到"),
    (LEFT, 160, "十七名，县委组织部干部周宁到会指导。"),
    (LEFT, 200, "一、查摆问题"),
    (LEFT, 240, "支部书记查摆问题3个：一是理论学习不够系统；二是"),
    (LEFT, 280, "联系服务群众不经常；三是落实制度有松懈现象，已"),
    (LEFT, 320, "制定整改措施12条，全部明确责任人和完成时限。"),
    (LEFT, 360, "二、民主评议"),
    (LEFT, 400, "评议党员19名，评定优秀党员4名，其中在职党员3名。"),
    (LEFT, 440, "列席人员：县档案局办公室主任、机关党委专职副书记"),
    (LEFT, 480, "记录：许丹"),
]
PRINTOUT_LINES = [
    "中共岚山县档案馆支部委员会组织生活会情况报告",
    "一月十日，支部召开本年度组织生活会，应到会党员十九名，实到十七名，县委组织部干部周宁到会指导。",
    "一、查摆问题",
    "支部书记查摆问题3个：一是理论学习不够系统；二是联系服务群众不经常；三是落实制度有松懈现象，已制定整改措施12条，全部明确责任人和完成时限。",
    "二、民主评议",
    "评议党员19名，评定优秀党员4名，其中在职党员3名。",
    "列席人员：县档案局办公室主任、机关党委专职副书记",
    "记录：许丹",
]


@pytest.mark.parametrize("degrees", [0.0, 1.5])
def test_lines_that_stop_mid_sentence_short_of_the_margin_are_one_paragraph(degrees):
    assert page_text(PRINTOUT_ROWS, math.radians(degrees)).split("\n") == PRINTOUT_LINES


def test_table_rows_of_a_scan_stay_rows():
    rows = [
        (LEFT, 100, "各党小组开展活动情况统计如下，单位为次，截至年底"),
        (LEFT, 140, "第一党小组　12　10"),
        (LEFT, 180, "第二党小组　9　9"),
        (LEFT, 220, "全年活动共计40次，其中主题党日21次，讲党课19次。"),
    ]
    assert page_text(rows).split("\n") == [text for _, _, text in rows]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("全年新修通村公路4.5", "公里，硬化晒场两处。", "全年新修通村公路4.5公里，硬化晒场两处。"),
        ("支部现有在册党员38", "名，其中女党员11名。", "支部现有在册党员38名，其中女党员11名。"),
        ("改造老旧管网投入资金126", "万元，惠及居民900户。", "改造老旧管网投入资金126万元，惠及居民900户。"),
    ],
)
def test_a_figure_whose_unit_opens_the_next_line_is_one_quantity(first, second, joined):
    """Digits are narrower than characters: the line with the figure stops short of the margin, and its unit
    opens the next line."""
    rows = [
        (LEFT, 60, "一、主要工作。社区党委围绕中心工作扎实推进各项任务落实取得实效。"[:30]),
        (LEFT + 2 * HEIGHT, 100, first),
        (LEFT, 140, second),
        (LEFT + 2 * HEIGHT, 180, "（二）下一步打算。"),
    ]
    assert page_text(rows).split("\n")[1:] == [joined, "（二）下一步打算。"]


def test_a_table_cell_figure_does_not_take_the_next_line():
    """A figure after a gap is a cell of its own (合计　45); a line opening 个人 is no unit."""
    rows = [
        (LEFT, 60, "一、主要工作。社区党委围绕中心工作扎实推进各项任务落实取得实效。"[:30]),
        (LEFT + 2 * HEIGHT, 100, "合计"),
        (LEFT + 8 * HEIGHT, 100, "45"),
        (LEFT, 140, "名单附后。"),
        (LEFT + 2 * HEIGHT, 180, "年度考核得分92"),
        (LEFT, 220, "个人事项报告均按时提交。"),
    ]
    assert page_text(rows).split("\n")[1:] == ["合计　45", "名单附后。", "年度考核得分92", "个人事项报告均按时提交。"]
