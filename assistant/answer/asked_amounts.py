"""What a quantity question asks when no measure word says it: 能耗下降多少 asks a percentage too (reports state a
change as one), 帮着卖了多少农产品 an amount of money too (what is sold is told by its sales), 拆了多大面积 an area
(平方米, 亩), 修了多长 a length."""

from __future__ import annotations

import re

from assistant.answer.numeric_fact import NumericFact, UnitFamily

# 下降多少 / 提高了多少: a bare 多少 ending the question right after a verb of change
CHANGE_ASKED = re.compile(
    r"(?:下降|降低|减少|压减|压降|削减|提高|提升|增长|上升|增加|降)了?(?:多少|几)(?=[，,？?呢。！!\s]|$)"
)
# 卖了多少农产品 / 销售多少: a bare 多少 of what is sold, with no measure word after it
SOLD_ASKED = re.compile(
    r"(?:卖|销售|售出|出售|代销|销)[了出掉]?(?:多少|几)(?!万?(?:[项个次名位人条件份篇批类户家笔吨斤箱]|公斤|千克))"
)
# The measures a size is asked by (多大面积), and the units that state it.
MEASURES_ASKED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"多大的?(?:面积|地方)|面积(?:有|是|为|达到?|共)?多[大少]|多少面积"),
        ("平方米", "平方公里", "亩", "公顷"),
    ),
    (re.compile(r"多长(?!时间)|长度(?:有|是|为)?多少|多少里程|里程(?:有|是|为)?多少"), ("公里", "千米")),
)
SIZE_UNITS = frozenset(unit for _, units in MEASURES_ASKED for unit in units)
# 清理违规建筑57处、面积1.3万平方米: a size said by its noun alone measures the thing of the clause before
SIZE_NOUN = re.compile(r"[\u4e00-\u9fff]{0,2}(?:面积|长度|里程)")

# How a size is asked, no word of what is measured: 拆了多大面积 measures 面积
SIZE_ASKED = re.compile(r"多大的?|多长(?!时间)")


def also_asked(question: str) -> frozenset[UnitFamily]:
    """The families a bare count question takes besides counts: a change's percentage, a sale's money."""
    also: set[UnitFamily] = set()
    if CHANGE_ASKED.search(question):
        also.add("percent")
    if SOLD_ASKED.search(question):
        also.add("money")
    return frozenset(also)


def measure_units(question: str) -> tuple[str, ...]:
    """The units of the size a question asks (多大面积 → 平方米, 亩…), else none."""
    return next((units for pattern, units in MEASURES_ASKED if pattern.search(question)), ())


def sizes_earlier(fact: NumericFact) -> bool:
    """Whether a figure is a size said by its noun alone (面积1.3万平方米), of what the clause before names."""
    return fact.unit in SIZE_UNITS and bool(SIZE_NOUN.fullmatch(fact.predicate))
