"""A case's penalty asked in a clerk's words is said, not the whole article quoted: the penalty part of the article
(every grade), only the grade asked, or 能/不能 against its heaviest penalty; later turns on the same case
(a grade alone, 最重…吗, 算哪一条) keep the case. No penalty is named that the article does not set."""

from __future__ import annotations

import pytest

from assistant.answer.lookup_cases import conduct_of
from assistant.answer.pipeline import Assistant
from assistant.answer.question_parts import split_parts
from assistant.answer.routing import route
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, grounded, index_like

WATER = "清泉水务集团党员违纪行为处分办法（2025年）"
WATER_TEXT = """清泉水务集团党员违纪行为处分办法
第一条　为严明集团党的纪律，制定本办法。
第二条　利用抄表、收费职权向用水户索要购物卡、礼金等财物，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务或者留党察看处分；情节严重的，给予开除党籍处分。
第三条　擅自减免大客户水费，造成集团损失的，对直接责任者，给予警告处分；情节严重的，给予严重警告或者留党察看处分。
第四条　本办法由集团党委负责解释。
"""
FOREST = "青峦林场党员违纪行为处分细则（2026年）"
FOREST_TEXT = """青峦林场党员违纪行为处分细则
第一条　为加强林场党员管理，制定本细则。
第二条　私自将林场木材变卖牟利，情节较轻的，给予警告处分；情节较重的，给予撤销党内职务处分；情节严重的，给予开除党籍处分。
第三条　巡护期间擅离岗位，造成林木被盗伐的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务处分。
第四条　拒不服从林场防火值班调度安排的，给予警告或者严重警告处分。
在森林防火紧急状态下拒不服从值班调度安排的，给予留党察看或者开除党籍处分。
第五条　本细则自印发之日起施行。
"""
CONDUCT_WATER = "利用抄表、收费职权向用水户索要"
CONDUCT_FOREST = "巡护期间擅离岗位"


def assistant(title: str = WATER, text: str = WATER_TEXT) -> Assistant:
    """One penalty regulation held: the one a case asked with no regulation named is looked up in."""
    return Assistant(index_like(FakeSource(regulation_chunks(title, text))))


def conversation(*questions: str, rules: tuple[str, str] = (WATER, WATER_TEXT)) -> list:
    """Each question asked in turn, with the earlier turns as history; the grounded answers."""
    helper, history, answers = assistant(*rules), [], []
    for question in questions:
        answer = grounded(helper.ask(question, history))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


def test_the_penalty_is_said_with_its_article_not_the_case_quoted_back():
    (answer,) = conversation("抄表员利用收费职权向用水户索要购物卡，该给什么处分")
    assert "第二条" in answer.text and WATER in answer.text, answer.text
    assert "情节较轻的，给予警告或者严重警告处分；情节较重的" in answer.text, answer.text
    assert CONDUCT_WATER not in answer.text, answer.text
    assert {c.chunk.article for c in answer.citations} == {"第二条"}


@pytest.mark.parametrize(
    "question", ["巡护时擅离岗位导致林木被盗伐，会受到什么处分？", "林场党员巡护期间擅离岗位的话怎么处分"]
)
def test_the_penalty_is_said_in_other_words_and_rules(question):
    (answer,) = conversation(question, rules=(FOREST, FOREST_TEXT))
    assert "第三条" in answer.text and "给予警告或者严重警告处分；情节严重的，给予撤销党内职务处分" in answer.text
    assert CONDUCT_FOREST not in answer.text, answer.text


def test_a_grade_asked_later_is_that_grade_alone():
    _, answer = conversation("抄表员利用收费职权向用水户索要购物卡，该给什么处分", "要是情节较重的呢？")
    assert "第二条" in answer.text and "情节较重的，给予撤销党内职务或者留党察看处分" in answer.text, answer.text
    assert "警告" not in answer.text.replace("撤销", "") and "开除党籍" not in answer.text, answer.text


@pytest.mark.parametrize("grade", ["情节严重的话呢", "那情节较轻的怎么处分"])
def test_a_grade_asked_later_in_other_words(grade):
    _, answer = conversation("私自变卖林场木材牟利，给啥处分", grade, rules=(FOREST, FOREST_TEXT))
    clause = "情节严重的，给予开除党籍处分" if "严重" in grade else "情节较轻的，给予警告处分"
    assert "第二条" in answer.text and clause in answer.text, answer.text
    assert "撤销党内职务" not in answer.text, answer.text


def test_the_heaviest_asked_is_answered_yes_with_the_heaviest_grade():
    _, answer = conversation("抄表员利用收费职权向用水户索要购物卡，该给什么处分", "最重会开除党籍吗？")
    assert answer.text.startswith("能") and "情节严重的，给予开除党籍处分" in answer.text, answer.text
    assert "第二条" in answer.text


def test_the_heaviest_beyond_the_article_is_answered_no_without_naming_it():
    answer = grounded(assistant().ask("擅自减免大客户水费造成集团损失，最严重的话能开除党籍吗"))
    assert answer.text.startswith("不能"), answer.text
    assert "第三条" in answer.text and "情节严重的，给予严重警告或者留党察看处分" in answer.text, answer.text
    assert "开除党籍" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["巡护期间擅离岗位，最重可以给到撤销党内职务吗", "私自变卖林场木材牟利，最重能开除党籍吗"]
)
def test_the_heaviest_in_other_words(question):
    answer = grounded(assistant(FOREST, FOREST_TEXT).ask(question))
    assert answer.text.startswith("能"), answer.text
    assert route(question) == "lookup"


def test_which_article_and_penalty_of_the_case_are_one_question():
    assert len(split_parts("抄表员向用水户要礼金，这属于哪一条，给什么处分")) == 1
    _, answer = conversation("抄表员利用收费职权向用水户索要购物卡，该给什么处分", "这个属于哪一条，给啥处分")
    assert "第二条" in answer.text and "情节较轻的，给予警告或者严重警告处分" in answer.text, answer.text
    assert conduct_of("这种情况属于哪一条，给啥处分") == ""


def test_a_heavier_penalty_of_another_paragraph_makes_the_answer_conditional():
    answer = grounded(assistant(FOREST, FOREST_TEXT).ask("不服从林场防火值班调度，最重会开除党籍吗"))
    assert answer.text.startswith("不一定"), answer.text
    assert "给予警告或者严重警告处分" in answer.text and "紧急状态下" in answer.text, answer.text


def test_who_acted_is_no_part_of_the_case_an_article_must_hold():
    (answer,) = conversation("领导干部索要礼金，应当给予什么处分")
    assert "第二条" in answer.text and "情节严重的，给予开除党籍处分" in answer.text, answer.text
