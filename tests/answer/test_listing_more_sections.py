"""Lists of the one section whose heading ends with the asked thing (哪些内容 → 一、学习内容)."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

MINUTES_TITLE = "青禾县教育局党组理论学习中心组2025年第1次集体学习会议纪要"
MINUTES = """青禾县教育局党组理论学习中心组2025年第1次集体学习会议纪要
会议时间：2025年2月18日上午9:00
主持人：温建军（局党组书记、局长）
出席人员：罗慧敏、韩立新、蔡秋萍
记录：邹敏
2月18日，局党组理论学习中心组召开2025年第1次集体学习会议。现将会议主要情况纪要如下：
一、学习内容
1.传达学习全国教育大会精神；
2.学习《中国共产党纪律处分条例》关于违反群众纪律行为的处分规定；
3.学习县委关于推进义务教育优质均衡发展的文件。
二、交流发言
罗慧敏、韩立新2名同志结合分管工作作了交流发言。
三、会议要求
温建军同志强调：一是要深刻领会全国教育大会精神；二是要做到学纪、知纪、明纪、守纪。
"""


@pytest.mark.parametrize(
    "question",
    [
        "青禾县教育局中心组2月18日那次学习都学了哪些内容？",
        "青禾县教育局中心组2025年第1次集体学习学了哪些内容",
    ],
)
def test_the_items_under_the_heading_of_the_asked_thing(question):
    answer = answer_extractively(Route("list", question), FakeSource(chunks_of(MINUTES_TITLE, MINUTES)))
    assert "“一、学习内容”，共3项" in answer.text
    assert "全国教育大会精神" in answer.text and "优质均衡" in answer.text
    for furniture in ("出席人员", "记录", "罗慧敏"):
        assert furniture not in answer.text
