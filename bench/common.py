"""Helpers shared by the benchmark scripts: paths, machine facts, RSS sampling, tables, result files."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus"
DEFAULT_QUESTIONS = SHARED / "eval" / "dev.jsonl"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
BIN = Path(sys.executable).parent


def fail(message: str, status: int = 2) -> None:
    print(f"错误：{message}", file=sys.stderr)
    raise SystemExit(status)


def require_inputs(corpus: Path, questions: Path | None = None) -> None:
    """Stop with a clear message when ../shared (corpus or question file) is not there."""
    if not Path(corpus).is_dir():
        fail(
            f"找不到语料文件夹 {corpus}。基准测试需要与本仓库并列的 shared/ 目录"
            f"（默认 {DEFAULT_CORPUS}），或用 --corpus 指定一个文件夹。"
        )
    if questions is not None and not Path(questions).is_file():
        fail(f"找不到问题文件 {questions}（默认 {DEFAULT_QUESTIONS}）；可用 --questions 指定。")


def assistant_cli() -> list[str]:
    """The `assistant` console script of this interpreter's environment."""
    exe = BIN / "assistant"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("assistant")
    return [found] if found else [sys.executable, "-m", "assistant.cli"]


def machine() -> dict:
    info = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "assistant"], cwd=REPO, capture_output=True, text=True)
        info["commit"] = head.stdout.strip() + ("+uncommitted changes in assistant/" if dirty.stdout.strip() else "")
    except OSError:
        pass
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                info["cpu"] = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return info


class RssSampler:
    """Peak resident memory of a process and its children, sampled in a background thread."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil

        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.process, *self.process.children(recursive=True)]
                total = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(
    cmd: list[str], env: dict | None = None, cwd: Path | None = None, timeout: float | None = None
) -> dict:
    """Run a command; wall seconds, CPU seconds (user+sys), exit status, peak RSS (MB) of its process
    tree, output tails. CPU time is what to compare on a shared, loaded machine, where wall time drifts."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    with RssSampler(proc.pid) as sampler:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            out, err = proc.communicate()
    seconds = round(time.perf_counter() - started, 2)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu_seconds": round(after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime, 2),
        "returncode": proc.returncode,
        "peak_rss_mb": round(sampler.peak / 2**20, 1),
        "stdout": out,
        "stderr": err[-2000:],
    }


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def fmt(value, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(h) for h in headers]] + [[fmt(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_results(name: str, data: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS_DIR / f"{name}-{stamp}.json"
    text = json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    (RESULTS_DIR / f"{name}-latest.json").write_text(text, encoding="utf-8")
    return path
