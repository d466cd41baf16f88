"""A section listing more items than an answer shows: the count of those left out is no unsourced figure."""

from __future__ import annotations

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "梅岭县水务局党组2023年度工作总结"
REPORT = """梅岭县水务局党组2023年度工作总结
一、履职尽责情况
全年完成水利工程项目验收16个，组织防汛演练4次。
二、补齐短板，推动重点工作
一是完成城区供水管网改造12公里。二是新建农村饮水工程站点9处。三是修订安全生产制度7项。四是开展河道清障行动5次。五是组织水质抽检120批次。六是办理群众诉求46件。七是完成水毁工程修复21处。八是推进智慧水务平台建设。九是完成水资源费征收。十是开展节水宣传进社区活动。
三、下一步打算
一是加强学习；二是改进作风。
"""


def test_the_items_left_out_are_counted_not_quoted():
    answer = answer_extractively(
        Route("list", "梅岭县水务局2023年补齐短板方面做了哪些工作？"), FakeSource(chunks_of(TITLE, REPORT))
    )
    assert not answer.refused and "共10项" in answer.text and "（其余2项见原文）" in answer.text, answer.text
    assert answer_problems(answer) == []


SELF_REVIEW = """梅岭县水务局领导干部2023年度述职报告
一、履职尽责情况
全年完成水利工程项目验收16个，组织防汛演练4次。
二、补齐短板，推动重点工作
一是完成城区供水管网改造12公里。二是新建农村饮水工程站点9处。三是修订安全生产制度7项。
三、个人反思
对照年初承诺，我觉得自己还存在以下几个方面的不足：一是调查研究有欠缺，深入基层一线次数偏少。二是统筹能力有短板，分管工作之间衔接不够紧密。三是创新意识有不够，新技术运用推进偏慢。
"""


def test_a_heading_that_makes_up_shortcomings_is_no_list_of_them():
    """补齐短板 heads work done; the shortcomings are those the review paragraph announces."""
    source = FakeSource(chunks_of("梅岭县水务局领导干部2023年度述职报告", SELF_REVIEW))
    for question in ("梅岭县水务局2023年述职报告里存在哪些不足？", "梅岭县水务局述职中自己有哪些短板"):
        answer = answer_extractively(Route("list", question), source)
        assert not answer.refused and "调查研究有欠缺" in answer.text and "管网改造" not in answer.text, answer.text


SPLIT_REVIEW = """梅岭县水务局领导干部2023年度述职报告
韩立峰
一、履职尽责情况
全年完成水利工程项目验收16个，组织防汛演练4次。
二、个人反思
对照年初承诺，我觉得自己还存在以下几个方面的差距：
一是调查研究有欠缺，深入基层一线次数偏少，掌握情况不够全面。
二是统筹能力有短板，分管工作之间衔接不够紧密。
三是创新意识有不够，新技术运用推进偏慢。
三、今后努力方向
坚持问题导向，逐项改进。
"""


def test_shortcomings_announced_then_given_as_paragraphs_of_their_own():
    source = FakeSource(chunks_of("梅岭县水务局领导干部2023年度述职报告", SPLIT_REVIEW))
    for question in ("梅岭县水务局2023年述职里检讨自己哪几方面的不足？", "梅岭县水务局述职报告里说存在哪些差距"):
        answer = answer_extractively(Route("list", question), source)
        assert not answer.refused and "共3项" in answer.text, answer.text
        assert "1. 调查研究有欠缺〔1〕" in answer.text and "创新意识有不够" in answer.text, answer.text
        assert answer_problems(answer) == []
