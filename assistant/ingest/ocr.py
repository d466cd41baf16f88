"""Text from scanned PDFs and images (.png/.jpg/.tif) by OCR, with lines and paragraphs in reading order.

RapidOCR (`rapidocr-onnxruntime`) bundles the PP-OCR Chinese detection and recognition models in its wheel, so
nothing is downloaded. It returns one box per run of text; this module undoes the page's skew, recognises again
a line the detector skipped, and hands the boxes to `ocr_layout`, which puts them back into lines and
paragraphs. OCR takes seconds per page on a small CPU.
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

from assistant.ingest.ocr_layout import MARGIN_REACH, Box, group_lines, join_line, paragraphs
from assistant.ingest.readers.base import LoadError, PageProgress, current_notes

INSTALL_HINT = "未安装文字识别（OCR）组件，无法识别扫描件和图片；请运行 pip install rapidocr-onnxruntime 后重新导入"
MISSING_LIBRARY = "文字识别（OCR）组件缺少系统库（{}），请安装 libgl1 和 libglib2.0-0（Debian/Ubuntu）后重新导入"
NOTHING_RECOGNISED = "没有识别出文字（页面可能是空白或图像过于模糊），请换用更清晰的扫描件"
BORDER = 32  # white pixels added round an image: PP-OCR's detector misses text lines close to the image edge
MISSED_LINE_GAP = 1.7  # a gap of this many line pitches after a wrapped line: the detector skipped a line

ProgressCallback = PageProgress  # (pages done, pages in all)


def page_progress_text(done: int, total: int) -> str:
    """What a progress line says while a scan is recognised: "第3/12页 识别中…"."""
    return f"第{done + 1}/{total}页 识别中…" if done < total else f"共{total}页 识别完成"


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
