"""正风肃纪 / 廉政建设 asked of a report that heads that work （四）全面从严治党: that section, not the opening."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "西峡县审计局机关党委2024年度党建工作总结"
TEXT = """西峡县审计局机关党委2024年度党建工作总结
2024年，局机关党委坚持以党建引领审计监督工作，推动党建与业务深度融合。现将全年工作总结如下。
一、主要工作及成效
（一）理论学习
全年召开党组理论学习中心组集体学习12次，其中专题研讨4次。
（二）组织建设
全年召开支部党员大会24次、支委会48次，讲党课16场，发展党员2名。
（三）审计业务
全年完成审计项目63个，查出问题金额4.82亿元。
（四）全面从严治党
全年开展廉政谈话118人次，运用监督执纪“第一种形态”处理9人次；开展警示教育5场，记录报告插手干预审计事项6件。
二、存在的问题
一是理论学习深度不够；二是党建与业务融合的抓手不多。
"""


@pytest.mark.parametrize(
    "question",
    [
        "把审计局2024年正风肃纪的情况写成一段总结",
        "起草一段关于西峡审计局2024年廉政建设的总结",
        "写一段审计局去年执纪监督方面的情况",
    ],
)
def test_discipline_work_is_found_under_its_usual_heading(question):
    answer = ask_source(index_like(FakeSource(chunks_of(TITLE, TEXT))), question)
    assert not answer.refused, answer.text
    assert "118人次" in answer.text and "6件" in answer.text, answer.text
    assert "审计项目63个" not in answer.text and "讲党课16场" not in answer.text, answer.text
