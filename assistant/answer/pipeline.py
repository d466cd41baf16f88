"""Question (+ history) -> grounded Answer: route, answer extractively, optionally let an LLM write it."""

from __future__ import annotations

import time
from collections.abc import Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer.extractive import ExtractiveAnswerer
from assistant.answer.routing import Message, Route, understand
from assistant.answer.verification import problems
from assistant.core.schema import Answer
from assistant.index.knowledge_base import KnowledgeBase
from assistant.search.retriever import Retriever, check_query

MODES = ("auto", "qa", "draft", "lookup")


class Assistant:
    """The answer pipeline used by the CLI and the web UI alike."""

    def __init__(self, retriever: Retriever, llm: BaseChatModel | None = None):
        self.kb = retriever.kb
        self.retriever = retriever
        self.extractive = ExtractiveAnswerer(self.kb, retriever)
        self.llm = llm

    @property
    def backend(self) -> str:
        return (
            f"LLM（{getattr(self.llm, 'model_name', None) or getattr(self.llm, 'model', '') or type(self.llm).__name__}）"
            if self.llm
            else "抽取式（默认，离线）"
        )

    def ask(self, question: str, history: list[Message] | None = None, mode: str = "auto") -> Answer:
        answer = None
        for item in self.stream(question, history, mode):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def stream(self, question: str, history: list[Message] | None = None, mode: str = "auto") -> Iterator[str | Answer]:
        """Yield the answer text as it grows (LLM mode), then the final, verified Answer."""
        started = time.perf_counter()
        question = check_query(question)
        route = understand(question, history, mode if mode in MODES else "auto")
        answer = self.extractive.answer(route)
        answer.timings["extractive"] = time.perf_counter() - started
        found = answer_problems(answer, self.kb)
        if found:  # a bug in the extractive composer: never show an unsupported statement
            answer = Answer(
                "抱歉，生成的回答未通过内部核验，已拦截。请换一种问法。",
                route.kind,
                refused=True,
                retrieved=answer.retrieved,
                note="；".join(found),
            )
        if self.llm is not None and not answer.refused and answer.citations:
            llm_started = time.perf_counter()
            text = ""
            from assistant.answer.llm import LLMUnavailable, write_with_llm

            try:
                for text in write_with_llm(self.llm, route, answer, self.kb):
                    yield text
                answer = self.checked_llm_answer(text, answer)
            except LLMUnavailable as exc:
                answer.note = f"{exc}，已改为抽取式回答。"
            answer.timings["llm"] = time.perf_counter() - llm_started
        yield answer

    def checked_llm_answer(self, text: str, extractive: Answer) -> Answer:
        evidence = self.kb.chunks([c.chunk_id for c in extractive.citations])
        found = problems(text, evidence, extractive.derived_numbers, require_marks=True)
        if found:
            extractive.note = "大模型生成的回答未通过核验（" + "；".join(found) + "），已改为抽取式回答。"
            return extractive
        return Answer(
            text.strip(),
            extractive.kind,
            extractive.citations,
            extractive.retrieved,
            timings=extractive.timings,
            derived_numbers=extractive.derived_numbers,
            backend="llm",
        )

    def as_runnable(self) -> Runnable:
        """LangChain face: {"question", "history"?, "mode"?} -> Answer."""
        return RunnableLambda(lambda x: self.ask(x["question"], x.get("history"), x.get("mode", "auto")))


def answer_problems(answer: Answer, kb: KnowledgeBase) -> list[str]:
    """Grounding problems of a finished answer against the chunks it cites."""
    if not answer.citations:
        return [] if answer.refused else ["回答没有标注来源"]
    chunks = kb.chunks([c.chunk_id for c in answer.citations])
    return problems(answer.text, chunks, answer.derived_numbers)


def render(answer: Answer) -> str:
    """Answer text followed by its numbered sources, as printed by the CLI."""
    lines = [answer.text]
    if answer.note:
        lines.append(f"（说明：{answer.note}）")
    if answer.citations:
        lines.append("")
        lines.append("来源：")
        for n, c in enumerate(answer.citations, 1):
            where = f" › {c.section}" if c.section else ""
            lines.append(f"〔{n}〕《{c.doc}》{where} ——“{c.quote}”")
    return "\n".join(lines)


__all__ = ["Assistant", "Route", "render"]
