"""One small interface to a chat model, whatever protocol it speaks: stream (kind, text) deltas.

A provider module (openai_compatible, ollama) only says where to post, what to send and how to read
one line of the reply; sending, timeouts, HTTP errors in Chinese and the circuit breaker are here.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

import httpx

from assistant.core.errors import AssistantError

DeltaKind = Literal["content", "reasoning"]
Delta = tuple[DeltaKind, str]
Message = tuple[str, str]  # (role: "system" | "user" | "assistant", content)
LineResult = list[Delta] | None  # None: the reply is complete


def as_json_messages(messages: list[Message]) -> list[dict[str, str]]:
    return [{"role": role, "content": content} for role, content in messages]


class LLMUnavailable(AssistantError):
    """The chat model could not answer; str() is the cause in Chinese, with what to check."""

    retry_after: float | None = None  # seconds the server asked us to wait (429 Retry-After)


class ChatClient(Protocol):
    model: str

    def stream(self, messages: list[Message]) -> Iterator[Delta]:
        """Deltas of the reply as they come; raises LLMUnavailable with the cause."""
        ...

    def status(self) -> str:
        """What is known of the server, in Chinese (for the status tab and `assistant status`)."""
        ...


# HTTP status -> cause; {status} and {model} are filled in.
STATUS_CAUSES: dict[int, str] = {
    400: "大模型服务拒绝了请求（400）：{detail}",
    401: "API 密钥无效（401），请检查 {key} 与服务端的密钥设置",
    403: "无权使用该模型（403），请检查 API 密钥的权限",
    404: "找不到模型“{model}”或接口地址有误（404），请检查 ASSISTANT_LLM 与服务地址",
    429: "大模型服务请求过多或额度已用完（429），请稍后再试",
}
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SERVER_ERROR = "大模型服务内部错误（{status}）：{detail}"
OTHER_STATUS = "大模型服务返回错误（{status}）：{detail}"


@dataclass
class CircuitBreaker:
    """Once the server is known to be down, later questions skip it at once until `retry_after` passes."""

    retry_after: float
    clock: Callable[[], float] = time.monotonic
    open_until: float = 0.0
    cause: str = ""
    last_ok: bool | None = None  # None: never asked

    def check(self) -> None:
        remaining = self.open_until - self.clock()
        if remaining > 0:
            raise LLMUnavailable(f"{self.cause}（{remaining:.0f}秒后再尝试连接）")

    def trip(self, cause: str, seconds: float | None = None) -> None:
        self.open_until = self.clock() + (self.retry_after if seconds is None else seconds)
        self.cause = cause
        self.last_ok = False

    def succeeded(self) -> None:
        self.open_until, self.cause, self.last_ok = 0.0, "", True

    def describe(self) -> str:
        if self.last_ok is None:
            return "尚未调用"
        return "上次调用成功" if self.last_ok else f"上次调用失败：{self.cause}"


@dataclass
class HttpChatClient:
    """A chat server over HTTP; subclasses give the endpoint, the request body and the line parser."""

    model: str
    base_url: str
    api_key: str = ""
    timeout: float = 30.0
    breaker: CircuitBreaker = field(default_factory=lambda: CircuitBreaker(60.0))

    endpoint = ""  # path under base_url
    probe_path = ""  # a cheap GET that tells whether the server is up
    key_variable = ""  # the environment variable the API key is read from

    def payload(self, messages: list[Message]) -> dict:
        raise NotImplementedError

    def parse_line(self, line: str) -> LineResult:
        raise NotImplementedError

    def parse_body(self, body: dict) -> list[Delta]:
        """A whole (non-streamed) reply, for servers that ignore `stream`."""
        raise NotImplementedError

    def stream(self, messages: list[Message]) -> Iterator[Delta]:
        self.breaker.check()
        try:
            yield from self._stream(messages)
        except LLMUnavailable as exc:
            self.breaker.trip(str(exc), exc.retry_after)
            raise
        except Exception as exc:
            cause = self.cause_of(exc)
            if cause is None:
                raise
            self.breaker.trip(cause)
            raise LLMUnavailable(cause) from exc
        self.breaker.succeeded()

    def cause_of(self, exc: Exception) -> str | None:
        """What went wrong, in Chinese, for a transport error or a reply we cannot read; None for our own bugs."""
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
            return f"无法连接大模型服务 {self.base_url}，请确认服务已启动、地址正确"
        if isinstance(exc, httpx.TimeoutException):
            return f"大模型服务未响应（超时{self.timeout:g}秒），请确认服务已启动且未过载"
        if isinstance(exc, (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError)):  # ValueError: bad JSON
            return f"大模型服务连接中断或返回了无法识别的数据（{type(exc).__name__}）"
        return None

    def _stream(self, messages: list[Message]) -> Iterator[Delta]:
        url = self.base_url.rstrip("/") + self.endpoint
        with self._http() as http, http.stream("POST", url, json=self.payload(messages)) as response:
            if response.status_code != 200:
                response.read()
                raise self._failure(response)
            if response.headers.get("content-type", "").startswith("application/json"):  # not streamed
                yield from self.parse_body(json.loads(response.read()))
                return
            for line in response.iter_lines():
                deltas = self.parse_line(line.strip()) if line.strip() else []
                if deltas is None:
                    return
                yield from deltas

    def _http(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        # An office proxy set in the environment must not catch calls to a model on this machine.
        local = httpx.URL(self.base_url).host in LOOPBACK_HOSTS
        return httpx.Client(headers=headers, timeout=timeout, trust_env=not local)

    def _failure(self, response: httpx.Response) -> LLMUnavailable:
        status = response.status_code
        detail = error_message(response.text)
        template = STATUS_CAUSES.get(status) or (SERVER_ERROR if status >= 500 else OTHER_STATUS)
        error = LLMUnavailable(template.format(status=status, model=self.model, detail=detail, key=self.key_variable))
        if status == 429:
            error.retry_after = retry_after_seconds(response.headers.get("retry-after"))
        return error

    def status(self) -> str:
        return self.breaker.describe()

    def probe(self) -> str:
        """Ask the server now whether it is up (for `assistant status`); Chinese, one line."""
        try:
            with self._http() as http:
                response = http.get(self.base_url.rstrip("/") + self.probe_path, timeout=min(self.timeout, 5.0))
        except httpx.TimeoutException:
            return f"无法连接：服务未响应（{min(self.timeout, 5.0):g}秒）"
        except httpx.HTTPError:
            return f"无法连接 {self.base_url}"
        if response.status_code == 200:
            return "可以连接"
        return "服务可连接，但" + self._failure(response).args[0]


def error_message(body: str) -> str:
    """The server's own words from an OpenAI- or Ollama-style error body (short)."""
    try:
        data = json.loads(body)
    except ValueError:
        return body.strip()[:120] or "无详细信息"
    error = data.get("error", data) if isinstance(data, dict) else data
    if isinstance(error, dict):
        error = error.get("message", "")
    return str(error).strip()[:120] or "无详细信息"


def retry_after_seconds(header: str | None) -> float | None:
    try:
        return max(1.0, float(header)) if header else None
    except ValueError:
        return None
