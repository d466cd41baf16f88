"""哪个支部…最多/最少: the rows of one table compared, the top row(s) cited; a tie of every row said so;
no table, no ranking answer."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "丰源水务公司党委2024年度党建工作总结"
ROWS = "\n".join(
    [
        "第一党支部（生产运营部）：党员数24名，主题党日12次，党课4次。",
        "第二党支部（管网部）：党员数31名，主题党日15次，党课4次。",
        "第三党支部（机关）：党员数18名，主题党日9次，党课4次。",
    ]
)
REPORT = [
    make_chunk(TITLE, "公司党委下设3个党支部，共有党员73名，全年开展主题党日36次。", ("一、基本情况",)),
    make_chunk(TITLE, ROWS, ("附表：2024年各党支部组织生活情况",), position=1),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT)


@pytest.mark.parametrize(
    "question",
    ["丰源水务公司哪个党支部党员最多？", "丰源水务党委党员最多的是哪个支部", "丰源水务哪个支部党员最多？有多少名？"],
)
def test_the_row_with_the_most(source, question):
    answer = ask_source(source, question)
    assert "第二党支部（管网部）" in answer.text and "31名" in answer.text
    assert "73名" not in answer.text and "24名" not in answer.text


def test_the_row_with_the_least(source):
    answer = ask_source(source, "丰源水务公司主题党日开得最少的是哪个支部？")
    assert "第三党支部（机关）" in answer.text and "9次" in answer.text and "36次" not in answer.text


def test_every_row_the_same_is_said_so(source):
    answer = ask_source(source, "丰源水务公司哪个支部讲党课最多？")
    assert "相同" in answer.text and "4次" in answer.text and "最多的是" not in answer.text


def test_without_a_table_no_row_is_named():
    chunks = [make_chunk(TITLE, "公司党委下设3个党支部，共有党员73名。第二党支部党员最多。", ("一、基本情况",))]
    answer = ask_source(FakeSource(chunks), "丰源水务公司哪个党支部党员最多？")
    assert "最多的是" not in answer.text
