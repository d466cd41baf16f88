"""Numeric facts stated in chunks: who / what / how many / unit (5次, 两次, 十二项)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.numerals import to_int
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences

# Measure words that make a number a count (年 and 月 are left out: 2022年 is a date).
UNIT_WORDS = [
    "万元",
    "亿元",
    "学时",
    "小时",
    "人次",
    "次",
    "项",
    "名",
    "人",
    "位",
    "个",
    "件",
    "条",
    "天",
    "篇",
    "场",
    "期",
    "批",
    "家",
    "户",
    "元",
    "份",
    "所",
    "支",
    "轮",
    "处",
    "起",
    "枚",
    "块",
    "部",
    "本",
    "门",
    "台",
    "辆",
    "套",
    "间",
    "座",
    "届",
    "节",
    "堂",
    "课时",
]
UNITS = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
QUANTITY = re.compile(rf"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*({UNITS})")
# Units that count the same thing: 多少名 is answered by 12人.
SAME_UNIT = [("名", "人", "位"), ("个", "项", "件"), ("次", "场")]
ASKED_QUANTITY = re.compile(rf"(?<!哪)(?:几|多少)({UNITS})?")


def asked_quantity(question: str) -> re.Pattern[str] | None:
    """For 几次/多少名 questions: a pattern for clauses that state such a quantity, else None."""
    match = ASKED_QUANTITY.search(question)
    if not match:
        return None
    unit = match.group(1)
    units = next((group for group in SAME_UNIT if unit in group), (unit,)) if unit else UNIT_WORDS
    alternatives = "|".join(sorted(units, key=len, reverse=True))
    return re.compile(rf"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:{alternatives})")


CLAUSE = re.compile(r"[^，,；;。！？!?]+")
# Phrases such as 一次性, 一项项 or 一批批 are not quantities.
NOT_QUANTITY_AFTER = re.compile(r"^(性|些|样|般|切|起来|直|致|同|道)")


@dataclass(frozen=True)
class NumericFact:
    chunk: Chunk
    sentence: str  # the whole sentence, quoted as evidence
    clause: str  # the clause that states the number
    action: str  # the clause text before the number, e.g. 党委班子成员讲党课
    number: float
    number_text: str  # as written in the source: 5, 两, 十二
    unit: str

    @property
    def value_text(self) -> str:
        return f"{self.number_text}{self.unit}"


def numbers_in(text: str) -> list[tuple[str, float]]:
    """Every quantity in a text as (as written, value): 3, 3.5, 三次 -> 三."""
    found = [(m.group(0), float(m.group(0))) for m in re.finditer(r"\d+(?:\.\d+)?", text)]
    for match in QUANTITY.finditer(text):
        raw = match.group(1)
        if not raw[0].isdigit():
            value = to_int(raw)
            if value is not None:
                found.append((raw, float(value)))
    return found


def extract_facts(chunk: Chunk) -> list[NumericFact]:
    facts: list[NumericFact] = []
    for sentence in split_sentences(chunk.text):
        for clause_match in CLAUSE.finditer(sentence):
            clause = clause_match.group(0).strip()
            for match in QUANTITY.finditer(clause):
                rest = clause[match.end() :]
                if NOT_QUANTITY_AFTER.match(rest):
                    continue
                raw, unit = match.group(1), match.group(2)
                value = float(raw) if raw[0].isdigit() else to_int(raw)
                if value is None:
                    continue
                facts.append(
                    NumericFact(
                        chunk, sentence.strip(), clause, clause[: match.start()].strip(), float(value), raw, unit
                    )
                )
    return facts


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
