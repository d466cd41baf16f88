"""Penalties asked of conduct in plain words (把公家的钱借给亲友用, 拿公车去搞营利活动, 收红包), with or without the
disciplinary regulation named: the article on that conduct in the regulation's own words; a limit asked of
one penalty only from a sentence on that penalty; 那受了…处分的呢 asks the conversation's topic question of it."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "中国共产党纪律处分条例（2030年修订）"
TEXT = """中国共产党纪律处分条例
第一章　总则
第一条　为严肃党的纪律，纯洁党的组织，制定本条例。
第二条　党员受到严重警告处分一年半内，不得在党内提拔职务。
第三条　党员受到撤销党内职务处分的，二年内不得在党内担任与其原任职务相当的职务。
第二章　违反廉洁纪律的行为
第四条　违反规定将公款借给亲友使用，时间超过六个月的，给予警告处分；情节严重的，给予撤销党内职务处分。
第五条　违反规定从事有偿中介活动的，给予警告或者严重警告处分；情节严重的，给予留党察看处分。
第六条　占用公车进行营利活动的，给予严重警告处分；情节严重的，给予开除党籍处分。
第七条　违反规定收受礼金的，给予警告处分；情节严重的，给予留党察看处分。
第八条　违反规定将个人房产借给亲友经营，时间超过半年的，给予警告处分。
第九条　将自己的物品出租给管理服务对象使用的，给予警告处分。
第十条　违反规定占用公物归个人使用的，给予严重警告处分；情节严重的，给予撤销党内职务处分。
第三章　附则
第十一条　本条例自2030年1月1日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(TITLE, TEXT)))


@pytest.mark.parametrize(
    ("question", "article", "others"),
    [
        ("把公家的钱借给亲友用超过半年，给啥处分", "第四条", ("第八条", "第六条")),
        ("把公家的东西拿回家自己用怎么处分", "第十条", ("第九条", "第八条")),
        ("拿公车去搞营利活动，纪律处分条例咋处分", "第六条", ("第四条", "第五条")),
        ("党员收红包给什么处分", "第七条", ("第五条", "第六条")),
    ],
)
def test_conduct_in_plain_words_is_the_article_on_it(question, article, others):
    answer = ask_source(source(), question)
    assert article in answer.text and not any(o in answer.text for o in others), answer.text


def test_a_limit_asked_of_one_penalty_is_not_anothers():
    answer = ask_source(source(), "纪律处分条例里，受了撤销党内职务处分的党员多长时间不能提拔")
    assert "一年半" not in answer.text, answer.text


def test_another_penalty_asked_after_an_article_keeps_the_topic_question():
    answers = converse(
        Assistant(source()),
        "纪律处分条例里，党员受了严重警告处分，多长时间不能提拔",
        "是第几条",
        "那受了撤销党内职务处分的呢",
    )
    assert "一年半" in answers[0].text and "第二条" in answers[1].text, answers[1].text
    assert "二年" in answers[2].text and "一年半" not in answers[2].text, answers[2].text


OCCASIONS_TITLE = "中国共产党纪律处分条例（2031年修订）"
OCCASIONS = """中国共产党纪律处分条例
第一条　为严肃党的纪律，制定本条例。
第二条　利用职权或者职务上的影响操办婚丧喜庆事宜，造成不良影响的，给予警告处分；情节严重的，给予撤销党内职务处分。
第三条　违反规定在公务活动中提供宴请的，给予警告处分。
第四条　违反规定接受可能影响公正执行公务的礼金的，给予严重警告处分。
第五条　本条例自2031年1月1日起施行。
"""


@pytest.mark.parametrize(
    "question",
    [
        "利用职务影响给父亲办寿宴，这种咋处分",
        "干部借职务影响大操大办丧事，会受到啥处分",
        "局长利用职务影响给女儿大办婚礼，造成不良影响，这种咋处分",
    ],
)
def test_a_family_occasion_told_in_plain_words_is_the_article_on_it(question):
    answer = ask_source(index_like(FakeSource(regulation_chunks(OCCASIONS_TITLE, OCCASIONS))), question)
    assert "第二条" in answer.text and "第三条" not in answer.text, answer.text


def test_another_case_told_after_a_penalty_question_is_asked_its_penalty_the_same_way():
    answers = converse(
        Assistant(index_like(FakeSource(regulation_chunks(OCCASIONS_TITLE, OCCASIONS)))),
        "利用职务影响给父亲办寿宴，按新条例咋处理",
        "是第几条",
        "在公务活动中违反规定提供宴请的呢？按新条例。",
    )
    assert "第二条" in answers[1].text, answers[1].text
    assert "第三条" in answers[2].text and "第二条" not in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    ("turns", "asked"),
    [
        (("违规收受礼金给什么处分", "把公家的车拿去搞营利活动的呢"), "把公家的车拿去搞营利活动的，给什么处分？"),
        (("收红包按新条例咋处理", "占用公物归个人使用的呢？按旧版。"), "占用公物归个人使用的，按旧版咋处理？"),
    ],
)
def test_a_told_case_takes_the_asking_of_the_case_question_before(turns, asked):
    assert understood(*turns).question == asked


def test_a_penalty_received_or_a_short_grade_is_no_told_case():
    # 那受了…处分的呢 asks the conversation's topic question of another penalty (parallel_topic)
    assert "给什么处分" not in understood("违规收受礼金给什么处分", "那受了撤销党内职务处分的呢").question
