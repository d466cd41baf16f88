"""Login for the web app: the accounts of ASSISTANT_AUTH and how gradio is told about them.

With accounts, gradio serves nothing but its login page before a login (pages, config, API,
queue, uploads, files); the API description is left out of that page too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from assistant.config import ConfigError

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


def launch_options(users: Users, title: str) -> dict[str, object]:
    """The login arguments of gradio's `launch()`; no accounts: no login."""
    return {"auth": users or None, "auth_message": f"{title}：请登录" if users else None}


def api_visibility(users: Users) -> Literal["public", "undocumented"]:
    """Gradio shows the API description on its login page, so with a login the API is callable but not listed."""
    return "undocumented" if users else "public"
