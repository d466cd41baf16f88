"""Background indexing for the web app: one job at a time from a queue, with each file's state.

Uploads and re-indexing return at once; a worker thread runs `index_paths` (parsing in a
`ParseWorker` child under the per-file limits) while questions keep being answered from the
current index. The page polls `snapshot()`; `cancel()` stops the running job at its next safe
point and drops the queued ones. A file that fails is moved to the quarantine folder when it
lies in the corpus folder, so it does not fail again on every re-index.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from assistant.core.errors import AssistantError
from assistant.index.indexing import FileState, IndexReport, Parser, in_process, index_paths, limits_of
from assistant.index.knowledge_base import KnowledgeBase
from assistant.index.quarantine import quarantine_file
from assistant.ingest.loaders import doc_id_for
from assistant.ingest.pipeline import ParseLimits
from assistant.ingest.worker import ParseWorker

log = logging.getLogger(__name__)

JobKind = Literal["upload", "reindex"]
JobState = Literal["queued", "running", "done", "cancelled", "failed"]
JOB_KIND_NAMES: dict[JobKind, str] = {"upload": "索引上传的文件", "reindex": "重新索引语料文件夹"}
JOB_STATE_NAMES: dict[JobState, str] = {
    "queued": "排队中",
    "running": "进行中",
    "done": "已完成",
    "cancelled": "已取消",
    "failed": "失败",
}
ParserFactory = Callable[[ParseLimits], AbstractContextManager[Parser]]


@dataclass
class FileProgress:
    path: str
    state: FileState
    detail: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class Job:
    id: int
    kind: JobKind
    paths: list[Path]
    files: dict[str, FileProgress] = field(default_factory=dict)  # in the order they were listed
    state: JobState = "queued"
    summary: str = ""
    submitted: float = field(default_factory=time.time)
    cancel: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def update(self, path: str, state: FileState, detail: str) -> None:
        with self._lock:
            self.files[path] = FileProgress(path, state, detail)

    def file_list(self) -> list[FileProgress]:
        with self._lock:
            return list(self.files.values())

    def counts(self) -> tuple[int, int]:
        """(files finished, files listed)."""
        files = self.file_list()
        return sum(1 for f in files if f.state in ("done", "failed", "cancelled")), len(files)


@dataclass(frozen=True)
class JobsView:
    """What the page shows: the running (or last) job's files, and how many wait behind it."""

    job: Job | None
    files: list[FileProgress]
    queued: int
    changes: int  # goes up whenever a job has written to the index


@contextmanager
def worker_parser(limits: ParseLimits) -> Iterator[Parser]:
    """A parse worker process for the duration of one job."""
    with ParseWorker(limits) as worker:
        yield worker.prepare


def foreground_parser(limits: ParseLimits) -> AbstractContextManager[Parser]:
    """Parse in this process (tests with fakes: no child process to start)."""
    return nullcontext(in_process(limits))


class IndexJobs:
    """The web app's indexing queue over one knowledge base; thread-safe."""

    def __init__(self, kb: KnowledgeBase, corpus_dir: Path, parser: ParserFactory = worker_parser):
        self.kb = kb
        self.corpus_dir = Path(corpus_dir)
        self.limits = limits_of(kb.settings)
        self._parser = parser
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._current: Job | None = None
        self._last: Job | None = None
        self._waiting: list[Job] = []
        self._changes = 0
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None

    def submit(self, kind: JobKind, paths: list[Path], refused: dict[str, str] | None = None) -> Job:
        """Queue a job over `paths`; `refused` (name -> reason) lists uploads that never reached the corpus."""
        job = Job(next(self._ids), kind, [Path(p) for p in paths])
        for name, reason in (refused or {}).items():
            job.update(name, "failed", reason)
        with self._lock:
            self._waiting.append(job)
            self._idle.clear()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="index-jobs", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def cancel(self) -> int:
        """Stop the running job at its next safe point and drop the queued ones; how many jobs were stopped."""
        with self._lock:
            jobs = [j for j in [self._current, *self._waiting] if j is not None and j.state in ("queued", "running")]
        for job in jobs:
            job.cancel.set()
        return len(jobs)

    def snapshot(self) -> JobsView:
        with self._lock:
            job = self._current or self._last
            queued = sum(1 for j in self._waiting if j.state == "queued")
            return JobsView(job, job.file_list() if job else [], queued, self._changes)

    def busy(self) -> bool:
        return not self._idle.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Until every queued job has finished (tests, shutdown); False on timeout."""
        return self._idle.wait(timeout)

    # ------------------------------------------------------------ the worker thread
    def _run(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=1.0)
            except queue.Empty:
                with self._lock:
                    if not self._waiting:
                        self._idle.set()
                        self._thread = None
                        return
                continue
            with self._lock:
                self._waiting.remove(job)
                self._current = job
            try:
                self._execute(job)
            finally:
                with self._lock:
                    self._current, self._last = None, job
                    self._changes += 1

    def _execute(self, job: Job) -> None:
        if job.cancel.is_set():
            job.state, job.summary = "cancelled", "已取消，未开始。"
            return
        job.state = "running"
        try:
            with self._parser(self.limits) as parse:
                report = index_paths(self.kb, job.paths, on_file=job.update, stop=job.cancel.is_set, parse=parse)
        except AssistantError as exc:  # disk full, read-only folder: the old index is intact
            job.state, job.summary = "failed", f"索引未完成：{exc}"
            return
        except Exception:  # never let the worker thread die silently
            log.exception("index job %s failed", job.id)
            job.state, job.summary = "failed", "索引时发生内部错误，已索引的内容保持不变，请查看日志后重试。"
            return
        moved = self._quarantine(job, report)
        job.state = "cancelled" if report.cancelled else "done"
        job.summary = f"{JOB_KIND_NAMES[job.kind]}：{report.summary()}" + (
            f"；{moved} 个失败的文件已移入隔离区" if moved else ""
        )

    def _quarantine(self, job: Job, report: IndexReport) -> int:
        """Move the corpus files that failed out of the corpus, so they do not fail on every re-index."""
        corpus = self.corpus_dir.resolve()
        moved = 0
        for result in report.errors:
            path = Path(result.path)
            try:
                if not path.is_file() or not path.resolve().is_relative_to(corpus):
                    continue
                reason = result.error.split("：", 1)[-1]
                record = quarantine_file(path, self.corpus_dir, reason)
            except OSError as exc:
                log.warning("could not quarantine %s: %s", path, exc)
                continue
            if self.kb.document(doc_id_for(path)) is not None:  # its last good version goes with it
                self.kb.remove_document(doc_id_for(path))
            job.update(result.path, "failed", f"{reason}（已移入隔离区：{record.name}）")
            moved += 1
        return moved
