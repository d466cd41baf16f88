"""Numeric facts in chunks, the quantity a question asks for, numbers as written."""

from __future__ import annotations

from assistant.answer.asked_quantity import asked_quantity
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import format_number
from assistant.answer.quantities import numbers_in
from tests.answer.support import make_chunk


def test_facts_of_a_passage():
    chunk = make_chunk("报告", "上半年党委班子成员讲党课5次，党支部书记讲党课两次。开展谈心谈话十二人次。")
    facts = [(f.predicate, f.number, f.number_text, f.unit, f.value_text) for f in extract_facts(chunk)]
    assert facts == [
        ("上半年党委班子成员讲党课", 5.0, "5", "次", "5次"),
        ("党支部书记讲党课", 2.0, "两", "次", "两次"),
        ("开展谈心谈话", 12.0, "十二", "人次", "十二人次"),
    ]
    assert extract_facts(chunk)[1].sentence == "上半年党委班子成员讲党课5次，党支部书记讲党课两次。"


def test_phrases_that_are_not_quantities():
    chunk = make_chunk("报告", "一次性解决问题，一些问题。2023年召开会议。")
    assert extract_facts(chunk) == []


def test_asked_quantity_accepts_units_that_count_the_same_thing():
    pattern = asked_quantity("发展了多少名党员")
    assert pattern.search("发展党员12人") and pattern.search("三位同志") and not pattern.search("12次")
    assert asked_quantity("上半年讲党课几次").search("讲党课两场")
    assert asked_quantity("哪几次会议") is None
    assert asked_quantity("观看了什么纪录片") is None
    assert asked_quantity("多少").search("12项")  # no unit asked: any count


def test_numbers_in_text():
    assert numbers_in("召开3次，学习3.5学时，讲党课两次") == [("3", 3.0), ("3.5", 3.5), ("两", 2.0)]


def test_format_number():
    assert format_number(8.0) == "8" and format_number(2.5) == "2.5"
