"""Question words weighted by rarity, and how much of them a sentence or passage contains."""

from __future__ import annotations

import pytest

from assistant.search.terms import MAX_TOKEN_WEIGHT, Terms, answer_score, question_terms, said_in, sentence_scores
from tests.answer.support import make_chunk


class Weights:
    def __init__(self, known: dict[str, float], unknown: float = 20.0):
        self.known, self.unknown = known, unknown

    def token_weights(self, tokens: list[str]) -> list[float]:
        return [self.known.get(t, self.unknown) for t in tokens]

    def max_token_weight(self) -> float:
        return self.unknown


def test_question_words_without_phrasing_or_time_words():
    terms = question_terms(Weights({}), "上半年讲党课几次？")
    assert "上半年" not in terms.words and "几次" not in "".join(terms.words)
    assert "党课" in "".join(terms.words)


def test_rare_words_weigh_more_but_are_capped_and_unknown_words_count_half():
    terms = question_terms(Weights({"民主": 1.0, "民主生活会": 9.0}), "民主生活会")
    weights = dict(zip(terms.words, terms.weights))
    assert weights["民主"] == 1.0 and weights["民主生活会"] == MAX_TOKEN_WEIGHT
    assert question_terms(Weights({}), "量子").weights[0] == MAX_TOKEN_WEIGHT / 2


def test_coverage_and_sentence_scores():
    terms = Terms(["党委会", "召开"], [3.0, 1.0])
    assert terms.coverage("召开党委会4次") == 1.0 and terms.coverage("召开会议") == 0.25
    chunk = make_chunk("报告", "召开会议。研究党委会议题。", ("一、党委会",))
    assert sentence_scores(terms, chunk) == [("召开会议。", 1.0, 1.0), ("研究党委会议题。", 0.75, 1.0)]
    assert answer_score(1.0, 0.5) == 0.8


@pytest.mark.parametrize(
    "word, text",
    [("第三支部", "第三党支部：实到人数20"), ("党支部书记", "支部书记郭莉主持"), ("计划", "拟发展党员2名")],
)
def test_words_documents_say_otherwise_are_said(word, text):
    assert said_in(word, text)


def test_another_branch_is_not_said():
    assert not said_in("第三支部", "第二党支部：实到人数22") and not said_in("党委书记", "支部书记郭莉")


def test_modal_verbs_are_phrasing():
    terms = question_terms(Weights({}), "留党察看最长能察看多长时间？预备期可以延长多久？")
    assert "能" not in terms.words and "可以" not in terms.words and "留党察看" in terms.words
