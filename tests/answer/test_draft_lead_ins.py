"""A lead-in that states a figure (制定整改措施18条，具体如下：) is a statement of a draft: its figure is
kept, its colon and 如下 are not written. A lead-in without a figure (现将整改情况报告如下：) stays out."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

BUREAU_TITLE = "中共青禾县水利局党组关于2023年度民主生活会召开情况的报告"
BUREAU = f"""{BUREAU_TITLE}
2024年1月22日，局党组召开2023年度民主生活会，现将有关情况报告如下：
一、查摆的主要问题
一是理论学习不够深入；二是调查研究不够扎实。
二、整改措施
针对查摆出的问题，局党组制定整改措施18条，逐项明确责任人和完成时限：
1.落实“第一议题”制度，全年开展专题研讨不少于6次。
2.班子成员每人牵头1项调研课题，形成调研报告5篇。
中共青禾县水利局党组
2024年1月25日
"""

CLINIC_TITLE = "中共柏溪镇卫生院支部委员会组织生活会问题整改情况报告"
CLINIC = f"""{CLINIC_TITLE}
支部于2024年3月召开组织生活会，现将整改情况报告如下：
一、整改落实情况
会上共查摆问题11条，涉及学习、作风和服务3个方面，具体如下：
（一）学习方面。建立每周学习制度，集中学习8次。
（二）服务方面。开展义诊活动6场，服务群众430人次。
中共柏溪镇卫生院支部委员会
2024年5月6日
"""


@pytest.mark.parametrize(
    ("title", "text", "question", "figure"),
    [
        (BUREAU_TITLE, BUREAU, "根据青禾县水利局民主生活会报告写一段整改措施的情况", "整改措施18条"),
        (CLINIC_TITLE, CLINIC, "用柏溪镇卫生院整改情况报告写一段整改落实情况的小结", "查摆问题11条"),
    ],
)
def test_a_lead_in_with_a_figure_is_written_without_its_colon(title, text, question, figure):
    answer = ask_source(FakeSource(chunks_of(title, text)), question)
    assert not answer.refused
    assert figure in answer.text, answer.text
    assert "：〔" not in answer.text and "如下〔" not in answer.text, answer.text
    assert "报告如下" not in answer.text, answer.text
