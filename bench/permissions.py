"""What asking within some knowledge bases costs: the same questions, unrestricted and restricted.

    .venv/bin/python -m bench.permissions [--docs 400] [--kbs 8] [--questions 20]

Synthetic reports (the test fixture report with its organisation and counts changed) in `--kbs`
folders, indexed into real Chroma with the fake n-gram embedder (embedding costs the same either
way; what is measured is the restriction: membership, the filtered views, Chroma's `$in` filter).
Prints median and p95 seconds per question for: no restriction, one knowledge base, all but one.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant.accounts.knowledge_bases import Membership
from assistant.answer.pipeline import Assistant
from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import KnowledgeBase
from assistant.search.retriever import Retriever
from tests.corpus import REPORT
from tests.fakes import FakeEmbeddings

UNITS = ["机关", "财务处", "人事处", "后勤处", "教务处", "科研处", "宣传部", "组织部", "纪委办", "工会"]


def write_corpus(corpus: Path, docs: int, kbs: int) -> list[str]:
    names = [f"第{n + 1}支部" for n in range(kbs)]
    for n in range(docs):
        unit = f"{UNITS[n % len(UNITS)]}{n}"
        text = REPORT.replace("机关党委", f"{unit}党委").replace("党委会4次", f"党委会{n % 9 + 1}次")
        folder = corpus / names[n % kbs]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{unit}2023年上半年党建工作报告.txt").write_text(
            text.replace("2023年上半年机关", f"2023年上半年{unit}"), encoding="utf-8"
        )
    return names


def timed(assistant: Assistant, questions: list[str]) -> list[float]:
    seconds = []
    for question in questions:
        started = time.perf_counter()
        assistant.ask(question)
        seconds.append(time.perf_counter() - started)
    return seconds


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--kbs", type=int, default=8)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        names = write_corpus(corpus, args.docs, args.kbs)
        kb = KnowledgeBase.open(Settings(index_dir=Path(tmp) / "index", corpus_dir=corpus), FakeEmbeddings())
        started = time.perf_counter()
        index_paths(kb, [corpus])
        print(
            f"{args.docs} documents, {kb.chunk_count()} chunks in {args.kbs} knowledge bases; indexed in {time.perf_counter() - started:.1f} s"
        )
        questions = [f"{UNITS[n % len(UNITS)]}{n}党委上半年召开党委会几次？" for n in range(args.questions)]
        retriever = Retriever(kb)
        started = time.perf_counter()
        membership = Membership(kb.documents(), corpus)
        print(
            f"membership of {len(kb.documents())} documents: {1000 * (time.perf_counter() - started):.1f} ms (once per index change)"
        )
        cases = {
            "unrestricted": retriever,
            "one knowledge base": retriever.restricted(membership.doc_ids(names[:1])),
            "all but one": retriever.restricted(membership.doc_ids(names[1:])),
        }
        timed(Assistant(retriever), questions[:3])  # warm caches (keyword index, jieba)
        print(f"{'case':<20} {'median s':>9} {'p95 s':>7}")
        for name, case in cases.items():
            seconds = timed(Assistant(case), questions)
            print(f"{name:<20} {statistics.median(seconds):>9.3f} {p95(seconds):>7.3f}")
        kb.close()


if __name__ == "__main__":
    main()
