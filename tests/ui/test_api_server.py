"""The OpenAI-compatible API of the running app (`python ui.py`), called with the official `openai` client.

Real server, real pipeline (USE embedder, Chroma) on the fixture report; the server listens on
loopback with a key configured, so every call but the refused ones sends it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import openai
import pytest
from ui_support import REPORT, REPORT_TITLE, start_app

from tests.support import http_request

pytestmark = pytest.mark.slow

KEY = "sk-test-dangjian-2023"
MODEL = "dangjian-assistant"
QUESTION = "上半年党委班子成员讲党课几次？"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    running = start_app(tmp_path_factory.mktemp("api"), ASSISTANT_API_KEYS=KEY)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(app):
    return openai.OpenAI(base_url=app.url + "v1", api_key=KEY, max_retries=0, timeout=120)


def ask(client: openai.OpenAI, *messages: dict, **options):
    return client.chat.completions.create(model=MODEL, messages=list(messages), **options)


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def test_models_are_listed(client):
    ids = [m.id for m in client.models.list()]
    assert ids[0] == MODEL and f"{MODEL}-draft" in ids and f"{MODEL}-lookup" in ids


def test_answer_with_marks_sources_and_citations(client):
    done = ask(client, user(QUESTION))
    content = done.choices[0].message.content
    assert content.startswith("党委班子成员讲党课5次〔1〕")
    assert f"资料来源：\n〔1〕《{REPORT_TITLE}》位置：二、严肃党内政治生活" in content
    assert done.choices[0].finish_reason == "stop" and done.object == "chat.completion" and done.model == MODEL
    assert done.usage.completion_tokens == len(content)
    (citation,) = done.model_extra["citations"]
    assert citation["n"] == 1 and citation["doc"] == REPORT_TITLE and citation["doc_id"] and citation["chunk_id"]
    assert "党委班子成员讲党课5次" in citation["quote"] and citation["quote"] in REPORT
    assert done.model_extra["answer_meta"]["backend"] == "extractive"


def test_streamed_answer_is_the_same_answer(client):
    whole = ask(client, user(QUESTION)).choices[0].message.content
    chunks = list(ask(client, user(QUESTION), stream=True, stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len({c.id for c in chunks}) == 1
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == whole
    closing = [c for c in chunks if c.choices][-1]
    assert closing.choices[0].finish_reason == "stop"
    assert closing.model_extra["citations"][0]["doc"] == REPORT_TITLE
    assert chunks[-1].usage.completion_tokens == len(whole)


def test_follow_up_uses_the_conversation(client):
    first = ask(client, user(QUESTION)).choices[0].message.content
    follow = ask(
        client,
        {"role": "system", "content": "你是党建知识助手。"},  # a front-end's own prompt is ignored
        user(QUESTION),
        {"role": "assistant", "content": first},
        user("那党支部书记呢？"),
    )
    assert follow.choices[0].message.content.startswith("党支部书记讲党课3次〔1〕")


def test_draft_mode_by_model(client):
    done = client.chat.completions.create(model=f"{MODEL}-draft", messages=[user("廉政建设情况")])
    assert done.model_extra["answer_meta"]["kind"] == "draft"
    assert "〔1〕" in done.choices[0].message.content and done.model_extra["citations"]


def test_refusal_is_an_ordinary_answer(client):
    done = ask(client, user("单位食堂的菜价是多少？"))
    assert done.choices[0].finish_reason == "stop"
    assert done.model_extra["answer_meta"]["refused"] is True
    assert done.choices[0].message.content.startswith("知识库中")


def test_without_the_key_401(app):
    for key in ("", "sk-wrong-key-0000"):
        stranger = openai.OpenAI(base_url=app.url + "v1", api_key=key or "none", max_retries=0)
        with pytest.raises(openai.AuthenticationError) as refused:
            stranger.chat.completions.create(model=MODEL, messages=[user(QUESTION)])
        assert refused.value.status_code == 401 and "密钥" in refused.value.message
        assert "讲党课" not in str(refused.value.body)
    status, body = http_request(app.url + "v1/models")
    assert status == 401 and json.loads(body)["error"]["code"] == "invalid_api_key"


def test_bad_bodies_400(app, client):
    with pytest.raises(openai.BadRequestError, match="问题为空"):
        ask(client, user(""))
    with pytest.raises(openai.BadRequestError, match="最后一条应为用户"):
        ask(client, user(QUESTION), {"role": "assistant", "content": "好的"})
    with pytest.raises(openai.NotFoundError, match="gpt-4o"):
        client.chat.completions.create(model="gpt-4o", messages=[user(QUESTION)])
    headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    request = urllib.request.Request(app.url + "v1/chat/completions", b"{oops", headers=headers)
    with pytest.raises(urllib.error.HTTPError) as bad:
        urllib.request.urlopen(request, timeout=10)
    assert bad.value.code == 400 and "JSON" in json.loads(bad.value.read())["error"]["message"]


def test_the_web_page_is_still_served(app):
    status, page = http_request(app.url)
    assert status == 200 and "党建知识助手" in page
    status, _ = http_request(app.url + "gradio_api/info")
    assert status == 200
