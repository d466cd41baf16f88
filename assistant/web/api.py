"""OpenAI-compatible API in the web app's server: `GET /v1/models`, `POST /v1/chat/completions`.

A thin layer over the web chat's `Backend` (no answer logic here; the format is `openai_format`):
the last user message is the question, the earlier user/assistant messages are the conversation
the follow-up machinery reads, and the model id picks the mode. Who may call: `api_access`.
A key made for a user (`assistant users key add NAME`, stored hashed in the accounts database)
answers from that user's knowledge bases only, exactly as the web chat would answer them; a key
of ASSISTANT_API_KEYS is the administrator's bootstrap key and answers from all of them.
Only the finished, verified answer is sent: the text an LLM writes is not streamed as it grows,
because the verifier may still replace it by the extractive answer.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Literal

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.config import ConfigError
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer
from assistant.web.openai_format import (
    MODEL_MODES,
    ApiError,
    ChatRequest,
    Reply,
    model_json,
    models_json,
    parse_request,
    sse,
    unknown_model,
)

if TYPE_CHECKING:  # state imports the runtime; the routes are tested over a scripted backend
    from assistant.answer.pipeline import Assistant
    from assistant.web.access import Access as KbAccess
    from assistant.web.state import Backend

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2_000_000
MIN_KEY_CHARS = 8
API_CONCURRENCY = 4  # answers computed side by side, as in the web chat
KEEPALIVE_SECONDS = 10.0  # an SSE comment while the answer is computed, so that proxies keep the stream

Access = Literal["keys", "open", "off"]


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
    elif looks_like_path(value):
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


def looks_like_path(value: str) -> bool:
    """A keys file that is not there (a mistake to report), rather than a key: keys may hold "/" (base64)."""
    return (
        value.startswith(("/", "~", ".", "\\"))
        or re.match(r"[A-Za-z]:[\\/]", value) is not None
        or value.lower().endswith((".txt", ".conf", ".keys"))
    )


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def api_access(keys: tuple[str, ...], host: str, web_login: bool, user_keys: bool = False) -> Access:
    """Keys when configured (ASSISTANT_API_KEYS or users' keys); without keys the API is open only on a
    loopback server without a web login.

    With a login the UI is meant to be closed to some people: a keyless API would open it again."""
    if keys or user_keys:
        return "keys"
    return "open" if is_loopback(host) and not web_login else "off"


@dataclass(frozen=True)
class Caller:
    """Who a request is from: a user whose key it sent, or None for every knowledge base (the
    administrator's ASSISTANT_API_KEYS key, or the keyless API of a single-user local server)."""

    user: str | None


def bearer_token(authorization: str | None) -> str:
    """The key of an `Authorization: Bearer <key>` header; a 401 `ApiError` without one."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "缺少接口密钥：请在请求头中提供 Authorization: Bearer <密钥>。", code="invalid_api_key")
    return token


def no_user_keys(key: str) -> str | None:
    return None


def check_key(
    access: Access,
    keys: tuple[str, ...],
    authorization: str | None,
    user_of_key: Callable[[str], str | None] = no_user_keys,
) -> Caller:
    """The caller of a request, or a 401 `ApiError` unless the Authorization header may call the API.

    `user_of_key(key)`: the user a key made by `assistant users key add` belongs to (None: no such key)."""
    if access == "open":
        return Caller(None)
    if access == "off":
        raise ApiError(
            401,
            "接口未启用：服务不是只在本机监听（或启用了网页登录），且没有设置接口密钥。"
            "请管理员用 assistant users key add 用户名 生成密钥（或设置 ASSISTANT_API_KEYS 后重启服务）。",
            code="api_disabled",
        )
    token = bearer_token(authorization)
    if any(hmac.compare_digest(token.encode(), key.encode()) for key in keys):
        return Caller(None)
    user = user_of_key(token)
    if user is None:
        raise ApiError(401, "接口密钥不正确：请使用管理员为您生成的密钥。", code="invalid_api_key")
    return Caller(user)


def access_summary(access: Access, keys: tuple[str, ...], user_keys: int = 0) -> str:
    """One line for the console when the server starts."""
    return {
        "keys": f"需要密钥（管理员密钥 {len(keys)} 个，用户密钥 {user_keys} 个）",
        "open": "仅本机访问，无需密钥",
        "off": "未启用（非本机监听或已启用网页登录时，须用 assistant users key add 生成密钥或设置 ASSISTANT_API_KEYS）",
    }[access]


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
        self.started = int(time.time())
        self.slots = asyncio.Semaphore(API_CONCURRENCY)
        self._kb_access: KbAccess | None = None

    @property
    def access(self) -> Access:
        """Decided per request: a key made while the server runs works at once."""
        user_keys = self.backend.accounts.has_api_keys()
        return api_access(self.keys, self.backend.settings.host, self.backend.guard.login_required, user_keys)

    def authorize(self, request: Request) -> Caller:
        authorization = request.headers.get("authorization")
        return check_key(self.access, self.keys, authorization, self.backend.accounts.api_key_user)

    def assistant_for(self, caller: Caller) -> Assistant:
        """The pipeline over the knowledge bases the caller may ask in; a 403 `ApiError` if none."""
        if caller.user is None:
            return self.backend.assistant
        if self._kb_access is None:
            from assistant.web.access import Access as KbAccess  # the web's permission check, over the runtime

            self._kb_access = KbAccess(self.backend)
        as_user = SimpleNamespace(username=caller.user)  # what Access reads of a gradio request
        if not self._kb_access.kbs(as_user, "ask"):
            raise ApiError(
                403,
                f"接口密钥所属用户 {caller.user} 没有任何知识库的提问权限，请联系管理员授权。",
                code="permission_denied",
            )
        return self._kb_access.assistant_for(as_user, None)

    def _ask(self, chat: ChatRequest, assistant: Assistant) -> Answer:
        self.backend.wait_ready()
        return assistant.ask(chat.question, chat.history, chat.mode)

    async def answer(self, chat: ChatRequest, assistant: Assistant) -> Answer:
        async with self.slots:
            return await asyncio.to_thread(self._ask, chat, assistant)

    async def models(self, request: Request) -> dict:
        self.authorize(request)
        return models_json(self.started)

    async def model(self, request: Request, name: str) -> dict:
        self.authorize(request)
        if name not in MODEL_MODES:
            raise unknown_model(name)
        return model_json(name, self.started)

    async def chat_completions(self, request: Request):
        caller = self.authorize(request)
        chat = parse_request(await read_json(request))
        assistant = await asyncio.to_thread(self.assistant_for, caller)
        reply = Reply(chat)
        if chat.stream:
            headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
            return StreamingResponse(self.events(reply, assistant), media_type="text/event-stream", headers=headers)
        try:
            answer = await self.answer(chat, assistant)
        except Exception as exc:
            raise _unexpected(exc) from None
        return reply.completion(answer)

    async def events(self, reply: Reply, assistant: Assistant) -> AsyncIterator[str]:
        yield sse(reply.chunk({"role": "assistant", "content": ""}))
        task = asyncio.ensure_future(self.answer(reply.request, assistant))
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


ENDPOINTS = {"/v1/models": "GET", "/v1/chat/completions": "POST"}
ANY_METHOD = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]


async def unsupported(request: Request, path: str) -> None:
    """An OpenAI-shaped answer for a route this server does not have (/v1/embeddings …) or a wrong method."""
    offered = "、".join(f"{method} {route}" for route, method in ENDPOINTS.items())
    asked = f"{request.method} {request.url.path}"
    status = 405 if request.url.path.rstrip("/") in ENDPOINTS else 404
    raise ApiError(status, f"不支持 {asked}。本助手提供的接口：{offered}。", code="unsupported_endpoint")


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
    app.add_api_route("/v1/{path:path}", unsupported, methods=ANY_METHOD)  # last: whatever the routes above miss
    return app, api
