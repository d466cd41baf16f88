"""A body said by its short name and followed by a two-character unit its report tells of (养护中心泵站党支部,
养护中心机关党支部) is a branch of that body, not an unknown organisation; a unit it never tells of stays unknown."""

from __future__ import annotations

import pytest

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.scope import scope_for

TITLE = "临江市市政设施养护中心党委2024年度党建工作总结"
TEXT = "机关党支部：党员21名，支委会13次。泵站党支部：党员19名，支委会12次。中心党委全年召开委员会会议41次。"


def record() -> DocRecord:
    profile = build_profile(TITLE, TEXT, "report", f"{TITLE}.txt")  # type: ignore[arg-type]
    return DocRecord(TITLE, f"{TITLE}.txt", TITLE, "report", "h", 0.0, 1, len(TEXT), profile)


def refusal(question: str) -> str | None:
    return scope_for(question, [record()], lambda name: False, lambda words, doc: words in TEXT).refusal


@pytest.mark.parametrize("question", ["养护中心机关党支部去年开了几次支委会", "养护中心泵站党支部有多少名党员"])
def test_a_two_character_unit_after_a_short_name_is_a_branch_of_that_body(question):
    assert refusal(question) is None


def test_a_two_character_unit_its_report_never_tells_of_stays_unknown():
    assert refusal("养护中心桥梁党支部有多少名党员")
