"""Answer latency while a large re-index runs in the background (issue 14: answers never wait for indexing).

Builds a corpus of N generated branch reports (several sections each), indexes it, then rewrites
every file and starts a re-index through the web app's job queue (`IndexJobs`, parse worker
process) while 20 questions are asked one after another from another thread. Prints the
latency of each question, p50/p95/max, how many were asked while the job was running, the
re-index time and the parse worker's peak memory; then the same 20 questions with no indexing.

    python -m bench.index_latency [--files 120] [--questions 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import machine, table, write_results

NAMES = ["城关", "东街", "西湖", "南山", "北岭", "河口", "桥头", "松林", "枫桥", "石门", "青山", "白沙"]


def branch_report(i: int, version: int) -> str:
    """A branch report with a fact that is the same in every version (asked) and text that changes."""
    name = f"{NAMES[i % len(NAMES)]}第{i}"
    sections = "".join(
        f"（{k + 1}）专题{k + 1}。第{version}版记录：{name}党支部围绕专题{k + 1}开展学习研讨{k + version}次，"
        f"形成调研报告{k + 2}份，解决群众急难愁盼问题{k * 3 + version}件，党员参与率达到{80 + k}%。\n"
        for k in range(12)
    )
    return (
        f"{name}党支部2024年上半年工作报告\n一、组织建设\n"
        f"（一）支委会。{name}党支部上半年召开支委会{i % 9 + 3}次，研究发展党员等事项。\n"
        f"二、专题学习\n{sections}三、下一步打算\n继续抓好学习。\n"
    )


def question(i: int) -> tuple[str, str]:
    """A question about report i and the figure its answer must contain."""
    return f"{NAMES[i % len(NAMES)]}第{i}党支部上半年召开支委会几次？", f"{i % 9 + 3}次"


def write_corpus(folder: Path, files: int, version: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        (folder / f"支部报告{i:03d}.txt").write_text(branch_report(i, version), encoding="utf-8")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ask_all(assistant, files: int, count: int, busy=lambda: False) -> list[dict]:
    asked = []
    for n in range(count):
        i = (n * 7) % files
        text, expected = question(i)
        started = time.perf_counter()
        answer = assistant.ask(text)
        seconds = time.perf_counter() - started
        asked.append({"seconds": seconds, "correct": expected in answer.text, "during_index": busy()})
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.index.indexing import index_paths
    from assistant.index.jobs import IndexJobs
    from assistant.runtime import Runtime

    with tempfile.TemporaryDirectory(prefix="bench-index-latency-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.files, version=1)
        runtime = Runtime.from_settings(Settings(index_dir=Path(tmp) / "index", corpus_dir=corpus))
        kb, assistant = runtime.kb, runtime.assistant
        started = time.perf_counter()
        index_paths(kb, [corpus])
        first_index = time.perf_counter() - started
        assistant.ask(question(0)[0])  # warm: models and keyword index loaded

        idle = ask_all(assistant, args.files, args.questions)
        write_corpus(corpus, args.files, version=2)
        jobs = IndexJobs(kb, corpus)
        started = time.perf_counter()
        job = jobs.submit("reindex", [corpus])
        while job.state == "queued":
            time.sleep(0.05)
        during = ask_all(assistant, args.files, args.questions, jobs.busy)
        jobs.wait()
        reindex = time.perf_counter() - started

    rows = []
    for label, runs in (("索引进行中", during), ("空闲", idle)):
        seconds = [r["seconds"] for r in runs]
        rows.append(
            [
                label,
                len(runs),
                sum(r["during_index"] for r in runs),
                sum(r["correct"] for r in runs),
                f"{statistics.median(seconds):.3f}",
                f"{percentile(seconds, 0.95):.3f}",
                f"{max(seconds):.3f}",
            ]
        )
    print(f"语料：{args.files} 个文件；首次索引 {first_index:.1f} 秒；后台重新索引 {reindex:.1f} 秒（{job.summary}）")
    print(table(["情形", "问题数", "索引中提问", "回答正确", "p50 秒", "p95 秒", "最长 秒"], rows))
    print("每题用时（索引进行中）：", " ".join(f"{r['seconds']:.2f}" for r in during))
    p95 = percentile([r["seconds"] for r in during], 0.95)
    print(f"p95 < 1 秒：{'是' if p95 < 1 else '否'}（{p95:.3f} 秒）")
    write_results(
        "index_latency",
        {
            "machine": machine(),
            "files": args.files,
            "first_index_s": first_index,
            "reindex_s": reindex,
            "during": during,
            "idle": idle,
        },
    )


if __name__ == "__main__":
    main()
