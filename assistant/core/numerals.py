"""Chinese numerals <-> numbers (第一百一十三条, 两次, 十二项, 一百零五, 3.5万, 百分之十五)."""

from __future__ import annotations

import re

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
