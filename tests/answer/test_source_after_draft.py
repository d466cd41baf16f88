"""这些数出自哪个文件 after a short draft: the documents its points come from, though a 述职 repeats one figure."""

from __future__ import annotations

import pytest

from assistant.answer.followup_scope import answered_documents
from assistant.answer.pipeline import Assistant
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

SUMMARY_TITLE = "柳湾自来水公司党委2024年度党建工作总结"
SUMMARY = """柳湾自来水公司党委2024年度党建工作总结
2024年，公司党委坚持党建引领，推动党建与供水保障深度融合。
一、主要工作
（一）党建与业务融合
设立“红色供水”先锋岗12个，改造老旧管网46公里。完成供水管网检漏3200公里，漏损率下降到8.6%。
（二）基层组织建设
全年发展党员3名，召开支部党员大会24次。
"""
REPORT_TITLE = "柳湾自来水公司党委书记周立新2024年度抓基层党建工作述职报告"
REPORT = """柳湾自来水公司党委书记周立新2024年度抓基层党建工作述职报告
一、履行第一责任人职责情况
本人主持召开党委会18次，推动设立“红色供水”先锋岗12个。
二、存在的不足
基层调研还不够深入。
"""
DRAFT = "2024年，柳湾自来水公司党委：一是设立“红色供水”先锋岗12个〔1〕；二是完成供水管网检漏3200公里〔1〕。"


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(REPORT_TITLE, REPORT), chunks_of(SUMMARY_TITLE, SUMMARY))


def test_a_drafts_points_are_found_without_its_own_ordinals(source):
    ids = answered_documents(DRAFT, source)
    assert {source.document(i).title for i in ids} == {SUMMARY_TITLE}


@pytest.mark.parametrize("asked", ["这些数出自哪个文件？", "这些数据出自哪里？", "上面的出自哪份报告？"])
def test_the_source_of_a_short_draft_is_the_report_it_drew_on(source, asked):
    history = [
        {"role": "user", "content": "起草一段关于柳湾自来水公司2024年党建与业务融合的总结，不超过50字"},
        {"role": "assistant", "content": DRAFT},
    ]
    answer = Assistant(source).ask(asked, history)
    assert not answer.refused, answer.text
    assert f"出自《{SUMMARY_TITLE}》" in answer.text and "述职" not in answer.text, answer.text
