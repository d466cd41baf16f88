"""The LLM answerer against a real HTTP server on loopback, in both protocols (OpenAI-compatible, Ollama).

The server streams scripted replies (tests/llm_servers.py); the knowledge base is the real one
(USE embedder, Chroma). No fake object inside the process.
"""

from __future__ import annotations

import pytest

from assistant.answer.llm import get_chat_model
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from assistant.search.retriever import Retriever
from tests.llm_servers import DROP, HANG, Failure, Reply, ScriptedServer, chat_server
from tests.support import free_port

pytestmark = pytest.mark.slow

QUESTION = "上半年党委班子成员讲党课几次？"
EXTRACTIVE = "党委班子成员讲党课4次〔1〕。"
VERIFIED = "上半年党委班子成员讲党课4次〔1〕，党支部书记讲党课2次〔1〕。"
PROTOCOLS = ["openai", "ollama"]


def assistant_for(kb, protocol: str, server_url: str, retry_after: float = 60) -> Assistant:
    url = server_url + "/v1" if protocol == "openai" else server_url
    client = get_chat_model(f"{protocol}:scripted-model", timeout=1, retry_after=retry_after, base_url=url)
    return Assistant(Retriever(kb), client)


def ask(kb, protocol: str, server: ScriptedServer, question: str = QUESTION, **kwargs) -> tuple[list[str], Answer]:
    """(the texts streamed to the user, the final answer)."""
    *texts, answer = assistant_for(kb, protocol, server.url, **kwargs).stream(question)
    return texts, answer


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_verified_answer_streams_and_thinking_stays_apart(indexed_kb, protocol):
    reply = Reply(
        content=(
            "<thi",
            "nk>资料〔1〕说讲党课5次？不对，",
            "是4次。</th",
            "ink>\n\n上半年党委班子成员",
            VERIFIED[len("上半年党委班子成员") :],
        ),
        reasoning=("先找讲党课的句子。",),
    )
    with chat_server(reply) as server:
        texts, answer = ask(indexed_kb, protocol, server)

    assert (answer.backend, answer.text, answer.note) == ("llm", VERIFIED, None)
    assert "先找讲党课的句子" in answer.reasoning and "说讲党课5次？不对，是4次" in answer.reasoning
    assert texts and texts[-1] == VERIFIED
    assert not any("think" in t or "5次" in t or "先找" in t for t in texts)  # never streamed as the answer
    assert "讲党课4次，党支部书记讲党课2次" in answer.citations[0].quote
    [request] = server.chats
    assert request["model"] == "scripted-model" and request["stream"] is True
    prompt = request["messages"][-1]["content"]
    assert "【资料】\n〔1〕《2023年上半年机关党建工作报告》" in prompt and "党委班子成员讲党课4次" in prompt
    assert f"【参考答案（抽取式，已核验）】\n{EXTRACTIVE}" in prompt


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(("上半年党委班子成员讲党课", "14次〔1〕。")), "数字 14 在所引来源中找不到"),
        (Reply(("上半年党委班子成员讲党课4次〔42〕。",)), "引用了不存在的来源编号 [42]"),
        (Reply(("上半年党委班子成员讲党课4次。",)), "没有标注来源"),
        (Reply(("<think>应该是4次〔1〕",)), "只输出了思考过程"),  # unclosed: all of it is thinking
    ],
)
def test_a_reply_that_fails_verification_gives_the_extractive_answer(indexed_kb, protocol, reply, reason):
    with chat_server(reply) as server:
        texts, answer = ask(indexed_kb, protocol, server)
    assert (answer.backend, answer.text) == ("extractive", EXTRACTIVE)
    assert reason in answer.note and "已改为抽取式回答" in answer.note
    # not even while streaming: only text that checks out so far is shown
    assert not any(bad in t for t in [*texts, answer.text] for bad in ("14", "〔42〕", "讲党课4次。"))


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_model_is_asked_when_the_extractive_answer_is_a_refusal(indexed_kb, protocol):
    reply = Reply(("上半年组织党员干部观看警示教育片〔1〕，重温《中国共产党纪律处分条例》〔1〕。",))
    with chat_server(reply) as server:
        _, answer = ask(indexed_kb, protocol, server, "上半年开展了哪些廉洁教育活动？")
    prompt = server.chats[0]["messages"][-1]["content"]
    assert "【参考答案（抽取式，未找到答案）】" in prompt
    assert "警示教育片" in prompt.split("〔2〕", 1)[0]  # 〔1〕 is the passage the scripted reply cites
    assert (answer.backend, answer.refused, answer.confidence) == ("llm", False, "low")
    assert [c.doc for c in answer.citations] == ["2023年上半年机关党建工作报告"]
    assert "警示教育片" in answer.citations[0].quote


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    ("question", "note"),
    [
        (QUESTION, "大模型认为资料不足以回答，已改为抽取式回答。"),
        ("2021年召开了几次党委会？", "大模型也未在资料中找到答案。"),
    ],
)
def test_a_model_that_finds_no_answer_leaves_the_extractive_one(indexed_kb, protocol, question, note):
    with chat_server(Reply(("知识库中没有找到", "相关内容。"))) as server:
        _, answer = ask(indexed_kb, protocol, server, question)
    assert answer.backend == "extractive" and answer.note == note
    assert answer.refused is (question != QUESTION)


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    ("failure", "cause"),
    [
        (Failure(401, "Incorrect API key provided"), "API 密钥无效（401）"),
        (Failure(429, "rate limited", retry_after="120"), "大模型服务请求过多或额度已用完（429）"),
        (Failure(500, "CUDA out of memory"), "大模型服务内部错误（500）：CUDA out of memory"),
        (HANG, "大模型服务未响应（超时1秒）"),
        (DROP, "大模型服务连接中断或返回了无法识别的数据"),
    ],
)
def test_a_failing_server_gives_a_chinese_note_and_is_then_skipped(indexed_kb, protocol, failure, cause):
    with chat_server(failure) as server:
        assistant = assistant_for(indexed_kb, protocol, server.url)
        first = assistant.ask(QUESTION)
        second = assistant.ask(QUESTION)
        asked = len(server.chats)
    for answer in (first, second):
        assert (answer.backend, answer.text) == ("extractive", EXTRACTIVE)
        assert answer.note.startswith(f"大模型暂时无法使用：{cause}") and answer.note.endswith("已改为抽取式回答。")
    assert asked == 1  # the second question did not wait for the server again
    assert "秒后再尝试连接" in second.note
    assert assistant.client.status().startswith(f"上次调用失败：{cause}")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_server_that_is_not_running(indexed_kb, protocol):
    url = f"http://127.0.0.1:{free_port()}"
    client = get_chat_model(f"{protocol}:m", timeout=1, base_url=url + ("/v1" if protocol == "openai" else ""))
    answer = Assistant(Retriever(indexed_kb), client).ask(QUESTION)
    assert answer.text == EXTRACTIVE and "无法连接大模型服务 http://127.0.0.1:" in answer.note
    assert client.probe().startswith("无法连接")


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_server_that_is_back_is_used_again_after_the_retry_time(indexed_kb, protocol):
    with chat_server(Failure(503, "loading model"), Reply((VERIFIED,))) as server:
        assistant = assistant_for(indexed_kb, protocol, server.url, retry_after=0)
        first, second = assistant.ask(QUESTION), assistant.ask(QUESTION)
        assert assistant.client.probe() == "可以连接"
    assert (first.backend, second.backend) == ("extractive", "llm")
    assert "内部错误（503）" in first.note and second.text == VERIFIED
    assert assistant.client.status() == "上次调用成功"


def test_a_proxy_in_the_environment_does_not_catch_a_local_model(indexed_kb, monkeypatch):
    dead_proxy = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, dead_proxy)
    with chat_server(Reply((VERIFIED,))) as server:
        _, answer = ask(indexed_kb, "openai", server)
    assert answer.backend == "llm", answer.note
