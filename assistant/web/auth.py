"""Login for the web app: the accounts of ASSISTANT_AUTH and how gradio is told about them.

With accounts (ASSISTANT_AUTH, or users in index/accounts.sqlite3), gradio serves nothing but its
login page before a login (pages, config, API, queue, uploads, files); the API description is
left out of that page too. `login_guard` adds backoff, same-origin logins, audit and expiry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal

from starlette.middleware import Middleware

from assistant.accounts.guard import Guard
from assistant.accounts.limiter import LoginLimiter
from assistant.config import ConfigError
from assistant.web.login_guard import LoginGuard

Users = list[tuple[str, str]]


def parse_auth(value: str) -> Users:
    """ASSISTANT_AUTH: a users file (user:password per line, # comments) or "user:pass,user2:pass2"."""
    value = (value or "").strip()
    if not value:
        return []
    path = Path(value).expanduser()
    if path.is_file():
        try:
            entries = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"无法读取登录账号文件 {path}：{exc}") from exc
        source = f"账号文件 {path}"
    elif "/" in value or value.endswith((".txt", ".conf")):
        raise ConfigError(f"ASSISTANT_AUTH 指向的账号文件 {path} 不存在。")
    else:
        entries = value.split(",")
        source = "ASSISTANT_AUTH"
    users: Users = []
    for number, entry in enumerate(entries, 1):
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user.strip() or not password:
            raise ConfigError(f"{source} 第 {number} 项格式有误，应为“用户名:密码”。")
        users.append((user.strip(), password))
    if not users:
        raise ConfigError(f"{source} 中没有账号，应为“用户名:密码”。")
    return users


def password_check(guard: Guard) -> Callable[[str, str], Awaitable[bool]]:
    """Gradio's `auth=` callable; async, so that scrypt runs off the event loop."""

    async def check(user: str, password: str) -> bool:
        return await asyncio.to_thread(guard.authenticate, user, password)

    return check


def launch_options(guard: Guard, title: str) -> dict[str, object]:
    """The login arguments of gradio's `launch()` / `mount_gradio_app()`; no accounts: no login."""
    if not guard.login_required:
        return {"auth": None, "auth_message": None}
    return {"auth": password_check(guard), "auth_message": f"{title}：请登录"}


def login_middleware(guard: Guard, session_hours: float) -> Middleware | None:
    """Backoff, same-origin logins, audit and session expiry in front of gradio's /login; None without login."""
    if not guard.login_required:
        return None
    limiter = LoginLimiter(store=guard.store)  # failures kept in the accounts database: a restart does not reset them
    return Middleware(LoginGuard, guard=guard, store=guard.store, limiter=limiter, session_hours=session_hours)


def api_visibility(login: bool | Users) -> Literal["public", "undocumented"]:
    """Gradio shows the API description on its login page, so with a login the API is callable but not listed."""
    return "undocumented" if login else "public"
