"""Colloquial question wording is read in the words documents use."""

from __future__ import annotations

import pytest

from assistant.core.words import plain_wording


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("下半年打算干啥", "下半年打算做什么"),
        ("评优秀的比例有啥限制", "评优秀的比例有什么限制"),
        ("这个问题咋整改的", "这个问题怎么整改的"),
        ("组织生活会啥时候开", "组织生活会什么时候开"),
        ("主题党日搞了多少回", "主题党日开展多少次"),
        ("跟哪些单位搞了结对共建", "和哪些单位开展结对共建"),
        ("书记主要干了些啥", "书记主要开展什么"),
        ("几个人参加了培训", "几人参加了培训"),
        ("药房改造花了多少钱", "药房改造多少钱"),
        ("上一次换届是哪天", "最近换届是哪天"),
        ("第三党支部它有多少党员", "第三党支部有多少党员"),
        ("这两个支部它们一共开了几次", "这两个支部一共开了几次"),
    ],
)
def test_colloquial_words_become_document_words(question, plain):
    assert plain_wording(question) == plain


def test_words_that_only_look_colloquial_stay():
    for text in ["培养年轻干部", "业务骨干培训", "跟进整改落实", "党员干部带头"]:
        assert plain_wording(text) == text
