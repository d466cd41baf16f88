"""Retrieval and answer quality: this assistant vs. the standard LangChain baseline, same embedder, same run.

.venv/bin/python -m bench.quality [--corpus ../shared/corpus] [--questions ../shared/eval/dev.jsonl]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.common import DEFAULT_CORPUS, DEFAULT_QUESTIONS, fmt, machine, require_inputs, table, write_results

METRICS = [
    ("hit@1", "hit@1"),
    ("hit@5", "hit@5"),
    ("MRR", "mrr"),
    ("evidence recall@5 (multi)", "evidence_recall@5"),
    ("answer accuracy", "answer_accuracy"),
    ("refusal accuracy", "refusal_accuracy"),
    ("citation precision", "citation_precision"),
    ("unsupported numbers", "unsupported_numbers"),
    ("p50 ms (ask, no warm-up)", "p50_ms"),
    ("p95 ms (ask, no warm-up)", "p95_ms"),
]
TARGETS = {"hit@5": 0.95, "answer_accuracy": 0.9}


def run(corpus: Path, questions_file: Path, embedder: str = "use", progress=None) -> dict:
    from assistant.config import Settings
    from assistant.embeddings import get_embeddings
    from assistant.evaluation import Report, evaluate, load_questions, score_result
    from bench.baseline import LangChainBaseline

    questions = load_questions(questions_file)
    embeddings = get_embeddings(embedder)  # one object, shared by both systems
    with tempfile.TemporaryDirectory(prefix="bench-quality-") as tmp:
        settings = Settings(corpus_dir=corpus, embeddings=embedder)
        ours = evaluate(
            questions,
            settings,
            corpus,
            progress=lambda n, total, _id: progress and progress(f"assistant {n}/{total}"),
            embeddings=embeddings,
        )

        baseline = LangChainBaseline(embeddings, Path(tmp) / "baseline")
        base = Report()
        base.index_seconds = baseline.build(corpus)
        base.chunks = baseline.chunks
        for n, q in enumerate(questions, 1):
            if progress:
                progress(f"baseline {n}/{len(questions)}")
            started = time.perf_counter()
            answer, retrieved, cited = baseline.ask(q.question)
            ms = (time.perf_counter() - started) * 1000
            base.results.append(score_result(q, retrieved, answer, cited, {c.doc_id: c.doc_id for c in retrieved}, ms))
    return {"assistant": ours.to_json(), "baseline": base.to_json(), "embedder": embeddings.name}


def targets(result: dict) -> dict:
    ours, base = result["assistant"]["overall"], result["baseline"]["overall"]
    checks = {}
    for key, goal in TARGETS.items():
        value = ours[key] or 0.0
        checks[f"{key} >= {goal}"] = value >= goal
        checks[f"{key} ahead of baseline"] = value > (base[key] or 0.0)
    return checks


def render(result: dict) -> str:
    ours, base = result["assistant"], result["baseline"]
    out = [
        f"Corpus: assistant {ours['chunks']} chunks (indexed in {ours['index_seconds']:.1f} s), "
        f"baseline {base['chunks']} chunks ({base['index_seconds']:.1f} s); embedder {result['embedder']} for both; "
        f"{ours['overall']['questions']} questions",
        "",
        table(
            ["metric", "assistant", "LangChain baseline"],
            [[label, ours["overall"][key], base["overall"][key]] for label, key in METRICS],
        ),
        "",
        "Per kind (assistant / baseline):",
    ]
    rows = []
    for kind, m in ours["by_kind"].items():
        b = base["by_kind"].get(kind, {})
        rows.append(
            [
                kind,
                m["questions"],
                f"{fmt(m['hit@1'])} / {fmt(b.get('hit@1'))}",
                f"{fmt(m['hit@5'])} / {fmt(b.get('hit@5'))}",
                f"{fmt(m['mrr'])} / {fmt(b.get('mrr'))}",
                f"{fmt(m['answer_accuracy'])} / {fmt(b.get('answer_accuracy'))}",
                f"{fmt(m['refusal_accuracy'])} / {fmt(b.get('refusal_accuracy'))}",
                f"{fmt(m['citation_precision'])} / {fmt(b.get('citation_precision'))}",
            ]
        )
    out.append(table(["kind", "n", "hit@1", "hit@5", "MRR", "accuracy", "refusal acc", "citation prec"], rows))
    misses = [q["id"] for q in ours["questions"] if not q["correct"]]
    out += ["", "Assistant wrong on: " + (", ".join(misses) or "none")]
    out += ["Targets: " + "; ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in result["targets"].items())]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--embedder", default="use", help='"use" (default) or "st:/local/model/path"')
    args = parser.parse_args(argv)
    require_inputs(args.corpus, args.questions)
    result = run(
        args.corpus, args.questions, args.embedder, lambda m: print(f"\r{m:<30}", end="", file=sys.stderr, flush=True)
    )
    print(file=sys.stderr)
    result.update(
        {"corpus": str(args.corpus), "questions_file": str(args.questions), "machine": machine()},
    )
    result["targets"] = targets(result)
    print(render(result))
    print(f"\nJSON: {write_results('quality', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
