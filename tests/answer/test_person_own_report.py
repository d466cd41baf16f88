"""A person asked about by name, with their own 述职 in the knowledge base: its figures are theirs, though no
sentence names them (本人… / 一是带头讲…), and 述职里 says where to look, not what is counted."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

DUTY = "东岭县水务局机关党委书记周海涛2024年度抓基层党建工作述职报告"
ANNUAL = "东岭县水务局机关党委2024年度党建工作总结"


def source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(DUTY, "述职人：周海涛", ()),
            make_chunk(DUTY, "一是带头讲专题党课4场，撰写理论文章2篇。", ("一、履行职责情况",), position=1),
        ],
        [make_chunk(ANNUAL, "全年各支部讲党课26场，撰写调研报告9篇。", ("一、主要工作",))],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("周海涛述职里讲了几次党课？", "4场"),
        ("周海涛讲了几场党课？", "4场"),
        ("周海涛述职中写了几篇理论文章", "2篇"),
    ],
)
def test_the_persons_own_report_answers_for_them(question, expected):
    answer = Assistant(source()).ask(question)
    assert expected in answer.text and "26场" not in answer.text and not answer.refused, answer.text
