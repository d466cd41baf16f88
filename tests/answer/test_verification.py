"""Grounding checks: citation marks, numbers and article references against the cited chunks."""

from __future__ import annotations

from assistant.answer.verification import problems, unsupported_numbers
from tests.answer.support import make_chunk

EVIDENCE = [
    make_chunk(
        "2023年上半年工作报告", "上半年召开党委会4次，党委班子成员讲党课5次，党支部书记讲党课3次。", ("一、组织生活",)
    ),
    make_chunk("纪律处分条例", "第三条　对党员的纪律处分种类：（一）警告。", article="第三条", kind="regulation"),
]


def test_grounded_text_has_no_problems():
    assert problems("召开党委会4次〔1〕；依据第三条〔2〕。", EVIDENCE, require_marks=True) == []


def test_a_computed_total_is_allowed_only_when_derived():
    text = "共讲党课8次：党委班子成员讲党课5次，党支部书记讲党课3次〔1〕。"
    assert problems(text, EVIDENCE, {8.0}) == []
    assert problems(text, EVIDENCE) == ["数字 8 在所引来源中找不到"]


def test_marks_must_point_at_evidence():
    # A mark to nowhere leaves the statement with no source at all.
    assert problems("召开党委会4次〔3〕。", EVIDENCE, require_marks=True) == [
        "引用了不存在的来源编号 [3]",
        "数字 4 在所引来源中找不到",
    ]
    assert problems("召开党委会4次。", EVIDENCE, require_marks=True)[0] == "回答没有标注来源"


def test_with_marks_only_the_marked_evidence_supports_a_statement():
    assert problems("依据第三条〔1〕。", EVIDENCE, require_marks=True) == ["“第三条”不在所引来源中"]


def test_marks_list_numbers_and_titles_are_not_quantities():
    text = "1. 《2023年上半年工作报告》召开党委会4次〔1〕\n2. 讲党课5次〔1〕"
    assert unsupported_numbers(text, [c.text for c in EVIDENCE]) == []
    assert unsupported_numbers("召开党委会十二次", [c.text for c in EVIDENCE]) == ["十二"]


def test_an_item_number_is_no_quantity_of_the_source():
    from assistant.answer.verification import unsupported_numbers

    source = "2.10月底前完成机械维修支部换届选举。\n3.计划发展党员4名。"
    assert unsupported_numbers("10月底前完成机械维修支部换届选举〔1〕；计划发展党员4名〔1〕。", [source]) == []
    assert unsupported_numbers("计划发展党员2名〔1〕。", [source]) == ["2"]
