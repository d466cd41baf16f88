"""A count question that names nothing to count is asked back, never answered with every figure of a report."""

from __future__ import annotations

import pytest

from assistant.answer.nothing_counted import ASK_BACK, names_nothing_counted
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

TITLE = "中共云溪县林业局党组2024年度党建工作总结"
REPORT = f"""{TITLE}
一、基本情况
局党组下设党支部5个，共有党员86名。
二、主要工作
全年召开党组会议20次，开展主题党日48次，组织护林巡查1200人次，发现问题15个，已整改13个。
"""


@pytest.mark.parametrize(
    "question", ["云溪县林业局一共有多少？", "林业局2024年全局一共有几个？", "林业局党组2024年总共多少次"]
)
def test_a_count_of_nothing_named_is_asked_back(question):
    answer = ask_source(FakeSource(chunks_of(TITLE, REPORT)), question)
    assert answer.refused and answer.text == ASK_BACK, answer.text
    assert "86" not in answer.text and "20次" not in answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("云溪县林业局一共有多少党员？", "86名"),
        ("林业局2024年开了几次党组会议？", "20次"),
        ("林业局主题党日搞了几次", "48次"),
    ],
)
def test_a_count_that_names_its_thing_is_answered(question, figure):
    answer = ask_source(FakeSource(chunks_of(TITLE, REPORT)), question)
    assert not answer.refused and figure in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["图书馆党支部上半年送书下乡几次", "卫生院义诊下乡几次", "中心组上半年集中学了几次"]
)
def test_what_was_done_is_a_thing_counted_though_it_ends_like_a_place(question):
    assert not names_nothing_counted(question)
