"""`assistant ask` and `assistant status` with a model served on loopback (scripted, both protocols).

Each command runs as the user runs it: a separate process reading ASSISTANT_* settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from tests.corpus import write_corpus
from tests.llm_servers import HANG, Reply, chat_server

pytestmark = pytest.mark.slow

QUESTION = "上半年党委班子成员讲党课几次？"
THINKING = "资料里写的是讲党课4次，不是5次。"
REPLY = Reply((f"<think>{THINKING}</think>", "经查，上半年党委班子成员讲党课4次〔1〕。"))
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("llm-cli")
    corpus = write_corpus(root / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.setenv("ASSISTANT_INDEX_DIR", str(root / "index"))
        mp.delenv("ASSISTANT_LLM", raising=False)
        assert main(["index", "--quiet", str(corpus)]) == 0
    return root / "index"


def assistant(index_dir: Path, llm: str, url: str, *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "OPENAI_", "OLLAMA_"))}
    env |= {"ASSISTANT_INDEX_DIR": str(index_dir), "ASSISTANT_LLM": llm, "ASSISTANT_LLM_BASE_URL": url}
    env |= {"ASSISTANT_LLM_TIMEOUT": "2", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *argv], env=env, cwd=index_dir.parent, capture_output=True, text=True
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.mark.parametrize("protocol", ["openai", "ollama"])
def test_ask_json_gives_the_verified_llm_answer(index_dir, protocol):
    with chat_server(REPLY) as server:
        url = server.openai_url if protocol == "openai" else server.url
        done = assistant(index_dir, f"{protocol}:qwen3-8b", url, "ask", "--json", QUESTION)
        status = assistant(index_dir, f"{protocol}:qwen3-8b", url, "status")
    answer = json.loads(done.stdout)
    assert (answer["backend"], answer["answer"], answer["note"]) == (
        "llm",
        "经查，上半年党委班子成员讲党课4次〔1〕。",
        None,
    )
    assert "reasoning" not in answer and "5次" not in done.stdout  # the thinking only when asked for
    assert answer["citations"][0]["doc"] == "2023年上半年机关党建工作报告"
    assert server.chats[0]["model"] == "qwen3-8b"
    assert f"回答方式：大模型 {protocol}:qwen3-8b，{url}：可以连接" in status.stdout


def test_show_reasoning_prints_the_thinking_apart_from_the_answer(index_dir):
    with chat_server(REPLY) as server:
        text = assistant(index_dir, "openai:qwen3-8b", server.openai_url, "ask", "--show-reasoning", QUESTION)
        data = assistant(index_dir, "openai:qwen3-8b", server.openai_url, "ask", "--json", "--show-reasoning", QUESTION)
    thinking, answer = text.stdout.split("【回答】\n", 1)
    assert thinking == f"【思考过程】\n{THINKING}\n"
    assert answer.startswith("经查，上半年党委班子成员讲党课4次〔1〕。\n") and "<think>" not in text.stdout
    assert json.loads(data.stdout)["reasoning"] == THINKING


def test_ask_json_says_extractive_and_why_when_the_server_hangs(index_dir):
    with chat_server(HANG) as server:
        done = assistant(index_dir, "openai:qwen3-8b", server.openai_url, "ask", "--json", QUESTION)
    answer = json.loads(done.stdout)
    assert (answer["backend"], answer["answer"]) == ("extractive", "党委班子成员讲党课4次〔1〕。")
    assert answer["note"].startswith("大模型暂时无法使用：大模型服务未响应（超时2秒）")


def test_status_says_when_the_server_cannot_be_reached(index_dir):
    from tests.support import free_port

    url = f"http://127.0.0.1:{free_port()}/v1"
    status = json.loads(assistant(index_dir, "openai:qwen3-8b", url, "status", "--json").stdout)
    assert status["回答方式"].startswith(f"大模型 openai:qwen3-8b，{url}：无法连接")
    assert status["文档数"] == "4"
