"""A short summary of a half year says a point of each strand of its work before a target table's further lines
and before how many members there are (a count of members is where the period ends, not what it did)."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "青川县残疾人联合会党支部2025年上半年党建工作报告"
REPORT = """青川县残疾人联合会党支部2025年上半年党建工作报告
2025年上半年，县残联党支部认真落实全面从严治党要求，围绕残疾人事业中心工作，统筹推进各项党建任务。截至2025年6月底，支部共有党员38名，其中在职党员29名。现将上半年工作情况报告如下。
一、上半年工作开展情况
（一）理论学习
上半年开展支部集中学习8次，其中专题研讨3次；组织党员参加网上培训1期，参训党员36人次。
（二）组织建设
上半年召开支部党员大会4次、支委会9次，开展主题党日6次，讲党课5场；确定入党积极分子2名。
（三）业务融合
主要业务指标完成情况见下表。
残疾人康复服务（人次）：全年目标3000，上半年完成1460，完成率48.7%。
辅助器具适配（件）：全年目标800，上半年完成310，完成率38.8%。
（四）党风廉政建设
上半年开展廉政谈话19人次，未发生违纪问题。
二、存在的问题
一是部分党员学习主动性不强；二是康复服务进度偏慢。
三、下半年工作安排
一是计划发展党员2名；二是力争完成康复服务1540人次。
中共青川县残疾人联合会支部委员会
2025年7月6日
"""


@pytest.mark.parametrize(
    "question",
    [
        "帮我把残联今年上半年的党建工作写成一段150字左右的总结",
        "起草一段残联党支部2025年上半年党建工作小结，150字左右",
        "把县残联2025年上半年的党建工作概括成150字左右的一段话",
    ],
)
def test_each_strand_of_the_work_is_said_before_further_table_lines_and_the_membership(question):
    answer = answer_extractively(Route("draft", question), FakeSource(chunks_of(TITLE, REPORT)))
    assert not answer.refused, answer.text
    assert "讲党课5场" in answer.text and "1460人次" in answer.text, answer.text
    assert "1540人次" not in answer.text  # the plan for the rest of the year is not what was done
