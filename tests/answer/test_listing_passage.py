"""A list is answered by a passage that lists things: 局党组的主要职责有哪几项 takes the article 主要职责是：（一）…（二）…,
not a sentence that only repeats the organisation's name (…议事规则同时废止)."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

RULE_TITLE = "鹭江市水利局党组工作规则（试行）"
RULE = f"""{RULE_TITLE}
第一章　总则
第一条　为加强和规范鹭江市水利局党组（以下简称局党组）工作，根据有关党内法规，制定本规则。
第二章　组成和职责
第五条　局党组由书记、副书记和成员组成，成员一般为5至7人。
第六条　局党组的主要职责是：
（一）学习贯彻党的路线方针政策；
（二）讨论和决定本局重大事项；
（三）领导本局干部人事工作；
（四）履行全面从严治党主体责任。
第三章　附则
第二十条　本规则自2024年5月1日起施行。2020年印发的《鹭江市水利局党组议事规则》同时废止。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(RULE_TITLE, RULE))


@pytest.mark.parametrize("question", ["鹭江市水利局党组的主要职责有哪几项", "鹭江市水利局党组的职责都有哪些？"])
def test_the_article_that_lists_not_the_sentence_naming_the_subject(source, question):
    answer = ask_source(source, question)
    assert "共4项" in answer.text, answer.text
    for item in ("路线方针政策", "重大事项", "干部人事", "主体责任"):
        assert item in answer.text
    assert "废止" not in answer.text


STATION_TITLE = "青梧高速公路服务区党支部2025年上半年工作总结"
STATION = f"""{STATION_TITLE}
上半年，支部坚持“党建领航、服务暖心”。支部现有党员15名，支部书记由服务区经理韦立担任。
一、加强政治建设
上半年召开支部党员大会3次，讲党课3次。支部下设党小组3个，分别为加油站党小组、餐饮党小组和保洁党小组。
二、发挥堡垒作用
一是春运期间组建党员突击队，10名党员连续值守30天；二是设立“党员先锋岗”5个，覆盖加油站、便利店、餐厅、充电站和公共卫生间；三是处置各类应急事件19起。
三、整改措施及下半年打算
一是推行线上学习；二是打造“青梧驿站”党建品牌，计划新增“党员先锋岗”2个；三是计划开展员工培训不少于6期。
"""


@pytest.fixture
def station() -> FakeSource:
    return FakeSource(chunks_of(STATION_TITLE, STATION))


@pytest.mark.parametrize(
    "question", ["青梧高速公路服务区设立的党员先锋岗覆盖了哪些", "青梧高速公路服务区党支部设立党员先锋岗覆盖哪些？"]
)
def test_what_is_listed_not_what_is_planned(station, question):
    answer = ask_source(station, question)
    for place in ("便利店", "充电站", "公共卫生间"):
        assert place in answer.text, answer.text
    assert "计划新增" not in answer.text  # the plan for the next half-year is not where the posts are


@pytest.mark.parametrize(
    "question", ["青梧高速公路服务区党支部下设哪几个党小组", "青梧高速公路服务区党支部有哪些党小组？"]
)
def test_the_last_two_names_joined_by_he(station, question):
    answer = ask_source(station, question)
    assert "共3项" in answer.text, answer.text
    for name in ("加油站党小组", "餐饮党小组", "保洁党小组"):
        assert name in answer.text
