"""OpenAI-compatible chat completions (vLLM, DeepSeek, Qwen/DashScope, Xinference, Ollama's /v1 …).

Talked to directly over HTTP because LangChain's client drops `reasoning_content`, the field in
which DeepSeek-R1 and Qwen reasoning servers send the model's thinking.
"""

from __future__ import annotations

import json

from assistant.answer.llm.client import (
    Delta,
    HttpChatClient,
    LineResult,
    LLMUnavailable,
    Message,
    as_json_messages,
    error_message,
)

DEFAULT_BASE_URL = "http://127.0.0.1:8000/v1"  # vLLM's default; set OPENAI_BASE_URL for any other server
REASONING_FIELDS = ("reasoning_content", "reasoning")  # DeepSeek / Qwen, newer vLLM and OpenRouter


def deltas_of(message: dict) -> list[Delta]:
    """The reasoning and content of one `delta` (streamed) or `message` (whole reply)."""
    # Some servers send the same thinking under both names: the first one present is taken.
    reasoning = next((message[f] for f in REASONING_FIELDS if isinstance(message.get(f), str) and message[f]), "")
    content = message.get("content") if isinstance(message.get("content"), str) else ""
    return [(kind, text) for kind, text in (("reasoning", reasoning), ("content", content)) if text]


class OpenAICompatibleClient(HttpChatClient):
    endpoint = "/chat/completions"
    key_variable = "OPENAI_API_KEY"
    probe_path = "/models"

    def payload(self, messages: list[Message]) -> dict:
        return {"model": self.model, "messages": as_json_messages(messages), "stream": True, "temperature": 0}

    def parse_line(self, line: str) -> LineResult:
        """One server-sent-events line: `data: {chunk}` or `data: [DONE]`; comments and other fields are skipped."""
        if not line.startswith("data:"):
            return []
        data = line[5:].strip()
        if data == "[DONE]":
            return None
        chunk = json.loads(data)
        if "error" in chunk:
            raise LLMUnavailable(f"大模型服务在回答中途报错：{error_message(data)}")
        choices = chunk.get("choices") or []
        return deltas_of(choices[0].get("delta") or {}) if choices else []

    def parse_body(self, body: dict) -> list[Delta]:
        if "error" in body:
            raise LLMUnavailable(f"大模型服务报错：{error_message(json.dumps(body))}")
        return deltas_of(body["choices"][0]["message"])
