"""几项职责 / 几项纪律: the （一）…（N） items of the article that lists what is counted, counted and quoted,
not the chapter whose title shares a word with the question."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

RULES_TITLE = "金穗农业合作社党支部工作细则"
RULES = """金穗农业合作社党支部工作细则
第一章　支部委员会
第一条　为规范合作社党支部工作，制定本细则。
第二条　支部委员会的主要职责是：
（一）宣传和执行党的路线方针政策；
（二）组织党员学习；
（三）做好发展党员工作；
（四）联系服务社员群众；
（五）监督党员履行义务。
第三条　支部书记的主要任务是：
（一）主持支部委员会日常工作；
（二）召集支部委员会会议。
第二章　党员
第四条　党员应当遵守下列纪律：
（一）按时参加组织生活；
（二）按月交纳党费；
（三）保守合作社经营秘密。
第五条　本细则自印发之日起施行。
"""
GAPPED_TITLE = "金穗农业合作社理事会议事规定"
GAPPED = """金穗农业合作社理事会议事规定
第一条　理事会议事应当遵守下列程序：
（一）提出议题；
（三）表决通过。
第二条　本规定自印发之日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(RULES_TITLE, RULES), regulation_chunks(GAPPED_TITLE, GAPPED)))


def test_the_items_of_the_article_listing_what_is_counted_are_counted():
    answer = ask_source(source(), "合作社党支部工作细则规定支部委员会有几项职责")
    assert "共5项职责" in answer.text and "第二条" in answer.text, answer.text
    assert "（五）监督党员履行义务" in answer.text
    assert {c.chunk.article for c in answer.citations} == {"第二条"}


def test_a_count_asked_of_the_regulation_by_its_short_name_is_answered_from_the_article_listing_it():
    answer = ask_source(source(), "党支部工作细则里党员要遵守几项纪律")
    assert "共3项纪律" in answer.text and "第四条" in answer.text, answer.text


def test_another_thing_counted_in_a_follow_up_is_counted_in_its_own_article():
    answers = converse(Assistant(source()), "合作社党支部工作细则规定支部委员会有几项职责", "那支部书记的任务呢")
    answer = grounded(answers[1])
    assert "共2项任务" in answer.text and "第三条" in answer.text, answer.text


def test_items_numbered_with_a_gap_are_not_counted():
    answer = ask_source(source(), "理事会议事规定里议事有几项程序")
    assert "共2项" not in answer.text and "共3项" not in answer.text, answer.text
