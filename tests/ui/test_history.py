"""Conversation history: the per-user store, continuing a stored conversation, export. Fast: a stub assistant."""

from __future__ import annotations

import re
import sqlite3

import pytest
from docx import Document

from assistant.core.schema import Answer, Citation
from assistant.web.chat import ChatState, chat_turn, display_from_turns, state_from_turns
from assistant.web.conversation_export import conversation_markdown, export_conversation, export_filename
from assistant.web.history import LOCAL_USER, HistoryError, HistoryStore, Turn, title_from, user_of


class StubAssistant:
    """Answers "<question>的答案〔1〕" and records the history each question was asked with."""

    def __init__(self):
        self.histories: list[list[dict]] = []

    def stream(self, question, history, mode):
        self.histories.append(list(history))
        yield Answer(
            f"{question}的答案〔1〕。",
            "fact",
            citations=[Citation("c1", "上半年工作报告", "二、党建", None, "讲党课8次。")],
        )


def turn(question: str, answer: str = "答案") -> Turn:
    return Turn(question, "auto", answer, f"<div>{answer}</div>", f"{answer}\n来源：〔1〕《报告》")


@pytest.fixture
def store(tmp_path):
    return HistoryStore(tmp_path / "index" / "history.sqlite3")


def test_turns_are_stored_per_conversation_and_listed_newest_first(store):
    first = store.add_turn("alice", "", turn("上半年讲党课几次？"))
    assert store.add_turn("alice", first, turn("党支部书记讲了几次？")) == first
    second = store.add_turn("alice", None, turn("起草一段廉政建设情况总结"))
    listed = store.conversations("alice")
    assert [c.id for c in listed] == [second, first]
    assert [(c.title, c.turns) for c in listed] == [("起草一段廉政建设情况总结", 1), ("上半年讲党课几次？", 2)]
    assert [t.question for t in store.turns("alice", first)] == ["上半年讲党课几次？", "党支部书记讲了几次？"]
    store.add_turn("alice", first, turn("其中党委班子呢？"))  # continuing moves it to the top
    assert store.conversations("alice")[0].id == first


def test_a_user_never_reaches_another_users_conversations(store):
    mine = store.add_turn("alice", "", turn("机密问题"))
    assert store.conversations("bob") == []
    assert store.turns("bob", mine) == [] and store.title("bob", mine) == "" and not store.owns("bob", mine)
    assert not store.rename("bob", mine, "改名") and not store.delete("bob", mine)
    theirs = store.add_turn("bob", mine, turn("bob 的问题"))  # a foreign id starts bob's own conversation
    assert theirs != mine
    assert [t.question for t in store.turns("alice", mine)] == ["机密问题"]
    assert store.title("alice", mine) == "机密问题"


def test_rename_and_delete(store):
    cid = store.add_turn(LOCAL_USER, "", turn("上半年讲党课几次？"))
    assert not store.rename(LOCAL_USER, cid, "   ")
    assert store.rename(LOCAL_USER, cid, "  党课\n统计  ")
    assert store.title(LOCAL_USER, cid) == "党课 统计"
    assert store.delete(LOCAL_USER, cid) and not store.delete(LOCAL_USER, cid)
    assert store.conversations(LOCAL_USER) == [] and store.turns(LOCAL_USER, cid) == []
    with sqlite3.connect(store.path) as db:  # the turns went with the conversation
        assert db.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 0


def test_titles_and_users():
    assert title_from("  上半年\n讲党课几次？ ") == "上半年 讲党课几次？"
    long = title_from("党" * 100)
    assert len(long) == 40 and long.endswith("…")
    assert user_of(None) == user_of("  ") == LOCAL_USER == "本机用户"
    assert user_of("alice") == "alice"


def test_the_browser_secret_outlives_a_restart(store):
    secret = store.browser_secret()
    assert len(secret) >= 24 and HistoryStore(store.path).browser_secret() == secret


def test_unusable_history_file_is_a_chinese_error(tmp_path):
    taken = tmp_path / "history.sqlite3"
    taken.mkdir()  # a folder where the file should be
    with pytest.raises(HistoryError, match="无法打开对话记录文件"):
        HistoryStore(taken)


def test_a_reopened_conversation_continues_with_the_same_follow_up_context(store):
    assistant = StubAssistant()

    def record(t, cid):
        return store.add_turn("alice", cid, t)

    display, state = [], ChatState()
    for question in ("上半年讲党课几次？", "党支部书记呢？"):
        *_, (display, state) = chat_turn(assistant, question, display, state, "问答", record=record)
    assert state.conversation_id and len(store.turns("alice", state.conversation_id)) == 2

    # After a reload: the page rebuilds display and state from the store alone.
    turns = store.turns("alice", state.conversation_id)
    restored = state_from_turns(turns, state.conversation_id)
    assert restored == state
    assert display_from_turns(turns) == display
    assert turns[0].mode == "qa" and "上半年讲党课几次？的答案" in turns[0].rendered and "来源" in turns[0].rendered

    *_, (display, continued) = chat_turn(assistant, "其中党委班子呢？", display_from_turns(turns), restored, "问答")
    assert assistant.histories[-1] == state.history  # the follow-up saw the whole stored conversation
    assert continued.conversation_id == state.conversation_id and len(display) == 6


def test_markdown_export_keeps_document_text_literal():
    turns = [
        Turn(
            "![x](http://evil/x.png) 是什么？",
            "auto",
            "",
            "",
            "答：<img src=x onerror=alert(1)> $$x$$〔1〕\n\n来源：\n〔1〕《[a](javascript:alert(1))》",
        ),
    ]
    md = conversation_markdown("对话 # 1", turns, exported_at=0)
    assert md.startswith("# 对话 \\# 1\n")
    assert "## 问1：\\!\\[x\\]\\(http\\://evil/x\\.png\\) 是什么？" in md
    assert "\\<img src=x onerror=alert\\(1\\)\\> \\$\\$x\\$\\$" in md
    assert "《\\[a\\]\\(javascript\\:alert\\(1\\)\\)》" in md
    assert not re.search(r"(?<!\\)\]\(|(?<!\\)<img|(?<!\\)\$", md)  # no unescaped link, tag or math


def test_docx_export(tmp_path):
    turns = [turn("上半年讲党课几次？", "共讲党课8次〔1〕。"), turn("党支部书记呢？", "3次〔1〕。")]
    path = export_conversation("党课/统计:上半年", turns, "docx", tmp_path)
    assert path.parent == tmp_path and path.name == "党课_统计_上半年.docx"
    text = [p.text for p in Document(str(path)).paragraphs]
    assert text[0] == "党课/统计:上半年"
    assert "问1：上半年讲党课几次？" in text and "问2：党支部书记呢？" in text
    assert "共讲党课8次〔1〕。" in text and "来源：〔1〕《报告》" in text
    markdown = export_conversation("统计", turns, "md", tmp_path)
    assert markdown.read_text(encoding="utf-8").count("## 问") == 2
    assert export_filename("", "md") == "对话记录.md"
