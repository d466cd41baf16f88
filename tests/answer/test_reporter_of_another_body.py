"""A 述职 titled with a party body's post (党总支书记) answers who holds that post only for its own organisation:
another body's 党总支书记, one a table of another report lists, is not its 述职人."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

REPORT = "青屿市档案馆党总支书记2024年度抓基层党建工作述职报告"
PORT = "中共青屿港务集团有限公司委员会2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(
            REPORT,
            "青屿市档案馆党总支书记\n2024年度抓基层党建工作述职报告\n\n沈砚秋\n\n本人现任档案馆党总支书记。",
            (),
        ),
        make_chunk(REPORT, "述职人：沈砚秋\n2025年1月8日", (), position=1),
    ],
    [
        make_chunk(
            PORT,
            "| 党组织 | 党员数 |\n| --- | --- |\n| 装卸作业部党总支 | 58 |\n| 客运服务部党支部 | 21 |",
            ("一、基本情况",),
        ),
    ],
)


@pytest.mark.parametrize("question", ["装卸作业部党总支书记是谁", "港务集团装卸作业部党总支书记是哪位"])
def test_another_bodys_post_is_not_answered_by_a_report_titled_with_that_post(question):
    answer = ask_source(SOURCE, question)
    assert "沈砚秋" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["档案馆党总支书记是谁", "青屿市档案馆党总支书记是哪位"])
def test_the_reports_own_post_is_answered_by_its_reporter(question):
    answer = ask_source(SOURCE, question)
    assert "沈砚秋" in answer.text and not answer.refused, answer.text
