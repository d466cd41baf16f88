"""Text patterns shared by every stage: 《》 titles, years, sentences, whitespace."""

from __future__ import annotations

import re

TITLE_REF = re.compile(r"《([^》]{2,60})》")
YEAR = re.compile(r"(?:19|20)\d{2}")
# 2015届: a graduating cohort. Its year names who is counted (2015届毕业生), not the period a report covers.
COHORT = re.compile(r"(?:19|20)\d{2}\s*届")
# A half or a quarter of a year as people write it: 上半年, 第三季度, 三季度, 3季度.
HALF = re.compile(r"[上下]半年")
QUARTER = re.compile(r"(?:第\s*)?[一二三四1-4]\s*季度")
YEAR_PART = re.compile(rf"{HALF.pattern}|{QUARTER.pattern}")
# 2024年 / 2023年1月—2024年6月 / 2025年上半年: the year or span of years a title or report covers.
YEAR_SPAN = re.compile(
    r"((?:19|20)\d{2})(?:\s*年(?!度))?(?:\s*\d{1,2}\s*月)?"
    r"(?:\s*[—–\-~～至到]\s*((?:19|20)\d{2})(?:\s*年(?!度))?(?:\s*\d{1,2}\s*月)?)?"
    rf"\s*({YEAR_PART.pattern}|年度|全年)?"
)
# 35岁以下, 50周岁及以上, 党龄5年以上, 30-40岁: a figure bounding a group of people names the group (a table's
# column 35岁以下党员), never a count of it.
GROUP_BOUND = re.compile(
    r"\d+(?:[-—～~至到]\d+)?(?:周岁|岁|年)(?:及|或)?(?:以上|以下|以内)|\d+[-—～~至到]\d+(?:周岁|岁)"
)
# 2023年度专题民主生活会 / 2024年度领导班子民主生活会: words between a year's 年度 and the kind of its meeting.
MEETING_MODIFIER = r"(?:[\u4e00-\u9fff]{0,6}?专题|领导班子|班子)?"
QUARTER_NUMBERS = {"一": "一", "二": "二", "三": "三", "四": "四", "1": "一", "2": "二", "3": "三", "4": "四"}


def year_part(text: str) -> str:
    """上半年 / 第三季度 for a part of a year as written (三季度, 第3季度 -> 第三季度)."""
    if "半年" in text:
        return text
    digit = next(ch for ch in text if ch in QUARTER_NUMBERS)
    return f"第{QUARTER_NUMBERS[digit]}季度"


SENTENCE = re.compile(r"[^。！？；!?]*[。！？；!?]+[”’」）)]*|[^。！？；!?]+$")
# A line ending in a colon (市直机关工委： over the body, 现将情况报告如下：) ends there: the addressee or lead-in
# is no part of the statement on the next line.
COLON_LINE_END = re.compile(r"(?<=[：:])(?=\n)")
WHITESPACE = re.compile(r"\s+")


# 市直机关工委：<line break> opening a report: the body it is sent to (主送), no words of the sentence below it
ADDRESSEE = re.compile(
    r"^\s*[^\s，,。；;：:！？、“”]{2,24}(?:委员会|工委|党委|党组|委|局|厅|办|部|处|政府|公司|中心)[：:][ \t　]*\n\s*"
)


def without_addressee(sentence: str) -> str:
    """A report's first sentence without the 主送 line above it."""
    return ADDRESSEE.sub("", sentence, count=1)


def split_sentences(text: str) -> list[str]:
    pieces = COLON_LINE_END.split(text) if "：\n" in text or ":\n" in text else (text,)
    return [s for piece in pieces for s in SENTENCE.findall(piece) if s.strip()]


def squash(text: str) -> str:
    """Text without any whitespace, for comparisons that must ignore line breaks and spaces."""
    return WHITESPACE.sub("", text)


# A list item's number at a line start (1.…, 2、…, and 2.10月底前…, where the 10 is the month's): numbering,
# not a quantity of the text.
ITEM_NUMBER = re.compile(r"^([ \t　]*)\d{1,2}[.．、](?=\s|\d{1,2}\s*月|[^\d\s])", re.M)
