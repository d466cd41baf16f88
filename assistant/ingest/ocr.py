"""Text from scanned PDFs and images (.png/.jpg/.tif) by OCR, with lines and paragraphs in reading order.

RapidOCR (`rapidocr-onnxruntime`) bundles the PP-OCR Chinese detection and recognition models in its wheel, so
nothing is downloaded. It returns one box per run of text; this module puts the boxes back into lines (by their
vertical position after undoing the page's skew), orders each line left to right, and re-joins lines that a
paragraph wrapped: a line that reaches the right margin continues on the next line unless that one is indented,
as Chinese paragraphs and headings such as "一、" are. OCR takes seconds per page on a small CPU.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from assistant.ingest.readers.base import LoadError, PageProgress, current_notes
from assistant.ingest.structure import ARTICLE, DATE_LINE, HEADING_PATTERNS, INLINE_HEADING_END

INSTALL_HINT = "未安装文字识别（OCR）组件，无法识别扫描件和图片；请运行 pip install rapidocr-onnxruntime 后重新导入"
MISSING_LIBRARY = "文字识别（OCR）组件缺少系统库（{}），请安装 libgl1 和 libglib2.0-0（Debian/Ubuntu）后重新导入"
NOTHING_RECOGNISED = "没有识别出文字（页面可能是空白或图像过于模糊），请换用更清晰的扫描件"
BORDER = 32  # white pixels added round an image: PP-OCR's detector misses text lines close to the image edge
SAME_LINE = 0.5  # boxes whose centres differ by less than this many text heights share a line
WORD_GAP = 1.0  # a gap wider than this many text heights inside a line is kept as a full-width space
INDENT = 0.8  # a line starting this many text heights right of the left margin starts a paragraph
MARGIN_REACH = 1.5  # a line ending within this many text heights of the right margin was wrapped
LONG = 0.1  # lines ending within this fraction of the text width from the widest one set the right margin
MISSED_LINE_GAP = 1.7  # a gap of this many line pitches after a wrapped line: the detector skipped a line
LARGER_TYPE = 1.15  # a line whose characters are this much wider than the body's is a title (二号 over 三号: 1.375)
MEASURED_CHARS = 8  # lines this long or longer measure their type size reliably
CENTRED = 1.0  # two lines whose centres are this close (in text heights) to the block's centre are centred

ProgressCallback = PageProgress  # (pages done, pages in all)


def page_progress_text(done: int, total: int) -> str:
    """What a progress line says while a scan is recognised: "第3/12页 识别中…"."""
    return f"第{done + 1}/{total}页 识别中…" if done < total else f"共{total}页 识别完成"


@dataclass(frozen=True)
class Box:
    """One recognised run of text, in page coordinates after the skew is undone."""

    text: str
    confidence: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    right: float

    @property
    def em(self) -> float:
        """The width of one CJK character in this line (digits and Latin letters count half): a title is set
        wider than the body. Box heights cannot tell: a short line's box is padded taller."""
        units = sum(1.0 if "\u4e00" <= ch <= "\u9fff" or ch in "，。、；：？！（）“”《》" else 0.5 for ch in self.text)
        return (self.right - self.left) / units if units else 0.0


@dataclass(frozen=True)
class OcrPage:
    text: str  # one paragraph a line
    confidence: float  # mean recognition confidence per character, 0..1
    characters: int


def combined(pages: Sequence[OcrPage]) -> OcrPage:
    """Pages (or the images of one page) one after the other, with the confidence weighted by characters."""
    characters = sum(page.characters for page in pages)
    confidence = sum(page.confidence * page.characters for page in pages) / characters if characters else 0.0
    return OcrPage("\n".join(page.text for page in pages if page.text), confidence, characters)


@dataclass(frozen=True)
class OcrResult:
    pages: tuple[OcrPage, ...]

    @property
    def text(self) -> str:
        return combined(self.pages).text

    @property
    def confidence(self) -> float:
        """Mean confidence per recognised character over the document (0 when nothing was recognised)."""
        return combined(self.pages).confidence


class OcrUnavailable(LoadError):
    """rapidocr-onnxruntime, or a system library its OpenCV needs, is missing."""

    def __init__(self, path: Path | str, cause: ImportError | None = None):
        missing_library = cause is not None and ".so" in str(cause)  # "libGL.so.1: cannot open shared object file"
        super().__init__(path, MISSING_LIBRARY.format(cause) if missing_library else INSTALL_HINT)


@cache
def engine() -> Any:
    """The RapidOCR engine, loaded once per process (about a second); ImportError when it is not installed."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_image(path: Path, data: bytes, progress: ProgressCallback | None = None) -> OcrResult:
    """Recognise an image file; every frame of a multi-page TIFF is a page."""
    from PIL import Image, UnidentifiedImageError

    unreadable = "图片文件已损坏或格式不受支持（支持 PNG、JPG、TIFF）"
    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise LoadError(path, unreadable) from exc

    def frame(index: int) -> list[Any]:
        try:
            image.seek(index)
            return [image.convert("RGB")]
        except (OSError, ValueError) as exc:
            raise LoadError(path, unreadable) from exc

    return recognise_pages(path, frames, frame, progress)


def ocr_pdf(
    path: Path,
    data: bytes,
    pages: Sequence[int] | None = None,
    progress: ProgressCallback | None = None,
    require_text: bool = True,
) -> OcrResult:
    """Recognise the images of a PDF's pages: all pages, or the 0-based `pages` (those without a text layer).

    `require_text=False` when other pages have a text layer: a blank scanned page is then no error.
    """
    import pypdf

    unreadable = "无法读取 PDF 中的扫描图像，请重新扫描或导出为 PDF/PNG 后再试"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        chosen = list(range(len(reader.pages)) if pages is None else pages)
        has_images = any(len(reader.pages[index].images) for index in chosen)
    except Exception as exc:  # pypdf raises many types for a broken file
        raise LoadError(path, unreadable) from exc
    if not has_images and require_text:
        raise LoadError(path, "PDF 中既没有文字也没有扫描图像，无法识别")

    def page_images(number: int) -> list[Any]:  # decoded one page at a time: a long scan would not fit in memory
        try:
            return [image.image.convert("RGB") for image in reader.pages[chosen[number]].images]
        except Exception as exc:  # pypdf and Pillow raise many types for an unsupported image filter
            raise LoadError(path, unreadable) from exc

    return recognise_pages(path, len(chosen), page_images, progress, require_text)


def recognise_pages(
    path: Path,
    count: int,
    images_of: Callable[[int], list[Any]],
    progress: ProgressCallback | None,
    require_text: bool = True,
) -> OcrResult:
    """OCR the images (PIL, RGB) of pages 0..count-1 in order; refuse a document where nothing was recognised.

    Progress goes to `progress`, else to the loading file's notes, which also keep the confidence.
    """
    import numpy as np
    from PIL import ImageOps

    notes = current_notes()
    progress = progress or notes.on_page
    try:
        recognise = engine()
    except ImportError as exc:
        raise OcrUnavailable(path, exc) from exc
    pages = []
    if progress and count:
        progress(0, count)  # shown while the first page is read: a page takes seconds
    for number in range(count):
        parts = []
        for image in images_of(number):  # each image has its own coordinates: lay each out on its own
            pixels = np.asarray(ImageOps.expand(image, BORDER, "white"))[:, :, ::-1]  # RapidOCR wants OpenCV's BGR
            try:
                found = recognise(pixels)[0] or []
                found += recover_missed_lines(pixels, found, recognise)
            except Exception as exc:  # onnxruntime/OpenCV failures surface as many types
                raise LoadError(path, f"文字识别失败（第 {number + 1} 页）：{exc}") from exc
            parts.append(page_from_boxes(page_boxes(found)))
        pages.append(combined(parts))
        if progress:
            progress(number + 1, count)
    result = OcrResult(tuple(pages))
    if not result.text.strip() and require_text:
        raise LoadError(path, NOTHING_RECOGNISED)
    if result.text.strip():
        notes.ocr_confidence, notes.ocr_pages = result.confidence, count
    return result


def skew_of(found: list[Any]) -> float:
    """The page's skew (radians): the median slope of the boxes' top edges."""
    angles = [math.atan2(q[1][1] - q[0][1], q[1][0] - q[0][0]) for q, text, _ in found if text.strip()]
    return statistics.median(angles) if angles else 0.0


def recover_missed_lines(pixels: Any, found: list[Any], recognise: Callable) -> list[Any]:
    """Lines the detector skipped, found again in the strip where they must be.

    On a JPEG-compressed scan PP-OCR's detector was seen to miss one whole line of a paragraph, with its
    neighbours read well; other detector settings only moved the miss. A gap of about two line pitches
    after a line that reaches the right margin (the paragraph goes on) is such a miss: that strip alone is
    recognised again, and only boxes lying inside the gap are kept, in full-page coordinates.
    """
    boxes = page_boxes(found)
    if len(boxes) < 3:
        return []
    skew = skew_of(found)
    recovered: list[Any] = []
    for top, bottom in missed_line_strips(boxes):
        rows = [x * math.sin(skew) + y * math.cos(skew) for x in (0, pixels.shape[1]) for y in (top, bottom)]
        first, last = max(int(min(rows)), 0), min(int(max(rows)) + 1, pixels.shape[0])
        if last - first < 4:
            continue
        strip = recognise(pixels[first:last].copy())[0] or []
        moved = [([[x, y + first] for x, y in quad], text, score) for quad, text, score in strip if text.strip()]
        recovered += [item for item, box in zip(moved, page_boxes_with(moved, skew)) if top < box.middle < bottom]
    return recovered


def missed_line_strips(boxes: list[Box]) -> list[tuple[float, float]]:
    """(top, bottom) of gaps (in the deskewed frame) where a wrapped paragraph skips a line."""
    height = statistics.median(box.height for box in boxes)
    lines = group_lines(boxes, height)
    middles = [statistics.fmean(b.middle for b in line) for line in lines]
    if len(lines) < 3:
        return []
    pitch = statistics.median(after - before for before, after in zip(middles, middles[1:]))
    widest = max(box.right for box in boxes)
    strips = []
    for (before, after), (above, below) in zip(zip(lines, lines[1:]), zip(middles, middles[1:])):
        wrapped = max(b.right for b in before) > widest - MARGIN_REACH * height
        if wrapped and below - above > MISSED_LINE_GAP * pitch:
            strips.append((max(b.bottom for b in before), min(b.top for b in after)))
    return strips


def page_boxes(found: list[Any]) -> list[Box]:
    """RapidOCR's (quadrilateral, text, score) triples as boxes in a frame rotated to undo the page's skew."""
    return page_boxes_with(found, skew_of(found))


def page_boxes_with(found: list[Any], skew: float) -> list[Box]:
    quads = [(quad, text, float(score)) for quad, text, score in found if text.strip()]
    cos, sin = math.cos(-skew), math.sin(-skew)
    boxes = []
    for quad, text, score in quads:
        xs = [x * cos - y * sin for x, y in quad]
        ys = [x * sin + y * cos for x, y in quad]
        boxes.append(Box(text.strip(), score, min(xs), max(xs), min(ys), max(ys)))
    return boxes


def page_from_boxes(boxes: list[Box]) -> OcrPage:
    if not boxes:
        return OcrPage("", 0.0, 0)
    height = statistics.median(box.height for box in boxes)
    lines = [join_line(line, height) for line in group_lines(boxes, height)]
    characters = sum(len(box.text) for box in boxes)
    confidence = sum(box.confidence * len(box.text) for box in boxes) / characters
    return OcrPage(without_misreadings("\n".join(paragraphs(lines, height))), confidence, characters)


# 入 read as 人 where only 入 makes a word (深人 / 投人资金 / 收人 / 人党积极分子); 个人党性, 资深人士, 容纳人数 and 接收人
# keep their 人.
MISREAD_RU = re.compile(
    r"(?<![资容接签验][深纳列融投收])(?<=[深纳列融投收])人(?![数员士才民])|人(?=党(?:积极分子|申请|介绍人|誓词|宣誓|培养|动机|手续|时间))"
)


def without_misreadings(text: str) -> str:
    """Recognised text with the misreadings of the bundled models corrected where the context leaves one reading."""
    return MISREAD_RU.sub("入", text)


def group_lines(boxes: list[Box], height: float) -> list[list[Box]]:
    """Boxes into lines, top to bottom: a box joins the line whose centre is within half a text height."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: b.middle):
        if lines and abs(box.middle - statistics.fmean(b.middle for b in lines[-1])) < SAME_LINE * height:
            lines[-1].append(box)
        else:
            lines.append([box])
    return lines


def join_line(boxes: list[Box], height: float) -> Line:
    """A line's boxes left to right; a wide gap (e.g. between 发文机关 and the date) becomes a full-width space."""
    ordered = sorted(boxes, key=lambda b: b.left)
    text = ordered[0].text
    for before, box in zip(ordered, ordered[1:]):
        text += ("　" if box.left - before.right > WORD_GAP * height else "") + box.text
    return Line(text, ordered[0].left, max(b.right for b in ordered))


CONTINUATION = re.compile(r"[.．%％、，,。）)]")
# A figure ending a line whose unit opens the next (修建机耕道3.2 / 公里，…; 共有党员67 / 名): digits are narrower than
# characters, so the line stops short of the margin and would end its paragraph. A figure after a gap (a table
# row's "合计　45") is a cell, not the start of a quantity.
FIGURE_AT_END = re.compile(r"(?<![\s　\d.．])\d+(?:[.．]\d+)?$")
UNIT_AT_START = re.compile(
    r"(?:万元|亿元|元|万|亿|平方公里|平方米|公里|千米|米|公顷|亩|吨|千瓦时|人次|户次|名|人|位|户|次|个(?!人)|项|件|条"
    r"|场|期|轮|家|所|处|起|篇|份|批|台|辆|座|套|天|小时|学时|课时|个月|周岁|岁|年|月|日|%|％)"
)


def split_figure(before: str, after: str) -> bool:
    """The line before ends in a figure and this line opens with its unit: one quantity the line end split."""
    return FIGURE_AT_END.search(before) is not None and UNIT_AT_START.match(after) is not None


# A paragraph opens with a heading's or an article's number, a field's label (记录：) or is the 落款's date; a
# sentence ends with its stop.
FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
OPENS_PARAGRAPH = (*HEADING_PATTERNS, ARTICLE, DATE_LINE, FIELD_LABEL)
SENTENCE_CLOSED = re.compile(r"[。！？!?][”’」』）)]*$")
TITLE_INSET = 3.0  # set in further than a paragraph's two-character indent: a title's or a 落款's line
HALF_LINE = 0.6  # a line this far across the text width or further can have been wrapped (by characters)


def ends_mid_sentence(previous: str, line: str) -> bool:
    """Whether a line stops mid-sentence and the next goes on with it: a page wrapped by a character count,
    whose digits and Latin letters are narrower than characters, ends its lines short of the margin. Not a
    bare heading (一、加强政治建设), a table row (cells apart), nor before a heading, an article or a date."""
    bare_heading = any(p.match(previous) for p in HEADING_PATTERNS) and not INLINE_HEADING_END.search(previous)
    return not (
        SENTENCE_CLOSED.search(previous)
        or bare_heading
        or "　" in previous
        or "　" in line
        or any(p.match(line) for p in OPENS_PARAGRAPH)
    )


def paragraphs(lines: list[Line], height: float) -> list[str]:
    """Re-join lines a paragraph wrapped: the previous line reached the right margin and this one is not indented
    (or both are centred, as a title wrapped over two lines is); two centred lines of a title's larger type."""
    margin_left = min(line.left for line in lines)
    widest = max(line.right for line in lines)
    # the median end of the long lines: one line overrunning the margin (a trailing "：") must not move it
    margin_right = statistics.median(
        line.right for line in lines if line.right >= widest - LONG * (widest - margin_left)
    )
    centre = (margin_left + margin_right) / 2

    measured = [line.em for line in lines if len(line.text) >= MEASURED_CHARS]
    body_em = statistics.median(measured) if measured else 0.0

    def larger(line: Line) -> bool:
        return bool(body_em) and len(line.text) >= MEASURED_CHARS and line.em > LARGER_TYPE * body_em

    def centred(line: Line) -> bool:
        return abs((line.left + line.right) / 2 - centre) < CENTRED * height

    joined = [lines[0]]
    for last, line in zip(lines, lines[1:]):
        previous = joined[-1]
        wrapped = previous.right > margin_right - MARGIN_REACH * height
        indented = line.left - margin_left > INDENT * height
        # A title wraps onto a line of its own type; body text under it starts a paragraph.
        same_type = not (larger(previous) and not larger(line))
        both_centred = centred(previous) and centred(line)
        # A title set over two centred lines of its larger type: the first line need not reach the margin.
        # A 红头 (…文件) above the title is set in the same large type: it stays a line of its own.
        title_wrapped = larger(previous) and larger(line) and both_centred and not previous.text.endswith("文件")
        # A line opening with what opens no paragraph (.6万元 after 增长到52, ％, 、) goes on the line before.
        mid_sentence = CONTINUATION.match(line.text) is not None or split_figure(previous.text, line.text)
        across = previous.right > margin_left + HALF_LINE * (margin_right - margin_left)
        # …but a title, a heading or a 落款 line set in from both margins ends where it ends
        set_apart = last.left - margin_left > TITLE_INSET * height and not wrapped
        unstopped = across and same_type and not (indented or set_apart) and ends_mid_sentence(previous.text, line.text)
        if title_wrapped or mid_sentence or unstopped or (wrapped and same_type and (not indented or both_centred)):
            joined[-1] = Line(previous.text + line.text, previous.left, line.right)
        else:
            joined.append(line)
    return [line.text for line in joined]
