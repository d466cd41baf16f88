"""Load test: N concurrent chat sessions against the running web app, through gradio_client.

    .venv/bin/python -m scripts.load                     # starts its own app on the sample corpus
    .venv/bin/python -m scripts.load --url http://127.0.0.1:7860/ --sessions 1 4 16 32 --seconds 60

Each session is a gradio_client Client (its own gradio session and history) that runs
multi-turn conversations (question, then follow-ups that need the history) until time is up.
Every answer is compared with the single-user answer to the same turn: a difference means
one session's history leaked into another's (cross-talk). While the sessions chat, one file
is uploaded and indexed through the page's own upload event; no chat answer may fail.
Prints a table: throughput, p50/p95/p99 latency, errors, mismatches. Exit status 1 on any
error or mismatch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from gradio_client import Client

from tests.support import REPO, RunningApp, ServerDidNotStart, index_corpus, start_ui

SAMPLE_CORPUS = REPO / "corpus"
# Conversations on the shipped sample report; the follow-ups only make sense with their history.
CONVERSATIONS = [
    ["上半年讲党课几次？", "其中党支部书记讲了几次？"],
    ["年初至今召开党委会几次？", "重大资金支出怎么决定？"],
    ["报告引用了哪些党内法规？", "起草一段廉政建设情况总结"],
    ["如何落实三会一课制度？", "存在哪些问题？"],
]
UPLOAD_NAME = "负载测试上传文件.txt"
UPLOAD_TEXT = "负载测试上传文件\n一、基本情况\n（一）读书活动。青年理论学习小组上半年举办读书分享会7场。\n"


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def start_app(workdir: Path) -> RunningApp:
    """Index a copy of the sample corpus into a temporary index and start ui.py on a free port."""
    corpus, index = workdir / "corpus", workdir / "index"
    corpus.mkdir()
    for path in SAMPLE_CORPUS.glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    index_corpus(index, corpus)
    try:
        return start_ui(corpus, index, workdir / "ui.log")
    except ServerDidNotStart as exc:
        sys.exit(str(exc))


def ask(client: Client, question: str, display: list) -> tuple[list, str]:
    display, _question_box, answer = client.predict(question, display, "自动", api_name="/ask")
    return display, answer


def run_conversation(url: str, turns: list[str]) -> list[str]:
    client = Client(url, verbose=False)
    display: list = []
    answers = []
    for question in turns:
        display, answer = ask(client, question, display)
        answers.append(answer)
    return answers


def session(url: str, number: int, deadline: float, expected: dict[int, list[str]], results: Results) -> None:
    """One user: conversations one after another (each in a fresh gradio session) until the deadline."""
    n = number
    while time.monotonic() < deadline:
        conversation = n % len(CONVERSATIONS)
        n += 1
        try:
            client = Client(url, verbose=False)
        except Exception as exc:
            with results.lock:
                results.errors.append(f"connect: {exc!r}")
            continue
        display: list = []
        for turn, question in enumerate(CONVERSATIONS[conversation]):
            started = time.perf_counter()
            try:
                display, answer = ask(client, question, display)
            except Exception as exc:
                with results.lock:
                    results.errors.append(f"{question}: {exc!r}")
                break
            elapsed = time.perf_counter() - started
            with results.lock:
                results.latencies.append(elapsed)
                if answer != expected[conversation][turn]:
                    results.mismatches.append(f"session {number}, {question}: {answer[:80]!r}")


def upload_through_the_page(url: str, path: Path) -> str:
    """Upload and index a file the way the page does (gradio's upload + queue protocol)."""
    config = httpx.get(url + "config", timeout=30).json()
    components = {c["id"]: c for c in config["components"]}
    fn_index, trigger = next(
        (i, d["targets"][0][0])
        for i, d in enumerate(config["dependencies"])
        if any(components[x]["props"].get("elem_id") == "kb-upload" for x in d["inputs"])
    )
    with httpx.Client(base_url=url, timeout=300) as http:
        with open(path, "rb") as handle:
            uploaded = http.post("gradio_api/upload", files=[("files", (path.name, handle, "text/plain"))]).json()
        file_data = {"path": uploaded[0], "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}
        session_hash = uuid.uuid4().hex[:12]
        joined = http.post(
            "gradio_api/queue/join",
            json={
                "data": [[file_data], "", None],  # files, filter, target knowledge base (None: 公共)
                "fn_index": fn_index,
                "trigger_id": trigger,
                "session_hash": session_hash,
                "event_data": None,
            },
        )
        joined.raise_for_status()
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session_hash}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    if not message.get("success"):
                        raise RuntimeError(f"upload failed: {message}")
                    return json.dumps(message["output"]["data"][1], ensure_ascii=False)
    raise RuntimeError("upload: no completion message")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_level(url: str, sessions: int, seconds: float, expected, upload: Path | None) -> dict:
    results = Results()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=session, args=(url, i, deadline, expected, results), daemon=True)
        for i in range(sessions)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    upload_note = ""
    if upload is not None:
        time.sleep(min(2.0, seconds / 4))  # while the others are chatting
        try:
            upload_note = upload_through_the_page(url, upload)
        except Exception as exc:
            results.errors.append(f"upload: {exc!r}")
    for t in threads:
        t.join(timeout=seconds + 300)
    wall = time.perf_counter() - started
    lat = results.latencies
    return {
        "sessions": sessions,
        "requests": len(lat),
        "seconds": round(wall, 1),
        "throughput": round(len(lat) / wall, 2),
        "p50_ms": round(percentile(lat, 50) * 1000),
        "p95_ms": round(percentile(lat, 95) * 1000),
        "p99_ms": round(percentile(lat, 99) * 1000),
        "mean_ms": round(statistics.fmean(lat) * 1000) if lat else None,
        "errors": len(results.errors),
        "mismatches": len(results.mismatches),
        "upload": upload_note,
        "error_samples": results.errors[:3],
        "mismatch_samples": results.mismatches[:3],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="党建知识助手：并发会话负载测试（gradio_client）")
    parser.add_argument("--url", help="已运行的应用地址；不给则在临时索引上自动启动 ui.py")
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 4, 16, 32])
    parser.add_argument("--seconds", type=float, default=30.0, help="每档并发的持续时间（秒）")
    parser.add_argument("--no-upload", action="store_true", help="不在对话期间上传文件")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    app = None
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        workdir = Path(tmp)
        url = args.url
        if url is None:
            started = time.perf_counter()
            app = start_app(workdir)
            url = app.url
            print(f"应用已启动：{url}（{time.perf_counter() - started:.1f} 秒，含建索引）", file=sys.stderr)
        try:
            # Single-user answers: the reference every concurrent answer must equal.
            expected = {i: run_conversation(url, turns) for i, turns in enumerate(CONVERSATIONS)}
            rows = []
            for level, sessions in enumerate(args.sessions):
                upload = None
                if not args.no_upload and level == len(args.sessions) - 1:
                    upload = workdir / UPLOAD_NAME  # a new file each time (the app keeps duplicates apart)
                    upload.write_text(UPLOAD_TEXT + f"编号 {uuid.uuid4().hex[:8]}\n", encoding="utf-8")
                print(f"运行 {sessions} 个并发会话，{args.seconds:.0f} 秒……", file=sys.stderr)
                rows.append(run_level(url, sessions, args.seconds, expected, upload))
            if upload is not None:  # the upload really reached the knowledge base
                after = run_conversation(url, ["青年理论学习小组上半年举办读书分享会几场？"])[0]
                rows[-1]["upload_answer_ok"] = "7场" in after
        finally:
            if app is not None:
                app.stop()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print("| 并发会话 | 请求数 | 吞吐（次/秒） | p50 (ms) | p95 (ms) | p99 (ms) | 错误 | 答案不一致 | 期间上传 |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            up = ("成功" if r.get("upload_answer_ok") else "已上传") if r["upload"] else "—"
            print(
                f"| {r['sessions']} | {r['requests']} | {r['throughput']} | {r['p50_ms']} | {r['p95_ms']} | "
                f"{r['p99_ms']} | {r['errors']} | {r['mismatches']} | {up} |"
            )
        for r in rows:
            for sample in r["error_samples"] + r["mismatch_samples"]:
                print(f"  {r['sessions']} 会话：{sample}", file=sys.stderr)
    failed = any(r["errors"] or r["mismatches"] for r in rows) or rows[-1].get("upload_answer_ok") is False
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
