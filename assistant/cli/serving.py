"""The web interface and the OpenAI-compatible API (serve)."""

from __future__ import annotations

import argparse
import sys

from assistant.accounts.commands import has_accounts
from assistant.config import Settings


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    host = args.host or settings.host
    port = args.port or settings.port
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.auth and not has_accounts(settings):
        print(
            f"提示：监听 {host} 时局域网内他人可访问，建议用 assistant users add 建立账号（或设置 ASSISTANT_AUTH）启用登录。",
            file=sys.stderr,
        )
    from assistant.web.listen import check_can_listen
    from assistant.web.state import Backend

    check_can_listen(host, port)  # a busy port: said now, in Chinese, before anything loads
    # Open the index and load the models in the background while gradio is imported.
    backend = Backend.start(settings.with_values({"host": host, "port": port}))
    from assistant.web.app import serve

    serve(backend)
    return 0
