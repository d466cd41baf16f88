"""OCR boxes back into lines and paragraphs, in reading order; no OCR model runs here.

Boxes (runs of text, in a frame where the page's skew is undone) are grouped into lines by their vertical
position and ordered left to right; lines that a paragraph wrapped are re-joined: a line that reaches the right
margin continues on the next line unless that one is indented, as Chinese paragraphs and headings such as "一、"
are.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from assistant.ingest.structure import ARTICLE, DATE_LINE, HEADING_PATTERNS, INLINE_HEADING_END

SAME_LINE = 0.5  # boxes whose centres differ by less than this many text heights share a line
WORD_GAP = 1.0  # a gap wider than this many text heights inside a line is kept as a full-width space
INDENT = 0.8  # a line starting this many text heights right of the left margin starts a paragraph
MARGIN_REACH = 1.5  # a line ending within this many text heights of the right margin was wrapped
LONG = 0.1  # lines ending within this fraction of the text width from the widest one set the right margin
LARGER_TYPE = 1.15  # a line whose characters are this much wider than the body's is a title (二号 over 三号: 1.375)
MEASURED_CHARS = 8  # lines this long or longer measure their type size reliably
CENTRED = 1.0  # two lines whose centres are this close (in text heights) to the block's centre are centred


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
