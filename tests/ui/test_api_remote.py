"""A server listening beyond loopback (0.0.0.0) with no key configured: the API is off, the page is not.

One real request with the official `openai` client; the decision itself is tested fast in test_api.py.
"""

from __future__ import annotations

import socket

import openai
import pytest
from ui_support import start_app

pytestmark = pytest.mark.slow


def can_bind_all_interfaces() -> str:
    """'' when a port on 0.0.0.0 can be opened here, else why not."""
    try:
        with socket.socket() as s:
            s.bind(("0.0.0.0", 0))
    except OSError as exc:
        return str(exc)
    return ""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    refused = can_bind_all_interfaces()
    if refused:
        pytest.skip(f"this machine does not allow listening on 0.0.0.0: {refused}")
    running = start_app(tmp_path_factory.mktemp("api-remote"), ASSISTANT_HOST="0.0.0.0")
    yield running
    running.stop()


def test_api_is_off_without_keys_when_not_on_loopback(app):
    client = openai.OpenAI(base_url=app.url + "v1", api_key="sk-anything-at-all", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as refused:
        client.chat.completions.create(
            model="dangjian-assistant", messages=[{"role": "user", "content": "讲党课几次？"}]
        )
    assert refused.value.status_code == 401 and refused.value.code == "api_disabled"
    assert "ASSISTANT_API_KEYS" in refused.value.message
    with pytest.raises(openai.AuthenticationError):
        client.models.list()
    assert "未启用" in app.log.read_text(encoding="utf-8")  # the console says so at start
