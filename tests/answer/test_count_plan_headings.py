"""Targets written in a plan's headings: the heading's figure answers, the figures under it of the same
kind and thing are its parts (never added to it), and figures of another thing under it are not its parts."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.core.schema import Chunk, Document
from assistant.ingest.chunking import chunk_document
from tests.answer.support import FakeSource, ask_source, make_chunk

PLAN = "柏溪镇妇联机关党支部2026年工作要点"
PLAN_TEXT = """柏溪镇妇联机关党支部2026年工作要点
一、强化理论武装
（一）全年开展集中学习不少于10次
每季度至少安排1次专题研讨。
（三）计划讲党课7次
支部书记讲党课3次，3名支部委员各讲党课1次，另请镇党校教师讲党课1次。
二、建强组织
（一）力争发展党员不少于1名
重点从村妇联执委中培养入党积极分子2名。
（二）开展“巾帼志愿服务”活动不少于15场
"""
# As indexing reads it: the headings stating figures are statements of their sections.
PLAN_DOC = chunk_document(Document(f"doc-{PLAN}", f"{PLAN}.txt", PLAN, "report", PLAN_TEXT, "hash"))


def section(heading: str) -> list[Chunk]:
    return [c for c in PLAN_DOC if c.section_path[-1] == heading]


REPORT = "青崖村党支部2025年上半年工作总结"
REPORT_DOC = [
    make_chunk(
        REPORT,
        "2.上半年召开支委会6次、党员大会2次。支部书记讲党课1次，驻村第一书记讲党课1次。",
        ("一、组织生活", "2.上半年召开支委会6次、党员大会2次"),
        position=0,
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(PLAN_DOC, REPORT_DOC)


def test_the_figures_under_a_heading_are_its_parts():
    heading, body = section("（三）计划讲党课7次")
    (whole,) = extract_facts(heading)
    parts = extract_facts(body)
    assert whole.value_text == "7次" and "subset" not in whole.qualifiers and whole.is_plan
    times = [p for p in parts if p.family == "times"]  # 3名 are who give them, not lectures
    assert len(times) == 3 and all("subset" in p.qualifiers for p in times)
    assert whole.said == "计划讲党课7次"  # the outline number is no part of the statement


def test_another_thing_under_a_heading_is_not_its_part():
    heading, body = section("（一）力争发展党员不少于1名")
    (activists,) = extract_facts(body)
    assert "subset" not in activists.qualifiers and activists.parent is None


def test_a_numbered_paragraph_is_no_heading_with_parts():
    facts = extract_facts(REPORT_DOC[0])
    assert not any("subset" in f.qualifiers for f in facts)


@pytest.mark.parametrize(
    ("question", "figure", "not_figures"),
    [
        ("妇联2026年计划讲几回党课", "7次", ("共14次", "共8次")),
        ("柏溪镇妇联2026年集中学习打算组织多少次", "10次", ("1次",)),
        ("柏溪镇妇联2026年准备发展多少名党员", "1名", ("2名",)),
        ("柏溪镇妇联2026年打算培养多少名入党积极分子", "2名", ("1名",)),
        ("柏溪镇妇联巾帼志愿服务活动计划开展多少场", "15场", ()),
        ("青崖村2025年上半年讲了几回党课", "2次", ("6次",)),
    ],
)
def test_a_plans_targets_are_read_from_its_headings(source, question, figure, not_figures):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text
    assert all(other not in answer.text for other in not_figures), answer.text


def test_a_part_of_a_heading_target_is_asked_after_it(source):
    answer = ask_source(source, "柏溪镇妇联2026年计划讲几回党课，其中支部书记讲几回？")
    assert "支部书记讲党课3次" in answer.text and "没有找到" not in answer.text, answer.text


def test_a_long_numbered_paragraph_is_no_heading_of_its_own_figures():
    text = "青崖村党支部2025年上半年工作总结\n一、主要工作\n3. 开展“金点子”征集活动，村民提出合理化建议48条，被采纳30条，节约成本约12万元。\n"
    (chunk,) = chunk_document(Document("doc-q", "q.txt", REPORT, "report", text, "hash"))
    assert chunk.section_path[-1].endswith("…")  # the label is cut: the paragraph is its own heading
    assert not any("subset" in f.qualifiers for f in extract_facts(chunk))


def test_a_word_every_predicate_has_makes_no_part():
    text = "青崖村党支部2025年上半年工作总结\n二、队伍建设\n（一）发展党员2名\n组织培训党员60名，其中35岁以下发展对象2名。\n"
    heading, body = chunk_document(Document("doc-q", "q.txt", REPORT, "report", text, "hash"))
    trained = extract_facts(body)[0]
    assert trained.value_text == "60名" and "subset" not in trained.qualifiers
