"""Ask the questions and conversations of a set on an index (a fresh temporary one of given folders, or the current one)."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.answer.citations import cited_chunks
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import hints_for
from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.runtime import Runtime
from assistant.search.retriever import Retriever

from .metrics import Report
from .questions import Conversation, EvalItem, Question
from .scoring import QuestionResult, score_result

# Asked once, untimed, before the first timed question: the first answer loads models and caches (about a
# second), which would otherwise be the p95 of whatever kind comes first. Any corpus: it need not be answerable.
WARMUP_QUESTION = "2023年共召开了几次支部委员会？"

Progress = Callable[[int, int, str], None]


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


def warm_up(assistant: Assistant, retriever: Retriever) -> float:
    """Ask WARMUP_QUESTION untimed (and search it as scoring does); the milliseconds it took."""
    started = time.perf_counter()
    assistant.ask(WARMUP_QUESTION)
    retriever.search(WARMUP_QUESTION, 5, hints=hints_for(WARMUP_QUESTION))
    return (time.perf_counter() - started) * 1000


def evaluate(
    questions: Sequence[EvalItem],
    settings: Settings,
    corpus: Path | Sequence[Path] | None = None,
    progress: Progress | None = None,
    embeddings=None,
) -> Report:
    """Run questions and conversations; with `corpus` (one folder or several), on a fresh temporary index of them.

    `embeddings` lets a caller share one loaded embedder (the benchmark compares systems with it).
    """
    corpora = [corpus] if isinstance(corpus, Path) else list(corpus or [])
    report = Report(corpora=[str(Path(c).resolve()) for c in corpora])
    with tempfile.TemporaryDirectory(prefix="assistant-eval-") as tmp:
        if corpora:
            settings = settings.with_values({"index_dir": str(Path(tmp) / "index"), "chroma_url": ""})
        runtime = Runtime.from_settings(settings, embeddings)
        kb = runtime.kb
        if corpora:
            built = index_paths(kb, corpora)
            report.index_seconds = built.seconds
            report.unreadable = [Path(r.path).name for r in built.errors]
        report.index_location = settings.chroma_url or str(Path(settings.index_dir).resolve())
        report.chunks = kb.chunk_count()
        report.documents = len(kb.documents())
        report.warmup_ms = warm_up(runtime.assistant, runtime.retriever)
        for number, item in enumerate(questions, 1):
            if progress:
                progress(number, len(questions), item.id)
            if isinstance(item, Conversation):
                report.results += evaluate_conversation(runtime.assistant, runtime.retriever, item)
            else:
                report.results.append(evaluate_question(runtime.assistant, runtime.retriever, item))
    return report
