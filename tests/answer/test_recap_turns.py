"""A recap of a conversation says every figure its turns answered, each cited, however the cited sentence reads."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "临川县水利局机关党委2024年度党建工作总结"
TEXT = """临川县水利局机关党委2024年度党建工作总结
一、基本情况
机关党委下设党支部4个。截至2024年底，共有党员57名。全年发展党员2名。
二、主要工作
全年开展主题党日活动22次，组织党员志愿服务队巡河护河37次。
三、不足和下一步打算
不足：一是党建与业务融合不够紧密；二是志愿服务常态化不够。下一步打算：拟于2025年发展党员3名，计划开展巡河护河志愿服务45次。
"""


def test_a_recap_says_the_plan_a_turn_answered_though_it_reads_like_a_table_row():
    """下一步打算：拟于…，计划… has a label and clauses as a table's row does, but a turn asked for it."""
    source = FakeSource(chunks_of(TITLE, TEXT))
    turns = ("临川水利局机关党委去年有多少党员？", "巡河护河搞了多少次？", "明年计划搞多少次？")
    answers = converse(Assistant(source), *turns, "把上面的写成一段总结")
    assert "45次" in answers[2].text, answers[2].text
    draft = answers[-1]
    assert draft.kind == "draft" and not draft.refused, draft.text
    assert all(figure in draft.text for figure in ("57名", "37次", "45次")), draft.text
    assert answer_problems(draft) == []


LIBRARY_TITLE = "临川县图书馆党支部2024年度党建工作总结"
LIBRARY_TEXT = """临川县图书馆党支部2024年度党建工作总结
一、基本情况
支部共有党员13名。
二、主要工作
全年开展主题党日活动12次，举办公益讲座29场。
"""


@pytest.mark.parametrize("request_", ["把水利局这几个数写成一段话", "把水利局的写成一段总结"])
def test_a_recap_naming_an_organisation_says_only_its_turns(request_):
    """Turns on the 水利局, then one on the 图书馆: a recap of the 水利局's figures leaves the 图书馆's out."""
    source = FakeSource(chunks_of(TITLE, TEXT), chunks_of(LIBRARY_TITLE, LIBRARY_TEXT))
    turns = ("临川水利局机关党委去年有多少党员？", "主题党日搞了多少次？", "换成图书馆呢")
    answers = converse(Assistant(source), *turns, request_)
    assert "12次" in answers[2].text, answers[2].text
    draft = answers[-1]
    assert draft.kind == "draft" and not draft.refused, draft.text
    assert "57名" in draft.text and "22次" in draft.text, draft.text
    assert "12次" not in draft.text and "13名" not in draft.text, draft.text
    assert answer_problems(draft) == []


def test_a_recap_after_a_refused_turn_says_it_found_nothing_of_it():
    """Nothing is filled in for the turn that found nothing: the recap says so, under what was answered."""
    source = FakeSource(chunks_of(TITLE, TEXT))
    turns = ("临川水利局机关党委去年有多少党员？", "河道保洁招标花了多少钱？", "主题党日搞了多少次？")
    answers = converse(Assistant(source), *turns, "把上面的写成一段总结")
    assert answers[1].refused, answers[1].text
    draft = answers[-1]
    assert "57名" in draft.text and "22次" in draft.text, draft.text
    assert "河道保洁招标花了多少钱：知识库中没有找到相关内容" in draft.text, draft.text
    assert answer_problems(draft) == []
