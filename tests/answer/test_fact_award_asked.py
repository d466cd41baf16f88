"""An award asked colloquially (得了个啥奖, 拿了什么奖, 那篇…) is what a report writes 获…奖."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.core.words import plain_wording
from tests.answer.support import FakeSource, make_chunk

REPORT = "西峡县林业局党组书记贺明远2024年度述职报告"
CHUNKS = [
    make_chunk(REPORT, "全年主持召开党组会议14次，讲党课4次。", ("一、履职情况",), position=0),
    make_chunk(REPORT, "撰写的调研文章《林区党建引领护林防火的实践》获县委组织部优秀调研成果一等奖。", ("一、履职情况",), position=1),
    make_chunk(REPORT, "一是学习不够系统；二是调查研究不够深入。", ("二、存在的问题",), position=2),
]  # fmt: skip


@pytest.mark.parametrize(
    "question",
    ["贺书记那篇调研文章得了个啥奖？", "贺明远写的调研文章拿了什么奖", "那篇调研文章评了个什么奖"],
)
def test_the_award_is_answered(question):
    answer = Assistant(FakeSource(CHUNKS)).ask(question)
    assert not answer.refused and "一等奖" in answer.text, answer.text


def test_getting_an_award_is_said_as_documents_say_it():
    assert plain_wording("得了个啥奖") == "获什么奖"
