"""Article references parsed exactly: numerals, lists, ranges, 款/项, 章/节."""

from __future__ import annotations

import pytest

from assistant.core.numerals import PartRef, parse_article_ref, parse_article_refs, parse_part_refs


def labels(text: str) -> list[str]:
    return [r.full_label for r in parse_part_refs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第五条至第八条", ["第五条", "第六条", "第七条", "第八条"]),
        ("第五条到第八条讲了什么", ["第五条", "第六条", "第七条", "第八条"]),
        ("第五至八条", ["第五条", "第六条", "第七条", "第八条"]),
        ("第12-14条", ["第十二条", "第十三条", "第十四条"]),
        ("第二十一、二十二条", ["第二十一条", "第二十二条"]),
        ("第二十一条和第二十二条分别讲了啥", ["第二十一条", "第二十二条"]),
        ("第53条与第54条", ["第五十三条", "第五十四条"]),
        ("第一百一十三条", ["第一百一十三条"]),
        ("第二百条", ["第二百条"]),
    ],
)
def test_lists_and_ranges_expand_to_each_article(text, expected):
    assert labels(text) == expected


def test_clause_and_item_belong_to_the_article_before_them():
    assert parse_article_refs("问责条例第六条第三项说的是什么") == [PartRef("条", 6, item=3)]
    assert parse_article_refs("第十七条第（七）项是什么") == [PartRef("条", 17, item=7)]
    assert parse_article_refs("第三十一条第二款") == [PartRef("条", 31, clause=2)]
    assert parse_article_refs("第九条第一款第（二）项")[0].full_label == "第九条第一款第（二）项"


def test_chapters_and_sections_are_parts_not_articles():
    assert labels("第三章包括哪些条") == ["第三章"]
    assert labels("第一编第二章第三节") == ["第一编", "第二章", "第三节"]
    assert parse_article_refs("第三章包括哪些条") == []


def test_words_that_are_no_references():
    assert labels("第二种形态怎么处理") == []
    assert labels("第一次全体会议") == []


def test_a_backwards_range_is_not_expanded_and_a_huge_one_is_cut():
    assert labels("第八条至第五条") == ["第八条", "第五条"]
    huge = labels("第一条至第一百五十八条")  # its first articles, answered with a note, not its two ends
    assert huge[:3] == ["第一条", "第二条", "第三条"] and len(huge) == 31 and "第一百五十八条" not in huge


def test_single_reference_parser_is_unchanged():
    assert parse_article_ref("纪律处分条例第113条") == 113
