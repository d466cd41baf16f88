"""Question sets (shared/eval schema) -> retrieval and answer metrics."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answer.citations import cited_chunks
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import hints_for
from assistant.config import Settings
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer, Chunk
from assistant.core.text import squash
from assistant.index.indexing import index_paths
from assistant.runtime import Runtime
from assistant.search.retriever import Retriever

KINDS = ("count", "fact", "list", "lookup", "cited", "draft", "refuse")


class EvalFileError(AssistantError):
    """A question file cannot be used; str() names the file, line and field (Chinese)."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    question: str
    expect: list
    evidence: list[dict]
    refuse: bool


def load_questions(path: Path) -> list[Question]:
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"无法读取问题文件 {path}：{exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            questions.append(
                Question(
                    str(raw["id"]),
                    raw.get("kind", ""),
                    raw["question"],
                    raw.get("expect", []),
                    raw.get("evidence", []),
                    bool(raw.get("refuse", False)),
                )
            )
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{path} 第 {number} 行不是有效的 JSON：{exc.msg}") from exc
        except KeyError as exc:
            raise EvalFileError(f"{path} 第 {number} 行缺少字段 {exc.args[0]}") from exc
    return questions


def contains_evidence(chunk: Chunk, question: Question, source_name: str = "") -> bool:
    """The chunk holds one of the question's evidence quotes, from the named document."""
    text = squash(chunk.text)
    return any(
        squash(e["quote"]) in text and (e.get("doc", "") in chunk.doc_title or e.get("doc", "") in source_name)
        for e in question.evidence
    )


def expected_present(answer: Answer, question: Question) -> bool:
    for group in question.expect:
        options = [group] if isinstance(group, str) else list(group)
        if not any(option in answer.text for option in options):
            return False
    return True


@dataclass
class QuestionResult:
    question: Question
    rank: int | None  # rank of the first retrieved chunk holding evidence (0 = top), None if missed
    evidence_recall: float | None
    correct: bool
    refused: bool
    cited: int
    cited_with_evidence: int
    unsupported: list[str]
    ms: float
    answer: str

    def to_json(self) -> dict:
        return {
            "id": self.question.id,
            "kind": self.question.kind,
            "rank": self.rank,
            "correct": self.correct,
            "refused": self.refused,
            "evidence_recall": self.evidence_recall,
            "cited": self.cited,
            "cited_with_evidence": self.cited_with_evidence,
            "unsupported_numbers": self.unsupported,
            "ms": round(self.ms, 1),
            "answer": self.answer,
        }


@dataclass
class Report:
    results: list[QuestionResult] = field(default_factory=list)
    index_seconds: float = 0.0
    chunks: int = 0

    def metrics(self, kind: str | None = None) -> dict:
        results = [r for r in self.results if kind is None or r.question.kind == kind]
        retrieval = [r for r in results if r.question.evidence]
        multi = [r for r in retrieval if r.evidence_recall is not None and len(r.question.evidence) > 1]
        cited = sum(r.cited for r in results)
        latencies = sorted(r.ms for r in results)
        return {
            "questions": len(results),
            "hit@1": mean([r.rank == 0 for r in retrieval]),
            "hit@5": mean([r.rank is not None and r.rank < 5 for r in retrieval]),
            "mrr": mean([1 / (r.rank + 1) if r.rank is not None else 0.0 for r in retrieval]),
            "evidence_recall@5": mean([r.evidence_recall for r in multi]) if multi else None,
            "answer_accuracy": mean([r.correct for r in results]),
            "refusal_accuracy": mean([r.refused == r.question.refuse for r in results]),
            "citation_precision": (
                sum(r.cited_with_evidence for r in results if r.question.evidence)
                / max(1, sum(r.cited for r in results if r.question.evidence))
            )
            if cited
            else None,
            "unsupported_numbers": sum(len(r.unsupported) for r in results),
            "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95),
        }

    def to_json(self) -> dict:
        kinds = sorted({r.question.kind for r in self.results}, key=lambda k: KINDS.index(k) if k in KINDS else 99)
        return {
            "overall": self.metrics(),
            "by_kind": {k: self.metrics(k) for k in kinds},
            "index_seconds": round(self.index_seconds, 2),
            "chunks": self.chunks,
            "questions": [r.to_json() for r in self.results],
        }


def mean(values: list) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def percentile(values: list[float], p: int) -> float | None:
    if not values:
        return None
    index = min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))
    return round(values[index], 1)


def score_result(
    question: Question,
    retrieved: list[Chunk],
    answer: Answer,
    cited: list[Chunk],
    sources: dict[str, str],
    ms: float,
    unsupported: list[str] | None = None,
) -> QuestionResult:
    """Score one system's output for a question: its ranked chunks, its answer and the chunks it cites.

    `sources` maps doc_id -> file name (evidence `doc` may name either the title or the file).
    Used for this assistant (below) and for any other system compared against it (bench/).
    """
    rank = next(
        (i for i, c in enumerate(retrieved) if contains_evidence(c, question, sources.get(c.doc_id, ""))),
        None,
    )
    recall = None
    if question.evidence:
        texts = [squash(c.text) for c in retrieved]
        recall = sum(any(squash(ev["quote"]) in t for t in texts) for ev in question.evidence) / len(question.evidence)
    with_evidence = sum(contains_evidence(c, question, sources.get(c.doc_id, "")) for c in cited)
    return QuestionResult(
        question,
        rank,
        recall,
        expected_present(answer, question) and answer.refused == question.refuse,
        answer.refused,
        len(cited),
        with_evidence,
        list(unsupported or []),
        ms,
        answer.text,
    )


def evaluate_question(assistant: Assistant, retriever: Retriever, question: Question) -> QuestionResult:
    sources = {d.doc_id: Path(d.source).name for d in retriever.documents()}
    retrieved = retriever.search(question.question, 5, hints=hints_for(question.question))
    started = time.perf_counter()
    answer = assistant.ask(question.question)
    ms = (time.perf_counter() - started) * 1000
    return score_result(
        question,
        [e.chunk for e in retrieved],
        answer,
        cited_chunks(answer.citations),
        sources,
        ms,
        answer_problems(answer),
    )


def evaluate(
    questions: list[Question], settings: Settings, corpus: Path | None = None, progress=None, embeddings=None
) -> Report:
    """Run a question set; with `corpus`, on a fresh temporary index of that folder.

    `embeddings` lets a caller share one loaded embedder (the benchmark compares systems with it).
    """
    report = Report()
    with tempfile.TemporaryDirectory(prefix="assistant-eval-") as tmp:
        if corpus is not None:
            settings = settings.with_values({"index_dir": str(Path(tmp) / "index"), "chroma_url": ""})
        runtime = Runtime.from_settings(settings, embeddings)
        kb = runtime.kb
        if corpus is not None:
            started = time.perf_counter()
            index_paths(kb, [corpus])
            report.index_seconds = time.perf_counter() - started
        report.chunks = kb.chunk_count()
        for number, question in enumerate(questions, 1):
            if progress:
                progress(number, len(questions), question.id)
            report.results.append(evaluate_question(runtime.assistant, runtime.retriever, question))
    return report


def format_report(report: Report) -> str:
    lines = [
        f"索引：{report.chunks} 个片段，建索引用时 {report.index_seconds:.1f} 秒"
        if report.index_seconds
        else f"索引：{report.chunks} 个片段"
    ]
    header = f"{'类别':<8}{'题数':>5}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}{'答对率':>8}{'拒答准确':>9}{'引用精度':>9}{'无据数字':>9}{'p50ms':>8}{'p95ms':>8}"
    lines.append(header)

    def fmt(value) -> str:
        return "—" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))

    data = report.to_json()
    for name, m in [("全部", data["overall"]), *data["by_kind"].items()]:
        lines.append(
            f"{name:<8}{m['questions']:>5}{fmt(m['hit@1']):>8}{fmt(m['hit@5']):>8}{fmt(m['mrr']):>8}"
            f"{fmt(m['answer_accuracy']):>8}{fmt(m['refusal_accuracy']):>9}{fmt(m['citation_precision']):>9}"
            f"{m['unsupported_numbers']:>9}{fmt(m['p50_ms']):>8}{fmt(m['p95_ms']):>8}"
        )
    misses = [r for r in report.results if not r.correct]
    if misses:
        lines.append("未答对：" + "、".join(f"{r.question.id}（{r.question.question}）" for r in misses))
    return "\n".join(lines)
