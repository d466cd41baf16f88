"""PDF text layer -> paragraphs: lines rebuilt from glyph positions, page furniture removed, wraps re-joined.

Positions, not the extracted string, decide what is a line, a paragraph and furniture: a wrapped line
reaches the right margin, a new paragraph is indented or starts a heading, a heading has its own font
size, and running headers/footers sit at the top or bottom of several pages.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ingest.glyphs import normalise_glyphs
from assistant.ingest.readers.base import DOCUMENT_NUMBER, RED_HEADER, LoadError
from assistant.ingest.readers.pdf_columns import WRAP_REACH, Column, column_rows
from assistant.ingest.readers.pdf_tables import (
    CELL_GAP_MARK,
    Divider,
    cell_starts,
    opens_cell,
    page_break_rows,
    render_tables,
    ruled_rows,
    stacked_headers,
)
from assistant.ingest.titles import guess_title

if TYPE_CHECKING:
    from assistant.ingest.ocr import OcrPage

# Characters set full-width in Chinese text (CJK quotes “” included): no word spaces around them.
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]")
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
BLOCK_START = re.compile(
    r"^(第[一二三四五六七八九十百零]+[编章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、](?!\d)|[一二三四五六七八九十]是)"
)
SENTENCE_END = "。！？!?"
WORD_GAP = 0.15  # in font sizes: a space between Latin words
RULE_THICKNESS = 2.0  # points: a horizontal rule (a table border) is drawn thinner than this
MIN_RULE = 20.0  # points: shorter strokes are marks, not a row border
MIN_SPACED_CHARS = 4  # a justified line with spaces between its characters
MARGIN_LINES = 3  # running headers/footers are among the first or last lines of a page
PAGE_NUMBER_LINES = 2  # a page number is the first line, or one of the last two (above or below a footer)
SMALLER_TYPE = 0.9  # a line set below this share of the body's size is a header or a mark, not the title
POSITION_TOLERANCE = 8.0  # points: the same running header sits at about the same height on every page
OTHER_TYPE = 0.8  # glyphs on one baseline set below this share of another's size are another text (an overlay)
MIN_OVERLAY_CHARS = 4  # fewer smaller characters on a body line are marks (a superscript 1), not a line


def char_width(ch: str) -> float:
    return 1.0 if CJK.match(ch) else 0.5


@dataclass
class Glyphs:
    text: str
    x: float
    y: float
    size: float
    advance: float | None = None  # from the first to the last character, when the file states it (OFD DeltaX)
    width: float | None = None  # of a single character, as the file draws it (PDF)

    @property
    def end(self) -> float:
        if self.width is not None:
            return self.x + self.width
        if self.advance is not None:
            return self.x + self.advance + char_width(self.text[-1]) * self.size
        return self.x + sum(char_width(c) for c in self.text) * self.size


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    cells: tuple[float, ...] = ()  # where each cell of a table row starts (a line of one cell: its start)
    column: Column | None = None  # the margins of its column on a page set in columns


@dataclass
class Page:
    """A page as drawn: its characters, the heights of its horizontal rules (a table's row borders) and its
    vertical rules (column borders)."""

    glyphs: list[Glyphs]
    rules: list[float]
    dividers: list[Divider]


def pdf_pages_glyphs(data: bytes) -> list[Page]:
    """Every character of every page at its own position (pdfminer reads TJ spacing, so a quote mark set
    in another font between CJK characters lands where it is drawn, not at the end of its run), and the
    page's horizontal rules."""
    import logging

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTLine, LTRect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-metric warnings of ordinary files are no news
    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=None)  # no layout analysis: characters as drawn
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[Page] = []
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        found: list[Glyphs] = []
        rules: list[float] = []
        dividers: list[Divider] = []
        for item in device.get_result():
            # A space drawn in one font only keeps room for a glyph of another; word gaps are measured instead.
            if isinstance(item, LTChar) and item.get_text().strip():
                text = item.get_text().replace("\x00", "")  # some generators (fpdf2) leave NULs from a byte-wise CMap
                size = max(item.size, 1.0)
                found.append(Glyphs(text, item.x0, item.matrix[5], size, width=item.x1 - item.x0))
            elif isinstance(item, (LTLine, LTRect)) and item.width >= MIN_RULE:
                # a stroke is a rule; a cell's frame has two, its top and bottom
                thin = item.height <= RULE_THICKNESS
                rules += [(item.y0 + item.y1) / 2] if thin else [item.y0, item.y1]
            if isinstance(item, (LTLine, LTRect)):
                dividers += column_borders(item)
        pages.append(Page(found, rules, dividers))
    return pages


def column_borders(item) -> list[Divider]:
    """The vertical rules of a stroke or a cell's frame; a filled box (a highlight behind words) is none."""
    if item.height < MIN_RULE:
        return []
    if item.width <= RULE_THICKNESS:
        return [Divider((item.x0 + item.x1) / 2, item.y0, item.y1)]
    framed = getattr(item, "stroke", False) and not getattr(item, "fill", False)
    return [Divider(item.x0, item.y0, item.y1), Divider(item.x1, item.y0, item.y1)] if framed else []


def page_glyphs(page) -> list[Glyphs]:
    """Glyph runs as pypdf reports them: for files pdfminer reads no characters from (fpdf2 with a .ttc font)."""
    found: list[Glyphs] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        text = text.replace("\x00", "")  # some generators (fpdf2) leave NULs from a byte-wise CMap
        if not text.strip():
            return
        a, b, c, d, e, f = cm
        x = tm[4] * a + tm[5] * c + e
        y = tm[4] * b + tm[5] * d + f
        scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2])) * math.sqrt(abs(a * d - b * c))
        for part in text.split("\n"):
            if part.strip():
                found.append(Glyphs(part, x, y, max(font_size * scale, 1.0)))

    page.extract_text(visitor_text=visit)
    return found


def page_lines(page: Page, pypdf_page) -> list[Line]:
    """The page's lines from pdfminer's characters, or from pypdf's runs when pdfminer reads none."""
    return glyph_lines(page.glyphs or page_glyphs(pypdf_page), page.dividers, page.rules)


def join_glyphs(glyphs: list[Glyphs], dividers: Sequence[Divider] = ()) -> str:
    """Glyphs of one line -> text.

    A wide gap separates table cells (U+3000, as Word cells are joined); a narrow one is a word
    space only between Latin letters or digits, never between CJK characters set apart by justification.
    """
    text = ""
    previous: Glyphs | None = None
    for glyph in glyphs:
        chunk = glyph.text.strip() if previous is None else glyph.text
        gap = glyph.x - previous.end if previous is not None else 0.0
        latin_pair = text and not CJK.match(text[-1]) and not CJK.match(chunk[:1] or "x")
        if previous is not None and opens_cell(previous, glyph, dividers) and text:
            chunk = CELL_GAP_MARK + chunk.strip()
        elif latin_pair and gap > WORD_GAP * glyph.size:
            chunk = " " + chunk.lstrip() if not text.endswith(" ") else chunk
        text += chunk
        previous = glyph
    # Radicals become characters before any pattern (红头 ⽂件, 〔2024〕) reads the line.
    return collapse_letter_spacing(normalise_glyphs(text.strip()))


def collapse_letter_spacing(text: str) -> str:
    """ "高 质 量 发 展" -> "高质量发展" when the line is letter-spaced; "第五条 党员" keeps its space."""
    spaced = len(re.findall(rf"{CJK.pattern} (?=\S)", text))
    if spaced < MIN_SPACED_CHARS or spaced < 0.5 * len(CJK.findall(text)):
        return text
    return re.sub(rf"(?<={CJK.pattern}) +| +(?={CJK.pattern})", "", text)


def glyph_lines(found: list[Glyphs], dividers: Sequence[Divider] = (), rules: Sequence[float] = ()) -> list[Line]:
    """Glyph runs (y upwards, as in PDF) -> lines in reading order (top to bottom, a page's columns one
    after the other), cells parted by gaps and by the column borders drawn; also used for OFD pages."""
    glyphs = sorted(found, key=lambda g: -g.y)
    rows: list[list[Glyphs]] = []
    for glyph in glyphs:
        if rows and abs(rows[-1][0].y - glyph.y) <= 0.5 * min(rows[-1][0].size, glyph.size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    lines = []
    for row, column in (
        (part, column) for found_row, column in column_rows(rows, dividers, rules) for part in by_type_size(found_row)
    ):
        row.sort(key=lambda g: g.x)
        text = join_glyphs(row, dividers)
        if text:
            size = Counter(round(g.size, 1) for g in row).most_common(1)[0][0]
            starts = cell_starts(row, dividers)
            lines.append(Line(text, row[0].x, max(g.end for g in row), row[0].y, size, starts, column))
    return lines


def by_type_size(row: list[Glyphs]) -> list[list[Glyphs]]:
    """A row split by type size: a running header drawn over a body line (a browser's fixed header printed
    across the page's text) is a line of its own, so that it can be recognised as furniture."""
    groups: list[list[Glyphs]] = []
    for glyph in sorted(row, key=lambda g: -g.size):
        if groups and glyph.size >= OTHER_TYPE * groups[-1][0].size:
            groups[-1].append(glyph)
        else:
            groups.append([glyph])
    if len(groups) > 1 and all(sum(len(g.text) for g in group) >= MIN_OVERLAY_CHARS for group in groups):
        return groups
    return [row]


def edge_text(line: Line) -> str:
    return line.text.replace(" ", "")


def furniture(pages: list[list[Line]]) -> set[str]:
    """Texts repeated at the top or bottom of several pages: at about the same height on two or more pages
    (a printer may set the first page's header a few points off), or anywhere in the margins of most pages."""
    heights: dict[str, list[float]] = {}
    for lines in pages:
        for line in {edge_text(line): line for line in lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]}.values():
            heights.setdefault(edge_text(line), []).append(line.y)
    most = max(3, (len(pages) + 1) // 2)
    return {text for text, ys in heights.items() if len(ys) >= most or close_pair(ys)}


def close_pair(heights: list[float]) -> bool:
    ordered = sorted(heights)
    return any(b - a <= POSITION_TOLERANCE for a, b in zip(ordered, ordered[1:]))


def is_furniture(line: Line, lines: list[Line], repeated: set[str]) -> bool:
    edge = lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]
    if not any(line is other for other in edge):
        return False
    first_or_last = line is lines[0] or any(line is other for other in lines[-PAGE_NUMBER_LINES:])
    number = PAGE_NUMBER.match(line.text.replace(CELL_GAP_MARK, " "))
    return edge_text(line) in repeated or bool(first_or_last and number)


def strip_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    repeated = furniture(pages)
    return [[line for line in lines if not is_furniture(line, lines, repeated)] for lines in pages]


def split_red_header(text: str) -> list[str]:
    """ "中共××委员会文件×党发〔2024〕5号关于…的通知" -> the header, the number and the rest."""
    parts = []
    header = RED_HEADER.match(text)
    if header and len(text) > len(header.group(1)):
        parts.append(header.group(1))
        text = text[len(header.group(1)) :]
    number = DOCUMENT_NUMBER.match(text)
    if number and len(text) > number.end():
        parts.append(number.group(0))
        text = text[number.end() :]
    return [*parts, text]


def continues(previous: Line, line: Line, right: float, left: float, body_size: float) -> bool:
    """Is line the wrapped continuation of previous?

    A body line continues when the previous one reaches the right margin; a title, set larger
    and centred, continues while the next line has its size and follows closely.
    """
    if CELL_GAP_MARK in previous.text or CELL_GAP_MARK in line.text:
        return False  # table rows are lines of their own
    same_size = abs(previous.size - line.size) <= 0.1 * previous.size
    if same_size and previous.size > 1.1 * body_size:
        close = abs(previous.y - line.y) <= 2.0 * previous.size
        return close and previous.text[-1] not in SENTENCE_END + "：:"
    # Ragged CJK lines stop up to two characters short: 名； may not begin a line, 1200 not break.
    reaches_margin = previous.x1 >= right - WRAP_REACH * previous.size
    indented = line.x0 > left + 1.0 * line.size
    return (
        same_size
        and reaches_margin
        and not indented
        and previous.text[-1] not in SENTENCE_END
        and not BLOCK_START.match(line.text)
    )


def paragraphs(pages: list[list[Line]]) -> list[str]:
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    body = [line for line in lines if line.size == body_size]
    right = max(line.x1 for line in body)
    left = min(line.x0 for line in body)
    texts: list[str] = []
    previous: Line | None = None
    for line in lines:
        # a line read in a column wraps at its column's margins
        margins = (
            previous.column.right if previous and previous.column else right,
            line.column.left if line.column else left,
        )
        if previous is not None and texts and continues(previous, line, *margins, body_size):
            texts[-1] += line.text
        else:
            texts.append(line.text)
        previous = line
    return render_tables([part for text in texts for part in split_red_header(text)])


def typeset_title(path: Path, pages: list[list[Line]]) -> str | None:
    """The title when lines set smaller than the body stand above it on the first page (a page header printed
    once, a 份号): a title is never set smaller than the body. None when nothing small comes first."""
    sizes = Counter(line.size for lines in pages for line in lines)
    first = pages[0] if pages else []
    if not first or not sizes:
        return None
    body_size = sizes.most_common(1)[0][0]
    start = next((at for at, line in enumerate(first) if line.size >= SMALLER_TYPE * body_size), 0)
    if start == 0:
        return None
    return guess_title("\n".join(paragraphs([first[start:]])), path)


def read_pdf(path: Path, data: bytes) -> tuple[str, str | None]:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoadError(path, "PDF 已加密，请先解除密码保护后再导入")
        drawn = pdf_pages_glyphs(data)
        rows = [ruled_rows(page_lines(page, pypdf_page), page.rules) for page, pypdf_page in zip(drawn, reader.pages)]
        pages = [stacked_headers(lines) for lines in page_break_rows(rows, [page.rules for page in drawn])]
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many types for a broken file
        raise LoadError(path, "PDF 文件已损坏或无法解析，请重新导出 PDF 后再试") from exc
    pages = strip_furniture(pages)
    scanned = [number for number, lines in enumerate(pages) if not lines]
    if not scanned:
        return "\n".join(paragraphs(pages)), typeset_title(path, pages)
    from assistant.ingest.ocr import ocr_pdf  # lazy: the OCR models load only for scans

    if len(scanned) == len(pages):
        return ocr_pdf(path, data).text, None
    # A mixed file (typed pages and scanned ones, e.g. a signed last page): only pages without text are
    # recognised, and every page keeps its place.
    recognised = dict(zip(scanned, ocr_pdf(path, data, scanned, require_text=False).pages))
    return mixed_text(pages, recognised), None


def mixed_text(pages: list[list[Line]], recognised: dict[int, OcrPage]) -> str:
    """Runs of text-layer pages (paragraphs re-joined inside a run) and recognised pages, in page order."""
    parts: list[str] = []
    run: list[list[Line]] = []
    for number, lines in enumerate(pages):
        if number in recognised:
            parts.append("\n".join(paragraphs(run)))
            parts.append(recognised[number].text)
            run = []
        else:
            run.append(lines)
    parts.append("\n".join(paragraphs(run)))
    return "\n".join(part for part in parts if part)
