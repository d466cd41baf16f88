"""都整改完了吗 after a turn counting items: answered from the state the document states of those items, cited."""

from __future__ import annotations

import pytest

from assistant.answer.followup_scope import answered_documents
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

YEAR = (
    "临川县应急管理局机关党委2024年度党建工作总结",
    """临川县应急管理局机关党委2024年度党建工作总结
一、基本情况
机关党委下设党支部5个，共有党员64名。
二、主要工作
组织开展危化品安全专项检查，排查风险隐患23处，已整改20处，其余3处正在推进整改。全年开展主题党日活动24次。
""",
)
HALF = (
    "临川县应急管理局机关党委2025年上半年党建工作报告",
    """临川县应急管理局机关党委2025年上半年党建工作报告
一、主要工作
上半年开展消防安全专项检查1次，排查风险隐患9处，已全部整改到位。开展主题党日活动6次。
二、存在问题
一是学习研讨不够深入；二是党员教育形式单一。
""",
)


def source() -> FakeSource:
    return FakeSource(chunks_of(*YEAR), chunks_of(*HALF))


@pytest.mark.parametrize("asked", ["都整改完了吗？", "整改完了没有", "是否都已整改到位"])
def test_whether_all_are_done_is_answered_from_the_state_stated(asked):
    """The turn asked 查出 of what the report says 排查: the items are those the last answer counted."""
    answers = converse(Assistant(source()), "应急管理局今年上半年查出几处隐患？", asked)
    assert "9处" in answers[0].text, answers[0].text
    answer = answers[-1]
    assert not answer.refused and "已全部整改到位〔1〕" in answer.text, answer.text


def test_whether_all_are_done_when_some_are_not_says_how_many_each():
    answers = converse(Assistant(source()), "应急管理局去年专项检查查出几处隐患？", "都整改完了吗")
    answer = answers[-1]
    assert "已整改20处" in answer.text and "3处" in answer.text, answer.text


def test_an_answer_naming_one_document_and_quoting_another_drew_on_both():
    """A merged answer: one part quoted a passage, another fell back on a document it names."""
    answer = "开展主题党日活动6次〔1〕。 据《临川县应急管理局机关党委2024年度党建工作总结》记载：“全年开展主题党日活动24次。”〔2〕"
    found = answered_documents(answer, source())
    titles = {source().document(d).title for d in found}
    assert titles == {YEAR[0], HALF[0]}, titles
