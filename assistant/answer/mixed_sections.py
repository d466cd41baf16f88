"""A section that reports and plans at once (存在的问题及下一步打算 / 完成情况和明年计划): its reported part states
what was, not what is to be. The plan reading of such a section (answer.facts) holds only for the plan part:
a line labelled with a reported aspect (存在问题：…) or under a sub-heading of one ((一)主要问题) is reported."""

from __future__ import annotations

import re

from assistant.core.schema import Chunk
from assistant.core.text import split_sentences

PLANNED_ASPECT = re.compile(r"打算|计划|思路|要点|安排|目标|展望|下一步|措施|举措")
REPORTED_ASPECT = re.compile(r"问题|不足|差距|短板|情况|成效|成绩|回顾|总结|完成")
# 存在问题：… / 二、主要不足：… / （一）下半年打算: a label or a sub-heading opening a line
LINE_LABEL = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?([\u4e00-\u9fff\d]{2,12})(?:[：:]|\s*$)"
)
# 下一步，… / 下半年将…: an unlabelled line that turns to the plan
PLAN_OPENING = re.compile(r"^\s*(?:下一步|下半年|明年|今后|我们将|将)")


def is_mixed(chunk: Chunk) -> bool:
    """The chunk's section heading names a reported aspect and a plan together."""
    headings = " ".join(chunk.section_path[-2:])
    return bool(PLANNED_ASPECT.search(headings) and REPORTED_ASPECT.search(headings))


def reported_sentences(chunk: Chunk) -> set[str]:
    """Sentences of a mixed section's reported part: from a reported label to the next plan label."""
    if not is_mixed(chunk):
        return set()
    reported: set[str] = set()
    reporting = False
    for line in chunk.text.split("\n"):
        label = LINE_LABEL.match(line)
        if label:
            aspect = label.group(1)
            reporting = bool(REPORTED_ASPECT.search(aspect)) and not PLANNED_ASPECT.search(aspect)
        elif PLAN_OPENING.match(line):
            reporting = False
        if reporting:
            reported.update(s.strip() for s in split_sentences(line))
    return reported
