"""An answer as a Word document laid out after GB/T 9704 (党政机关公文格式).

A4; margins 上37 下35 左28 右26 mm; title 二号 方正小标宋简体 (宋体 where it is not installed), centred;
body 三号 仿宋_GB2312 (仿宋), 28 characters × 22 lines (a line grid of 28.95 pt, characters condensed
to 442 pt / 28), first-line indent of two characters;
headings 一、 in 黑体, （一） in 楷体, 1. in the body font; page numbers "— 1 —" in 四号 宋体.
The 〔n〕 marks stay in the text, and the sources follow as "附：资料来源".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from assistant.answer.draft import GENERIC_TOPIC
from assistant.answer.draft_names import organisation_of, period_of
from assistant.answer.draft_options import without_options
from assistant.answer.draft_topic import PERIOD_WORDS, draft_topic
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer

LineKind = Literal["title", "heading1", "heading2", "heading3", "body", "sources", "source", "footer"]

BODY_SIZE = Pt(16)  # 三号
TITLE_SIZE = Pt(22)  # 二号
FOOTER_SIZE = Pt(14)  # 四号
LINE_PITCH = Pt(28.95)  # 225 mm of text height / 22 lines
CHARS_PER_LINE = 28
MARGINS = {"top_margin": Mm(37), "bottom_margin": Mm(35), "left_margin": Mm(28), "right_margin": Mm(26)}
TEXT_WIDTH = Mm(210 - 28 - 26)


@dataclass(frozen=True)
class Face:
    font: str  # East-Asian font the standard names
    fallback: str  # what Word uses where that font is not installed (fontTable altName)
    size: Pt = BODY_SIZE


# Each kind of line: its font and how it is set (centred title, indented body, flush headings).
FACES: dict[LineKind, Face] = {
    "title": Face("方正小标宋简体", "宋体", TITLE_SIZE),
    "heading1": Face("黑体", "SimHei"),
    "heading2": Face("楷体_GB2312", "楷体"),
    "heading3": Face("仿宋_GB2312", "仿宋"),
    "body": Face("仿宋_GB2312", "仿宋"),
    "sources": Face("黑体", "SimHei"),
    "source": Face("仿宋_GB2312", "仿宋"),
    "footer": Face("宋体", "SimSun", FOOTER_SIZE),
}
# Outline levels of a draft's lines (一、 / （一） / 1.); anything else is a body paragraph.
HEADINGS: tuple[tuple[LineKind, re.Pattern[str]], ...] = (
    ("heading1", re.compile(r"^[一二三四五六七八九十]+、")),
    ("heading2", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("heading3", re.compile(r"^\d{1,2}[.．](?!\d)")),
)
# A heading line is short; a long 1. line is an item paragraph, set as body text.
HEADING_MAX_CHARS = 40
SOURCES_TITLE = "附：资料来源"
# The rPr children that follow w:spacing in the schema (CT_RPr's sequence).
AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:lang")


class ExportError(AssistantError):
    """The .docx could not be written (folder missing, file open in Word, no permission)."""


def line_kind(line: str) -> LineKind:
    if len(line) <= HEADING_MAX_CHARS:
        for kind, pattern in HEADINGS:
            if pattern.match(line):
                return kind
    return "body"


def default_title(answer: Answer, question: str = "") -> str:
    """The document's title: for a draft, what it is about (关于廉政建设的情况总结), or whose work of
    which period for a whole piece on a report (云岭县水务局机关党支部2024年上半年工作总结); otherwise the question."""
    asked = (question or answer.resolved_question).strip().rstrip("？?。")
    if answer.kind != "draft":
        return asked or "答复"
    subject = draft_subject(asked) if asked else ""
    source = answer.citations[0].doc if answer.citations else ""
    if source and GENERIC_TOPIC.match(PERIOD_WORDS.sub("", subject)):
        return f"{organisation_of(source)}{period_of(source)}工作总结"
    return f"关于{subject}的情况总结" if subject else "情况总结"


def draft_subject(question: str) -> str:
    """廉政文化建设 from 起草一段关于廉政文化建设情况的总结 (the draft answerer's own topic rule)."""
    return draft_topic(without_options(question)).removesuffix("情况")


def write_docx(answer: Answer, path: str | Path, title: str | None = None, question: str = "") -> Path:
    """Write `answer` to `path` as a 公文-format .docx; returns the path written."""
    target = Path(path)
    if target.suffix.lower() != ".docx":
        target = target.with_suffix(".docx")
    document = build_document(answer, title or default_title(answer, question))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(target))
    except OSError as exc:
        raise ExportError(
            f"无法写入 Word 文件 {target}：{exc.strerror or exc}。请检查文件夹是否存在、是否有写权限，"
            "或该文件是否正在 Word 中打开。"
        ) from exc
    return target


def build_document(answer: Answer, title: str):
    document = Document()
    set_normal_style(document)
    set_page(document)
    add_fallback_fonts(document)
    add_paragraph(document, title, "title")
    add_paragraph(document, "", "body")  # GB/T 9704: one blank line between title and body
    for line in (line.strip() for line in answer.text.split("\n")):
        if line:
            add_paragraph(document, line, line_kind(line))
    if answer.note:
        add_paragraph(document, f"说明：{answer.note}", "body")
    if answer.citations:
        add_paragraph(document, "", "body")
        add_paragraph(document, SOURCES_TITLE, "sources")
        for n, citation in enumerate(answer.citations, 1):
            where = f"，{citation.section}" if citation.section else ""
            add_paragraph(document, f"{n}. 《{citation.doc}》{where}：“{citation.quote}”", "source")
    return document


def set_normal_style(document) -> None:
    """The body face as the default: the character grid is measured in the default font's size."""
    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FACES["body"].font)


def set_page(document) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    section.footer_distance = Mm(28 - 7)  # the page number sits 7 mm below the last line
    # The document grid: 22 lines a page, 28 characters a line (Word's 文档网格).
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    # A line grid only: a character grid narrower than the 三号 glyph makes LibreOffice give each
    # character two cells (14 a line). 28 a line come from condensing each character instead (run_spacing).
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH.twips)))
    add_page_number(section.footer.paragraphs[0])


def add_page_number(paragraph: Paragraph) -> None:
    """— 1 — centred: a PAGE field between em dashes."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(paragraph.add_run("— "), FACES["footer"])
    run = paragraph.add_run()
    set_run_font(run, FACES["footer"])
    for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
    set_run_font(paragraph.add_run(" —"), FACES["footer"])


def add_paragraph(document, text: str, kind: LineKind) -> Paragraph:
    face = FACES[kind]
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH
    fmt.space_before = fmt.space_after = Pt(0)
    if kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.line_spacing = Pt(TITLE_SIZE.pt * 1.5)  # a 二号 title does not fit a 三号 line
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Pt(face.size.pt * 2)  # two characters
    if text:
        set_run_font(paragraph.add_run(text), face)
    return paragraph


def run_spacing(size: Pt) -> int:
    """Character spacing (twentieths of a point, negative = condensed) that puts 28 characters on a line."""
    pitch = TEXT_WIDTH.pt / CHARS_PER_LINE
    return math.floor((pitch - size.pt) * 20) if size.pt > pitch else 0


def set_run_font(run, face: Face) -> None:
    """Font for Latin and East-Asian text alike: python-docx's font.name leaves w:eastAsia unset."""
    run.font.name = face.font
    run.font.size = face.size
    rpr = run._r.get_or_add_rPr()
    if face.size == BODY_SIZE:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(run_spacing(face.size)))
        rpr.insert_element_before(spacing, *AFTER_SPACING)  # Word rejects rPr children out of schema order
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), face.font)
    fonts.set(qn("w:hint"), "eastAsia")


def add_fallback_fonts(document) -> None:
    """Declare each font with the one Word substitutes where it is missing (方正小标宋简体 → 宋体)."""
    part = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    table = parse_xml(part.blob)
    known = {f.get(qn("w:name")) for f in table.findall(qn("w:font"))}
    for face in {f.font: f for f in FACES.values()}.values():
        if face.font in known:
            continue
        font = parse_xml(
            f'<w:font {nsdecls("w")} w:name="{face.font}"><w:altName w:val="{face.fallback}"/>'
            '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        )
        table.append(font)
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)  # a plain Part
