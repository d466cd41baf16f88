"""Word .docx: the body in document order, tables as rows with headers, automatic numbers made visible.

Headers and footers are not body text and are left out (python-docx reads only the body here).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.numerals import int_to_chinese
from assistant.ingest.readers.base import LoadError
from assistant.ingest.readers.tables import Cell, render_table, with_stacked_header

MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # guards against zip bombs
MAX_LEVELS = 9
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
LEGAL_DIGITS = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


def roman(value: int) -> str:
    numerals = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
    text = ""
    for size, letters in numerals:
        count, value = divmod(value, size)
        text += letters * count
    return text


def letters(value: int) -> str:
    # Word repeats the letter past z: aa, bb, …
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


# w:numFmt -> how Word displays a counter; a format not listed shows as a decimal.
NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda v: f"{v:02d}",
    "decimalFullWidth": lambda v: str(v).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalEnclosedCircle": lambda v: chr(0x2460 + v - 1) if 1 <= v <= 20 else str(v),
    "decimalEnclosedCircleChinese": lambda v: chr(0x2460 + v - 1) if 1 <= v <= 20 else str(v),
    "chineseCounting": int_to_chinese,
    "chineseCountingThousand": int_to_chinese,
    "taiwaneseCounting": int_to_chinese,
    "ideographDigital": int_to_chinese,
    "japaneseCounting": int_to_chinese,
    "chineseLegalSimplified": lambda v: int_to_chinese(v).translate(LEGAL_DIGITS),
    "ideographTraditional": lambda v: HEAVENLY_STEMS[(v - 1) % 10],
    "lowerLetter": letters,
    "upperLetter": lambda v: letters(v).upper(),
    "lowerRoman": roman,
    "upperRoman": lambda v: roman(v).upper(),
    "bullet": lambda v: "",
    "none": lambda v: "",
}


@dataclass(frozen=True)
class Level:
    start: int
    number_format: str
    text: str  # w:lvlText, e.g. "%1、" or "（%2）"


@dataclass
class Numbering:
    """Word's list definitions and the running counters of each list."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    counters: dict[str, list[int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        """The number Word shows before the next paragraph of list num_id at level ilvl."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * MAX_LEVELS)
        if counters[ilvl] == 0:
            counters[ilvl] = levels[ilvl].start
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = 0  # a deeper level restarts under a new parent
        text = levels[ilvl].text
        for level, value in enumerate(counters[: ilvl + 1]):
            if f"%{level + 1}" in text and level in levels:
                shown = NUMBER_FORMATS.get(levels[level].number_format, str)(max(value, levels[level].start))
                text = text.replace(f"%{level + 1}", shown)
        if levels[ilvl].number_format in ("bullet", "none"):
            return ""
        return text


def read_numbering(document) -> Numbering:
    from docx.oxml.ns import qn

    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return Numbering()

    def val(element, tag: str) -> str | None:
        child = element.find(qn(tag)) if element is not None else None
        return child.get(qn("w:val")) if child is not None else None

    abstract: dict[str, dict[int, Level]] = {}
    for definition in root.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in definition.findall(qn("w:lvl")):
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                start=int(val(lvl, "w:start") or 1),
                number_format=val(lvl, "w:numFmt") or "decimal",
                text=val(lvl, "w:lvlText") or "",
            )
        abstract[definition.get(qn("w:abstractNumId"))] = levels
    numbering = Numbering()
    for num in root.findall(qn("w:num")):
        levels = dict(abstract.get(val(num, "w:abstractNumId") or "", {}))
        for override in num.findall(qn("w:lvlOverride")):
            ilvl = int(override.get(qn("w:ilvl"), "0"))
            start = val(override, "w:startOverride")
            if start is not None and ilvl in levels:
                level = levels[ilvl]
                levels[ilvl] = Level(int(start), level.number_format, level.text)
        numbering.levels[num.get(qn("w:numId"))] = levels
    return numbering


def paragraph_number(paragraph, numbering: Numbering) -> str:
    """The automatic number of a paragraph, from its own properties or its style's."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:  # a list style ("List Number") or a numbered heading style
        sources.append(style.element.pPr)
        style = style.base_style
    for properties in sources:
        num_pr = properties.numPr if properties is not None else None
        if num_pr is not None and num_pr.numId is not None:
            num_id = str(num_pr.numId.val)
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return "" if num_id == "0" else numbering.label(num_id, ilvl)
    return ""


def table_rows(table) -> list[list[str]]:
    """Cell texts per row; a horizontally merged cell (one w:tc) is read once, and a header row of such
    cells over a second header row names each column below it."""
    rows = []
    for row in table.rows:
        cells: list[Cell] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:
                cells[-1] = (cells[-1][0], cells[-1][1] + 1)
                continue
            previous = cell._tc
            cells.append((" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()), 1))
        rows.append(cells)
    return with_stacked_header(rows)


# Text boxes (a 版头 or a side note drawn in a box); the VML copy Word keeps as a fallback is skipped.
TEXT_BOX_PARAGRAPHS = ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]//w:p"


def text_box_lines(paragraph) -> list[str]:
    lines = []
    for box_paragraph in paragraph._p.xpath(TEXT_BOX_PARAGRAPHS):
        text = "".join(node.text or "" for node in box_paragraph.xpath(".//w:t")).strip()
        if text:
            lines.append(text)
    return lines


def open_document(path: Path):
    import docx  # python-docx; imported lazily, only docx files need it

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_DOCX_UNCOMPRESSED:
                raise LoadError(path, "文档解压后过大（疑似异常文件），已跳过")
        return docx.Document(str(path))
    except LoadError:
        raise
    except Exception as exc:  # python-docx raises many types for a broken file
        raise LoadError(path, "Word 文档已损坏或不是 .docx 格式（.doc 请先另存为 .docx）") from exc


def read_docx(path: Path, data: bytes) -> tuple[str, str | None]:
    from docx.table import Table

    document = open_document(path)
    numbering = read_numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(render_table(table_rows(block)))
            continue
        lines.extend(text_box_lines(block))
        text = block.text.strip()
        if text:
            lines.append(paragraph_number(block, numbering) + text)
    return "\n".join(lines), None
