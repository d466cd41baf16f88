"""The API of a server listening beyond loopback (0.0.0.0), called with the official `openai` client.

Without a key configured the API is off (the page is not); with keys it answers only with one.
The decision itself is tested fast in test_api.py.
"""

from __future__ import annotations

import socket

import openai
import pytest
from ui_support import REPORT_TITLE, start_app

pytestmark = pytest.mark.slow

KEY = "sk-office-system-0042"
MODEL = "dangjian-assistant"
QUESTION = [{"role": "user", "content": "上半年讲党课几次？"}]


def cannot_bind_all_interfaces() -> str:
    """Why a port on 0.0.0.0 cannot be opened here ('' when it can)."""
    try:
        with socket.socket() as s:
            s.bind(("0.0.0.0", 0))
    except OSError as exc:
        return str(exc)
    return ""


def start_remote(tmp_path_factory, **env: str):
    refused = cannot_bind_all_interfaces()
    if refused:
        pytest.skip(f"this machine does not allow listening on 0.0.0.0: {refused}")
    return start_app(tmp_path_factory.mktemp("api-remote"), ASSISTANT_HOST="0.0.0.0", **env)


@pytest.fixture(scope="module")
def without_keys(tmp_path_factory):
    running = start_remote(tmp_path_factory)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def with_keys(tmp_path_factory):
    running = start_remote(tmp_path_factory, ASSISTANT_API_KEYS=KEY)
    yield running
    running.stop()


def test_api_is_off_without_keys(without_keys):
    client = openai.OpenAI(base_url=without_keys.url + "v1", api_key="sk-anything-at-all", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as refused:
        client.chat.completions.create(model=MODEL, messages=QUESTION)
    assert refused.value.status_code == 401 and refused.value.code == "api_disabled"
    assert "ASSISTANT_API_KEYS" in refused.value.message
    with pytest.raises(openai.AuthenticationError):
        client.models.list()
    assert "未启用" in without_keys.log.read_text(encoding="utf-8")  # the console says so at start


def test_with_keys_a_streamed_answer_only_with_the_key(with_keys):
    stranger = openai.OpenAI(base_url=with_keys.url + "v1", api_key="sk-not-the-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as refused:
        stranger.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)
    assert refused.value.status_code == 401 and refused.value.code == "invalid_api_key"

    client = openai.OpenAI(base_url=with_keys.url + "v1", api_key=KEY, max_retries=0, timeout=120)
    chunks = list(client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "讲党课8次" in text and "〔1〕" in text and f"《{REPORT_TITLE}》" in text
    assert chunks[-1].model_extra["citations"][0]["doc"] == REPORT_TITLE
