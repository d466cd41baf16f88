"""The OpenAI-compatible API, fast: keys, who may call (`web.api`), request parsing and response shapes
(`web.openai_format`).

The routes run in process (FastAPI's TestClient) over a scripted assistant; the real server with
the real pipeline and the official `openai` client is in test_api_server.py.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import openai
import pytest
from fastapi.testclient import TestClient

from assistant.accounts.store import AccountStore
from assistant.config import ConfigError, Settings
from assistant.core.schema import Answer, Citation
from assistant.index.indexing import index_paths
from assistant.web.api import api_access, api_app, check_key, is_loopback, parse_api_keys
from assistant.web.openai_format import (
    MAX_MESSAGE_CHARS,
    MODEL,
    MODEL_MODES,
    SOURCES_HEADING,
    ApiError,
    ChatRequest,
    Reply,
    answer_content,
    citations_json,
    parse_request,
    strip_appended,
)
from assistant.web.state import Backend
from tests.answer.support import make_chunk
from tests.fakes import FakeEmbeddings, openai_server

KEY = "sk-dangjian-0001"
TITLE = "2023年上半年机关党建工作情况报告"
SENTENCE = "党委班子成员讲党课5次，党支部书记讲党课3次。"
CHUNK = make_chunk(TITLE, f"上半年召开民主生活会1次。{SENTENCE}", ("二、严肃党内政治生活", "（一）落实“三会一课”制度"))


def cited_answer(text: str = "共讲党课8次〔1〕。", note: str | None = None) -> Answer:
    citation = Citation(CHUNK.id, TITLE, CHUNK.location, None, SENTENCE, CHUNK)
    return Answer(text, "count", [citation], note=note, resolved_question="上半年讲党课几次？")


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def body(*messages: dict, **options) -> dict:
    return {"model": MODEL, "messages": list(messages), **options}


# ---------------------------------------------------------------- keys and access
def test_keys_from_a_list_or_a_file(tmp_path):
    assert parse_api_keys("") == ()
    assert parse_api_keys(f" {KEY} , abc/def+ghi== ") == (KEY, "abc/def+ghi==")  # base64 keys hold "/"
    keys = tmp_path / "keys.txt"
    keys.write_text(f"# 办公系统\n{KEY}\n\nsecond-key-02\n", encoding="utf-8")
    assert parse_api_keys(str(keys)) == (KEY, "second-key-02")


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("short", "第 1 项不能用作密钥"),
        (f"{KEY},with space 123", "第 2 项"),
        ("/etc/no-such-keys.txt", "不存在"),
        ("api-keys.txt", "不存在"),  # not a key named so
        ("C:\\党建\\keys", "不存在"),
        (" , ", "没有密钥"),
    ],
)
def test_unusable_keys_are_refused_at_start(value, says):
    with pytest.raises(ConfigError, match=says):
        parse_api_keys(value)


@pytest.mark.parametrize(
    ("keys", "host", "login", "access"),
    [
        ((KEY,), "0.0.0.0", False, "keys"),
        ((KEY,), "127.0.0.1", False, "keys"),
        ((), "127.0.0.1", False, "open"),
        ((), "localhost", False, "open"),
        ((), "::1", False, "open"),
        ((), "0.0.0.0", False, "off"),
        ((), "192.168.1.20", False, "off"),
        ((), "127.0.0.1", True, "off"),  # a keyless API would bypass the web login
    ],
)
def test_who_may_call(keys, host, login, access):
    assert api_access(keys, host, login) == access


def test_loopback_names():
    assert is_loopback("127.0.0.2") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("office-pc") and not is_loopback("")


@pytest.mark.parametrize(
    ("access", "header", "code"),
    [
        ("off", f"Bearer {KEY}", "api_disabled"),
        ("keys", None, "invalid_api_key"),
        ("keys", KEY, "invalid_api_key"),  # no scheme
        ("keys", "Bearer ", "invalid_api_key"),
        ("keys", "Bearer sk-wrong-key", "invalid_api_key"),
    ],
)
def test_refused_keys_are_401(access, header, code):
    with pytest.raises(ApiError) as refused:
        check_key(access, (KEY,), header)
    assert refused.value.status == 401 and refused.value.code == code
    assert "密钥" in str(refused.value)


def test_accepted_keys():
    check_key("keys", (KEY, "second-key-02"), "Bearer second-key-02")
    check_key("keys", (KEY,), f"bearer  {KEY} ")
    check_key("open", (), None)


# ---------------------------------------------------------------- request parsing
def test_the_last_user_message_is_the_question_and_the_rest_the_history():
    earlier = answer_content(cited_answer("党委班子成员讲党课5次〔1〕。", note="按报告口径"))
    chat = parse_request(
        body(
            {"role": "system", "content": "你是一个助手"},
            user("上半年党委班子成员讲党课几次？"),
            {"role": "assistant", "content": earlier},
            {"role": "user", "content": [{"type": "text", "text": "那党支部书记呢？"}]},
            model=f"{MODEL}-qa",
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert chat.question == "那党支部书记呢？" and chat.mode == "qa" and chat.stream and chat.include_usage
    # As the web chat keeps it: the answer text only, without the note and sources appended for the client.
    assert chat.history == [
        user("上半年党委班子成员讲党课几次？"),
        {"role": "assistant", "content": "党委班子成员讲党课5次〔1〕。"},
    ]


def test_history_is_cut_like_the_web_chat():
    turns = [user(f"第{n}个问题？") if n % 2 == 0 else {"role": "assistant", "content": "回答"} for n in range(30)]
    chat = parse_request(body(*turns, user("最后的问题？")))
    assert len(chat.history) == 12 and chat.history[-1] == {"role": "assistant", "content": "回答"}


def test_every_model_id_picks_a_mode():
    assert {parse_request(body(user("问题？"), model=m)).mode for m in MODEL_MODES} == {"auto", "qa", "draft", "lookup"}


@pytest.mark.parametrize(
    ("payload", "status", "param", "says"),
    [
        ([], 400, None, "JSON 对象"),
        ({"messages": [user("问题？")]}, 400, "model", "缺少 model"),
        (body(user("问题？"), model="gpt-4o"), 404, "model", "gpt-4o"),
        (body(), 400, "messages", "非空数组"),
        ({"model": MODEL, "messages": "问题？"}, 400, "messages", "非空数组"),
        (body(user("问题？"), {"role": "assistant", "content": "好"}), 400, "messages", "最后一条"),
        (body({"role": "robot", "content": "问题？"}), 400, "messages[0].role", "role"),
        (body({"role": "user", "content": 42}), 400, "messages[0].content", "字符串"),
        (body({"role": "user", "content": [{"type": "image_url"}]}), 400, "messages[0].content", "只能发送文字"),
        (body(user("   ")), 400, "messages[0].content", "问题为空"),
        (body(user("党建" * 1200)), 400, "messages[0].content", "问题过长"),
        (
            body({"role": "assistant", "content": "长" * (MAX_MESSAGE_CHARS + 1)}, user("问题？")),
            400,
            "messages[0]",
            "过长",
        ),
        (body(user("问题？"), stream="yes"), 400, "stream", "true 或 false"),
        (body(user("问题？"), n=2), 400, "n", "只能为 1"),
    ],
)
def test_bad_bodies_name_the_field(payload, status, param, says):
    with pytest.raises(ApiError) as bad:
        parse_request(payload)
    assert (bad.value.status, bad.value.param) == (status, param)
    assert says in str(bad.value)
    assert bad.value.body()["error"]["type"] == "invalid_request_error"


# ---------------------------------------------------------------- response shapes
def test_answer_text_carries_marks_note_and_sources():
    content = answer_content(cited_answer(note="LLM 服务不可用，已改为抽取式回答。"))
    assert content == (
        "共讲党课8次〔1〕。\n\n（说明：LLM 服务不可用，已改为抽取式回答。）\n\n"
        f"{SOURCES_HEADING}\n〔1〕《{TITLE}》位置：二、严肃党内政治生活 › （一）落实“三会一课”制度；原文：“{SENTENCE}”"
    )
    assert strip_appended(content) == "共讲党课8次〔1〕。"


def test_citations_for_programs():
    assert citations_json(cited_answer()) == [
        {
            "n": 1,
            "doc": TITLE,
            "doc_id": CHUNK.doc_id,
            "location": "二、严肃党内政治生活 › （一）落实“三会一课”制度",
            "section": CHUNK.location,
            "article": None,
            "quote": SENTENCE,
            "chunk_id": CHUNK.id,
        }
    ]


def test_completion_and_chunks_have_the_openai_shapes():
    chat = ChatRequest(MODEL, "上半年讲党课几次？", prompt_chars=9, include_usage=True)
    reply = Reply(chat)
    done = reply.completion(cited_answer())
    assert done["id"].startswith("chatcmpl-") and done["object"] == "chat.completion" and done["model"] == MODEL
    choice = done["choices"][0]
    assert choice["finish_reason"] == "stop" and choice["message"]["role"] == "assistant"
    content = choice["message"]["content"]
    assert done["usage"] == {"prompt_tokens": 9, "completion_tokens": len(content), "total_tokens": 9 + len(content)}
    assert done["citations"][0]["quote"] == SENTENCE and done["answer_meta"]["refused"] is False

    chunks = list(reply.chunks(cited_answer()))
    assert {c["id"] for c in chunks} == {done["id"]} and {c["object"] for c in chunks} == {"chat.completion.chunk"}
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == content
    closing, usage = chunks[-2], chunks[-1]
    assert closing["choices"][0]["finish_reason"] == "stop" and closing["citations"] == done["citations"]
    assert usage["choices"] == [] and usage["usage"] == done["usage"]


def test_reasoning_is_reasoning_content_never_content():
    answer = cited_answer()
    answer.reasoning = "先找讲党课的句子。"
    reply = Reply(ChatRequest(MODEL, "上半年讲党课几次？"))
    message = reply.completion(answer)["choices"][0]["message"]
    assert message["reasoning_content"] == "先找讲党课的句子。" and "先找" not in message["content"]
    deltas = [c["choices"][0]["delta"] for c in reply.chunks(answer) if c["choices"]]
    assert deltas[0] == {"reasoning_content": "先找讲党课的句子。"}
    assert all("先找" not in d.get("content", "") for d in deltas)
    assert "reasoning_content" not in reply.completion(cited_answer())["choices"][0]["message"]


def test_a_refusal_is_a_normal_answer():
    refusal = Answer("知识库中没有找到能回答这个问题的内容。为避免误导，不作推测。", "fact", refused=True)
    done = Reply(ChatRequest(MODEL, "今年天气如何？")).completion(refusal)
    assert done["choices"][0]["message"]["content"] == refusal.text
    assert done["choices"][0]["finish_reason"] == "stop" and done["citations"] == []
    assert done["answer_meta"]["refused"] is True


# ---------------------------------------------------------------- the routes, in process
class ScriptedAssistant:
    """Answers every question with `answer` (or raises it) and records what it was asked."""

    def __init__(self, answer: Answer | Exception):
        self.answer = answer
        self.asked: list[tuple[str, list, str]] = []

    def ask(self, question: str, history: list | None = None, mode: str = "auto") -> Answer:
        self.asked.append((question, history or [], mode))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


class ScriptedBackend:
    def __init__(self, answer: Answer | Exception, host: str = "127.0.0.1", api_keys: str = "", auth=()):
        self.settings = Settings(host=host, api_keys=api_keys)
        self.auth = list(auth)
        self.guard = SimpleNamespace(login_required=bool(auth))  # a web login is on with accounts
        self.accounts = AccountStore(Path(":memory:"))  # no user keys: ASSISTANT_API_KEYS or none
        self.assistant = ScriptedAssistant(answer)

    def wait_ready(self) -> None:
        pass


def client_for(backend: ScriptedBackend) -> TestClient:
    app, _ = api_app(backend)
    return TestClient(app)


def test_routes_answer_with_a_key():
    backend = ScriptedBackend(cited_answer(), host="0.0.0.0", api_keys=KEY)
    client = client_for(backend)
    auth = {"Authorization": f"Bearer {KEY}"}
    assert [m["id"] for m in client.get("/v1/models", headers=auth).json()["data"]] == list(MODEL_MODES)
    assert client.get(f"/v1/models/{MODEL}-draft", headers=auth).json()["id"] == f"{MODEL}-draft"
    assert client.get("/v1/models/gpt-4o", headers=auth).status_code == 404
    done = client.post("/v1/chat/completions", json=body(user("上半年讲党课几次？")), headers=auth)
    assert done.status_code == 200 and done.json()["citations"][0]["n"] == 1
    assert backend.assistant.asked == [("上半年讲党课几次？", [], "auto")]


def test_routes_refuse_without_a_key():
    client = client_for(ScriptedBackend(cited_answer(), host="0.0.0.0", api_keys=KEY))
    for response in (
        client.get("/v1/models"),
        client.post("/v1/chat/completions", json=body(user("问题？"))),
        client.post("/v1/chat/completions", json=body(user("问题？")), headers={"Authorization": "Bearer wrong-key"}),
    ):
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert response.json()["error"]["code"] == "invalid_api_key"
    off = client_for(ScriptedBackend(cited_answer(), host="0.0.0.0"))
    refused = off.get("/v1/models", headers={"Authorization": f"Bearer {KEY}"})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "api_disabled"


def test_other_routes_and_methods_get_openai_shaped_errors():
    client = client_for(ScriptedBackend(cited_answer()))
    for method, path, status in (("POST", "/v1/embeddings", 404), ("GET", "/v1/chat/completions", 405)):
        refused = client.request(method, path)
        assert refused.status_code == status
        assert "POST /v1/chat/completions" in refused.json()["error"]["message"]


def test_bad_json_and_oversized_bodies():
    client = client_for(ScriptedBackend(cited_answer()))
    bad = client.post("/v1/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"})
    assert bad.status_code == 400 and "JSON" in bad.json()["error"]["message"]
    huge = client.post("/v1/chat/completions", content=b" " * 2_000_001)
    assert huge.status_code == 413


def test_a_pipeline_error_is_a_500_with_a_chinese_message_and_no_traceback():
    client = client_for(ScriptedBackend(RuntimeError("boom in module x")))
    failed = client.post("/v1/chat/completions", json=body(user("问题？")))
    assert failed.status_code == 500
    message = failed.json()["error"]["message"]
    assert "回答时出错" in message and "boom" not in message


def test_the_openai_client_reads_the_stream():
    client = client_for(ScriptedBackend(cited_answer()))
    api = openai.OpenAI(base_url="http://testserver/v1", api_key="unused", http_client=client)
    chunks = list(api.chat.completions.create(model=MODEL, messages=[user("上半年讲党课几次？")], stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == answer_content(cited_answer())
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["citations"][0]["quote"] == SENTENCE


def test_an_error_during_the_stream_reaches_the_openai_client():
    client = client_for(ScriptedBackend(RuntimeError("boom")))
    api = openai.OpenAI(base_url="http://testserver/v1", api_key="unused", http_client=client, max_retries=0)
    with pytest.raises(openai.APIError, match="回答时出错"):
        list(api.chat.completions.create(model=MODEL, messages=[user("问题？")], stream=True))


def test_sse_lines_are_data_events_ending_with_done():
    client = client_for(ScriptedBackend(cited_answer()))
    with client.stream("POST", "/v1/chat/completions", json=body(user("上半年讲党课几次？"), stream=True)) as events:
        assert events.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in events.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines) and lines[-1] == "data: [DONE]"
    assert json.loads(lines[0][6:])["choices"][0]["delta"] == {"role": "assistant", "content": ""}


class HeldAssistant(ScriptedAssistant):
    """Answers only once the test releases it (or after `HOLD_LIMIT`, so that a blocked loop fails, not hangs)."""

    HOLD_LIMIT = 30

    def __init__(self, answer: Answer):
        super().__init__(answer)
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()

    def ask(self, question: str, history: list | None = None, mode: str = "auto") -> Answer:
        self.started.set()
        self.release.wait(self.HOLD_LIMIT)
        self.finished.set()
        return super().ask(question, history, mode)


def held_backend() -> ScriptedBackend:
    backend = ScriptedBackend(cited_answer())
    backend.assistant = HeldAssistant(cited_answer())
    return backend


def test_an_answer_being_computed_does_not_block_other_requests():
    backend = held_backend()
    app, _ = api_app(backend)
    with TestClient(app) as client:  # one event loop for both requests
        pending = threading.Thread(
            target=client.post, args=("/v1/chat/completions",), kwargs={"json": body(user("问题？"))}
        )
        pending.start()
        assert backend.assistant.started.wait(HeldAssistant.HOLD_LIMIT)
        listed = client.get("/v1/models")
        assert listed.status_code == 200
        assert not backend.assistant.finished.is_set()  # answered while the pipeline was still at work
        backend.assistant.release.set()
        pending.join()
    assert backend.assistant.finished.is_set()


def test_a_slow_answer_keeps_the_stream_alive(monkeypatch):
    monkeypatch.setattr("assistant.web.api.KEEPALIVE_SECONDS", 0.05)
    backend = held_backend()
    client = client_for(backend)
    lines = []
    with client.stream("POST", "/v1/chat/completions", json=body(user("问题？"), stream=True)) as events:
        for line in events.iter_lines():
            lines.append(line)
            if line.startswith(": keep-alive"):
                backend.assistant.release.set()
    assert lines.index(": keep-alive") < lines.index("data: [DONE]")
    assert not any(line.startswith("data: ") and "keep-alive" in line for line in lines)


# ---------------------------------------------------------------- with the configured LLM (a loopback server)
LLM_QUESTION = "上半年召开党委会几次？"


@contextmanager
def api_over_llm(tmp_path, monkeypatch, reply: str):
    """The API over a real Backend whose LLM is a scripted OpenAI-compatible server on loopback."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{TITLE}.txt").write_text(
        f"{TITLE}\n一、落实管党治党责任\n（二）坚持民主集中制。上半年召开党委会4次，重大事项一律由班子集体研究决定。\n",
        encoding="utf-8",
    )
    with openai_server(reply) as (url, received):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, llm="openai:scripted-model")
        backend = Backend(settings, FakeEmbeddings())
        assert not index_paths(backend.kb, [corpus]).errors
        backend.ready.set()
        app, _ = api_app(backend)
        try:
            yield TestClient(app), received
        finally:
            backend.kb.close()


def test_the_api_returns_the_answer_the_llm_wrote(tmp_path, monkeypatch):
    with api_over_llm(tmp_path, monkeypatch, "经查，上半年共召开党委会4次〔1〕。") as (client, received):
        done = client.post("/v1/chat/completions", json=body(user(LLM_QUESTION))).json()
    assert received, "the pipeline did not ask the LLM"
    assert done["choices"][0]["message"]["content"].startswith("经查，上半年共召开党委会4次〔1〕。\n\n资料来源：")
    assert done["answer_meta"]["backend"] == "llm" and done["citations"][0]["doc"] == TITLE


def test_an_invented_number_never_reaches_the_api(tmp_path, monkeypatch):
    with api_over_llm(tmp_path, monkeypatch, "上半年共召开党委会7次〔1〕。") as (client, received):
        streamed = client.stream("POST", "/v1/chat/completions", json=body(user(LLM_QUESTION), stream=True))
        with streamed as events:
            chunks = [json.loads(line[6:]) for line in events.iter_lines() if line.startswith("data: {")]
    assert received
    content = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "7次" not in content and "4次〔1〕" in content
    assert "未通过核验" in content and chunks[-1]["answer_meta"]["backend"] == "extractive"
