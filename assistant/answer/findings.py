"""发现问题19个 / 查出隐患8处: what a check found is counted of the check the clause before names (开展…专项检查，发现
问题19个), as those taking part are of the activity before them."""

from __future__ import annotations

import re

from assistant.answer.quantities import GROUPING

FINDINGS = re.compile(r"(?:共|累计)?(?:发现|查出|查找出?|排查出?|检查出|查实)(?:各类|存在)?(?:问题|隐患|风险点?|线索)")


def counts_findings(predicate: str) -> bool:
    """Whether a figure's own words are only what was found (发现问题), with nothing said of which check."""
    return FINDINGS.fullmatch(GROUPING.sub("", predicate)) is not None
