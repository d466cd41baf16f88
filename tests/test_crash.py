"""Crash-safe indexing: SIGKILL `assistant index` (or the web app's background job) at random points, then check.

A corpus of 20 small files: 10 indexed once and never touched again (their answers must not
change), 10 rewritten before every trial so that each run has real work to be killed in.
After each kill a fresh process (tests/crash_check.py) opens the index like the app does and
reports: every manifest chunk has all its vectors, no orphan vectors, chunk counts match,
answers for the untouched documents are unchanged. Finally an uninterrupted run finishes the job.

ASSISTANT_CRASH_TRIALS (default 3) sets the number of kills; ASSISTANT_CRASH_SEED the seed.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.ingest.pipeline import fingerprint

pytestmark = pytest.mark.slow  # `assistant index` subprocesses with the real embedder and Chroma

REPO = Path(__file__).resolve().parents[1]
TRIALS = int(os.environ.get("ASSISTANT_CRASH_TRIALS", "3"))
SEED = int(os.environ.get("ASSISTANT_CRASH_SEED", "20260601"))
RUN_TIMEOUT = 120

STABLE = ["城关", "东街", "西湖", "南山", "北岭", "河口", "桥头", "松林", "枫桥", "石门"]
QUESTIONS = [f"{name}社区党支部上半年召开支委会几次？" for name in STABLE[:4]]


def stable_doc(i: int, name: str) -> str:
    return (
        f"{name}社区党支部2023年上半年工作报告\n"
        f"一、组织建设\n（一）支委会。{name}社区党支部上半年召开支委会{i + 3}次，研究发展党员等事项。\n"
        f"（二）党员管理。{name}社区党支部现有党员{20 + i}名，按时足额交纳党费。\n"
        f"二、服务群众\n（一）志愿服务。{name}社区党员参加志愿服务{30 + i}人次。\n"
    )


def changing_doc(j: int, version: int) -> str:
    """A longer document (several chunks) that differs in every version."""
    sections = "".join(
        f"（{k + 1}）第{k + 1}期读书会。青年理论学习小组第{j}组第{version}版记录：本期共读书{j + k + version}本，"
        f"撰写心得{k * 2 + version}篇，开展研讨交流{k + j}次，形成调研报告{version + 1}份。\n"
        for k in range(8)
    )
    return f"青年理论学习小组第{j}组读书活动记录\n一、读书活动\n{sections}二、下一步打算\n继续坚持每月读书交流。\n"


def env_for(index: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_INDEX_DIR=str(index),
        ASSISTANT_CONFIG=str(index.parent / "no-config.toml"),
        PYTHONUNBUFFERED="1",
        # The code under test, not whatever copy the virtualenv installed (a script's own folder,
        # tests/, would otherwise come first on its sys.path).
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    return env


def write_changing(corpus: Path, version: int) -> None:
    for j in range(10):
        (corpus / f"青年理论学习小组第{j}组读书活动记录.txt").write_text(changing_doc(j, version), encoding="utf-8")


def check(index: Path, questions_file: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(REPO / "tests" / "crash_check.py"), str(index), str(questions_file)],
        env=env_for(index),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def index_command(corpus: Path) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", "index", str(corpus)]


# The web app's way: a background job (parse worker process, embedding outside the lock), its
# progress printed like the CLI's so that run_and_kill can aim at it.
JOB_SCRIPT = """
import sys, time
from pathlib import Path
from assistant.config import Settings
from assistant.index.jobs import IndexJobs
from assistant.runtime import Runtime

jobs = IndexJobs(Runtime.from_settings(Settings.from_env()).kb, Path(sys.argv[1]))
job = jobs.submit("reindex", [Path(sys.argv[1])])
while not jobs.wait(0.05):
    files = job.file_list()
    started = sum(1 for f in files if f.state != "waiting")  # like the CLI: files whose parsing began
    print(f"\\r[{started}/{len(files)}]", end="", file=sys.stderr, flush=True)
print(job.summary, file=sys.stderr)
"""


def job_command(corpus: Path) -> list[str]:
    return [sys.executable, "-c", JOB_SCRIPT, str(corpus)]


def run_and_kill(corpus: Path, index: Path, rng: random.Random, command=index_command) -> dict:
    """Start `assistant index`, SIGKILL it at a random point; returns what happened."""
    total = len(list(corpus.glob("*.txt")))
    early = rng.random() < 0.2  # sometimes during start-up / repair, mostly once files are being written
    target = rng.randint(1, total)
    # Files are read first and written in batches, so the write of a batch can run for seconds
    # after the progress line that named its last file: spread the kill over that window.
    delay = rng.uniform(0.0, 2.5) if early else rng.uniform(0.0, 3.0)
    process = subprocess.Popen(command(corpus), env=env_for(index), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = {"done": -1}
    reached = threading.Event()

    def watch() -> None:  # the CLI prints "\r[done/total] name" to stderr
        buffer = ""
        while chunk := process.stderr.read1(4096) if process.stderr else b"":
            buffer = (buffer + chunk.decode("utf-8", "replace"))[-4000:]
            for m in re.finditer(r"\[(\d+)/(\d+)\]", buffer):
                seen["done"] = max(seen["done"], int(m.group(1)))
            if seen["done"] >= target:
                reached.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    if not early:
        reached.wait(RUN_TIMEOUT)
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    watcher.join(timeout=5)
    return {"killed": not finished, "files_done": max(seen["done"], 0), "early": early}


@pytest.fixture(scope="module")
def crash_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.mark.parametrize("command", [index_command, job_command], ids=["cli", "web-job"])
def test_sigkill_during_indexing_leaves_a_consistent_index(crash_root, command):
    root = crash_root / command.__name__
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir(parents=True)
    for i, name in enumerate(STABLE):
        (corpus / f"{name}社区党支部2023年上半年工作报告.txt").write_text(stable_doc(i, name), encoding="utf-8")
    questions_file = root / "questions.json"
    questions_file.write_text(json.dumps(QUESTIONS, ensure_ascii=False), encoding="utf-8")

    first = subprocess.run(index_command(corpus), env=env_for(index), capture_output=True, timeout=RUN_TIMEOUT)
    assert first.returncode == 0, first.stderr.decode()[-2000:]
    baseline = check(index, questions_file)
    assert len(baseline["docs"]) == 10
    for q in QUESTIONS:
        assert "次" in baseline["answers"][q][0] and baseline["answers"][q][1], baseline["answers"][q]

    rng = random.Random(SEED)
    trials = []
    for version in range(1, TRIALS + 1):
        write_changing(corpus, version)
        outcome = run_and_kill(corpus, index, rng, command)
        state = check(index, questions_file)
        trials.append({**outcome, "pending_at_open": state["pending_at_open"], "recovered": state["recovered"]})
        where = f"trial {version}: {outcome}"
        assert state["missing_vectors"] == 0, where
        assert state["orphan_vectors"] == 0, where
        assert state["docs_with_wrong_chunk_count"] == [], where
        assert state["answers"] == baseline["answers"], where
        for doc_id, content_hash in baseline["docs"].items():
            assert state["docs"].get(doc_id) == content_hash, where  # untouched documents stay
    print("crash trials:", json.dumps(trials, ensure_ascii=False))
    assert sum(t["killed"] for t in trials) >= max(1, TRIALS // 2)

    # An uninterrupted run finishes the job: every file indexed at its current content.
    final = subprocess.run(command(corpus), env=env_for(index), capture_output=True, timeout=RUN_TIMEOUT)
    assert final.returncode == 0, final.stderr.decode()[-2000:]
    state = check(index, questions_file)
    assert state["missing_vectors"] == state["orphan_vectors"] == 0
    assert state["answers"] == baseline["answers"]
    assert len(state["docs"]) == 20
    current = {fingerprint(p.read_bytes()) for p in corpus.glob("*.txt")}
    assert set(state["docs"].values()) == current
