"""A quantity a document states — one row of the fact table — with its measure word's family and qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.core.schema import Chunk

UnitFamily = Literal["person", "person_time", "times", "items", "money", "percent", "duration", "other"]

Qualifier = Literal["subset", "total", "lower_bound", "plan", "approx", "each", "from", "done", "open"]

ItemState = Literal["done", "open", "either"]  # either: 整改完了没有 is answered by the done and open figures

# Measure words by what they count. 人 never answers 人次; 年 and 月 are left out: 2022年 is a date.
FAMILIES: dict[UnitFamily, tuple[str, ...]] = {
    "person": ("名", "人", "位"),
    "person_time": ("人次", "户次"),
    "times": ("次", "场", "回", "期", "轮", "遍"),
    "items": ("个", "项", "件", "条", "份", "篇", "批", "类", "家", "户", "所", "处", "起", "部", "本", "门", "套")
    + ("批次",)  # 抽检260批次 counts batches, as 几批 and 几批次 ask
    + ("大",),  # 9大领域, 四大工程: 大 measures the things it heads (never 一大批, 党的二十大)
    "money": ("元", "万元", "亿元"),
    "percent": ("%", "％"),
    "duration": ("天", "个工作日", "工作日", "学时", "课时", "小时", "个月", "周"),
    "other": ("支", "枚", "块", "台", "辆", "间", "座", "届", "节", "堂", "分钟", "盏", "册", "株", "棵")
    # visits of things counted per visit: 入库检查420仓次, 出车300车次
    + ("仓次", "车次", "架次", "班次", "台次", "辆次", "航次")
    # measures: 造林1680亩, 发电量11.8亿千瓦时, 巡护里程128万公里
    + ("亩", "公顷", "平方米", "平方公里", "公里", "千米", "吨", "千瓦时", "立方米")
    # volumes and weights: 献血量98.5万毫升, 集装箱吞吐量120万标箱, 发放药品3.2万千克
    + ("毫升", "标箱", "千克", "公斤")
    # archives and books: 数字化档案48万页, 整理案卷1200卷
    + ("页", "卷", "册次", "种")
    # pairs: 师徒结对22对
    + ("对",),
}

FAMILY_OF_UNIT = {unit: family for family, units in FAMILIES.items() for unit in units}

UNIT_WORDS = [unit for units in FAMILIES.values() for unit in units if unit not in "%％"]

UNITS = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))

SUMMABLE: frozenset[UnitFamily] = frozenset({"person", "person_time", "times", "items", "duration", "other"})

# 个 counts people when a person noun follows: 6个支部书记, 几个党员.
PERSON_NOUN = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(党员|同志|干部|书记|委员|积极分子|发展对象|群众|职工|员工|学生|教师|老师|代表|人员|志愿者|人)"
)

# An outline number opening a line (（二）, 三、, 2.) numbers the line; it says nothing of what is counted.
OUTLINE_NUMBER = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))"
)


@dataclass(frozen=True)
class NumericFact:
    chunk: Chunk
    sentence: str  # the whole sentence, quoted as evidence
    clause: str  # the clause that states the number
    predicate: str  # what the number counts: 发展党员, 6个支部书记讲党课 (borrowed from the previous clause if bare)
    number: float
    number_text: str  # as written in the source: 5, 两, 十二, 186万, 94.6
    unit: str
    family: UnitFamily
    qualifiers: frozenset[Qualifier]
    position: int  # order of the fact in its chunk
    parent: int | None = None  # position of the whole a 其中 subset belongs to
    actors: float = 1.0  # 4名支部书记各讲1次: 4 (the figure stands for actors × number)
    span: tuple[int, int] = (0, 0)  # where the figure stands in its sentence
    # Context shared with the figure: the head of its 、 list, or the previous clause when that states
    # no figure of this family (开展义诊活动26场，服务群众3800余人次: the 人次 are 义诊's).
    lead: str = ""
    row: str = ""  # the label of the table row the figure stands in: 外科党支部, 合计

    @property
    def said(self) -> str:
        """The clause as an answer quotes it; a row's cell with its row label (外科党支部：党员人数26), and
        with the row's measure word when the cell is a bare figure (吸收新党员：年度计划3名)."""
        clause = OUTLINE_NUMBER.sub("", self.clause).strip()
        if not self.row:
            return clause
        # a bare cell takes the row's scale and measure word: 粉丝（万）：完成338 is said 338万
        digits = self.number_text.rstrip("万亿")
        bare = clause.endswith(digits) and not clause.endswith(self.value_text)
        return f"{self.row}：{clause}{self.value_text[len(digits) :] if bare else ''}"

    @property
    def value_text(self) -> str:
        return f"{self.number_text}{self.unit}"

    @property
    def is_plan(self) -> bool:
        """A figure to be reached (拟/计划, or a minimum such as 不少于), not one achieved."""
        return bool(self.qualifiers & {"plan", "lower_bound"})

    @property
    def amount(self) -> float:
        """What the figure adds to a total: 各讲1次 by 4 people is 4."""
        return self.number * self.actors


def family_of(unit: str, after: str = "") -> UnitFamily:
    if unit == "个" and PERSON_NOUN.match(after):
        return "person"
    return FAMILY_OF_UNIT.get(unit, "other")


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
