"""Question sets and conversations (shared/eval schema) -> retrieval and answer metrics.

A file is read as conversations when its lines have a `turns` field: the turns are asked in
order, each with the earlier questions and answers as history. Every question and turn is
scored strictly (all `expect` groups, no `forbid` string, refuses exactly when `refuse`); the
accuracy with `forbid` ignored is reported beside it.
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
import time
from collections.abc import Sequence
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

KINDS = ("count", "fact", "list", "lookup", "cited", "draft", "refuse", "turn")
TURN = "turn"  # the kind of a conversation turn that names none
# Rows reported beside the kinds: questions that ask two things, and those needing OCR.
GROUPS = {"multi": lambda q: q.multi, "needs: ocr": lambda q: q.needs == "ocr"}
CELL_SEPARATOR = re.compile(r"[\u3000\t]+")


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
    forbid: tuple[str, ...] = ()
    multi: bool = False
    needs: str | None = None
    conversation: str | None = None  # the conversation a turn belongs to
    position: int = 0  # 1-based turn number within it


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: list[Question]


EvalItem = Question | Conversation


def question_of(raw: dict, conversation: str | None = None, position: int = 0) -> Question:
    refuse = bool(raw.get("refuse", False))
    kind = raw.get("kind") or ("" if conversation is None else "refuse" if refuse else TURN)
    return Question(
        f"{conversation}.{position}" if conversation else str(raw["id"]),
        kind,
        raw["question"],
        raw.get("expect", []),
        raw.get("evidence", []),
        refuse or kind == "refuse",
        tuple(raw.get("forbid", ())),
        bool(raw.get("multi", False)),
        raw.get("needs"),
        conversation,
        position,
    )


def load_items(path: Path) -> list[EvalItem]:
    """Questions, or conversations (lines with `turns`), from a JSONL file."""
    items: list[EvalItem] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"无法读取问题文件 {path}：{exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if "turns" in raw:
                cid = str(raw["id"])
                items.append(Conversation(cid, [question_of(t, cid, n) for n, t in enumerate(raw["turns"], 1)]))
            else:
                items.append(question_of(raw))
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{path} 第 {number} 行不是有效的 JSON：{exc.msg}") from exc
        except KeyError as exc:
            raise EvalFileError(f"{path} 第 {number} 行缺少字段 {exc.args[0]}") from exc
    return items


def load_questions(path: Path) -> list[Question]:
    """The single questions of a file (conversations are left out)."""
    return [item for item in load_items(path) if isinstance(item, Question)]


def quote_in(quote: str, text: str) -> bool:
    """Exact quote, whitespace ignored; a table-row quote (cells joined by U+3000 or tabs) as its cells in order."""
    flat = squash(text)
    if not CELL_SEPARATOR.search(quote.strip()):
        return squash(quote) in flat
    position = 0
    for cell in (squash(c) for c in CELL_SEPARATOR.split(quote) if c.strip()):
        found = flat.find(cell, position)
        if found < 0:
            return False
        position = found + len(cell)
    return True


def contains_evidence(chunk: Chunk, question: Question, source_name: str = "") -> bool:
    """The chunk holds one of the question's evidence quotes, from the named document."""
    return any(
        quote_in(e["quote"], chunk.text) and (e.get("doc", "") in chunk.doc_title or e.get("doc", "") in source_name)
        for e in question.evidence
    )


def expected_present(answer: Answer, question: Question) -> bool:
    for group in question.expect:
        options = [group] if isinstance(group, str) else list(group)
        if not any(option in answer.text for option in options):
            return False
    return True


def forbidden_found(answer: Answer, question: Question) -> list[str]:
    return [f for f in question.forbid if f in answer.text]


@dataclass
class QuestionResult:
    question: Question
    rank: int | None  # rank of the first retrieved chunk holding evidence (0 = top), None if missed
    evidence_recall: float | None
    correct: bool  # strict: every expect group, no forbid string, refuses exactly when it should
    refused: bool
    cited: int
    cited_with_evidence: int
    unsupported: list[str]
    ms: float
    answer: str
    forbidden: list[str] = field(default_factory=list)  # forbid strings the answer contains
    correct_ignoring_forbid: bool = False
    resolved_question: str = ""

    def to_json(self) -> dict:
        return {
            "id": self.question.id,
            "kind": self.question.kind,
            "question": self.question.question,
            "resolved_question": self.resolved_question,
            "rank": self.rank,
            "correct": self.correct,
            "correct_ignoring_forbid": self.correct_ignoring_forbid,
            "forbidden": self.forbidden,
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

    def selected(self, group: str | None) -> list[QuestionResult]:
        """All results (None), a kind's, or a GROUPS row's."""
        if group is None:
            return list(self.results)
        if group in GROUPS:
            return [r for r in self.results if GROUPS[group](r.question)]
        return [r for r in self.results if r.question.kind == group]

    def metrics(self, kind: str | None = None) -> dict:
        results = self.selected(kind)
        retrieval = [r for r in results if r.question.evidence]
        multi = [r for r in retrieval if r.evidence_recall is not None and len(r.question.evidence) > 1]
        cited = sum(r.cited for r in retrieval)  # precision is only known where evidence is given (not for refusals)
        latencies = sorted(r.ms for r in results)
        return {
            "questions": len(results),
            "hit@1": mean([r.rank == 0 for r in retrieval]),
            "hit@5": mean([r.rank is not None and r.rank < 5 for r in retrieval]),
            "mrr": mean([1 / (r.rank + 1) if r.rank is not None else 0.0 for r in retrieval]),
            "evidence_recall@5": mean([r.evidence_recall for r in multi]) if multi else None,
            "answer_accuracy": mean([r.correct for r in results]),
            "answer_accuracy_ignoring_forbid": mean([r.correct_ignoring_forbid for r in results]),
            "refusal_accuracy": mean([r.refused == r.question.refuse for r in results]),
            "forbid_hits": sum(bool(r.forbidden) for r in results),
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

    def conversations(self) -> dict:
        """Turns and conversations: how many were right, turn by turn and whole."""
        turns: dict[str, list[QuestionResult]] = {}
        for r in self.results:
            if r.question.conversation is not None:
                turns.setdefault(r.question.conversation, []).append(r)
        every = [r for rs in turns.values() for r in rs]
        return {
            "conversations": len(turns),
            "conversations_right": sum(all(r.correct for r in rs) for rs in turns.values()),
            "turns": len(every),
            "turn_accuracy": mean([r.correct for r in every]),
            "turn_accuracy_ignoring_forbid": mean([r.correct_ignoring_forbid for r in every]),
        }

    def to_json(self) -> dict:
        kinds = sorted({r.question.kind for r in self.results}, key=lambda k: KINDS.index(k) if k in KINDS else 99)
        groups = [g for g in GROUPS if self.selected(g)]
        return {
            "overall": self.metrics(),
            "by_kind": {k: self.metrics(k) for k in kinds},
            "groups": {g: self.metrics(g) for g in groups},
            "conversations": self.conversations(),
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
        recall = sum(any(quote_in(ev["quote"], c.text) for c in retrieved) for ev in question.evidence) / len(
            question.evidence
        )
    with_evidence = sum(contains_evidence(c, question, sources.get(c.doc_id, "")) for c in cited)
    forbidden = forbidden_found(answer, question)
    right_apart_from_forbid = expected_present(answer, question) and answer.refused == question.refuse
    return QuestionResult(
        question,
        rank,
        recall,
        right_apart_from_forbid and not forbidden,
        answer.refused,
        len(cited),
        with_evidence,
        list(unsupported or []),
        ms,
        answer.text,
        forbidden,
        right_apart_from_forbid,
        answer.resolved_question,
    )


def evaluate_question(
    assistant: Assistant, retriever: Retriever, question: Question, history: list[dict] | None = None
) -> QuestionResult:
    """Ask one question (a turn: with the conversation so far) and score it."""
    sources = {d.doc_id: Path(d.source).name for d in retriever.documents()}
    started = time.perf_counter()
    answer = assistant.ask(question.question, history)
    ms = (time.perf_counter() - started) * 1000
    # A follow-up is searched as it was understood (那2024年呢 alone finds nothing).
    searched = answer.resolved_question or question.question
    retrieved = retriever.search(searched, 5, hints=hints_for(searched))
    return score_result(
        question,
        [e.chunk for e in retrieved],
        answer,
        cited_chunks(answer.citations),
        sources,
        ms,
        answer_problems(answer),
    )


def evaluate_conversation(
    assistant: Assistant, retriever: Retriever, conversation: Conversation
) -> list[QuestionResult]:
    history: list[dict] = []
    results = []
    for turn in conversation.turns:
        result = evaluate_question(assistant, retriever, turn, list(history))
        results.append(result)
        history += [{"role": "user", "content": turn.question}, {"role": "assistant", "content": result.answer}]
    return results


def evaluate(
    questions: Sequence[EvalItem],
    settings: Settings,
    corpus: Path | Sequence[Path] | None = None,
    progress=None,
    embeddings=None,
) -> Report:
    """Run questions and conversations; with `corpus` (one folder or several), on a fresh temporary index of them.

    `embeddings` lets a caller share one loaded embedder (the benchmark compares systems with it).
    """
    corpora = [corpus] if isinstance(corpus, Path) else list(corpus or [])
    report = Report()
    with tempfile.TemporaryDirectory(prefix="assistant-eval-") as tmp:
        if corpora:
            settings = settings.with_values({"index_dir": str(Path(tmp) / "index"), "chroma_url": ""})
        runtime = Runtime.from_settings(settings, embeddings)
        kb = runtime.kb
        if corpora:
            started = time.perf_counter()
            index_paths(kb, corpora)
            report.index_seconds = time.perf_counter() - started
        report.chunks = kb.chunk_count()
        for number, item in enumerate(questions, 1):
            if progress:
                progress(number, len(questions), item.id)
            if isinstance(item, Conversation):
                report.results += evaluate_conversation(runtime.assistant, runtime.retriever, item)
            else:
                report.results.append(evaluate_question(runtime.assistant, runtime.retriever, item))
    return report


ROW_NAMES = {None: "全部", "turn": "对话轮次", "multi": "一问多答", "needs: ocr": "需OCR"}


def format_report(report: Report) -> str:
    lines = [
        f"索引：{report.chunks} 个片段，建索引用时 {report.index_seconds:.1f} 秒"
        if report.index_seconds
        else f"索引：{report.chunks} 个片段"
    ]
    header = (
        f"{'类别':<8}{'题数':>5}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}{'答对率':>8}{'不计禁词':>9}{'拒答准确':>9}"
        f"{'禁词':>6}{'引用精度':>9}{'无据数字':>9}{'p50ms':>8}{'p95ms':>8}"
    )
    lines.append(header)

    def fmt(value) -> str:
        return "—" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))

    data = report.to_json()
    rows = [(None, data["overall"]), *data["by_kind"].items(), *data["groups"].items()]
    for key, m in rows:
        name = ROW_NAMES.get(key, key)
        lines.append(
            f"{name:<8}{m['questions']:>5}{fmt(m['hit@1']):>8}{fmt(m['hit@5']):>8}{fmt(m['mrr']):>8}"
            f"{fmt(m['answer_accuracy']):>8}{fmt(m['answer_accuracy_ignoring_forbid']):>9}"
            f"{fmt(m['refusal_accuracy']):>9}{m['forbid_hits']:>6}{fmt(m['citation_precision']):>9}"
            f"{m['unsupported_numbers']:>9}{fmt(m['p50_ms']):>8}{fmt(m['p95_ms']):>8}"
        )
    talk = data["conversations"]
    if talk["conversations"]:
        lines.append(
            f"对话：{talk['conversations']} 组、{talk['turns']} 轮；逐轮答对率 {fmt(talk['turn_accuracy'])}"
            f"（不计禁词 {fmt(talk['turn_accuracy_ignoring_forbid'])}），"
            f"全部答对的对话 {talk['conversations_right']}/{talk['conversations']}"
        )
    misses = [r for r in report.results if not r.correct]
    if misses:
        lines.append("未答对：" + "、".join(f"{r.question.id}（{r.question.question}）" for r in misses))
    return "\n".join(lines)
