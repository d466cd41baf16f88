"""How clerks contract a body's name: the first character of some of its words, in order, ending with its kind
(粮储局 for 粮食和物资储备局, 人社局 for 人力资源和社会保障局, 疾控中心 for 疾病预防控制中心); a name that is one
word keeps its first and last characters (红会 for 红十字会)."""

from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

from assistant.core.words import cut_words

MIN_SHORT = 2


KIND_LENGTHS = (2, 1)  # 中心 / 集团 kept whole, or 局 / 会 alone


@lru_cache(maxsize=65536)  # asked for every alias of every document, again for each stage of a question
def contracts(short: str, name: str) -> bool:
    """Whether `short` is a contraction of `name`: it ends with the name's kind (its last one or two characters,
    中心 of 疾病预防控制中心, 局 of 保障局) and every character before opens one of the name's words, in order,
    the first the first word's (words may be skipped, never reordered). Two characters contract only a name of
    one word (红会), as a two-word name's first and last characters (工会 of 工商业联合会) are another body's."""
    if not (MIN_SHORT <= len(short) < len(name)) or short[0] != name[0]:
        return False
    words = cut_words(name)
    if "".join(words) != name:  # cut_words lower-cases and strips: a name that is not plain Chinese words
        return False
    if len(short) == MIN_SHORT and len(words) > 1:
        return False
    starts = list(accumulate((len(w) for w in words[:-1]), initial=0))
    for kind in KIND_LENGTHS:
        head = short[:-kind]
        if head and name.endswith(short[-kind:]) and kind_word(short[-kind:], words[-1]):
            openings = "".join(name[i] for i in starts if i < len(name) - kind)
            if openings.startswith(head[0]) and in_order(head[1:], openings[1:]):
                return True
    return False


def kind_word(tail: str, last: str) -> bool:
    """Whether the name's last word ends in `tail` as its kind: a character (局 of 保障局), the word itself (集团),
    or the last two characters of a compound of four or more (中心 of 控制中心; 育局 of 体育局 is none)."""
    return len(tail) == 1 or tail == last or len(last) >= 2 * len(tail)


def in_order(short: str, long: str) -> bool:
    """Every character of `short` occurs in `long`, in order."""
    rest = iter(long)
    return all(ch in rest for ch in short)
