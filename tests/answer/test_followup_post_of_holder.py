"""院长讲了几次党课 / 局长主持了几次 after a turn about 某学院 / 某局: the post (院长, 局长) is kept whole, not
read as the organisation's last character (院, 局) and dropped as a repeat of the holder."""

from __future__ import annotations

import pytest

from tests.answer.conversation_fixtures import understood


@pytest.mark.parametrize(
    ("first", "then", "post"),
    [
        ("城建学院2024年中心组集中学习多少次", "院长讲了几次党课", "院长讲了几次党课"),
        ("河口县水利局2024年召开党组会几次", "局长主持了几次", "局长主持了几次"),
    ],
)
def test_the_post_is_kept_whole(first, then, post):
    assert post in understood(first, then).question
