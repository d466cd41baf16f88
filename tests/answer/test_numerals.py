"""Chinese numerals and article references (第一百一十三条, 第113条, 两次)."""

from __future__ import annotations

import pytest

from assistant.core.numerals import article_label, chinese_to_int, int_to_chinese, parse_article_ref, to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百一十三", 113),
        ("一百零五", 105),
        ("两", 2),
        ("三千", 3000),
    ],
)
def test_chinese_to_int(text, value):
    assert chinese_to_int(text) == value


def test_not_a_numeral():
    assert chinese_to_int("") is None and chinese_to_int("十二条") is None
    assert to_int(" 42 ") == 42 and to_int("abc") is None


@pytest.mark.parametrize("n", [1, 9, 10, 11, 20, 99, 100, 105, 110, 113, 1000, 1001, 9999, 10000, 10010])
def test_int_to_chinese_round_trips(n):
    assert chinese_to_int(int_to_chinese(n)) == n


def test_article_numbers():
    assert int_to_chinese(113) == "一百一十三" and int_to_chinese(10) == "十" and int_to_chinese(0) == "零"
    assert article_label(113) == "第一百一十三条"
    assert parse_article_ref("纪律处分条例第113条") == 113
    assert parse_article_ref("《条例》第 一百一十三 条怎么规定") == 113
    assert parse_article_ref("纪律处分条例") is None
