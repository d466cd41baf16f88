"""A list question whose best section has nothing to list is refused, never a crash."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk

TITLE = "青山电力公司党委2024年上半年党建工作总结"
# The section about the topic holds only furniture (its content was a picture or a table that did not load).
CHUNKS = [make_chunk(TITLE, "联系人：王明，联系电话：0571-8765432。", ("二、主要做法", "（三）深化党建融合"))]


@pytest.mark.parametrize("question", ["青山电力党建融合搞了啥？列一下", "青山电力公司党建融合有哪些做法？"])
def test_nothing_to_list_is_a_refusal(question):
    answer = answer_extractively(understand(question, None), FakeSource(CHUNKS))  # type: ignore[arg-type]
    assert answer.refused or answer.citations


def test_a_defect_in_an_answer_module_is_a_refusal_not_a_traceback(monkeypatch):
    from assistant.answer import extractive
    from assistant.answer.pipeline import Assistant

    def broken(ctx):
        raise IndexError("list index out of range")

    monkeypatch.setitem(extractive.ANSWERERS, "list", broken)
    answer = Assistant(FakeSource(CHUNKS)).ask("青山电力公司党建融合有哪些做法？")  # type: ignore[arg-type]
    assert answer.refused and "程序出错" in answer.text and "内部错误" in answer.note
