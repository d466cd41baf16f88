"""Things one sentence names in a run (甲支部、乙支部、丙支部3个支部完成换届): the answer to 哪几个支部完成了换届,
在哪些项目上攻坚, 下面有哪几个党支部 — each item cited by that sentence."""

from __future__ import annotations

import re

from assistant.answer.context import FACT_THRESHOLD, Scored
from assistant.answer.sections import Item
from assistant.core.numerals import CHINESE_NUMERAL, chinese_to_int
from assistant.core.words import cut_words

# 哪几个/哪些 and the words after it, where the kind of thing asked for starts (支部完成了换届 → 支部).
ASKED = re.compile(r"哪(?:几|些)([\u4e00-\u9fff]{2,9})")
# 评上红旗党支部的是哪几个: the kind said before the asking word, which ends the question
KIND_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:的|都|有|是)*哪(?:几|些)个?[？?呢。\s]*$")
MEASURE = re.compile(
    r"^[个项家所支条类种位名]"
)  # 哪几个支部, but 哪些项目: a measure word or the kind's first character
KIND_LENGTHS = (4, 3, 2)
# Where a run of names starts: after a clause break or an opening bracket, a preposition or verb of listing dropped.
RUN_START = re.compile(r"[，,：:；;（(“。]")
LEAD_WORDS = re.compile(
    r"^(?:分别是|分别为|包括|主要有|有|即|是|为|在|对|向|与|由|将|把|如|其中|通过|依托|围绕"
    r"|组织|开展|举办|举行|召开|组建|建立|建成|评选出?|推出|实施|了)+"
)
# 党总支下设甲、乙…: the holder and its verb of having come before the first name.
HOLDING_VERB = re.compile(r"^.*?(?:下设|设有|下辖|辖有|包括|分为|分设)")
LISTED_RUN = re.compile(r"[^，,。；;：:、]{2,}、[^，,。；;：:、]{2,}")
ETC = "等"
# 下设规划、审批、执法3个党支部: bare names, then their count and the kind (a 党 before it is no part of it).
COUNTED_LAST = re.compile(rf"^(.+?)(\d+|{CHINESE_NUMERAL})(?:个|家|所|支|项|类|种|位|名)")
LAST_JOIN = re.compile(r"以及|和|及|与")
MIN_ITEMS = 2
MAX_ITEM_CHARS = 24
CANDIDATES = 5
NEAR_BEST = 0.9
FAR_BEST = 0.7  # …or this good, when none of those lists any


def named_items(question: str, ranked: list[Scored]) -> list[Item]:
    """The names the best-matching sentence lists of the kind asked for, or [] if none lists them."""
    kinds = asked_kinds(question)
    if not kinds:
        return []
    # Only sentences about as good as the best: a weaker one listing names of the kind answers something else
    # (unless the best ones list nothing: 下设5个党支部，现有党员88名 in one report, the names in another).
    for near in (NEAR_BEST, FAR_BEST):
        for s in ranked[: CANDIDATES * (1 if near == NEAR_BEST else 2)]:
            if s.passage < FACT_THRESHOLD or s.score < near * ranked[0].score:
                break
            names = max((names_of_kind(s.sentence, kind) for kind in kinds), key=len)
            if names:
                quote = s.sentence.strip()
                return [Item(name, quote, s.chunk) for name in names]
            if s is ranked[0] and LISTED_RUN.search(s.sentence):
                return []  # the best sentence lists them in its own words (项目建设、招投标、重大资金支出): it answers
    return []


def asked_kinds(question: str) -> list[str]:
    """The kind of thing asked for, as a run's names end: 支部 of 哪几个支部完成了换届, or the last word of
    红旗党支部 in 评上红旗党支部的是哪几个."""
    asked = ASKED.search(question)
    if asked:
        return [asked.group(1), MEASURE.sub("", asked.group(1))]
    before = KIND_BEFORE.search(question)
    words = cut_words(before.group(1)) if before else []
    return [words[-1]] if words and len(words[-1]) >= 2 else []


def names_of_kind(sentence: str, asked: str) -> list[str]:
    """The longest run A、B、C in the sentence whose names end with the asked kind (支部, 项目), or that
    the sentence then calls by it (A、B等重点工程 for 哪些工程)."""
    best: list[str] = []
    for run in re.split(r"[，,。；;：:（()）]", sentence):
        parts = [p.strip() for p in run.split("、")]
        if len(parts) < MIN_ITEMS:  # 分别为甲党支部和乙党支部: two names joined by 和
            parts = [p.strip() for p in LAST_JOIN.split(run, maxsplit=1)]
        if len(parts) < MIN_ITEMS:
            continue
        for length in KIND_LENGTHS:
            kind = asked[:length]
            names = cut_run(parts, kind)
            if len(names) > len(best):
                best = names
                break
    return best


def cut_run(parts: list[str], kind: str) -> list[str]:
    """The run's names if every one ends with `kind` (the last one cut there) or the run ends 等…kind."""
    *middle, last = parts
    first = LEAD_WORDS.sub("", HOLDING_VERB.sub("", RUN_START.split(middle[0])[-1])) if middle else ""
    middle = [first, *middle[1:]]
    joined = LAST_JOIN.split(last, maxsplit=1)  # 流通党小组和退休党小组: the last two names joined by 和
    if len(joined) == 2 and joined[0].endswith(kind) and kind in joined[1]:
        middle, last = [*middle, joined[0]], joined[1]
    if all(p.endswith(kind) for p in middle) and kind in last:
        names = [*middle, last[: last.index(kind) + len(kind)]]
    elif ETC in last and kind in last[last.index(ETC) :]:
        names = [*middle, last[: last.index(ETC)]]
    elif counted_names(parts, last, kind):
        names = [*middle, COUNTED_LAST.match(last).group(1)]
    else:
        return []
    return names if all(0 < len(n) <= MAX_ITEM_CHARS for n in names) else []


def counted_names(parts: list[str], last: str, kind: str) -> bool:
    """Whether the run's last part closes it with as many of the kind as it names (A、B、C3个支部)."""
    counted = COUNTED_LAST.match(last)
    if not counted or not last[counted.end() :].lstrip("党").startswith(kind.lstrip("党")):
        return False
    number = counted.group(2)
    return (int(number) if number.isdigit() else chinese_to_int(number)) == len(parts)
