"""Parse files in a child process, so that one hostile file is stopped by a time and memory limit.

A .docx that expands to gigabytes or a PDF whose parse never ends would otherwise hold the
server's memory and CPU: here the child is killed when the file runs past `ParseLimits.seconds`,
and its address space is capped at `ParseLimits.memory_mb` above what it needs at rest, so the
allocation fails there and not in the web app. One child serves a whole index run and is
restarted after a kill.
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from assistant.ingest.pipeline import (
    MB,
    FileResult,
    IndexedVersion,
    ParseLimits,
    ParseStep,
    Prepared,
    out_of_memory,
    prepare_file,
)

POLL_SECONDS = 0.2  # how often a wait looks at the cancel flag
START_SECONDS = 120  # a child not started by then (a very busy machine) fails the file instead of hanging


@dataclass(frozen=True)
class Seen:
    """The picklable part of an IndexedVersion, sent to the child."""

    content_hash: str
    title: str
    n_chunks: int


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _serve(conn: Connection, memory_mb: int) -> None:
    """The child's loop: (path, previous, limits) in; ("step", step)… then ("done", result, peak MB) out."""
    if memory_mb:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    conn.send(("ready",))
    while True:
        try:
            path, previous, limits = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        try:
            outcome = prepare_file(
                Path(path),
                previous,
                limits,
                lambda step: conn.send(("step", step)),
                lambda page, pages: conn.send(("page", page, pages)),
            )
        except MemoryError:
            outcome = (FileResult(path, "error", error=out_of_memory(Path(path), limits)), None)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        conn.send(("done", outcome, peak_mb))


class ParseWorker:
    """`prepare(path, previous, on_step)` like `pipeline.prepare_file`, run in a child process under limits."""

    def __init__(self, limits: ParseLimits):
        self.limits = limits
        self.peak_mb = 0.0  # the child's largest resident size so far (figures for bench/)
        self._context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
        self._child: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> ParseWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._child is not None:
            self._child.join(timeout=2)
            if self._child.is_alive():
                self._child.kill()
                self._child.join()
        self._child = self._conn = None

    def _start(self) -> Connection:
        if self._child is not None and self._child.is_alive() and self._conn is not None:
            return self._conn
        self.close()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self.limits.memory_mb), name="parse-worker", daemon=True
        )
        try:
            process.start()
            child.close()
            # Imports take a while on a busy machine: the time limit counts from "ready", per file.
            ready = parent.poll(START_SECONDS) and parent.recv() == ("ready",)
        except (OSError, EOFError, RuntimeError):
            ready = False
        if not ready:
            parent.close()
            if process.pid is not None:
                process.kill()
                process.join()
            raise OSError("解析进程未能启动")
        self._child, self._conn = process, parent
        return parent

    def prepare(
        self,
        path: Path,
        previous: IndexedVersion | None = None,
        on_step: Callable[[ParseStep], None] | None = None,
        stop: Callable[[], bool] | None = None,
        on_page: Callable[[int, int], None] | None = None,
    ) -> tuple[FileResult, Prepared | None]:
        """Parse one file in the child; a file past its time, or a cancel (`stop`), kills the child."""
        seen = Seen(previous.content_hash, previous.title, previous.n_chunks) if previous else None
        try:
            conn = self._start()
        except (OSError, EOFError) as exc:
            return FileResult(str(path), "error", error=f"{path.name}：无法解析（{exc}），请稍后重试"), None
        conn.send((str(path), seen, self.limits))
        limit = self.limits.seconds or None
        started = time.monotonic()
        while True:
            if stop is not None and stop():
                self._kill()
                return FileResult(str(path), "cancelled", error="已取消"), None
            elapsed = time.monotonic() - started
            if limit is not None and elapsed > limit:
                self._kill()
                reason = f"解析用时超过上限 {limit} 秒，已停止。请检查文件是否异常，或拆分后再导入"
                return FileResult(str(path), "error", error=f"{path.name}：{reason}"), None
            try:
                ready = conn.poll(POLL_SECONDS)
                message = conn.recv() if ready else None
            except (EOFError, OSError):
                message = ("died",)
            if message is None:
                continue
            if message[0] == "step":
                if on_step:
                    on_step(message[1])
                continue
            if message[0] == "page":  # OCR progress of a scan: 第3/12页 识别中…
                if on_page:
                    on_page(message[1], message[2])
                continue
            if message[0] == "done":
                self.peak_mb = max(self.peak_mb, message[2])
                return message[1]
            self._kill()
            reason = f"解析时进程异常退出（可能是内存超过上限 {self.limits.memory_mb} MB），已停止。请检查文件是否异常"
            return FileResult(str(path), "error", error=f"{path.name}：{reason}"), None

    def _kill(self) -> None:
        if self._child is not None and self._child.is_alive():
            self._child.kill()
        self.close()
