"""Optional LLM answerer: a chat model writes the answer from the top retrieved evidence, verified after.

ASSISTANT_LLM=openai:<model> (any OpenAI-compatible server: OPENAI_BASE_URL, OPENAI_API_KEY; vLLM,
DeepSeek, Qwen, Ollama's /v1) or ollama:<model> (Ollama's own API at OLLAMA_HOST, default
127.0.0.1:11434); ASSISTANT_LLM_BASE_URL overrides either address. Evidence is passed as quoted
data, never as instructions. A new protocol is one module here plus one line in PROVIDERS.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.answer.llm.client import ChatClient, CircuitBreaker, Delta, HttpChatClient, LLMUnavailable, Message
from assistant.answer.llm.ollama import DEFAULT_HOST, OllamaClient, host_url
from assistant.answer.llm.openai_compatible import DEFAULT_BASE_URL, OpenAICompatibleClient
from assistant.answer.llm.prompt import SYSTEM_PROMPT, as_data, build_messages, evidence_for
from assistant.answer.llm.thinking import ThinkSplitter
from assistant.config import ConfigError, Settings

if TYPE_CHECKING:  # seconds of import: loaded only when a LangChain model is actually passed in
    from langchain_core.language_models import BaseChatModel


def _openai_address(base_url: str) -> str:
    return (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")


def _ollama_address(base_url: str) -> str:
    return host_url(base_url or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST)


# provider -> (client class, its address from ASSISTANT_LLM_BASE_URL or the provider's own variable)
PROVIDERS: dict[str, tuple[type[HttpChatClient], Callable[[str], str]]] = {
    "openai": (OpenAICompatibleClient, _openai_address),
    "ollama": (OllamaClient, _ollama_address),
}


def get_chat_model(
    spec: str, timeout: float = 30.0, retry_after: float = 60.0, base_url: str = ""
) -> ChatClient | None:
    """The chat client a config string names, or None for the extractive default."""
    spec = (spec or "").strip()
    if not spec or spec in ("none", "extractive"):
        return None
    provider, _, model = spec.partition(":")
    if provider not in PROVIDERS or not model.strip():
        raise ConfigError(f"ASSISTANT_LLM=“{spec}” 格式应为 openai:<模型名> 或 ollama:<模型名>。")
    if timeout <= 0 or retry_after < 0:
        raise ConfigError("ASSISTANT_LLM_TIMEOUT 应为正整数秒，ASSISTANT_LLM_RETRY_AFTER 应为不小于 0 的整数秒。")
    cls, address = PROVIDERS[provider]
    return cls(
        model=model.strip(),
        base_url=address(base_url),
        api_key=os.environ.get(cls.key_variable, ""),
        timeout=float(timeout),
        breaker=CircuitBreaker(float(retry_after)),
    )


def chat_client(settings: Settings) -> ChatClient | None:
    return get_chat_model(settings.llm, settings.llm_timeout, settings.llm_retry_after, settings.llm_base_url)


@dataclass
class LangChainClient:
    """Any LangChain chat model (tests, or a model built in code) behind the same interface."""

    chat_model: BaseChatModel

    @property
    def model(self) -> str:
        return (
            getattr(self.chat_model, "model_name", None)
            or getattr(self.chat_model, "model", "")
            or type(self.chat_model).__name__
        )

    def stream(self, messages: list[Message]) -> Iterator[Delta]:
        try:
            for piece in self.chat_model.stream(messages):
                reasoning = piece.additional_kwargs.get("reasoning_content")
                if isinstance(reasoning, str) and reasoning:
                    yield "reasoning", reasoning
                if isinstance(piece.content, str) and piece.content:
                    yield "content", piece.content
        except Exception as exc:  # whatever the model's library raises
            raise LLMUnavailable(f"{type(exc).__name__}：{str(exc)[:120]}") from exc

    def status(self) -> str:
        return "由程序直接提供"


def as_client(llm: ChatClient | BaseChatModel | None) -> ChatClient | None:
    if llm is None or isinstance(llm, HttpChatClient):
        return llm
    from langchain_core.language_models import BaseChatModel

    return LangChainClient(llm) if isinstance(llm, BaseChatModel) else llm


@dataclass
class LLMReply:
    text: str  # the answer, thinking removed
    reasoning: str


def write_reply(client: ChatClient, messages: list[Message]) -> Generator[str, None, LLMReply]:
    """Stream the growing answer text (never the thinking); return the whole LLMReply.

    Raises LLMUnavailable when the server fails or the reply holds no answer."""
    splitter = ThinkSplitter()
    for kind, text in client.stream(messages):
        if kind == "reasoning":
            splitter.think(text)
            continue
        before = splitter.answer
        splitter.feed(text)
        if splitter.answer != before:
            yield splitter.answer
    splitter.finish()
    reply = LLMReply(splitter.answer, splitter.reasoning.strip())
    if not reply.text:
        raise LLMUnavailable("大模型只输出了思考过程，没有给出回答" if reply.reasoning else "大模型没有返回内容")
    return reply


__all__ = [
    "PROVIDERS",
    "SYSTEM_PROMPT",
    "ChatClient",
    "LLMReply",
    "LLMUnavailable",
    "as_client",
    "as_data",
    "build_messages",
    "chat_client",
    "evidence_for",
    "get_chat_model",
    "llm_status",
    "write_reply",
]


def llm_status(settings: Settings, client: ChatClient | None = None, probe: bool = False) -> str:
    """The 回答方式 status line: the configured model, where it is and whether it answered (Chinese).

    `client` is the running one (its last call tells); `probe` asks the server now instead."""
    if not settings.llm.strip():
        return "抽取式（直接引用原文，不使用大模型）"
    client = client or chat_client(settings)
    where = f"，{client.base_url}" if isinstance(client, HttpChatClient) else ""
    state = client.probe() if probe and isinstance(client, HttpChatClient) else client.status()
    return f"大模型 {settings.llm}{where}：{state}（回答经引用与数字核验，未通过或服务不可用时改用抽取式）"
