"""Network helpers shared by the tests, the benchmarks and the load script.

Free loopback ports, waiting until a server answers, one HTTP request, and the web app run
exactly as users start it (`python ui.py --port N`) on a given corpus and index.

Imported as `tests.support`: pytest puts the repository root on sys.path (`pythonpath` in
pyproject.toml), and `python -m bench.speed` / `python -m scripts.load` run from the root.
No pytest import here, so the benchmarks and the load script need only the standard library.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT = 180.0  # seconds; a cold start on a slow CI machine (torch, chroma, gradio imports)


class ServerDidNotStart(RuntimeError):
    """The process exited, or did not answer HTTP in time; the message ends with its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(log: Path | None) -> str:
    return log.read_text(errors="replace")[-3000:] if log and log.exists() else ""


def wait_for_http(
    url: str, process: subprocess.Popen | None = None, log: Path | None = None, timeout: float = START_TIMEOUT
) -> None:
    """Return once `url` answers with any HTTP status (a 401 behind a login also means it is up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServerDidNotStart(f"{process.args} exited with {process.returncode}:\n{_log_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise ServerDidNotStart(f"{url} did not answer within {timeout:.0f} s:\n{_log_tail(log)}")


def http_request(
    url: str,
    data: bytes | None = None,
    *,
    method: str | None = None,
    opener: urllib.request.OpenerDirector | None = None,
    content_type: str = "application/json",
    timeout: float = 10,
    limit: int = 200_000,
) -> tuple[int, str]:
    """(status, body) of one request; HTTP errors are returned, not raised.

    The body is read up to `limit` bytes: an event stream stays open, and what it sent before the
    timeout is what counts (a page's config, with its translations, needs more).
    """
    headers = {"Content-Type": content_type} if data is not None else {}
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
            try:
                body = response.read(limit)
            except TimeoutError:
                body = b"<stream>"
            return response.status, body.decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(200_000).decode("utf-8", "replace")


# ---------------------------------------------------------------- the web app as a subprocess
@dataclass
class RunningApp:
    url: str
    corpus: Path
    index: Path
    log: Path
    process: subprocess.Popen
    started: float  # time.perf_counter() when the process was started
    ready: float  # seconds from then until the port answered

    def stop(self) -> None:
        stop_process(self.process)


def app_env(index: Path, corpus: Path, **extra: str) -> dict[str, str]:
    """The environment of an app on this index and corpus, and on nothing the developer has configured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_INDEX_DIR=str(index),
        ASSISTANT_CORPUS_DIR=str(corpus),
        ASSISTANT_CONFIG=str(index.parent / "no-config.toml"),  # never read the developer's assistant.toml
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def index_corpus(index: Path, corpus: Path) -> None:
    """Build the index the way users do, with the CLI, in its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "index", "--quiet"],
        cwd=REPO,
        env=app_env(index, corpus),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"assistant index failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def start_ui(corpus: Path, index: Path, log: Path, port: int | None = None, **extra_env: str) -> RunningApp:
    """Start `ui.py` on a free port (or `port`) over an index (built beforehand) and wait until it answers."""
    port = port or free_port()
    started = time.perf_counter()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "ui.py", "--port", str(port)],
            cwd=REPO,
            env=app_env(index, corpus, **extra_env),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for_http(url + "gradio_api/startup-events", process, log)
    except ServerDidNotStart:
        stop_process(process)
        raise
    return RunningApp(url, corpus, index, log, process, started, time.perf_counter() - started)


def stop_process(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@contextmanager
def cli_on_fixture_corpus(root: Path) -> Iterator[Path]:
    """The CLI's settings pointed at a fresh index of the fixture corpus under `root`, indexed once
    (in-process tests of `assistant ask/chat/eval`); no LLM configured."""
    import pytest

    from assistant.cli import main
    from tests.corpus import write_corpus

    corpus = write_corpus(root / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSISTANT_INDEX_DIR", str(root / "index"))
        mp.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
        mp.delenv("ASSISTANT_LLM", raising=False)
        assert main(["index", "--quiet"]) == 0
        yield root
