"""What the LLM path costs besides the model: streaming verification, and a down server with the breaker.

Against the scripted loopback server of tests/llm_servers.py (no model): a long verified answer streamed
in two-character pieces, timed with and without the per-piece check; then a server that hangs, asked
three times with a 2-second timeout (the first waits, the breaker skips the others).

    .venv/bin/python -m bench.llm [--index-dir DIR]    # an index holding tests/corpus.py's report
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant.answer.llm import evidence_for, get_chat_model
from assistant.answer.pipeline import Assistant
from assistant.answer.verification import partial_problems
from assistant.config import Settings
from assistant.runtime import Runtime
from tests.corpus import write_corpus
from tests.llm_servers import HANG, Reply, chat_server

QUESTION = "上半年党委班子成员讲党课几次？"
SENTENCE = "上半年党委班子成员讲党课4次〔1〕，党支部书记讲党课2次〔1〕，组织全体党员集中学习6次〔1〕。"


def timed(assistant: Assistant, runs: int = 5) -> float:
    """Median seconds of one question, in ms."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = assistant.ask(QUESTION)
        times.append(time.perf_counter() - started)
    assert answer.backend == "llm" or "未响应" in (answer.note or ""), answer.note
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, help="默认：临时目录中新建测试语料的索引")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index_dir or Path(tmp) / "index"
        runtime = Runtime.from_settings(Settings(index_dir=index_dir))
        if not runtime.kb.documents():
            from assistant.index.indexing import index_paths

            index_paths(runtime.kb, [write_corpus(Path(tmp) / "corpus")])
        text = SENTENCE * 12
        pieces = tuple(text[i : i + 2] for i in range(0, len(text), 2))
        extractive = Assistant(runtime.retriever)
        with chat_server(Reply(pieces)) as server:
            client = get_chat_model("openai:scripted", base_url=server.openai_url)
            with_llm = timed(Assistant(runtime.retriever, client))
        print(f"抽取式回答：{timed_extractive(extractive):.1f} ms（中位数）")
        print(f"加上大模型（{len(text)} 字，{len(pieces)} 段流式输出，逐段核验）：{with_llm:.1f} ms")
        evidence = evidence_for(extractive.ask(QUESTION))
        started = time.perf_counter()
        for end in range(2, len(text) + 1, 2):
            partial_problems(text[:end], evidence, set())
        print(f"其中逐段核验本身：{(time.perf_counter() - started) * 1000:.1f} ms")
        with chat_server(HANG) as server:
            client = get_chat_model("openai:scripted", timeout=2, retry_after=60, base_url=server.openai_url)
            hanging = Assistant(runtime.retriever, client)
            seconds = []
            for _ in range(3):
                started = time.perf_counter()
                hanging.ask(QUESTION)
                seconds.append(time.perf_counter() - started)
        print("服务无响应（超时 2 秒）时连续三问：" + "、".join(f"{s:.2f} 秒" for s in seconds))
        runtime.kb.close()
    return 0


def timed_extractive(assistant: Assistant, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        assistant.ask(QUESTION)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
