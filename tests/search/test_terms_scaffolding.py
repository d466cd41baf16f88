"""Question scaffolding (谁, 哪天, 哪些单位, 兼什么职务, colloquial fillers) is not a content word a
passage must contain: coverage measures the words of what is asked about."""

from __future__ import annotations

import pytest

from assistant.search.terms import MAX_TOKEN_WEIGHT, Terms, question_terms


class Weights:
    def token_weights(self, tokens: list[str]) -> list[float]:
        return [1.0] * len(tokens)

    def max_token_weight(self) -> float:
        return 20.0


@pytest.mark.parametrize(
    ("question", "content", "scaffolding"),
    [
        ("青松街道跟哪些单位搞了结对共建？", ["结对", "共建"], ["跟", "单位", "搞", "了结"]),
        ("换届选举是哪天开的会？", ["换届"], ["天", "天开"]),
        ("街道党工委书记是谁，兼什么职务？", ["书记"], ["谁", "兼", "职务"]),
        ("评优秀的比例有啥限制？", ["优秀"], ["啥", "限制", "比例"]),
        ("书记2023年主要干了些啥？", ["书记"], ["干", "些", "啥", "2023年"]),
        ("总结是哪个单位发的，落款日期是哪天？", ["总结"], ["发", "落款", "日期", "单位"]),
        ("谁来指导的？", ["指导"], ["来", "谁"]),
        ("这些问题整改完了没有？", ["整改"], ["这些", "没有", "完"]),
        ("10月那次是谁领学的？", ["领学"], ["那次"]),
    ],
)
def test_coverage_counts_content_words_only(question, content, scaffolding):
    words = question_terms(Weights(), question).words
    assert all(any(c in w for w in words) for c in content)
    assert not any(s in words for s in scaffolding)


def test_a_sentence_without_the_rarest_question_word_is_about_something_else():
    terms = Terms(["七一", "党课", "七一党课"], [MAX_TOKEN_WEIGHT, 3.0, 2.5])
    assert terms.holds_rarest("“七一”前夕书记讲党课1次")
    assert not terms.holds_rarest("书记讲党课1次")


def test_a_count_the_question_repeats_is_no_rare_word_a_passage_must_hold():
    """发展的两名党员叫什么: the text writes 2名; the rarest word of the question is then no test of a passage."""
    terms = Terms(["两名", "党员", "七一"], [MAX_TOKEN_WEIGHT, 1.0, MAX_TOKEN_WEIGHT])
    assert terms.holds_rarest("“七一”前夕发展党员2名（教师孔岩、职工石磊）")
    assert not terms.holds_rarest("发展党员2名（教师孔岩、职工石磊）")


def test_a_rare_compound_is_said_by_its_two_parts():
    """党支部书记 is one rare token of the question; a table row says 党支部：书记为…"""
    terms = Terms(["党支部", "书记", "党支部书记"], [2.0, 2.0, MAX_TOKEN_WEIGHT])
    assert terms.holds_rarest("沿河站党支部：书记为吴岳，党员数31。")
    assert not terms.holds_rarest("沿河站党支部：党员数31。")
