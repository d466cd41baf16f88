"""The web app's pipeline comes from `runtime`: the configured LLM writes the chat answers (it once did not)."""

from __future__ import annotations

import pytest
from ui_support import REPORT_TITLE, write_report

from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.web.chat import ChatState, chat_turn
from assistant.web.library import status_rows
from assistant.web.state import Backend
from tests.fakes import FakeEmbeddings, openai_server

QUESTION = "上半年召开党委会几次？"
LLM_REPLY = "经查，上半年共召开党委会4次〔1〕。"  # worded unlike the extractive answer


@pytest.fixture
def backend_with_llm(tmp_path, monkeypatch):
    """A Backend whose settings name an OpenAI-compatible model served on loopback with a scripted reply."""
    corpus = tmp_path / "corpus"
    write_report(corpus)
    with openai_server(LLM_REPLY) as (url, received):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, llm="openai:scripted-model")
        backend = Backend(settings, FakeEmbeddings())
        assert not index_paths(backend.kb, [corpus]).errors
        yield backend, received


def test_web_chat_answers_with_the_configured_llm(backend_with_llm):
    backend, received = backend_with_llm
    # What WebApp.respond runs for a question from the page (importing gradio here would only add seconds).
    *_, (display, state) = chat_turn(backend.assistant, QUESTION, [], ChatState(), "自动")

    assert received and received[-1]["model"] == "scripted-model"  # the chat handler asked the LLM
    assert REPORT_TITLE in received[-1]["messages"][-1]["content"]  # with the evidence
    assert state.last_answer.startswith(LLM_REPLY)
    assert "经查，上半年共召开党委会4次" in display[-1]["content"]
    assert state.history[-1] == {"role": "assistant", "content": LLM_REPLY}
    # The status tab names the model that answered.
    rows = dict(status_rows(backend.kb, backend.settings))
    assert "openai:scripted-model" in rows["回答方式"]
    assert backend.assistant.backend == "LLM（scripted-model）"
