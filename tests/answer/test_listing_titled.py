"""Lists of the section whose heading the question names, without its number, quotes or opening verb:
党建引领基层治理有哪几条举措 → 三、深化党建引领基层治理 (inline 一是…三是 under it)."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

PLAN_TITLE = "中共白沙镇委员会2025年党建工作要点"
PLAN = """中共白沙镇委员会2025年党建工作要点
2025年，镇党委以强基固本为主线，推动党建引领乡村治理和产业振兴。现将要点安排如下。
一、加强政治建设
坚持“第一议题”制度，全年开展党委理论学习中心组学习不少于12次。
二、深化“党建+产业”融合
一是建设茶叶党建联盟，吸纳合作社8家；二是开展“党员示范岗”创建，评选示范岗20个；三是推行“支部+电商”模式，培训电商带头人60名。
三、强化党建引领乡村治理
（一）推行网格化管理。全镇划分网格46个，每个网格配备党员网格员。
（二）开展“红色议事会”。各村每季度至少召开1次议事会。
（三）落实“四议两公开”。村级重大事项全部按程序决策。
四、加强作风建设
开展作风建设专项整治，查摆问题清单化管理。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(PLAN_TITLE, PLAN))


@pytest.mark.parametrize(
    "question",
    [
        "白沙镇党建+产业融合有哪些做法？",
        "白沙镇党委党建加产业融合准备搞些啥，列一下",
        "白沙镇“党建+产业”融合都包括哪几项",
    ],
)
def test_the_inline_items_under_a_named_heading(source, question):
    # 党建加产业 is how "党建+产业" is typed.
    answer = ask_source(source, question)
    assert "共3项" in answer.text
    for item in ("茶叶党建联盟", "党员示范岗", "支部+电商"):
        assert item in answer.text
    assert "强基固本" not in answer.text  # not the opening sentence that mentions the topic


@pytest.mark.parametrize("question", ["白沙镇党建引领乡村治理有哪几条举措？", "白沙镇在乡村治理方面要干哪几件事"])
def test_the_sub_parts_under_a_named_heading(source, question):
    answer = ask_source(source, question)
    assert "共3项" in answer.text
    for item in ("网格化管理", "红色议事会", "四议两公开"):
        assert item in answer.text


def test_a_heading_with_one_statement_is_no_list():
    title = "白沙镇机关党支部2024年工作总结"
    text = f"""{title}
一、主要工作
（一）开展结对共建。与镇卫生院党支部、白沙村党支部开展结对共建，组织志愿服务6次。
（二）加强学习。全年集中学习12次。
"""
    answer = ask_source(FakeSource(chunks_of(title, text)), "白沙镇机关党支部和哪些单位开展了结对共建？")
    assert "镇卫生院党支部" in answer.text and "白沙村党支部" in answer.text
