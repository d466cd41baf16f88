"""违规经营列了几种行为 / 其中第二项是啥: the （一）…（N） items of an article that lists them after 下列…之一 and
its penalties, counted; an item asked by its number alone is that item of the article on the topic."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

TITLE = "晨光水务集团党员廉洁从业处分办法（2024年修订）"
TEXT = """晨光水务集团党员廉洁从业处分办法
第一条　为规范集团党员廉洁从业行为，制定本办法。
第二条　违反规定兼职取酬，有下列行为之一，情节较轻的，给予警告处分；情节较重的，给予严重警告处分：
（一）在供水企业兼任职务；
（二）领取兼职单位薪酬；
（三）为兼职单位承揽工程。
第三条　违规插手工程招标，有下列行为之一的，给予严重警告处分；情节严重的，给予撤销党内职务处分：
（一）打招呼干预评标；
（二）泄露标底；
（三）指定施工队伍；
（四）拆分工程规避招标。
第四条　本办法由集团党委负责解释。
"""
OTHER_TITLE = "晨光水务集团党支部工作细则"
OTHER = """晨光水务集团党支部工作细则
第一条　为规范党支部工作，制定本细则。
第二条　支部委员会每月召开一次会议。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(TITLE, TEXT), regulation_chunks(OTHER_TITLE, OTHER)))


def test_the_items_listed_after_xia_lie_are_counted_in_the_article_on_the_topic():
    answer = ask_source(source(), "廉洁从业处分办法里违规插手工程招标列了几种行为")
    assert "共4种行为" in answer.text and "第三条" in answer.text, answer.text
    assert "（四）拆分工程规避招标" in answer.text


def test_another_topic_counts_its_own_article():
    answer = ask_source(source(), "廉洁从业处分办法对违规兼职取酬规定了几种行为")
    assert "共3种行为" in answer.text and "第二条" in answer.text, answer.text


def test_a_topic_no_list_is_on_counts_nothing():
    answer = ask_source(source(), "廉洁从业处分办法里违规使用公车列了几种行为")
    assert "共3种" not in answer.text and "共4种" not in answer.text, answer.text


def test_an_item_asked_by_number_after_the_count_is_that_item_of_the_same_article():
    answers = converse(Assistant(source()), "廉洁从业处分办法里违规插手工程招标列了几种行为", "其中第二项是啥")
    answer = grounded(answers[1])
    assert "泄露标底" in answer.text and "第三条第（二）项" in answer.text, answer.text
    assert "领取兼职单位薪酬" not in answer.text


def test_an_item_asked_by_number_with_its_topic_in_one_question():
    answer = ask_source(source(), "廉洁从业处分办法里违规兼职取酬的第三种行为是什么")
    assert "第二条第（三）项" in answer.text and "为兼职单位承揽工程" in answer.text, answer.text
    assert "在供水企业兼任职务" not in answer.text


def test_an_item_of_a_topic_no_list_is_on_is_not_taken_from_another_article():
    answer = ask_source(source(), "廉洁从业处分办法里违规使用公车的第二项是啥")
    assert "第（二）项" not in answer.text, answer.text
