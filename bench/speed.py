"""Speed: warm query latency (assistant vs. LangChain baseline), cold index build, incremental re-index,
cold start of the CLI and of the web app.

    .venv/bin/python -m bench.speed [--corpus ../shared/corpus] [--questions ../shared/eval/dev.jsonl] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    DEFAULT_CORPUS,
    DEFAULT_QUESTIONS,
    assistant_cli,
    dir_bytes,
    machine,
    require_inputs,
    run_measured,
    table,
    write_results,
)
from tests.support import ServerDidNotStart, start_ui

CLI_QUESTION = "上半年讲党课几次？"


def latencies(fn, questions: list[str], rounds: int, per_question: dict | None = None) -> list[float]:
    for q in questions:  # warm-up: caches, lazy indexes, first-call costs
        fn(q)
    out = []
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            fn(q)
            ms = (time.perf_counter() - started) * 1000
            out.append(ms)
            if per_question is not None:
                per_question.setdefault(q, []).append(ms)
    return sorted(out)


def summary(values: list[float]) -> dict:
    from assistant.evaluation import percentile

    return {
        "n": len(values),
        "p50_ms": percentile(values, 50),
        "p95_ms": percentile(values, 95),
        "max_ms": round(max(values), 1),
    }


def env_for(index_dir: Path) -> dict:
    env = dict(os.environ)
    env.update({"ASSISTANT_INDEX_DIR": str(index_dir), "ASSISTANT_CHROMA_URL": "", "ASSISTANT_LLM": ""})
    return env


def pick_file(corpus: Path) -> Path:
    """The file to edit: the largest report (worst case for one file)."""
    reports = [p for p in corpus.rglob("*.md") if "reports" in p.parts] or list(corpus.rglob("*.md"))
    return max(reports, key=lambda p: p.stat().st_size)


def edit_number(path: Path) -> str:
    """Change one digit in place (same length, so only that chunk's content changes)."""
    text = path.read_text(encoding="utf-8")
    for i, ch in enumerate(text):
        if ch.isdigit() and i > len(text) // 2:
            path.write_text(text[:i] + str((int(ch) + 1) % 10) + text[i + 1 :], encoding="utf-8")
            return "one digit changed in the second half (same length)"
    path.write_text(text + "\n补充说明。\n", encoding="utf-8")
    return "one sentence appended"


def insert_paragraph(path: Path) -> str:
    """Insert a paragraph after the title line (shifts every later character offset)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, "本报告根据会议记录整理，新增本段用于测试增量索引。\n")
    path.write_text("".join(lines), encoding="utf-8")
    return "one paragraph inserted after the title (all later offsets shift)"


def app_cold_start(index_dir: Path, corpus: Path, log_dir: Path) -> dict:
    """Seconds from starting `ui.py` until it answers HTTP."""
    try:
        app = start_ui(corpus, index_dir, log_dir / "ui.log")
    except ServerDidNotStart as exc:
        first, *log = str(exc).splitlines()
        return {"measured": False, "reason": first, "log_tail": log[-5:]}
    app.stop()
    return {"measured": True, "seconds": round(app.ready, 2), "url": app.url}


def run(corpus: Path, questions_file: Path, rounds: int, progress=print) -> dict:
    from assistant.config import Settings
    from assistant.embeddings import get_embeddings
    from assistant.evaluation import load_questions
    from assistant.index.indexing import index_paths
    from assistant.runtime import Runtime
    from bench.baseline import LangChainBaseline

    questions = [q.question for q in load_questions(questions_file)]
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        tmp = Path(tmp)
        work = tmp / "corpus"
        shutil.copytree(corpus, work)
        index_dir = tmp / "index"

        progress("cold index build (subprocess: python start + model load + index)…")
        build = run_measured([*assistant_cli(), "index", str(work), "--quiet"], env=env_for(index_dir))
        if build["returncode"] != 0:
            raise SystemExit(f"assistant index failed: {build['stderr']}")
        settings = Settings(index_dir=index_dir, corpus_dir=work)
        embeddings = get_embeddings("use")
        runtime = Runtime.from_settings(settings, embeddings)
        kb = runtime.kb
        chunks = kb.chunk_count()
        result["index_build"] = {
            "seconds": build["seconds"],
            "chunks": chunks,
            "vectors": kb.vector_count(),
            "chunks_per_s": round(chunks / build["seconds"], 1),
            "peak_rss_mb": build["peak_rss_mb"],
            "disk_mb": round(dir_bytes(index_dir) / 2**20, 1),
        }

        progress("warm query latency: assistant…")
        assistant = runtime.assistant
        per_question: dict[str, list[float]] = {}
        ours = latencies(assistant.ask, questions, rounds, per_question)
        slowest = sorted(per_question.items(), key=lambda kv: -statistics.median(kv[1]))[:3]
        ours_search = latencies(lambda q: assistant.retriever.search(q, 5), questions, rounds)
        progress("warm query latency: LangChain baseline…")
        baseline = LangChainBaseline(embeddings, tmp / "baseline")
        baseline_build = baseline.build(work)
        base = latencies(baseline.ask, questions, rounds)
        result["latency"] = {
            "assistant_ask": summary(ours),
            "assistant_search_only": summary(ours_search),
            "baseline_top5": summary(base),
            "assistant_slowest_questions": [
                {"question": q, "median_ms": round(statistics.median(v), 1)} for q, v in slowest
            ],
        }
        result["latency"]["ratio_p50"] = round(
            result["latency"]["assistant_ask"]["p50_ms"] / result["latency"]["baseline_top5"]["p50_ms"], 1
        )
        result["latency"]["ratio_p95"] = round(
            result["latency"]["assistant_ask"]["p95_ms"] / result["latency"]["baseline_top5"]["p95_ms"], 1
        )
        result["baseline_build"] = {
            "seconds_model_warm": round(baseline_build, 2),
            "chunks": baseline.chunks,
            "chunks_per_s": round(baseline.chunks / baseline_build, 1),
        }

        progress("incremental re-index after editing one file…")
        target = pick_file(work)
        incremental = []
        for edit in (edit_number, insert_paragraph):
            what = edit(target)
            report = index_paths(kb, [work])
            changed = [r for r in report.results if r.status in ("added", "updated", "removed")]
            incremental.append(
                {
                    "how": "in-process (model loaded)",
                    "edit": what,
                    "file": target.name,
                    "seconds": round(report.seconds, 2),
                    "files_changed": len(changed),
                    "file_chunks": sum(r.chunks for r in changed),
                }
            )
        what = edit_number(target)
        cli = run_measured([*assistant_cli(), "index", str(work), "--quiet"], env=env_for(index_dir))
        incremental.append(
            {
                "how": "CLI `assistant index` (cold process)",
                "edit": what,
                "file": target.name,
                "seconds": cli["seconds"],
            }
        )
        result["incremental"] = incremental
        kb = assistant = None  # release before other processes use the index

        progress("cold start: CLI ask…")
        runs = [
            run_measured([*assistant_cli(), "ask", CLI_QUESTION], env=env_for(index_dir))["seconds"] for _ in range(3)
        ]
        result["cli_cold_start"] = {"question": CLI_QUESTION, "runs_s": runs, "median_s": statistics.median(runs)}

        progress("cold start: web app…")
        result["app_cold_start"] = app_cold_start(index_dir, work, tmp)
    return result


def render(r: dict) -> str:
    lat = r["latency"]
    ib = r["index_build"]
    out = [
        table(
            ["warm query latency (ms)", "n", "p50", "p95", "max"],
            [
                ["assistant ask (extractive)", *[lat["assistant_ask"][k] for k in ("n", "p50_ms", "p95_ms", "max_ms")]],
                [
                    "assistant retrieval only",
                    *[lat["assistant_search_only"][k] for k in ("n", "p50_ms", "p95_ms", "max_ms")],
                ],
                ["LangChain baseline top-5", *[lat["baseline_top5"][k] for k in ("n", "p50_ms", "p95_ms", "max_ms")]],
            ],
        ),
        f"assistant/baseline latency ratio: p50 ×{lat['ratio_p50']}, p95 ×{lat['ratio_p95']}",
        "slowest questions (assistant, median ms): "
        + "; ".join(f"{x['question']} {x['median_ms']}" for x in lat["assistant_slowest_questions"]),
        "",
        table(
            ["index build", "seconds", "chunks", "chunks/s", "peak RSS MB", "disk MB"],
            [
                [
                    "assistant, cold (CLI subprocess)",
                    ib["seconds"],
                    ib["chunks"],
                    ib["chunks_per_s"],
                    ib["peak_rss_mb"],
                    ib["disk_mb"],
                ],
                [
                    "baseline, model already loaded",
                    r["baseline_build"]["seconds_model_warm"],
                    r["baseline_build"]["chunks"],
                    r["baseline_build"]["chunks_per_s"],
                    None,
                    None,
                ],
            ],
        ),
        f"(assistant: {ib['vectors']} vectors for {ib['chunks']} chunks — each chunk is embedded as windows of its sentences)",
        "",
        table(
            ["incremental re-index", "edit", "seconds", "chunks in file"],
            [[i["how"], i["edit"], i["seconds"], i.get("file_chunks")] for i in r["incremental"]],
        ),
        "",
        f"CLI cold start (`assistant ask`, existing index): median {r['cli_cold_start']['median_s']} s "
        f"(runs {r['cli_cold_start']['runs_s']})",
    ]
    app = r["app_cold_start"]
    if app["measured"]:
        out.append(f"Web app cold start (python ui.py → HTTP 200): {app['seconds']} s")
    else:
        out.append(f"Web app cold start: not measured — {app['reason']}")
    out.append("Targets: " + "; ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in r["targets"].items()))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds over the question set (after one warm-up)")
    args = parser.parse_args(argv)
    require_inputs(args.corpus, args.questions)
    info = machine()
    result = run(args.corpus, args.questions, args.rounds, lambda m: print(m, file=sys.stderr, flush=True))
    result["targets"] = {
        "query p95 <= 200 ms": result["latency"]["assistant_ask"]["p95_ms"] <= 200,
        "incremental re-index <= 5 s (in-process, worst edit)": max(
            i["seconds"] for i in result["incremental"] if i["how"].startswith("in-process")
        )
        <= 5,
    }
    result.update({"machine": info, "corpus": str(args.corpus), "questions_file": str(args.questions)})
    print(render(result))
    print(f"\nJSON: {write_results('speed', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
