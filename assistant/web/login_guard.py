"""ASGI middleware in front of gradio's own login: backoff, same-origin logins, audit, session expiry.

Gradio checks the password (`auth=` callable, see `auth.py`) but knows neither the client's
address nor failed attempts, and its sessions never end. This layer sees every request:
- POST /login: refused with a foreign Origin (or a cross-site fetch), refused while the account
  or the address is in its backoff wait (without checking the password), and recorded in the
  audit log as success or failure;
- every request with a session cookie: a session older than `session_hours`, of an account that
  was removed, or whose password changed since, is ended (gradio's token is dropped, so the next
  page load shows the login form).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie

from starlette.requests import Request

from assistant.accounts.guard import Guard
from assistant.accounts.limiter import LoginLimiter
from assistant.accounts.store import AccountStore

log = logging.getLogger(__name__)
TOKEN_COOKIE = "access-token-"  # gradio's cookie names: access-token-<id>, access-token-unsecure-<id>
MAX_LOGIN_BODY = 16 * 1024
LOGIN_PATHS = ("/login", "/login/")
REFUSAL_AUDIT_SECONDS = 60.0
MAX_REFUSALS_REMEMBERED = 10_000


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def foreign_origin(headers: dict[str, str]) -> bool:
    """A browser request sent by another site's page: its Origin is not this server, or it says cross-site."""
    if headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = headers.get("origin")
    if origin is None:  # not a browser form (curl, gradio_client): nothing to forge
        return False
    return origin == "null" or urllib.parse.urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


async def _username(scope, body: bytes) -> str:
    """The user name of a login form, url-encoded (scripts) or multipart (gradio's login page)."""

    async def once():
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(scope, once).form()
    except Exception:  # a malformed form: gradio refuses it too; the attempt still counts for the address
        return ""
    return str(form.get("username") or "").strip()


async def _json(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class LoginGuard:
    def __init__(self, app, guard: Guard, store: AccountStore, limiter: LoginLimiter, session_hours: float):
        self.app = app
        self.guard = guard
        self.store = store
        self.limiter = limiter
        self.session_seconds = session_hours * 3600
        self.sessions: dict[str, tuple[str, float]] = {}  # token -> (user, started, wall clock)
        self._refused: dict[tuple[str, str, str], float] = {}  # (kind, user, address) -> last audited
        self._lock = threading.Lock()

    def _first_refusal(self, kind: str, user: str, address: str) -> bool:
        """Whether to audit a refused login: once a minute per account and address, so that a flood
        of refused attempts cannot flood the audit log."""
        now = time.monotonic()
        key = (kind, user, address)
        with self._lock:
            if len(self._refused) > MAX_REFUSALS_REMEMBERED:
                self._refused = {k: t for k, t in self._refused.items() if now - t < REFUSAL_AUDIT_SECONDS}
            if now - self._refused.get(key, -REFUSAL_AUDIT_SECONDS) < REFUSAL_AUDIT_SECONDS:
                return False
            self._refused[key] = now
            return True

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = _headers(scope)
        self.end_stale_session(scope, headers)
        if scope["method"] == "POST" and scope["path"].endswith(LOGIN_PATHS):
            return await self.login(scope, receive, send, headers)
        return await self.app(scope, receive, send)

    # ---------- login ----------
    async def login(self, scope, receive, send, headers: dict[str, str]) -> None:
        address = (scope.get("client") or ("", 0))[0]
        body = await self._body(receive)
        user = await _username(scope, body)
        if foreign_origin(headers):
            if self._first_refusal("origin", user, address):
                self.store.audit(
                    user, "login_foreign_origin", ok=False, detail=headers.get("origin", ""), address=address
                )
            return await _json(send, 403, "登录请求来自其他网站，已拒绝。请直接在本系统的登录页登录。")
        wait = self.limiter.wait_seconds(user, address)
        if wait > 0:
            if self._first_refusal("blocked", user, address):
                self.store.audit(user, "login_blocked", ok=False, detail=f"需等待 {wait:.0f} 秒", address=address)
            return await _json(send, 429, f"登录失败次数过多，请 {max(1, round(wait))} 秒后再试。")
        status: list[int] = []

        replayed = False

        async def replay():  # the body once, then the client's own channel (disconnects)
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])
                if message["status"] == 200:
                    self._remember_session(message, scope)
            await send(message)

        await self.app(scope, replay, watch)
        ok = bool(status) and status[0] == 200
        (self.limiter.succeeded if ok else self.limiter.failed)(user, address)
        self.store.audit(user, "login", ok=ok, detail="" if ok else "用户名或密码错误", address=address)

    async def _body(self, receive) -> bytes:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body") or len(body) > MAX_LOGIN_BODY:
                return body[:MAX_LOGIN_BODY]

    def _remember_session(self, message, scope) -> None:
        """Note when gradio's new session token was issued, and to whom (gradio's own record)."""
        tokens = getattr(scope.get("app"), "tokens", {})
        for name, value in message.get("headers", []):
            if name.lower() != b"set-cookie":
                continue
            for morsel in SimpleCookie(value.decode("latin-1")).values():
                if morsel.key.startswith(TOKEN_COOKIE) and morsel.value in tokens:
                    with self._lock:
                        self.sessions[morsel.value] = (tokens[morsel.value], time.time())

    # ---------- session expiry ----------
    def end_stale_session(self, scope, headers: dict[str, str]) -> None:
        cookie = headers.get("cookie")
        if not cookie or TOKEN_COOKIE not in cookie:
            return
        tokens = getattr(scope.get("app"), "tokens", None)
        for morsel in SimpleCookie(cookie).values():
            if not morsel.key.startswith(TOKEN_COOKIE):
                continue
            with self._lock:
                session = self.sessions.get(morsel.value)
            if session is None:
                continue
            user, started = session
            expired = time.time() - started > self.session_seconds
            if expired or not self.guard.session_valid(user, started):
                with self._lock:
                    self.sessions.pop(morsel.value, None)
                if isinstance(tokens, dict):
                    tokens.pop(morsel.value, None)
                reason = "会话超时" if expired else "账号已删除或密码已修改"
                self.store.audit(user, "session_expired", detail=reason, address=(scope.get("client") or ("", 0))[0])
