"""Ollama's native chat API: POST /api/chat, one JSON object per line, thinking in `message.thinking`."""

from __future__ import annotations

import json

import httpx

from assistant.answer.llm.client import Delta, HttpChatClient, LineResult, LLMUnavailable, Message, as_json_messages

DEFAULT_HOST = "http://127.0.0.1:11434"
# Ollama's default context (2048 or 4096 tokens) would silently cut off the evidence of a long prompt.
CONTEXT_TOKENS = 8192


def host_url(host: str) -> str:
    """OLLAMA_HOST as Ollama itself reads it (127.0.0.1, 127.0.0.1:11434, http://…) as a URL to call."""
    host = host.strip().rstrip("/") or DEFAULT_HOST
    if "://" in host:  # a full URL (maybe behind a reverse proxy) is used as given
        return host
    url = httpx.URL("http://" + host)
    return str(url.copy_with(port=url.port or 11434)).rstrip("/")


class OllamaClient(HttpChatClient):
    endpoint = "/api/chat"
    key_variable = "OLLAMA_API_KEY"
    probe_path = "/api/tags"

    def payload(self, messages: list[Message]) -> dict:
        return {
            "model": self.model,
            "messages": as_json_messages(messages),
            "stream": True,
            "options": {"temperature": 0, "num_ctx": CONTEXT_TOKENS},
        }

    def parse_line(self, line: str) -> LineResult:
        body = json.loads(line)
        deltas = self.parse_body(body)
        return None if body.get("done") and not deltas else deltas

    def parse_body(self, body: dict) -> list[Delta]:
        if body.get("error"):
            raise LLMUnavailable(f"Ollama 报错：{str(body['error'])[:120]}")
        message = body.get("message") or {}
        found: list[Delta] = [("reasoning", message.get("thinking") or ""), ("content", message.get("content") or "")]
        return [(kind, text) for kind, text in found if text]
