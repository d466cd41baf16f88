"""粉丝总数达到312万 / 注册用户突破48万: a count in 万 (亿) said with no measure word, right after a noun of the people
or things counted (and a verb of reaching). Never money: 经费630余万 is read by quantities.BARE_MONEY after a money word,
and no money word is a counted noun here."""

from __future__ import annotations

import re

# The count noun, its 总数, and a verb of reaching, ending right before the figure.
COUNTED_BEFORE = re.compile(
    r"(?:粉丝|用户|会员|观众|听众|读者|订户|关注者?|访客|人口|人数|访问量|阅读量|点击量|浏览量|播放量|收听量|收视量"
    r"|下载量|订阅量?)(?:总数|总量|数量|数)?(?:累计)?(?:达到|达|突破|超过|超|增至|增长到|增加到|为|约|近|逾)?$"
)
# Groups as quantities.QUANTITY names them; the scale stays with the number (312万 is 3120000, as a 粉丝（万） cell is).
BARE_COUNT = re.compile(
    r"(?<![\d.])(?P<pct>(?!))?(?P<num>\d+(?:\.\d+)?[万亿])(?P<approx>余|多)?(?P<scale>)(?P<unit>)(?=[，,。；;、）)]|$)"
)


def bare_counts(clause: str) -> list[re.Match[str]]:
    """The figures of `clause` counted in 万 or 亿 with no measure word, each after its counted noun."""
    return [m for m in BARE_COUNT.finditer(clause) if COUNTED_BEFORE.search(clause[: m.start()])]
