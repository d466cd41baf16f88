"""An instruction opening a question (起草一段关于…) is not part of the organisation's name."""

from __future__ import annotations

import pytest

from assistant.search.organisations import unit_mentions


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("起草一段关于红石县水利局机关党建问题的总结", "红石县"),
        ("写一段关于丰源村集体经济的总结", "丰源村"),
        ("撰写一份关于望江镇党委发展党员工作的总结", "望江镇"),
    ],
)
def test_the_instruction_is_dropped_from_the_first_name(question, first):
    assert unit_mentions(question)[0][1] == first
