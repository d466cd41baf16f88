"""Whether the server can listen where it is told to, checked before anything loads.

uvicorn finds a busy port only when it starts listening, after the models have loaded, and says
so in English in a log line. Trying the address first gives a Chinese message that names the port
and how to choose another one.
"""

from __future__ import annotations

import errno
import socket

from assistant.core.errors import AssistantError

HOW_TO_CHANGE = (
    "请换一个端口：assistant serve --port 7861（或 python ui.py --port 7861），或设置环境变量 ASSISTANT_PORT。"
)


class CannotListen(AssistantError):
    """The server's address or port cannot be used; the message says which and what to do."""


def check_can_listen(host: str, port: int) -> None:
    """Raise CannotListen if a server could not listen on host:port right now (busy, not allowed, no such address)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise CannotListen(
            f"无法监听地址 {host}：{exc}。请检查 --host（或 ASSISTANT_HOST），例如 127.0.0.1 或 0.0.0.0。"
        ) from None
    with socket.socket(family, kind, proto) as probe:
        # As the server will: on Linux a closed server's port (TIME_WAIT) is free; Windows' SO_REUSEADDR
        # would bind even over a running server, so there the probe asks for the port alone.
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        probe.setsockopt(socket.SOL_SOCKET, exclusive or socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise CannotListen(_message(exc, host, port)) from None


def _message(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"端口 {port} 已被占用（可能已有一个党建知识助手或其他程序在运行）。{HOW_TO_CHANGE}"
    if exc.errno == errno.EACCES:
        return f"没有权限使用端口 {port}（1024 以下的端口需要管理员权限）。{HOW_TO_CHANGE}"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"本机没有地址 {host}，无法在其上监听。请检查 --host（或 ASSISTANT_HOST），例如 127.0.0.1 或 0.0.0.0。"
    return f"无法在 {host}:{port} 上监听（{exc.strerror or exc}）。{HOW_TO_CHANGE}"
