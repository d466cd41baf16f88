"""A figure said of every branch (确保各支部参学率不低于95%) holds for the one branch a question names
(车辆段支部参学率要达到多少): read with that branch's name in place of 各支部, and quoted as stated. A count said
of 各支部 with no bound (各党支部应到会党员99名) is their sum: no one branch's figure."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.numeric_fact import NumericFact
from assistant.answer.question import PERIOD

EVERY_UNIT = re.compile(r"(?:各|所有|每个)(?:基层)?(?:党)?支部")
# 车辆段支部 / 二号线党支部: a branch named after whose and when
SUMMED = re.compile(r"共|合计|累计|总计|总数")  # 各支部共开展48次 adds every branch's up: no one branch's figure
BRANCH_ASKED = re.compile(r"([\u4e00-\u9fff\d]{1,8}?(?:党支部|支部))")


def asked_branch(part: str, holder: str) -> str:
    """The branch a question names after its organisation and period ("" for none or for 各支部)."""
    rest = PERIOD.sub("，", part.replace(holder, "，", 1) if holder else part)
    branch = BRANCH_ASKED.search(rest)
    return "" if not branch or EVERY_UNIT.fullmatch(branch.group(1)) else branch.group(1)


def for_branch(fact: NumericFact, branch: str) -> NumericFact:
    """The fact read as said of `branch` when it is said of every branch; else the fact unchanged."""
    if not branch or not EVERY_UNIT.search(fact.predicate) or SUMMED.search(fact.clause) or "total" in fact.qualifiers:
        return fact
    if fact.family != "percent" and not fact.qualifiers & {"lower_bound", "each"}:
        return fact  # 各党支部讲党课18场 adds every branch's up, as 共 would say
    return replace(fact, predicate=EVERY_UNIT.sub(branch, fact.predicate, count=1))
