"""Cold start of one-shot CLI calls: `assistant ask` and `assistant docs`, each a fresh process.

    .venv/bin/python -m bench.cold_start [--index /tmp/idx] [--corpus ../shared/corpus] [--rounds 3]

Builds the index first when the folder has none. Prints the median wall time of each command;
the code measured is this checkout's (PYTHONPATH), not whatever `assistant` is installed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from bench.common import DEFAULT_CORPUS, REPO, require_inputs, run_measured

QUESTION = "上半年讲党课几次？"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", *args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path("/tmp/assistant-cold-start"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    require_inputs(args.corpus)
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1", "ASSISTANT_INDEX_DIR": str(args.index)}
    if not (args.index / "manifest.sqlite3").exists():
        print(f"building the index in {args.index}…", file=sys.stderr)
        run_measured(cli("index", "--quiet", str(args.corpus)), env=env)
    for name, command in (("ask", cli("ask", QUESTION)), ("docs", cli("docs"))):
        runs, cpu = [], []
        for _ in range(args.rounds):
            done = run_measured(command, env=env)
            if done["returncode"] != 0:
                print(f"{name} failed: {done['stderr']}", file=sys.stderr)
                return 1
            runs.append(done["seconds"])
            cpu.append(done["cpu_seconds"])
        print(
            f"cold {name}: median {statistics.median(runs):.2f} s wall (runs {runs}), "
            f"{statistics.median(cpu):.2f} s CPU user+sys (runs {cpu})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
