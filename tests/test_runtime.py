"""`Runtime`, the one wiring point: what it builds from the settings, and what a caller may inject."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.config import ConfigError, Settings
from assistant.runtime import Runtime
from tests.fakes import FakeEmbeddings


def test_parts_share_one_knowledge_base_and_the_injected_models(tmp_path):
    embedder = FakeEmbeddings()
    llm = GenericFakeChatModel(messages=iter([AIMessage(content="-")]))
    runtime = Runtime.from_settings(Settings(index_dir=tmp_path / "index"), embedder, llm)
    assert runtime.kb.embeddings is embedder
    assert runtime.retriever.kb is runtime.kb and runtime.retriever.reranker is None
    assert runtime.assistant.retriever is runtime.retriever and runtime.assistant.llm is llm
    assert runtime.assistant is runtime.assistant  # built once


def test_llm_setting_is_read_only_when_answering(tmp_path):
    runtime = Runtime.from_settings(Settings(index_dir=tmp_path / "index", llm="gpt"), FakeEmbeddings())
    assert runtime.retriever.search("讲党课", 3) == []  # search and docs work whatever the LLM setting
    with pytest.raises(ConfigError, match="格式应为 openai:<模型名>"):
        _ = runtime.assistant
    assert Runtime.from_settings(Settings(index_dir=tmp_path / "index"), FakeEmbeddings()).assistant.llm is None
