"""Scale: a synthetic corpus grown from the real reports, indexed and queried at 1k / 10k / 100k chunks.

    .venv/bin/python -m bench.scale                        # 1k and 10k chunks
    .venv/bin/python -m bench.scale --sizes 1000,10000,100000
    .venv/bin/python -m bench.scale --plot docs/bench-scale.png [--merge bench/results/scale-*.json]

Every synthetic document is a real report (bench corpus `seed/` and `reports/`) with its organisation,
years and counts changed, so the same question about two organisations has two different answers:
count questions name the organisation and year and must not mix them.
Index build and queries each run in a child process whose peak RSS (process tree) is sampled.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    DEFAULT_CORPUS,
    assistant_cli,
    dir_bytes,
    machine,
    require_inputs,
    run_measured,
    table,
    write_results,
)

CITIES = [
    "杭州",
    "宁波",
    "温州",
    "嘉兴",
    "湖州",
    "金华",
    "衢州",
    "舟山",
    "台州",
    "丽水",
    "南京",
    "苏州",
    "无锡",
    "常州",
    "徐州",
    "扬州",
    "合肥",
    "芜湖",
    "福州",
    "厦门",
    "泉州",
    "南昌",
    "赣州",
    "济南",
    "青岛",
    "烟台",
    "郑州",
    "洛阳",
    "武汉",
    "宜昌",
    "长沙",
    "株洲",
    "广州",
    "深圳",
    "佛山",
    "南宁",
    "成都",
    "绵阳",
    "贵阳",
    "昆明",
]
UNITS = [
    "市教育局",
    "市财政局",
    "市卫生健康局",
    "市交通运输局",
    "市自然资源局",
    "市水利局",
    "市统计局",
    "市审计局",
    "市商务局",
    "市民政局",
    "市司法局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市农业农村局",
    "市市场监管局",
    "市医疗保障局",
    "市档案馆",
    "市第二中学",
    "市第三中学",
    "市第四中学",
    "市实验中学",
    "市人民医院",
    "市中医院",
    "市图书馆",
    "市文化馆",
]
FIRST_YEAR, YEARS = 2008, 17
COUNTED = re.compile(r"(?<![\d.:：])(\d{1,3})(?=[次项名人个件篇场期批家户])")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
SEED_COUNTS = [  # (question, pattern of the answer sentence in a seed-derived document)
    ("{org}{year}年上半年讲党课几次？", r"党委班子成员讲党课(\d+)次，党支部书记讲党课(\d+)次"),
    ("{org}{year}年上半年召开了几次党委会？", r"年初至今召开党委会(\d+)次"),
    ("{org}{year}年上半年民主生活会开了几次？", r"召开民主生活会(\d+)次"),
    ("{org}{year}年上半年组织全体党员集中学习了多少次？", r"组织全体党员集中学习(\d+)次"),
]
QUESTION_DOCS = 6
QUERY_ROUNDS = 2


def templates(corpus: Path) -> list[tuple[str, str, str, int]]:
    """(kind, title, body, base year) for the seed report and every real report."""
    out = []
    for path in sorted((corpus / "seed").glob("*")) + sorted((corpus / "reports").glob("*")):
        text = path.read_text(encoding="utf-8").strip()
        if path.parent.name == "seed":
            title, body = path.stem, text
        else:
            title, _, body = text.partition("\n")
        years = [int(y) for y in YEAR.findall(path.stem)]
        out.append(("seed" if path.parent.name == "seed" else "report", title.strip(), body, max(years, default=2020)))
    return out


def organisation(i: int) -> tuple[str, str, int]:
    """(city, organisation, year) for synthetic document i; (organisation, year) never repeats."""
    city = CITIES[i % len(CITIES)]
    org = city + UNITS[(i // len(CITIES)) % len(UNITS)]
    cycle = i // (len(CITIES) * len(UNITS))
    year = FIRST_YEAR + ((i % YEARS) + cycle) % YEARS
    return city, org, year


def synthesise(i: int, template: tuple[str, str, str, int], rng: random.Random) -> tuple[str, str, str]:
    """(file stem, title, text) of synthetic document i made from a template."""
    kind, title, body, base_year = template
    city, org, year = organisation(i)
    shift = year - base_year

    def vary(text: str) -> str:
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        text = text.replace("绍兴市第一中学", org).replace("绍兴一中", org).replace("绍兴", city)
        if kind == "seed":  # the sample report says only 局党委
            text = text.replace("局党委", f"{org}党委")
        return COUNTED.sub(lambda m: str(rng.randint(1, 60)), text)

    if kind == "seed":
        title = f"{org}{year}年上半年党建工作报告"
    else:
        title = vary(title)
        if org not in title:
            title = f"{org}{title}"
    return f"{i:06d}_{org}{year}", title, f"{title}\n{vary(body)}\n"


def generate(corpus: Path, out: Path, target_chunks: int, seed: int = 7) -> dict:
    """Write synthetic documents into `out` until they hold at least `target_chunks` chunks."""
    from assistant.ingest.chunking import chunk_document
    from assistant.ingest.loaders import load

    rng = random.Random(seed)
    sources = templates(corpus)
    out.mkdir(parents=True, exist_ok=True)
    chunks, i, seed_docs = 0, 0, []
    while chunks < target_chunks:
        template = sources[i % len(sources)]
        stem, title, text = synthesise(i, template, rng)
        path = out / f"{stem}.md"
        path.write_text(text, encoding="utf-8")
        chunks += len(chunk_document(load(path)))
        if template[0] == "seed":
            seed_docs.append((i, title, text))
        i += 1
    return {"documents": i, "chunks": chunks, "questions": questions_for(seed_docs)}


def questions_for(seed_docs: list[tuple[int, str, str]]) -> list[dict]:
    """Count questions about a few seed-derived documents spread over the corpus, with their own answers."""
    if not seed_docs:
        return []
    step = max(1, len(seed_docs) // QUESTION_DOCS)
    questions = []
    for i, title, text in seed_docs[::step][:QUESTION_DOCS]:
        _, org, year = organisation(i)
        for n, (wording, pattern) in enumerate(SEED_COUNTS):
            match = re.search(pattern, text)
            if not match:
                continue
            numbers = [int(g) for g in match.groups()]
            expect = [[str(sum(numbers))]] + ([[str(x)] for x in numbers] if len(numbers) > 1 else [])
            questions.append(
                {
                    "id": f"s{i}-{n}",
                    "kind": "count",
                    "question": wording.format(org=org, year=year),
                    "expect": expect,
                    "evidence": [{"doc": title, "quote": match.group(0)}],
                }
            )
    return questions


def stand_in_embeddings():
    """Vectors that cost nothing to compute, stored under the default embedder's name.

    Used only to reach large sizes quickly: the index then has the real number of chunks,
    vectors, keyword postings and disk layout, so query latency, memory and disk can be measured
    (queries embed the question with the real model); dense similarity is meaningless and index
    time excludes embedding.
    """
    import hashlib

    import numpy as np

    from assistant.embeddings import NamedEmbeddings, get_embeddings

    class StandIn(NamedEmbeddings):
        name = get_embeddings("use").name  # the model itself loads lazily: not loaded here

        def embed_query(self, text: str) -> list[float]:
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(512).astype("float32")
            return (v / np.linalg.norm(v)).tolist()

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [self.embed_query(t) for t in texts]

    return StandIn()


def index_worker(index_dir: Path, corpus: Path) -> int:
    """Child process: index `corpus` with stand-in vectors (see stand_in_embeddings)."""
    from assistant.config import Settings
    from assistant.index.indexing import index_paths
    from assistant.runtime import Runtime

    kb = Runtime.from_settings(Settings(index_dir=index_dir), stand_in_embeddings()).kb
    report = index_paths(kb, [corpus])
    print(json.dumps({"chunks": kb.chunk_count(), "seconds": round(report.seconds, 1)}))
    return 0


def worker(index_dir: Path, questions_file: Path) -> int:
    """Child process: open the index, answer the questions, print metrics as one JSON line."""
    from assistant.config import Settings
    from assistant.evaluation import Report, evaluate_question, load_questions, percentile
    from assistant.runtime import Runtime

    started = time.perf_counter()
    runtime = Runtime.from_settings(Settings(index_dir=index_dir))
    kb, assistant = runtime.kb, runtime.assistant
    questions = load_questions(questions_file)
    first = time.perf_counter()
    assistant.ask(questions[0].question)  # model load, keyword index build
    first_ms = (time.perf_counter() - first) * 1000
    report = Report(chunks=kb.chunk_count())
    report.results = [evaluate_question(assistant, assistant.retriever, q) for q in questions]
    latencies = [r.ms for r in report.results]
    for _ in range(QUERY_ROUNDS - 1):
        for q in questions:
            t = time.perf_counter()
            assistant.ask(q.question)
            latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    metrics = report.metrics()
    print(
        json.dumps(
            {
                "open_and_first_query_ms": round((time.perf_counter() - started) * 1000 - sum(latencies), 1),
                "first_query_ms": round(first_ms, 1),
                "queries": len(latencies),
                "p50_ms": percentile(latencies, 50),
                "p95_ms": percentile(latencies, 95),
                "hit@5": metrics["hit@5"],
                "answer_accuracy": metrics["answer_accuracy"],
                "wrong": [r.question.id for r in report.results if not r.correct],
            },
            ensure_ascii=False,
        )
    )
    return 0


def measure(corpus: Path, size: int, work: Path, stand_in: bool = False) -> dict:
    folder = work / f"corpus-{size}"
    started = time.perf_counter()
    generated = generate(corpus, folder, size)
    generate_s = time.perf_counter() - started
    questions_file = work / f"questions-{size}.jsonl"
    questions_file.write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in generated["questions"]), encoding="utf-8"
    )
    index_dir = work / f"index-{size}"
    if stand_in:
        build = run_measured([sys.executable, "-m", "bench.scale", "--index-worker", str(index_dir), str(folder)])
    else:
        build = run_measured([*assistant_cli(), "--index-dir", str(index_dir), "index", str(folder), "--quiet"])
    if build["returncode"] != 0:
        raise SystemExit(f"indexing {size} failed: {build['stderr']}")
    query = run_measured([sys.executable, "-m", "bench.scale", "--worker", str(index_dir), str(questions_file)])
    if query["returncode"] != 0:
        raise SystemExit(f"queries at {size} failed: {query['stderr']}")
    q = json.loads(query["stdout"].strip().splitlines()[-1])
    reindex = reindex_one(folder, index_dir)
    return {
        "target_chunks": size,
        "stand_in_vectors": stand_in,
        "documents": generated["documents"],
        "chunks": generated["chunks"],
        "generate_s": round(generate_s, 1),
        "index_s": build["seconds"],
        "chunks_per_s": round(generated["chunks"] / build["seconds"], 1),
        "index_peak_rss_mb": build["peak_rss_mb"],
        "query_peak_rss_mb": query["peak_rss_mb"],
        "disk_mb": round(dir_bytes(index_dir) / 2**20, 1),
        "reindex_one_file_s": reindex["seconds"],
        "reindex_peak_rss_mb": reindex["peak_rss_mb"],
        **{f"query_{k}": v for k, v in q.items()},
    }


def reindex_one(folder: Path, index_dir: Path) -> dict:
    """Change one count in one document, then `assistant index` the folder again (cold CLI process)."""
    from bench.speed import edit_number

    edit_number(sorted(folder.glob("*.md"))[len(list(folder.glob("*.md"))) // 2])
    result = run_measured([*assistant_cli(), "--index-dir", str(index_dir), "index", str(folder), "--quiet"])
    if result["returncode"] != 0:
        raise SystemExit(f"re-indexing {folder} failed: {result['stderr']}")
    return result


def growth(rows: list[dict]) -> list[str]:
    out = []
    for a, b in zip(rows, rows[1:]):
        parts = [f"{a['chunks']} → {b['chunks']} chunks (×{b['chunks'] / a['chunks']:.1f}):"]
        if bool(a.get("stand_in_vectors")) == bool(b.get("stand_in_vectors")):
            parts.append(f"index time ×{b['index_s'] / a['index_s']:.1f},")
        parts.append(
            f"query p50 ×{b['query_p50_ms'] / a['query_p50_ms']:.1f}, p95 ×{b['query_p95_ms'] / a['query_p95_ms']:.1f}, "
            f"query peak RSS ×{b['query_peak_rss_mb'] / a['query_peak_rss_mb']:.1f}, disk ×{b['disk_mb'] / a['disk_mb']:.1f}"
        )
        out.append(" ".join(parts))
    return out


def render(rows: list[dict]) -> str:
    headers = ["chunks", "docs", "index s", "chunks/s", "p50 ms", "p95 ms", "1st query ms", "RSS index MB"]
    headers += ["RSS query MB", "disk MB", "re-index 1 file s", "hit@5", "accuracy"]
    body = [
        [
            f"{r['chunks']}{'*' if r.get('stand_in_vectors') else ''}",
            r["documents"],
            r["index_s"],
            r["chunks_per_s"],
            r["query_p50_ms"],
            r["query_p95_ms"],
            r["query_first_query_ms"],
            r["index_peak_rss_mb"],
            r["query_peak_rss_mb"],
            r["disk_mb"],
            r.get("reindex_one_file_s"),
            r["query_hit@5"],
            r["query_answer_accuracy"],
        ]
        for r in rows
    ]
    notes = []
    if any(r.get("stand_in_vectors") for r in rows):
        notes.append(
            "* stand-in vectors: index time excludes embedding and dense similarity is random; "
            "latency (real question embedding), memory and disk are representative."
        )
    return "\n".join([table(headers, body), *growth(rows), *notes])


def markdown(rows: list[dict]) -> str:
    """The table as Markdown (for docs/BENCHMARKS.md)."""
    lines = [
        "| chunks | docs | index build | chunks/s | query p50 | query p95 | first query (cold) | peak RSS index "
        "| peak RSS query | disk | re-index 1 file (CLI) | hit@5 | accuracy |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        star = "\\*" if r.get("stand_in_vectors") else ""
        reindex = r.get("reindex_one_file_s")
        lines.append(
            f"| {r['chunks']:,}{star} | {r['documents']:,} | {r['index_s']:.0f} s{star} | {r['chunks_per_s']}{star} "
            f"| {r['query_p50_ms']:.0f} ms | {r['query_p95_ms']:.0f} ms | {r['query_first_query_ms'] / 1000:.1f} s "
            f"| {r['index_peak_rss_mb']:.0f} MB | {r['query_peak_rss_mb']:.0f} MB | {r['disk_mb']:.0f} MB "
            f"| {f'{reindex:.1f} s' if reindex is not None else '—'} | {r['query_hit@5']:.2f} | {r['query_answer_accuracy']:.2f} |"
        )
    return "\n".join(lines)


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(rows, key=lambda r: r["chunks"])
    x = [r["chunks"] for r in rows]
    fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(14, 4.2))
    ax1.plot(x, [r["query_p50_ms"] for r in rows], "o-", label="p50")
    ax1.plot(x, [r["query_p95_ms"] for r in rows], "s-", label="p95")
    ax1.axhline(1000, color="grey", ls=":", label="target p95 at 100k (1 s)")
    ax1.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ms", title="Query latency (warm, extractive)")
    ax2.plot(x, [r["query_peak_rss_mb"] for r in rows], "o-", label="query process")
    ax2.plot(x, [r["index_peak_rss_mb"] for r in rows], "s-", label="index build")
    ax2.axhline(2048, color="grey", ls=":", label="target 2 GB")
    ax2.set(xscale="log", xlabel="chunks", ylabel="MB", title="Peak RSS")
    real = [r for r in rows if not r.get("stand_in_vectors")]
    ax3.plot([r["chunks"] for r in real], [r["index_s"] / 60 for r in real], "o-", label="index build")
    beyond = [r["chunks"] for r in rows if r.get("stand_in_vectors") and real and r["chunks"] > real[-1]["chunks"]]
    if beyond:  # sizes only measured with stand-in vectors: linear extrapolation of the real build
        last = real[-1]
        ends = [last["index_s"] / 60 * c / last["chunks"] for c in beyond]
        ax3.plot(
            [last["chunks"], *beyond], [last["index_s"] / 60, *ends], "o--", mfc="none", label="linear extrapolation"
        )
    for ax in (ax1, ax2):
        for r in rows:
            if r.get("stand_in_vectors"):
                ax.annotate("stand-in vectors", (r["chunks"], ax.get_ylim()[0]), fontsize=7, rotation=90, va="bottom")
    ax3.axhline(60, color="grey", ls=":", label="60 min budget")
    ax3.set(xscale="log", yscale="log", xlabel="chunks", ylabel="minutes", title="Index build time")
    for ax in (ax1, ax2, ax3):
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Scale benchmark: synthetic report corpus, 2-core VM, default USE embedder")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="real corpus (needs seed/ and reports/)")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated chunk counts")
    parser.add_argument(
        "--budget-minutes", type=float, default=60.0, help="skip a size whose estimated index time exceeds this"
    )
    parser.add_argument("--force", action="store_true", help="run every size even if over budget")
    parser.add_argument("--keep", type=Path, help="generate and index under this folder and keep it (default: temp)")
    parser.add_argument("--plot", type=Path, help="write a PNG of latency / memory / index time against size")
    parser.add_argument(
        "--merge", type=Path, nargs="*", default=[], help="earlier scale JSON results to include in table and plot"
    )
    parser.add_argument(
        "--stand-in-vectors",
        action="store_true",
        help="index with instant stand-in vectors to measure query latency / memory / disk at sizes whose real "
        "index build would take too long (index time then excludes embedding)",
    )
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument("--index-worker", nargs=2, metavar=("INDEX_DIR", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--worker", nargs=2, metavar=("INDEX_DIR", "QUESTIONS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(Path(args.worker[0]), Path(args.worker[1]))
    if args.index_worker:
        return index_worker(Path(args.index_worker[0]), Path(args.index_worker[1]))
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] if args.sizes else []
    merged: dict = {}  # a later file's row replaces an earlier one of the same size and kind
    for path in args.merge:
        for row in json.loads(path.read_text(encoding="utf-8"))["sizes"]:
            merged[(row["target_chunks"], bool(row.get("stand_in_vectors")))] = row
    rows = list(merged.values())
    skipped = []
    if sizes:
        require_inputs(args.corpus)
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            work = args.keep or Path(tmp)
            for size in sorted(sizes):
                done = [r for r in rows if r["chunks"] < size and not r.get("stand_in_vectors")]
                if done and not args.stand_in_vectors:
                    last = max(done, key=lambda r: r["chunks"])
                    estimate = last["index_s"] * size / last["chunks"] / 60
                    print(
                        f"{size} chunks: estimated index time {estimate:.0f} min (linear from {last['chunks']})",
                        file=sys.stderr,
                    )
                    if estimate > args.budget_minutes and not args.force:
                        skipped.append({"size": size, "estimated_index_minutes": round(estimate, 1)})
                        print(
                            f"  skipped: over the {args.budget_minutes:.0f}-minute budget (use --force to run it)",
                            file=sys.stderr,
                        )
                        continue
                print(f"{size} chunks: generating, indexing, querying…", file=sys.stderr, flush=True)
                rows.append(measure(args.corpus, size, work, args.stand_in_vectors))
                print(render([rows[-1]]), file=sys.stderr, flush=True)
    rows.sort(key=lambda r: r["chunks"])
    print(render(rows))
    for s in skipped:
        print(f"NOT RUN: {s['size']} chunks — estimated {s['estimated_index_minutes']} min of indexing alone.")
    if args.markdown:
        print(markdown(rows))
    if args.plot and rows:
        plot(rows, args.plot)
        print(f"plot: {args.plot}")
    if sizes:
        result = {"sizes": rows, "skipped": skipped, "machine": machine(), "corpus": str(args.corpus)}
        print(f"JSON: {write_results('scale', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
