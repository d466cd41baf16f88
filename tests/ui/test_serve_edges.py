"""Edges of starting and piping: a busy port, a bad ASSISTANT_EMBEDDINGS, a reader that goes away.

Each is a clear Chinese message (naming the port or setting and what to change) and an exit
status, never a traceback.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from assistant.cli import main
from assistant.config import ConfigError
from assistant.embeddings import check_embeddings
from assistant.web.listen import CannotListen, check_can_listen
from tests.support import REPO, app_env

BAD_EMBEDDINGS = "st:/nonexistent"


@pytest.fixture
def env(tmp_path, monkeypatch):
    for name in [k for k in os.environ if k.startswith("ASSISTANT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("ASSISTANT_CONFIG", str(tmp_path / "none.toml"))
    return monkeypatch


@pytest.fixture
def busy_port():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def test_a_busy_port_is_named_with_how_to_change_it(busy_port):
    with pytest.raises(CannotListen) as refused:
        check_can_listen("127.0.0.1", busy_port)
    message = str(refused.value)
    assert f"端口 {busy_port} 已被占用" in message and "--port" in message and "ASSISTANT_PORT" in message


def test_a_free_port_and_a_bad_host():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    check_can_listen("127.0.0.1", free)
    with pytest.raises(CannotListen, match="无法监听地址 no-such-host.invalid"):
        check_can_listen("no-such-host.invalid", free)


def test_serve_on_a_busy_port_stops_before_loading_anything(env, busy_port, capsys, monkeypatch):
    from assistant.web import state

    monkeypatch.setattr(state.Backend, "start", lambda settings: pytest.fail("loaded although the port is busy"))
    assert main(["serve", "--port", str(busy_port)]) == 2
    err = capsys.readouterr().err
    assert f"端口 {busy_port} 已被占用" in err and "Traceback" not in err


def test_a_model_that_is_not_here_is_named_when_a_command_starts(env, capsys):
    with pytest.raises(ConfigError, match="找不到模型文件夹 /nonexistent"):
        check_embeddings(BAD_EMBEDDINGS)
    with pytest.raises(ConfigError, match="本机没有这个模型"):
        check_embeddings("st:BAAI/no-such-model-here")
    env.setenv("ASSISTANT_EMBEDDINGS", BAD_EMBEDDINGS)
    for command in (["status"], ["ask", "上半年讲党课几次？"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "ASSISTANT_EMBEDDINGS=st:/nonexistent" in err and "改回 use" in err, command


def run_cli(tmp_path, *argv: str, stdout=subprocess.PIPE, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *argv],
        cwd=REPO,
        env=app_env(tmp_path / "index", tmp_path / "corpus", **env),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_serve_with_a_bad_embedder_exits_with_the_reason(tmp_path):
    done = run_cli(tmp_path, "serve", "--port", "0", ASSISTANT_EMBEDDINGS=BAD_EMBEDDINGS)
    assert done.returncode == 2
    assert "ASSISTANT_EMBEDDINGS=st:/nonexistent" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_closed_pipe_is_no_traceback(tmp_path):
    """`assistant users list | head -0`: the reader has gone before anything is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as closed:
        done = run_cli(tmp_path, "audit", stdout=closed)
    assert done.returncode == 141
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
