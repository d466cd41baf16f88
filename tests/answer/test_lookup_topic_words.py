"""A topic said in a clerk's words (公务用车 / 公车 for the rules' 公务交通工具) finds the article naming it, not a
neighbour that merely lists what it punishes; 咋处分 asks of the topic and names none."""

from __future__ import annotations

import pytest

from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "中国共产党纪律处分条例（2031年修订）"
TEXT = """中国共产党纪律处分条例
第一章　总则
第一条　为维护党的纪律，制定本条例。
第二章　违反廉洁纪律的行为
第二十一条　违反规定使用会议经费，有下列行为之一，对直接责任者，情节较重的，给予警告处分：
（一）超标准配备会场设施；
（二）使用会议经费购买纪念品；
（三）其他违反会议经费管理规定的行为。
第二十二条　违反有关规定配备、更换、使用公务交通工具的，对直接责任者，情节较重的，给予严重警告处分；情节严重的，给予留党察看处分。
第二十三条　违反规定建设、装修办公用房，有下列行为之一，对直接责任者，给予警告处分：
（一）超面积配备、使用办公用房；
（二）擅自装修办公用房。
第三章　附则
第三十条　本条例自2031年1月1日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(TITLE, TEXT)))


@pytest.mark.parametrize(
    "question",
    [
        "处分条例里违规配备使用公务用车的是第几条，咋处分",
        "纪律处分条例中违规更换公务车给什么处分",
        "按纪律处分条例，违规使用公车是哪一条",
    ],
)
def test_a_vehicle_in_a_clerks_words_is_the_article_on_official_transport(question):
    answer = ask_source(source(), question)
    assert "第二十二条" in answer.text and "第二十一条" not in answer.text, answer.text
    assert "第二十三条" not in answer.text, answer.text


def test_a_topic_the_article_names_itself_still_wins():
    answer = ask_source(source(), "纪律处分条例里超面积配备办公用房的是第几条")
    assert "第二十三条" in answer.text and "第二十二条" not in answer.text, answer.text
