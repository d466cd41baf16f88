"""A quoted document number (青发〔2025〕3号) is no citation mark: the answer is not blocked as ungrounded."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.support import FakeSource, make_chunk

TITLE = "青禾县委组织部关于印发2025年党建工作要点的通知"
NOTICE = [
    make_chunk(TITLE, "青组发〔2025〕3号关于印发《青禾县2025年党建工作要点》的通知。各乡镇党委：现将要点印发给你们。"),
    make_chunk(TITLE, "一、全年计划发展党员不少于200名。", ("一、组织建设",), position=1),
]


@pytest.mark.parametrize("question", ["青组发〔2025〕3号是什么通知？", "青组发〔2025〕3号印发的是什么"])
def test_a_document_number_is_quoted_not_blocked(question):
    answer = Assistant(FakeSource(NOTICE)).ask(question)  # type: ignore[arg-type]
    assert "〔2025〕3号" in answer.text and "工作要点" in answer.text
    assert not answer.refused and answer_problems(answer) == []
