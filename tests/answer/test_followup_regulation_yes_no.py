"""A short yes/no follow-up (党小组能批吗) after an answer that quoted an article of the regulation asked is asked
of that regulation, though the answer names none; after a report's answer it is not."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand

RULE_TURN = [
    {"role": "user", "content": "《青川县机关党员管理办法》入党申请由谁审查"},
    {"role": "assistant", "content": "第九条　入党申请由党支部审查〔1〕；党小组只提出意见，不能审查〔1〕。"},
]
REPORT_TURN = [
    {"role": "user", "content": "青川县水利局机关党支部2024年发展了几名党员"},
    {"role": "assistant", "content": "全年发展党员3名〔1〕。"},
]


@pytest.mark.parametrize("turn", ["党小组能审查吗", "党员大会可以审查吗"])
def test_a_yes_no_follow_up_after_an_article_is_asked_of_its_regulation(turn):
    question = understand(turn, RULE_TURN).question
    assert question.startswith("《青川县机关党员管理办法》") and turn.rstrip("？?") in question, question


def test_after_a_reports_answer_no_regulation_is_added():
    question = understand("党小组能审查吗", REPORT_TURN).question
    assert "《" not in question, question
