"""Builds OFD files (GB/T 33190-2016) the way typesetting software writes them, for the OFD reader's tests.

No tool on this machine writes a conformant OFD with a text layer (easyofd's PDF->OFD writes page images, or,
with its text option, one TextObject per character in a private namespace), so the structure is written here
from the standard: OFD.xml -> DocRoot -> Document.xml -> Pages -> Content.xml, one TextObject per line, with
Boundary, Size, TextCode X/Y and DeltaX in millimetres, a running header and a "— n —" footer on every page.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
LEFT, TOP, BODY_WIDTH = 28.0, 37.0, 156.0
SIZE = 5.6  # 三号 (16 pt), the body size of official documents
LINE_GAP = 10.0
LINES_PER_PAGE = 22


def text_object(ident: int, text: str, x: float, y: float, size: float) -> str:
    """One line: a TextObject at (x, y) whose TextCode advances one character width per character."""
    delta = f"g {len(text) - 1} {size}" if len(text) > 1 else ""
    width = size * len(text)
    return (
        f'<ofd:TextObject ID="{ident}" Font="2" Size="{size}" Boundary="{x} {y} {width} {size * 1.2}">'
        f'<ofd:TextCode X="0" Y="{size}" DeltaX="{delta}">{escape(text)}</ofd:TextCode></ofd:TextObject>'
    )


def layout(title: str, paragraphs: list[str]) -> list[list[tuple[str, float, float, float]]]:
    """Lines (text, x, y, size) per page: a centred title, then paragraphs indented two characters and wrapped."""
    per_line = int(BODY_WIDTH // SIZE)
    lines: list[tuple[str, float, float]] = [(title, (PAGE_WIDTH - len(title) * 7.4) / 2, 7.4)]
    for paragraph in paragraphs:
        rest, first = paragraph, True
        while rest:
            room = per_line - 2 if first else per_line
            lines.append((rest[:room], LEFT + (2 * SIZE if first else 0), SIZE))
            rest, first = rest[room:], False
    pages = []
    for start in range(0, len(lines), LINES_PER_PAGE):
        pages.append(
            [
                (text, x, TOP + row * LINE_GAP, size)
                for row, (text, x, size) in enumerate(lines[start : start + LINES_PER_PAGE])
            ]
        )
    return pages


def page_xml(lines: list[tuple[str, float, float, float]], number: int, header: str) -> str:
    objects = [text_object(100 + i, *line) for i, line in enumerate(lines)]
    objects.append(text_object(90, header, LEFT, 20.0, 3.7))  # running header
    objects.append(text_object(91, f"— {number} —", PAGE_WIDTH / 2 - 8, 280.0, 4.9))  # page number
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
        f'<ofd:Layer ID="{number * 1000}" Type="Body">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def image_page_xml() -> str:
    """A scanned page: one ImageObject covering the A4 page (its unit square scaled by the CTM)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="500">'
        f'<ofd:ImageObject ID="501" ResourceID="20" Boundary="0 0 {PAGE_WIDTH} {PAGE_HEIGHT}" '
        f'CTM="{PAGE_WIDTH} 0 0 {PAGE_HEIGHT} 0 0"/></ofd:Layer></ofd:Content></ofd:Page>'
    )


def build_ofd(
    title: str, paragraphs: list[str], header: str = "内部资料　注意保存", scan: bytes | None = None
) -> bytes:
    """Typed pages; with `scan` (PNG bytes), one more page after them that is only that image."""
    pages = layout(title, paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
            f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>6d3a3f0e0c2b4e0f9a7b1c2d3e4f5a6b</ofd:DocID>"
            f"<ofd:Title>{escape(title)}</ofd:Title></ofd:DocInfo>"
            f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        count = len(pages) + (scan is not None)
        page_list = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(count))
        package.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_WIDTH} {PAGE_HEIGHT}"
            f"</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
            f"<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
            f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>",
        )
        package.writestr(
            "Doc_0/PublicRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
            f'<ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>',
        )
        package.writestr(
            "Doc_0/DocumentRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>'
            f'<ofd:MultiMedia ID="20" Type="Image" Format="PNG"><ofd:MediaFile>scan_0.png</ofd:MediaFile>'
            f"</ofd:MultiMedia></ofd:MultiMedias></ofd:Res>",
        )
        for number, lines in enumerate(pages):
            package.writestr(f"Doc_0/Pages/Page_{number}/Content.xml", page_xml(lines, number + 1, header))
        if scan is not None:
            package.writestr(f"Doc_0/Pages/Page_{len(pages)}/Content.xml", image_page_xml())
            package.writestr("Doc_0/Res/scan_0.png", scan)
    return buffer.getvalue()
