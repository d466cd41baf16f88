"""Quantities written in text: a number with its measure word (3名, 百分之十五, 1.2万人, 630余万 of money), its
value as read, and the numerals that only look like one (一次性, 十九大, 2018届).

`facts` reads every clause's quantities into fact rows; other answerers find figures in text with these patterns.
"""

from __future__ import annotations

import re

from assistant.answer.numeric_fact import FAMILY_OF_UNIT, UNITS
from assistant.core.numerals import parse_number
from assistant.core.text import YEAR

CHINESE = "[零〇一二两三四五六七八九十百千]+"
NUMBER = rf"\d+(?:\.\d+)?|{CHINESE}"
# 第一次, 统一部署, 唯一 and 同一批 are not quantities; nor is a digit inside a longer number, nor the tail
# of a longer numeral (四条 of 第十四条).
QUANTITY = re.compile(
    rf"(?<![第统唯同单逐\d.零〇一二两三四五六七八九十百千])(?:百分之(?P<pct>{NUMBER})|(?P<num>{NUMBER})(?P<scale>万|亿)?"
    rf"(?P<approx>余|多)?\s*(?P<unit>%|％|{UNITS}))"
)
# 涉及经费630余万 / 支付金额540余万: money in 万 (亿) with no 元, at a clause's end after a word of money
BARE_MONEY = re.compile(
    r"(?<![\d.])(?P<pct>(?!))?(?P<num>\d+(?:\.\d+)?)(?P<approx>余|多)?(?P<scale>万|亿)(?P<unit>)(?=[，,。；;、）)]|$)"
)
MONEY_WORDS = re.compile(r"金额|资金|经费|费用|款|收入|支出|投入|花费|预算|投资|补助|补贴|奖金|奖励")
# Phrases such as 一次性, 一项项 or 一批批 are not quantities (一同 is not; 4名同志 is).
SMALL_COUNT = re.compile(r"\d{1,2}|[一二两三四五六七八九十]")  # how many 大 heads: a handful
NOT_QUANTITY_AFTER = re.compile(r"^(性|些|样|般|切|起来|直|致|同(?!志|学)|道|线|把手|体|岗|岁)")  # 45周岁: an age
CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
# 一支部 is a branch, not one 支 of something.
NOT_A_MEASURE = {
    "支": re.compile(r"^部"),
    "大": re.compile(
        r"^(?![\u4e00-\u9fff])|^(?:批|堆|早|片|把|半|概|力|量|多|部分|精神|报告|代表|以来|召开|会|上|后|前|期间|胜利)"
    ),
    "对": re.compile(r"^(?:于|照|标|接|象|外|待|其|党|全|群|这|该|此)"),
    "种": re.compile(r"^[\u4e00-\u9fff]"),  # 出版图书46种 counts; 四种形态 / 多种形式 name a kind
}
# 归纳梳理为4个方面17条 / 分为3类: groups of the figure's own items, which name no other thing.
GROUP_NOUN = re.compile(r"[个大]?(?:方面|类|部分|领域|板块)")
GROUPING = re.compile(rf"(?:{NUMBER})\s*{GROUP_NOUN.pattern}")


def numbers_in(text: str) -> list[tuple[str, float]]:
    """Every quantity in a text as (as written, value): 3, 3.5, 三次 -> 三, 百分之十五 -> 十五."""
    found = [(m.group(0), float(m.group(0))) for m in re.finditer(r"\d+(?:\.\d+)?", text)]
    for match in QUANTITY.finditer(text):
        raw = match.group("pct") or match.group("num")
        if not raw[0].isdigit():
            value = parse_number(raw)
            if value is not None:
                found.append((raw, value))
    return found


def read_quantity(match: re.Match[str]) -> tuple[float | None, str, str]:
    """(value, number as written, unit): 186万元 -> (186, 186, 万元); 1.2万人 -> (12000, 1.2万, 人)."""
    if match.group("pct"):
        return parse_number(match.group("pct")), match.group("pct"), "%"
    raw, scale, unit = match.group("num"), match.group("scale") or "", match.group("unit")
    approx = match.group("approx") or ""
    if scale and scale + unit in FAMILY_OF_UNIT:  # 万元 is a unit of its own
        return parse_number(raw), raw + approx, scale + unit
    if scale and not unit:  # 630余万 of money: 万元 said short
        return parse_number(raw), raw + approx, f"{scale}元"
    return parse_number(raw + scale), raw + scale + approx, unit


def is_no_quantity(match: re.Match[str], after: str) -> bool:
    """一次性, 一同, 一支部: a numeral and a measure word that are part of another word."""
    measure = NOT_A_MEASURE.get(match.group("unit") or "")
    if match.group("unit") == "大" and not SMALL_COUNT.fullmatch(match.group("num") or ""):
        return True  # 十九大, 二十大: a congress, not nineteen things
    if match.group("unit") == "届" and YEAR.fullmatch(match.group("num") or ""):
        return True  # 2018届毕业生: a cohort named by its year, not 2018 of anything
    return bool(NOT_QUANTITY_AFTER.match(after) or (measure and measure.match(after)))
