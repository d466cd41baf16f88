"""OpenAI-compatible API in the web app's server: `GET /v1/models`, `POST /v1/chat/completions`.

A thin layer over the web chat's `Backend` (no answer logic here): the last user message is the
question, the earlier user/assistant messages are the conversation the follow-up machinery reads,
and the model id picks the mode. Only the finished, verified answer is sent: the text an LLM
writes is not streamed as it grows, because the verifier may still replace it by the
extractive answer.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.config import ConfigError
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer
from assistant.search.retriever import QueryError, check_query
from assistant.web.chat import MAX_HISTORY_MESSAGES, Message, where

if TYPE_CHECKING:  # state imports the runtime; the pure parts here are tested without it
    from assistant.web.state import Backend

log = logging.getLogger(__name__)

MODEL = "dangjian-assistant"
# Model id -> Assistant mode: a front-end that cannot send our options picks a mode by its model.
MODEL_MODES = {MODEL: "auto", f"{MODEL}-qa": "qa", f"{MODEL}-draft": "draft", f"{MODEL}-lookup": "lookup"}
SOURCES_HEADING = "资料来源："
NOTE_START = "（说明："
# What `answer_content` appends to the answer; cut off again when a client sends the answer back as history.
APPENDED = re.compile(rf"\n\n(?:{NOTE_START}|{SOURCES_HEADING}\n)")
CONVERSATION_ROLES = ("user", "assistant")
IGNORED_ROLES = ("system", "developer", "tool", "function")  # a front-end's own prompts: not questions
MAX_BODY_BYTES = 2_000_000
MAX_MESSAGE_CHARS = 20_000  # one earlier message (a long draft fits); the question itself: `check_query`
MIN_KEY_CHARS = 8
API_CONCURRENCY = 4  # answers computed side by side, as in the web chat
KEEPALIVE_SECONDS = 10.0  # an SSE comment while the answer is computed, so that proxies keep the stream
STREAM_PIECE = re.compile(r".{1,80}\n?|\n")  # answer lines (long ones in 80-character pieces), newlines kept

Access = Literal["keys", "open", "off"]


class ApiError(AssistantError):
    """An error answered as OpenAI does: an HTTP status and {"error": {...}} with a Chinese message."""

    def __init__(
        self, status: int, message: str, param: str | None = None, code: str | None = None, kind: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.param = param
        self.code = code
        self.kind = kind or ("server_error" if status >= 500 else "invalid_request_error")

    def body(self) -> dict:
        return {"error": {"message": str(self), "type": self.kind, "param": self.param, "code": self.code}}


# ---------------------------------------------------------------- keys and who may call
def parse_api_keys(value: str) -> tuple[str, ...]:
    """ASSISTANT_API_KEYS: a keys file (one key per line, # comments) or "key1,key2"."""
    value = (value or "").strip()
    if not value:
        return ()
    path = Path(value).expanduser()
    if path.is_file():
        try:
            entries = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"无法读取接口密钥文件 {path}：{exc}") from exc
        source = f"接口密钥文件 {path}"
    elif value.startswith(("/", "~", ".", "\\")) or re.match(r"[A-Za-z]:[\\/]", value):  # keys may hold "/"
        raise ConfigError(f"ASSISTANT_API_KEYS 指向的密钥文件 {path} 不存在。")
    else:
        entries = value.split(",")
        source = "ASSISTANT_API_KEYS"
    keys: list[str] = []
    for number, entry in enumerate(entries, 1):
        key = entry.strip()
        if not key or key.startswith("#"):
            continue
        if len(key) < MIN_KEY_CHARS or re.search(r"\s", key):
            raise ConfigError(f"{source} 第 {number} 项不能用作密钥：至少 {MIN_KEY_CHARS} 个字符，且不含空格。")
        keys.append(key)
    if not keys:
        raise ConfigError(f"{source} 中没有密钥，应每行一个（或用逗号分隔）。")
    return tuple(keys)


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def api_access(keys: tuple[str, ...], host: str, web_login: bool) -> Access:
    """Keys when configured; without keys the API is open only on a loopback server without a web login.

    With a login the UI is meant to be closed to some people: a keyless API would open it again."""
    if keys:
        return "keys"
    return "open" if is_loopback(host) and not web_login else "off"


def check_key(access: Access, keys: tuple[str, ...], authorization: str | None) -> None:
    """Raise a 401 `ApiError` unless the Authorization header may call the API."""
    if access == "open":
        return
    if access == "off":
        raise ApiError(
            401,
            "接口未启用：服务不是只在本机监听（或启用了网页登录），且没有设置接口密钥。"
            "请管理员设置 ASSISTANT_API_KEYS 后重启服务。",
            code="api_disabled",
        )
    scheme, _, token = (authorization or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "缺少接口密钥：请在请求头中提供 Authorization: Bearer <密钥>。", code="invalid_api_key")
    if not any(hmac.compare_digest(token.encode(), key.encode()) for key in keys):
        raise ApiError(401, "接口密钥不正确：请使用管理员在 ASSISTANT_API_KEYS 中设置的密钥。", code="invalid_api_key")


def access_summary(access: Access, keys: tuple[str, ...]) -> str:
    """One line for the console when the server starts."""
    return {
        "keys": f"需要密钥（已设置 {len(keys)} 个）",
        "open": "仅本机访问，无需密钥",
        "off": "未启用（非本机监听或已启用网页登录时，须设置 ASSISTANT_API_KEYS）",
    }[access]


# ---------------------------------------------------------------- the request
@dataclass(frozen=True)
class ChatRequest:
    model: str
    question: str
    history: list[Message] = field(default_factory=list)
    stream: bool = False
    include_usage: bool = False
    prompt_chars: int = 0  # every message's text: the `usage` figures count characters

    @property
    def mode(self) -> str:
        return MODEL_MODES[self.model]


def message_text(content: object, name: str) -> str:
    """A message's text: a string, or an array of {"type": "text", "text": …} parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise ApiError(400, f"{name} 应为字符串或文字片段数组。", param=name)
    texts = []
    for n, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind != "text" or not isinstance(part.get("text"), str):
            raise ApiError(400, f"{name}[{n}] 不受支持：只能发送文字（type 为 text），不能发送图片或文件。", param=name)
        texts.append(part["text"])
    return "\n".join(texts)


def strip_appended(text: str) -> str:
    """An earlier answer as the web chat keeps it for follow-ups: without the note and source list we appended."""
    found = APPENDED.search(text)
    return text[: found.start()] if found else text


def _conversation(messages: list) -> list[tuple[str, str]]:
    """(role, text) of every user/assistant message, checked one by one."""
    kept = []
    for n, message in enumerate(messages):
        name = f"messages[{n}]"
        role = message.get("role") if isinstance(message, dict) else None
        if role not in CONVERSATION_ROLES + IGNORED_ROLES:
            raise ApiError(400, f"{name}.role 应为 user、assistant 或 system。", param=f"{name}.role")
        text = message_text(message.get("content"), f"{name}.content")
        if len(text) > MAX_MESSAGE_CHARS:
            raise ApiError(400, f"{name}.content 过长（{len(text)} 字，上限 {MAX_MESSAGE_CHARS} 字）。", param=name)
        if role in CONVERSATION_ROLES:
            kept.append((role, text))
    return kept


OPTION_TYPES = {bool: "true 或 false", int: "整数", dict: "JSON 对象"}


def _option(body: dict, name: str, kind: type, default: object) -> object:
    value = body.get(name)
    if value is None:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ApiError(400, f"{name} 应为{OPTION_TYPES[kind]}，收到的是“{value}”。", param=name)
    return value


def parse_request(body: object) -> ChatRequest:
    """A chat-completions body -> ChatRequest; anything unusable is a 400 naming the field."""
    if not isinstance(body, dict):
        raise ApiError(400, "请求体应为 JSON 对象。")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise ApiError(400, f"缺少 model 字段。可用模型：{'、'.join(MODEL_MODES)}。", param="model")
    if model not in MODEL_MODES:
        raise ApiError(
            404, f"模型“{model}”不存在。可用模型：{'、'.join(MODEL_MODES)}。", param="model", code="model_not_found"
        )
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages 应为非空数组，最后一条为用户的问题。", param="messages")
    if _option(body, "n", int, 1) != 1:
        raise ApiError(400, "n 只能为 1：每次只生成一个回答。", param="n")
    stream = _option(body, "stream", bool, False)
    options = _option(body, "stream_options", dict, {})
    conversation = _conversation(messages)
    last = messages[-1]
    if not conversation or last.get("role") != "user":
        raise ApiError(400, "messages 的最后一条应为用户（user）的问题。", param="messages")
    try:
        question = check_query(conversation[-1][1])
    except QueryError as exc:
        raise ApiError(400, str(exc), param=f"messages[{len(messages) - 1}].content") from None
    history = [
        {"role": role, "content": strip_appended(text) if role == "assistant" else text}
        for role, text in conversation[:-1]
    ]
    return ChatRequest(
        model=model,
        question=question,
        history=history[-MAX_HISTORY_MESSAGES:],
        stream=bool(stream),
        include_usage=bool(options.get("include_usage")),  # type: ignore[union-attr]
        prompt_chars=sum(len(text) for _, text in conversation),
    )


# ---------------------------------------------------------------- the response
def source_line(n: int, citation) -> str:
    loc = where(citation)
    return f"〔{n}〕《{citation.doc}》" + (f"位置：{loc}；" if loc else "") + f"原文：“{citation.quote}”"


def answer_content(answer: Answer) -> str:
    """The answer as one text: the 〔n〕-marked answer, the note if any, then the numbered sources."""
    parts = [answer.text.strip()]
    if answer.note:
        parts.append(f"{NOTE_START}{answer.note}）")
    if answer.citations:
        parts.append("\n".join([SOURCES_HEADING, *(source_line(n, c) for n, c in enumerate(answer.citations, 1))]))
    return "\n\n".join(parts)


def citations_json(answer: Answer) -> list[dict]:
    """The sources for programs: numbered as the 〔n〕 marks of the text."""
    chunks = {e.chunk.id: e.chunk for e in answer.retrieved}
    rows = []
    for n, c in enumerate(answer.citations, 1):
        chunk = c.chunk or chunks.get(c.chunk_id)
        rows.append(
            {
                "n": n,
                "doc": c.doc,
                "doc_id": chunk.doc_id if chunk else "",
                "location": where(c),  # as shown in the source list; section and article as in `ask --json`
                "section": c.section,
                "article": c.article,
                "quote": c.quote,
                "chunk_id": c.chunk_id,
            }
        )
    return rows


def answer_meta(answer: Answer) -> dict:
    """What `assistant ask --json` also tells: a refusal, the answer kind, who wrote it."""
    return {
        "refused": answer.refused,
        "kind": answer.kind,
        "confidence": answer.confidence,
        "backend": answer.backend,
        "note": answer.note,
        "resolved_question": answer.resolved_question,
    }


@dataclass(frozen=True)
class Reply:
    """The OpenAI-shaped objects of one completion (one id and timestamp for all its chunks)."""

    request: ChatRequest
    id: str = field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex}")
    created: int = field(default_factory=lambda: int(time.time()))

    def _head(self, kind: str) -> dict:
        return {"id": self.id, "object": kind, "created": self.created, "model": self.request.model}

    def usage(self, content: str) -> dict:
        prompt, completion = self.request.prompt_chars, len(content)
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def completion(self, answer: Answer) -> dict:
        content = answer_content(answer)
        message = {"role": "assistant", "content": content, "refusal": None}
        return {
            **self._head("chat.completion"),
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
            "usage": self.usage(content),
            "citations": citations_json(answer),
            "answer_meta": answer_meta(answer),
        }

    def chunk(self, delta: dict, finish: str | None = None, **extra: object) -> dict:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return {**self._head("chat.completion.chunk"), "choices": [choice], **extra}

    def chunks(self, answer: Answer) -> Iterator[dict]:
        """The answer's stream after the opening role chunk: text pieces, the closing chunk, usage if asked."""
        content = answer_content(answer)
        for piece in STREAM_PIECE.findall(content):
            yield self.chunk({"content": piece})
        yield self.chunk({}, "stop", citations=citations_json(answer), answer_meta=answer_meta(answer))
        if self.request.include_usage:
            yield {**self._head("chat.completion.chunk"), "choices": [], "usage": self.usage(content)}


def sse(data: dict | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n"


def models_json(created: int) -> dict:
    return {"object": "list", "data": [model_json(name, created) for name in MODEL_MODES]}


def model_json(name: str, created: int) -> dict:
    return {"id": name, "object": "model", "created": created, "owned_by": "dangjian-assistant"}


# ---------------------------------------------------------------- the HTTP layer
def _unexpected(exc: Exception) -> ApiError:
    if isinstance(exc, AssistantError):  # the project's own errors carry a message for the user
        return ApiError(500, str(exc))
    log.exception("API answer failed", exc_info=exc)
    return ApiError(500, "回答时出错，未能给出答案。请稍后重试或换一种问法，或把问题反馈给管理员。")


class ChatApi:
    """The routes over a started `Backend`; the pipeline runs in worker threads, never on the event loop."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.keys = parse_api_keys(backend.settings.api_keys)
        self.access = api_access(self.keys, backend.settings.host, bool(backend.auth))
        self.started = int(time.time())
        self.slots = asyncio.Semaphore(API_CONCURRENCY)

    def authorize(self, request: Request) -> None:
        check_key(self.access, self.keys, request.headers.get("authorization"))

    def _ask(self, chat: ChatRequest) -> Answer:
        self.backend.wait_ready()
        return self.backend.assistant.ask(chat.question, chat.history, chat.mode)

    async def answer(self, chat: ChatRequest) -> Answer:
        async with self.slots:
            return await asyncio.to_thread(self._ask, chat)

    async def models(self, request: Request) -> dict:
        self.authorize(request)
        return models_json(self.started)

    async def model(self, request: Request, name: str) -> dict:
        self.authorize(request)
        if name not in MODEL_MODES:
            raise ApiError(404, f"模型“{name}”不存在。可用模型：{'、'.join(MODEL_MODES)}。", code="model_not_found")
        return model_json(name, self.started)

    async def chat_completions(self, request: Request):
        self.authorize(request)
        chat = parse_request(await read_json(request))
        reply = Reply(chat)
        if chat.stream:
            headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
            return StreamingResponse(self.events(reply), media_type="text/event-stream", headers=headers)
        try:
            answer = await self.answer(chat)
        except Exception as exc:
            raise _unexpected(exc) from None
        return reply.completion(answer)

    async def events(self, reply: Reply) -> AsyncIterator[str]:
        yield sse(reply.chunk({"role": "assistant", "content": ""}))
        task = asyncio.ensure_future(self.answer(reply.request))
        while not task.done():
            done, _ = await asyncio.wait({task}, timeout=KEEPALIVE_SECONDS)
            if not done:
                yield ": keep-alive\n\n"  # an SSE comment: clients skip it
        try:
            answer = task.result()
        except Exception as exc:
            yield sse(_unexpected(exc).body())  # the openai client raises an APIError on it
            return
        # The answer is complete: its events go in one write (small writes wait on delayed ACKs).
        yield "".join(sse(chunk) for chunk in reply.chunks(answer)) + sse("[DONE]")


async def read_json(request: Request) -> object:
    declared = request.headers.get("content-length", "")
    too_big = ApiError(413, f"请求体过大（上限 {MAX_BODY_BYTES // 1_000_000} MB）。")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise too_big
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise too_big
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "请求体不是有效的 JSON。请以 Content-Type: application/json 发送 JSON 对象。") from None


async def _error_response(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def api_app(backend: Backend) -> tuple[FastAPI, ChatApi]:
    """A FastAPI app with the /v1 routes; the web UI is mounted on it (see `web.app.serve`)."""
    api = ChatApi(backend)
    app = FastAPI(title="党建知识助手 API", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_exception_handler(ApiError, _error_response)
    app.add_api_route("/v1/models", api.models, methods=["GET"])
    app.add_api_route("/v1/models/{name}", api.model, methods=["GET"])
    app.add_api_route("/v1/chat/completions", api.chat_completions, methods=["POST"])
    return app, api
