"""OFD (GB/T 33190, the format of many government e-documents): text objects -> paragraphs.

An OFD is a zip of XML: OFD.xml names each document's root (DocBody/DocRoot), the document lists its pages
(Pages/Page@BaseLoc), and a page's content layers hold TextObjects whose TextCodes carry the characters and
their positions (millimetres, y downwards). The positions go through the PDF reader's line, furniture and
paragraph logic, so an OFD reads like the same file printed to PDF. A page without text whose ImageObjects
point at scanned images (MultiMedia in the document's resources) is recognised by OCR, in page order.

Read directly with zipfile and ElementTree rather than with `easyofd`, which measured worse: it pulls in
PyMuPDF, reportlab and loguru, and writes temporary folders into the working directory. Sizes are checked
before anything is unpacked (zip bombs), and XML with a DOCTYPE (entity expansion) is refused.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from assistant.ingest.readers.base import LoadError
from assistant.ingest.readers.pdf import (
    Glyphs,
    Line,
    glyph_lines,
    mixed_text,
    paragraphs,
    strip_furniture,
)

MM_TO_PT = 72 / 25.4  # the PDF reader's tolerances are in points
MAX_XML_BYTES = 20 * 1024 * 1024  # one unpacked XML part
MAX_IMAGE_BYTES = 30 * 1024 * 1024  # one page image
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # all parts read from one file
MAX_RATIO = 200  # unpacked / packed: far above real XML (about 10), far below a zip bomb
MAX_PAGES = 5000
DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
BROKEN = "OFD 文件已损坏或不是有效的 OFD 文件，请重新导出后再试"
NO_TEXT = "OFD 文件中既没有文字也没有扫描图像，无法读取"


def local(tag: str) -> str:
    """Element name without its namespace: producers use different namespace URIs for ofd:."""
    return tag.rsplit("}", 1)[-1]


def children(element: ElementTree.Element, name: str) -> Iterator[ElementTree.Element]:
    return (child for child in element.iter() if local(child.tag) == name)


def numbers(value: str | None) -> list[float]:
    try:
        return [float(part) for part in (value or "").split()]
    except ValueError:
        return []


class Package:
    """The zip's parts, each read with its size checked; XML parsed once."""

    def __init__(self, path: Path, data: bytes):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise LoadError(path, BROKEN) from exc
        self.names = {name.lstrip("/"): name for name in self.zip.namelist()}
        self.read_bytes = 0
        self.parsed: dict[str, ElementTree.Element] = {}

    def read(self, name: str, limit: int) -> bytes:
        member = self.names.get(posixpath.normpath(name.lstrip("/")))
        if member is None:
            raise LoadError(self.path, f"{BROKEN}（缺少 {name}）")
        info = self.zip.getinfo(member)
        if info.file_size > limit or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise LoadError(self.path, f"OFD 文件中的 {name} 解压后过大，已拒绝（可能是恶意构造的压缩包）")
        try:
            with self.zip.open(info) as stream:
                raw = stream.read(limit + 1)  # the header's size may lie: never read past the limit
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:  # RuntimeError: an encrypted member
            raise LoadError(self.path, BROKEN) from exc
        self.read_bytes += len(raw)
        if len(raw) > limit or self.read_bytes > MAX_TOTAL_BYTES:
            raise LoadError(self.path, "OFD 文件解压后过大，已拒绝（可能是恶意构造的压缩包）")
        return raw

    def xml(self, name: str) -> ElementTree.Element:
        if name in self.parsed:
            return self.parsed[name]
        raw = self.read(name, MAX_XML_BYTES)
        if DOCTYPE.search(raw):  # entities are declared only in a DOCTYPE: refusing it stops entity expansion
            raise LoadError(self.path, f"{BROKEN}（{name} 含有 DOCTYPE 声明）")
        try:
            self.parsed[name] = ElementTree.fromstring(raw)
        except ElementTree.ParseError as exc:
            raise LoadError(self.path, f"{BROKEN}（{name} 不是有效的 XML）") from exc
        return self.parsed[name]

    def image(self, name: str) -> Any:
        """A page image (PIL, RGB) for OCR."""
        from PIL import Image, UnidentifiedImageError

        try:
            return Image.open(io.BytesIO(self.read(name, MAX_IMAGE_BYTES))).convert("RGB")
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
            raise LoadError(self.path, f"OFD 文件中的图像 {name} 无法读取，请在阅读器中另存为 PDF 后再导入") from exc


def resolve(folder: str, location: str) -> str:
    """A location inside the package: absolute ("/Doc_0/…") or relative to the part that names it."""
    location = location.strip()
    return location.lstrip("/") if location.startswith("/") else posixpath.join(folder, location)


def media_files(package: Package, document_path: str) -> dict[str, str]:
    """MultiMedia ID -> the package member holding it, from the document's resource files."""
    document = package.xml(document_path)
    media: dict[str, str] = {}
    for tag in ("PublicRes", "DocumentRes"):
        for res in children(document, tag):
            res_path = resolve(posixpath.dirname(document_path), res.text or "")
            root = package.xml(res_path)
            base = resolve(posixpath.dirname(res_path), root.get("BaseLoc") or "")
            for item in children(root, "MultiMedia"):
                file = next(children(item, "MediaFile"), None)
                if item.get("ID") and file is not None and (file.text or "").strip():
                    media[item.get("ID")] = resolve(base, file.text)
    return media


def page_list(package: Package) -> list[tuple[str, dict[str, str]]]:
    """(content part, the document's media) of every page of every document, in order."""
    pages: list[tuple[str, dict[str, str]]] = []
    for root in children(package.xml("OFD.xml"), "DocRoot"):
        document_path = resolve("", root.text or "")
        media: dict[str, str] | None = None
        for page in children(package.xml(document_path), "Page"):
            if (page.get("BaseLoc") or "").strip():
                media = media_files(package, document_path) if media is None else media
                pages.append((resolve(posixpath.dirname(document_path), page.get("BaseLoc")), media))
    if len(pages) > MAX_PAGES:
        raise LoadError(package.path, f"OFD 文件页数过多（{len(pages)} 页），上限 {MAX_PAGES} 页")
    return pages


def page_images(package: Package, location: str, media: dict[str, str]) -> list[str]:
    """The members of a page's images (a scanned page is one image)."""
    objects = children(package.xml(location), "ImageObject")
    return [media[ref] for obj in objects if (ref := obj.get("ResourceID")) in media]


def delta_width(value: str | None, characters: int) -> float | None:
    """The advance over a TextCode's characters from its DeltaX ("g 3 1.2" repeats 1.2 three times).

    Summed as it is read, never expanded: "g 1000000000 1" must not build a list.
    """
    parts = (value or "").split()
    if not parts:
        return None
    wanted, total = characters - 1, 0.0
    try:
        while parts and wanted > 0:
            token = parts.pop(0)
            count, delta = (int(parts.pop(0)), float(parts.pop(0))) if token == "g" else (1, float(token))
            used = min(max(count, 0), wanted)
            total, wanted = total + used * delta, wanted - used
    except (ValueError, IndexError):
        return None
    return total


def text_glyphs(text_object: ElementTree.Element) -> Iterator[Glyphs]:
    """A TextObject's TextCodes as glyph runs in page points (y upwards, as the PDF reader expects)."""
    boundary = numbers(text_object.get("Boundary"))
    if len(boundary) < 2:
        return
    size = next((float(v) for k, v in text_object.attrib.items() if k.lower() == "size"), 0.0)
    ctm = numbers(text_object.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    for code in children(text_object, "TextCode"):
        text = (code.text or "").strip("\r\n")
        if not text.strip():
            continue
        x, y = float(code.get("X") or 0), float(code.get("Y") or 0)
        page_x = boundary[0] + a * x + c * y + e
        page_y = boundary[1] + b * x + d * y + f
        advance = delta_width(code.get("DeltaX"), len(text))  # stated advances beat the estimate
        yield Glyphs(
            text,
            page_x * MM_TO_PT,
            -page_y * MM_TO_PT,
            max(size * scale * MM_TO_PT, 1.0),
            None if advance is None else advance * scale * MM_TO_PT,
        )


def page_text_lines(package: Package, location: str) -> list[Line]:
    page = package.xml(location)
    try:
        found = [glyphs for text_object in children(page, "TextObject") for glyphs in text_glyphs(text_object)]
    except ValueError as exc:  # a position or size that is not a number
        raise LoadError(package.path, f"{BROKEN}（{location} 中的坐标或字号不是数字）") from exc
    return glyph_lines(found)


def read_ofd(path: Path, data: bytes) -> tuple[str, str | None]:
    package = Package(path, data)
    pages = page_list(package)
    if not pages:
        raise LoadError(path, f"{BROKEN}（没有页面）")
    lines = strip_furniture([page_text_lines(package, location) for location, _ in pages])
    scanned = [n for n, found in enumerate(lines) if not found and page_images(package, *pages[n])]
    if not scanned:
        text = "\n".join(paragraphs(lines))
        if not text.strip():
            raise LoadError(path, NO_TEXT)
        return text, None
    from assistant.ingest.ocr import recognise_pages  # lazy: the OCR models load only for scans

    def images_of(number: int) -> list[Any]:
        return [package.image(name) for name in page_images(package, *pages[scanned[number]])]

    # Scanned pages (an OFD that wraps scans, or a scanned page among typed ones) are recognised in place.
    result = recognise_pages(path, len(scanned), images_of, None, require_text=len(scanned) == len(pages))
    return mixed_text(lines, dict(zip(scanned, result.pages))), None
