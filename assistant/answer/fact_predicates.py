"""What a figure counts: the predicate of a fact row, from the words around its number (开展3次主题党日 →
主题党日), without time, qualifiers, generic verbs or the organisation's name.
"""

from __future__ import annotations

import re

from assistant.answer.fact_plans import PLAN_WORDS
from assistant.answer.quantities import GROUP_NOUN

# Words around a number that say nothing of what is counted: time, qualifiers, particles.
NOT_PREDICATE = re.compile(
    r"上半年|下半年|全年|今年|去年|年初|年底|年内|目前|现有|截至|以来|\d+年|\d+月|\d+日|"
    r"共计|合计|累计|总计|一共|总共|共有|共|不少于|不低于|至少|超过|达到|达|约|近|各|其中|已|为|是|了|的|到|有|"
    r"由|从|至|提高|提升|压缩|降低|降至|增加|增长|缩短|减少|分别"
)
# Verbs that say nothing of what is counted; spending verbs (已使用16.5万元) take the money from the clause before.
GENERIC_VERBS = re.compile(
    r"开展|召开|举办|举行|组织|进行|完成|办理|实现|参加|参与|使用|支出|开支|花费|拨付|开|办|搞|做"
)
LEADING = re.compile(
    r"^[\s、，,]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))?[\s、，,]*(其中|另外|此外)?[，,、]?"
)
# Organisation words say whose, not what.
ORGANISATION = re.compile(r"党支部|党总支|党委|党组|支部|总支|委员会|机关")
LIST_CLOSED = re.compile(r"等(?![级待同额])")


def counted_core(predicate: str) -> str:
    """What a predicate counts, without time, qualifiers, plan words and generic verbs: 讲党课 of 计划讲党课."""
    words = PLAN_WORDS.sub("", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", ORGANISATION.sub("", predicate))))
    return re.sub(r"[^\u4e00-\u9fff]", "", words)


def fact_predicate(clauses: list[str], index: int, before: str, prefix: str, after: str, row: str = "") -> str:
    """What a number counts: the words since the previous number, else the whole clause before it, else
    the previous clause too (开展主题党日活动，全年开展十二次); plus a noun after it (开展3次主题党日). A short
    column of a table row rendered as a sentence is said of the row's label (`row`), never of the cell before
    it, which is another column (机关党支部，实到, not 应到18名，实到)."""
    after = re.split(r"[、和及与（(]", after, maxsplit=1)[0]  # 5次（全年计划20次）: the aside is no noun of it
    last = before.rsplit("、", 1)[-1]  # 开展3次主题党日活动、5次专题学习: 专题学习 only
    # …but 梳理了档案、公章、招生等具体项目的10个风险点: a list closed by 等 is what the figure counts
    before = before if LIST_CLOSED.search(last) else last
    for candidate in (before, prefix):
        predicate = LEADING.sub("", candidate + after).strip()
        if not is_bare(predicate) and not GROUP_NOUN.fullmatch(predicate):  # 为4个方面17条: not 方面 counted
            return predicate
    if row and index:
        return f"{row}，{predicate}"
    return f"{clauses[index - 1].strip()}，{predicate}" if index else predicate


def is_bare(predicate: str) -> bool:
    """No word of its own beyond time, qualifiers and generic verbs: 全年开展, 提高到, 共计."""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", predicate)))) < 2
