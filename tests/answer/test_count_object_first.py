"""A count that names its thing before the verb (党课一共讲了几次, 党员总共发展了几个) is the report's 讲党课 /
发展党员: the question's words in the other order, and the total labelled in the report's order."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

REPORT = "南湾区水利局机关党委2024年度党建工作总结"
CHUNKS = [
    make_chunk(
        REPORT,
        "局领导班子成员讲党课4次，其中党组书记讲党课2次；各支部书记讲党课9次。",
        ("一、理论学习",),
        position=0,
    ),
    make_chunk(REPORT, "全年发展党员3名，其中女党员1名。按期转正预备党员2名。", ("二、组织建设",), position=1),
    make_chunk(REPORT, "各党支部召开支委会共40次，组织警示教育5场。", ("二、组织建设",), position=2),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(CHUNKS)


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("党课一共讲了几次", "共讲党课13次", "共党课"),
        ("水利局党课总共讲了多少回？", "共讲党课13次", "水利局党课"),
        ("党员总共发展了几个", "3名", "2名"),
        ("警示教育一共组织了几场", "5场", "40次"),
        ("支委会召开了多少次", "40次", "5场"),
    ],
)
def test_the_thing_said_before_its_verb_is_counted(source, question, expected, not_expected):
    answer = ask_source(source, question)
    assert expected in answer.text and not_expected not in answer.text, answer.text
    assert answer.confidence == "high", answer.text


def test_who_acts_before_the_verb_is_no_thing_counted(source):
    answer = ask_source(source, "支部书记总共讲了几次党课")
    assert "9次" in answer.text and "13次" not in answer.text, answer.text
