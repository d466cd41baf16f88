"""开会前 / 开完会 after a question about a meeting refer to that meeting."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand


def resolved(first: str, second: str) -> str:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "（回答）"}]
    return understand(second, history).question


@pytest.mark.parametrize(
    ("first", "second", "meeting", "when"),
    [
        ("红枫社区2024年度民主生活会定在哪天开？", "开会前要做哪些准备？", "民主生活会", "会前"),
        ("青禾村党支部2024年组织生活会什么时候召开？", "开完会要交什么材料？", "组织生活会", "会后"),
        ("水利局机关党支部支委会多久开一次？", "会后要形成什么记录？", "支委会", "会后"),
    ],
)
def test_the_meeting_is_the_last_turns(first, second, meeting, when):
    question = resolved(first, second)
    assert meeting in question and when in question


def test_a_turn_naming_its_own_meeting_is_left_alone():
    question = resolved("红枫社区2024年度民主生活会定在哪天开？", "组织生活会开会前要做哪些准备？")
    assert "民主生活会" not in question
