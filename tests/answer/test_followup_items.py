"""另一条呢: another item of the same list asked the way the conversation asked of the item it named (wordings
and organisations of our own)."""

from __future__ import annotations

import pytest

from tests.answer.conversation_fixtures import understood


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("青山厂民主生活会以后，理论学习不深这个问题整改得怎么样", "完成了几项", "关心青年职工那条呢"),
            "青山厂民主生活会以后，关心青年职工这个问题整改得怎么样",
        ),
        (
            ("北溪厂党支部食堂卫生差这条意见落实了没有", "那停车难那条呢"),
            "北溪厂党支部停车难这条意见落实了没有",
        ),
    ],
)
def test_another_item_is_asked_as_the_item_named_before(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_a_person_before_that_item_names_no_item() -> None:
    question = understood("北溪厂党支部食堂卫生差这条意见落实了没有", "组织委员那条呢").question
    assert "组织委员这条意见" not in question
