"""Embedder comparison: the bundled default (USE-multilingual) vs. a local sentence-transformers model.

    .venv/bin/python -m bench.embedders --model /path/to/local/bge-small-zh-v1.5
    BENCH_ST_MODEL=/path/to/model .venv/bin/python -m bench.embedders

Both systems (this assistant and the LangChain baseline) are rebuilt with each embedder, so the table shows
what a better model buys each of them. Nothing is downloaded: without a local model folder it only says so.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bench.common import DEFAULT_CORPUS, DEFAULT_QUESTIONS, fail, machine, require_inputs, table, write_results

ENV_VAR = "BENCH_ST_MODEL"
COLUMNS = [
    ("hit@1", "hit@1"),
    ("hit@5", "hit@5"),
    ("MRR", "mrr"),
    ("accuracy", "answer_accuracy"),
    ("p50 ms", "p50_ms"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help=f"local sentence-transformers model folder (or env {ENV_VAR})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    args = parser.parse_args(argv)
    model = args.model or os.environ.get(ENV_VAR, "")
    if not model:
        print(
            f"skipped: no local sentence-transformers model given (pass --model /path/to/model or set {ENV_VAR}; "
            "nothing is downloaded)"
        )
        return 0
    if not Path(model).is_dir():
        fail(f"模型路径 {model} 不是文件夹。请给出本地 sentence-transformers 模型目录（不会联网下载）。")
    require_inputs(args.corpus, args.questions)
    from bench.quality import run

    results = {}
    for spec in ("use", f"st:{Path(model).resolve()}"):
        print(f"embedder {spec}: indexing and answering…", file=sys.stderr, flush=True)
        results[spec] = run(args.corpus, args.questions, spec)
    rows = []
    for r in results.values():
        for system in ("assistant", "baseline"):
            m = r[system]["overall"]
            rows.append([r["embedder"], system, r[system]["index_seconds"], *[m[k] for _, k in COLUMNS]])
    print(table(["embedder", "system", "index s", *[c for c, _ in COLUMNS]], rows))
    out = {"model": model, "results": results, "machine": machine()}
    print(f"\nJSON: {write_results('embedders', out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
