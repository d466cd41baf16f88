"""A real Chroma server (`chroma run`) on a free loopback port, started and stopped by the tests.

`free_port` is re-exported for the tests that need a port nobody listens on.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support import ServerDidNotStart, free_port, stop_process, wait_for_http

START_TIMEOUT = 60.0


def chroma_command() -> str | None:
    """The `chroma` CLI of this environment (installed with chromadb), else one on PATH."""
    beside = Path(sys.executable).with_name("chroma")
    return str(beside) if beside.exists() else shutil.which("chroma")


@dataclass
class ChromaServer:
    path: Path
    port: int = field(default_factory=free_port)
    log: Path | None = None
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ChromaServer:
        command = chroma_command()
        if command is None:
            pytest.skip("the chroma CLI is not installed")
        self.log = self.path.parent / f"chroma-{self.port}.log"
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                [command, "run", "--host", "127.0.0.1", "--port", str(self.port), "--path", str(self.path)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for_http(self.url + "/api/v2/heartbeat", self.process, self.log, START_TIMEOUT)
        except ServerDidNotStart as exc:
            self.stop()
            pytest.fail(str(exc))
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            stop_process(self.process)

    def restart(self) -> None:
        self.stop()
        self.start()
