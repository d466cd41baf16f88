"""The web chat's 导出Word handler, without a browser (the button itself: tests/ui/test_export_docx.py)."""

from __future__ import annotations

import docx

from assistant.core.schema import Answer, Citation
from assistant.web.chat import ChatState
from assistant.web.export import export_last_answer


def state_with(answer: Answer, question: str = "起草一段关于理论学习情况的总结") -> ChatState:
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
    return ChatState(history=history, last_answer=answer.text, answer=answer)


def test_nothing_to_export_before_an_answer_or_after_a_refusal():
    assert export_last_answer(None) is None
    assert export_last_answer(ChatState()) is None
    assert export_last_answer(state_with(Answer("知识库中没有找到。", "draft", refused=True))) is None


def test_each_export_is_its_own_file_named_after_the_title():
    answer = Answer(
        "上半年开展集中学习6次〔1〕。", "draft", [Citation("c1", "某支部总结", "一、理论学习", None, "集中学习6次。")]
    )
    first, second = export_last_answer(state_with(answer)), export_last_answer(state_with(answer))
    assert first != second  # two sessions never overwrite each other's file
    assert first.endswith("关于理论学习的情况总结.docx")
    texts = [p.text for p in docx.Document(first).paragraphs]
    assert texts[0] == "关于理论学习的情况总结"
    assert "上半年开展集中学习6次〔1〕。" in texts


def test_unsafe_characters_leave_the_file_name():
    answer = Answer("共5次〔1〕。", "count", [Citation("c1", "报告", "", None, "共5次。")])
    path = export_last_answer(state_with(answer, "a/b:c*d 讲了几次？"))
    assert "/" not in path.rsplit("/", 1)[1] and ":" not in path.rsplit("/", 1)[1]


def test_exports_a_day_old_are_removed(tmp_path):
    import os
    import time

    answer = Answer("共5次〔1〕。", "count", [Citation("c1", "报告", "", None, "共5次。")])
    old = tmp_path / "old"
    old.mkdir()
    (old / "x.docx").write_bytes(b"x")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    path = export_last_answer(state_with(answer, "讲了几次？"), root=tmp_path)
    assert not old.exists()
    assert path.startswith(str(tmp_path))


def test_a_follow_up_is_titled_by_the_question_as_understood():
    answer = Answer("党支部书记讲党课3次〔1〕。", "count", [Citation("c1", "报告", "", None, "讲党课3次。")])
    answer.resolved_question = "上半年党支部书记讲党课几次？"
    path = export_last_answer(state_with(answer, "那党支部书记呢？"))
    assert "那党支部书记呢" not in path and "党支部书记讲党课几次" in path
