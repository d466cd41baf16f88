"""Numbers as clerks write them: Arabic with decimals and thousands, Chinese with 两/零, 万 and 亿."""

from __future__ import annotations

import pytest

from assistant.core.numerals import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("5", 5.0), ("3.5", 3.5), ("1,200", 1200.0), ("两", 2.0), ("十二", 12.0), ("一百零五", 105.0), ("3.5万", 35000.0)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_words():
    assert parse_number("若干") is None and parse_number("") is None
