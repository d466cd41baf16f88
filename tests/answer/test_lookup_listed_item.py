"""One item of a list an article gives, asked by its number and what the list names (活动方式的第（三）项是什么),
directly or right after the list was answered; the whole list asked colloquially (书记有啥职责); an item
beyond the list refused with its real length."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

RULES_TITLE = "红枫街道社区党组织活动办法（试行）"
RULES = """红枫街道社区党组织活动办法（试行）
第一章　总则
第一条　为规范社区党组织活动，制定本办法。
第二章　组织设置
第二条　社区党组织书记履行下列职责：
（一）召集党组织会议；
（二）组织党员开展志愿服务；
（三）联系驻区单位党组织。
第三条　社区党组织委员协助书记开展工作。
第三章　活动方式
第四条　社区党组织活动可以采取下列方式：
（一）集中学习；
（二）入户走访；
（三）志愿服务；
（四）结对帮扶。
第五条　每次活动应当做好记录。
第四章　附则
第六条　本办法自印发之日起施行。
"""
CODE_TITLE = "青松农场职工党员行为细则"
CODE = """青松农场职工党员行为细则
第一条　为加强农场职工党员管理，制定本细则。
第二条　职工党员应当做到下列要求：
（一）带头执行安全生产制度；
（二）带头参加义务劳动；
（三）带头帮助困难职工；
（四）按时参加组织生活；
（五）主动接受群众监督。
第三条　本细则由农场党委负责解释。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(RULES_TITLE, RULES), regulation_chunks(CODE_TITLE, CODE)))


@pytest.mark.parametrize(
    ("question", "items", "article"),
    [
        ("社区党组织活动办法里书记有啥职责", ("召集党组织会议", "志愿服务", "联系驻区单位"), "第二条"),
        ("职工党员行为细则中职工党员有啥要求", ("安全生产", "义务劳动", "困难职工", "组织生活", "群众监督"), "第二条"),
    ],
)
def test_what_a_list_holds_asked_colloquially_is_the_whole_list(question, items, article):
    answer = grounded(ask_source(source(), question))
    assert all(item in answer.text for item in items) and article in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "item", "others"),
    [
        ("社区党组织活动办法里活动方式的第（三）项是什么", "（三）志愿服务", ("入户走访", "结对帮扶")),
        ("职工党员行为细则规定的要求第（二）项是啥", "（二）带头参加义务劳动", ("安全生产", "群众监督")),
    ],
)
def test_an_item_of_a_named_list_is_that_item(question, item, others):
    answer = grounded(ask_source(source(), question))
    assert item in answer.text and not any(o in answer.text for o in others), answer.text


def test_an_item_beyond_the_list_is_refused_with_its_length():
    answer = ask_source(source(), "社区党组织活动办法里活动方式的第（六）项是什么")
    assert answer.refused and "只有4项" in answer.text, answer.text


@pytest.mark.parametrize(
    ("listed", "item", "other_item", "expected", "other_expected"),
    [
        ("社区党组织活动办法里活动方式有哪些", "第（三）项是什么", "第四项呢", "志愿服务", "结对帮扶"),
        ("职工党员行为细则里职工党员有哪些要求", "第二项是啥", "那第五项呢", "义务劳动", "群众监督"),
    ],
)
def test_an_item_asked_after_the_list_is_of_that_list(listed, item, other_item, expected, other_expected):
    answers = converse(Assistant(source()), listed, item, other_item)
    assert expected in answers[1].text and other_expected not in answers[1].text, answers[1].text
    assert other_expected in answers[2].text and expected not in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    ("article", "count", "first_item"),
    [
        ("社区党组织活动办法第二条讲的啥", "共3项职责", "召集党组织会议"),
        ("职工党员行为细则第二条讲的啥", "共5项要求", "安全生产"),
    ],
)
def test_how_many_items_after_an_article_counts_its_items(article, count, first_item):
    answers = converse(Assistant(source()), article, "一共几项")
    assert count in answers[1].text and first_item in answers[1].text, answers[1].text


def test_another_list_swapped_in_then_its_item():
    answers = converse(
        Assistant(source()), "社区党组织活动办法第二条讲的啥", "一共几项", "职责换成方式呢", "其中第四项是啥"
    )
    assert "第四条" in answers[2].text and "入户走访" in answers[2].text, answers[2].text
    assert "结对帮扶" in answers[3].text and "联系驻区单位" not in answers[3].text, answers[3].text
