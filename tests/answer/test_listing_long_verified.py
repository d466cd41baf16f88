"""A list longer than the shown items says how many are left; that count is computed, so it must verify."""

from __future__ import annotations

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "白沙县气象局党支部2024年度工作总结"
ITEMS = (
    "理论学习深度不够",
    "学习方式比较单调",
    "支部会议记录不规范",
    "主题党日内容单一",
    "党员发展后继乏人",
    "志愿服务参与率不高",
    "廉政风险排查不细",
    "制度执行不够严格",
    "宣传阵地更新不及时",
    "党费收缴台账不全",
)
TEXT = (
    f"{TITLE}\n一、主要工作\n全年召开支委会12次，开展主题党日12次。\n二、存在的问题\n"
    + "；".join(f"{n}是{item}" for n, item in zip("一二三四五六七八九十", ITEMS))
    + "。"
    + "\n三、下一步打算\n加强学习。\n"
)


def test_the_count_of_items_left_out_is_a_derived_figure():
    answer = answer_extractively(Route("list", "气象局党支部存在哪些问题？"), FakeSource(chunks_of(TITLE, TEXT)))
    assert not answer.refused
    assert "共10项" in answer.text and "（其余2项见原文）" in answer.text
    assert answer_problems(answer) == []  # neither 10 nor 2 is quoted: both are counted here
