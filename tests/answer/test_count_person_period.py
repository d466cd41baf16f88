"""A count asked of a named person with the period between the name and the act (副书记钱某2024年讲了几次党课):
the person is still the one asked about, so another person's figure or the whole's is no answer."""

from __future__ import annotations

import pytest

from assistant.answer.person_unrecorded import acting_name
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "北湖区卫健委机关党委2024年度党建工作总结"
SOURCE = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "全年共讲党课9次，其中机关党委书记罗振华讲党课3次，各支部书记讲党课共6次。", ("二、思想建设",)),
            make_chunk(TITLE, "机关党委副书记宋佳琪负责联系第二党支部。", ("一、基本情况",), position=1),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize(
    "question", ["北湖区卫健委机关党委副书记宋佳琪2024年讲了几次党课", "卫健委机关党委宋佳琪全年一共讲了多少次党课"]
)
def test_another_persons_figure_is_no_answer(question):
    answer = ask_source(SOURCE, question)
    said = answer.text.split("相关内容")[0]  # the refusal may show related passages as such
    assert answer.refused and "9次" not in said and "3次" not in said, answer.text


def test_the_person_named_with_the_period_answers_with_their_own_figure():
    answer = ask_source(SOURCE, "北湖区卫健委机关党委书记罗振华2024年讲了几次党课")
    assert "3次" in answer.text and "6次" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("副书记宋佳琪2024年讲了几次党课", "宋佳琪"),
        ("罗振华上半年主持了几次", "罗振华"),
        ("2024年讲了几次党课", ""),
        ("南湾农商行2024年讲了几次党课", ""),  # an organisation, not a person
    ],
)
def test_the_name_is_read_across_the_period(question, name):
    assert acting_name(question) == name
