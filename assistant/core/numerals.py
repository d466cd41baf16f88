"""Chinese numerals <-> numbers (第一百一十三条, 两次, 十二项, 一百零五, 3.5万, 百分之十五)."""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CHINESE_NUMERAL = "[零〇一二两三四五六七八九十百千万]+"
NUMBER = rf"(?:\d+(?:\.\d+)?|{CHINESE_NUMERAL})"


def chinese_to_int(text: str) -> int | None:
    """Parse a Chinese numeral such as 一百一十三 or 十二; None if it is not one."""
    if not text or any(ch not in DIGITS and ch not in UNITS for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        else:
            unit = UNITS[ch]
            if unit == 10000:
                total = (total + section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
    return total + section + (digit or 0)


def to_int(text: str) -> int | None:
    """Parse an Arabic or Chinese integer."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return chinese_to_int(text)


MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}


def parse_number(text: str) -> float | None:
    """An Arabic (3, 3.5, 1,200) or Chinese (两, 十二, 一百零五) number, optionally ×万/亿; None if not one."""
    text = text.strip().replace(",", "").replace("，", "")
    scale = 1
    if len(text) > 1 and text[-1] in MULTIPLIERS:
        text, scale = text[:-1], MULTIPLIERS[text[-1]]
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) * scale
    value = chinese_to_int(text)
    return None if value is None else float(value * scale)


def int_to_chinese(n: int) -> str:
    """Format 1..99999 the way regulations number articles (一百一十三, 十二)."""
    if n == 0:
        return "零"
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    for value, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        q, n = divmod(n, value)
        if q:
            parts.append(digits[q] + unit)
        elif parts and n and not parts[-1].endswith("零"):
            parts.append("零")
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def article_label(n: int) -> str:
    return f"第{int_to_chinese(n)}条"


ARTICLE_REF = re.compile(rf"第\s*({CHINESE_NUMERAL}|\d+)\s*条")


def parse_article_ref(text: str) -> int | None:
    """Article number named in free text (第113条, 第一百一十三条), else None."""
    match = ARTICLE_REF.search(text)
    return to_int(match.group(1)) if match else None


# ---------- references to a regulation's parts: 第五条至第八条, 第二十一、二十二条, 第六条第（三）项, 第三章 ----------
NUMERAL = rf"(?:{CHINESE_NUMERAL}|\d+)"
PART_UNITS = "编章节条"
# One run of numbered references sharing a unit: 第五条到第八条, 第二十一、二十二条, 第53和54条, 第三章.
# Separators: lists (、，和与及) and ranges (至到-—~).
REFERENCE_RUN = re.compile(
    rf"第\s*{NUMERAL}\s*[{PART_UNITS}]?(?:\s*(?:、|，|,|和|与|及|以及|或|至|到|-|—|－|~|～)\s*第?\s*{NUMERAL}\s*[{PART_UNITS}]?)*"
    rf"(?<=[{PART_UNITS}])"
)
RUN_ITEM = re.compile(rf"({NUMERAL})\s*([{PART_UNITS}]?)")
RANGE_SEPARATOR = re.compile(r"^\s*(?:至|到|-|—|－|~|～)\s*第?\s*$")
# 第M款 / 第（K）项 / 第K项 right after an article.
SUBDIVISION = re.compile(
    rf"^\s*(?:的)?\s*(?:第\s*({NUMERAL})\s*款)?\s*(?:的)?\s*(?:第?\s*[（(]?\s*({NUMERAL})\s*[）)]?\s*项)?"
)
# 第二款 / 第（三）项 said without its article (那第二款呢): a part of the article just asked about.
CLAUSE_REF = re.compile(rf"第\s*{NUMERAL}\s*款|第\s*[（(]\s*{NUMERAL}\s*[）)]\s*项")
MAX_RANGE = 30  # numbers a range expands to at most


@dataclass(frozen=True)
class PartRef:
    """第N条 (unit 条), or 第N章/节/编; an article may name its 款 (clause) and 项 (item)."""

    unit: str
    number: int
    clause: int | None = None
    item: int | None = None

    @property
    def label(self) -> str:
        """第一百一十三条, 第三章: the label the document itself uses."""
        return f"第{int_to_chinese(self.number)}{self.unit}"

    @property
    def full_label(self) -> str:
        """第六条第二款第（三）项."""
        clause = f"第{int_to_chinese(self.clause)}款" if self.clause else ""
        item = f"第（{int_to_chinese(self.item)}）项" if self.item else ""
        return self.label + clause + item


def parse_part_refs(text: str) -> list[PartRef]:
    """Every numbered part the text names, in order, lists and ranges expanded (第五条至第八条 -> 5, 6, 7, 8)."""
    refs: list[PartRef] = []
    for run in REFERENCE_RUN.finditer(text):
        refs.extend(expand_run(run.group(0), text[run.end() :]))
    return list(dict.fromkeys(refs))


def expand_run(run: str, after: str) -> list[PartRef]:
    items = list(RUN_ITEM.finditer(run))
    units = [m.group(2) for m in items]
    # A number without a unit takes the next unit said (第二十一、二十二条: both are 条).
    for i in range(len(units) - 2, -1, -1):
        units[i] = units[i] or units[i + 1]
    refs: list[PartRef] = []
    previous: tuple[int, str] | None = None
    for n, (match, unit) in enumerate(zip(items, units, strict=True)):
        number = to_int(match.group(1))
        if number is None or not unit:
            continue
        between = run[items[n - 1].end() : match.start()] if n else ""
        is_range = previous and previous[1] == unit and RANGE_SEPARATOR.match(between)
        if is_range and number > previous[0]:  # a long range is cut: 第一条至第一百五十八条 is no look-up
            refs.extend(PartRef(unit, n) for n in range(previous[0] + 1, min(number, previous[0] + MAX_RANGE) + 1))
        else:
            refs.append(PartRef(unit, number))
        previous = (number, unit)
    if refs and refs[-1].unit == "条":  # 第六条第（三）项: the subdivision belongs to the last article named
        sub = SUBDIVISION.match(after)
        clause, item = (
            (to_int(sub.group(1)) if sub.group(1) else None),
            (to_int(sub.group(2)) if sub.group(2) else None),
        )
        if clause or item:
            refs[-1] = PartRef("条", refs[-1].number, clause, item)
    return refs


def parse_article_refs(text: str) -> list[PartRef]:
    """The articles (第N条) the text names."""
    return [r for r in parse_part_refs(text) if r.unit == "条"]
