"""Question (+ history) -> grounded Answer: route, answer extractively, optionally let an LLM write it."""

from __future__ import annotations

import time
from collections.abc import Iterator

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer.citations import cited_chunks
from assistant.answer.extractive import answer_extractively
from assistant.answer.llm import LLMUnavailable, write_with_llm
from assistant.answer.routing import Message, Route, understand
from assistant.answer.verification import problems
from assistant.core.schema import Answer
from assistant.search.retriever import Retriever, check_query

MODES = ("auto", "qa", "draft", "lookup")


class Assistant:
    """The answer pipeline used by the CLI and the web UI alike (built by `assistant.runtime`)."""

    def __init__(self, retriever: Retriever, llm: BaseChatModel | None = None):
        self.retriever = retriever
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
        answer = answer_extractively(route, self.retriever)
        answer.timings["extractive"] = time.perf_counter() - started
        answer.resolved_question = route.question
        found = answer_problems(answer)
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
            try:
                for text in write_with_llm(self.llm, route, answer):
                    yield text
                answer = checked_llm_answer(text, answer)
            except LLMUnavailable as exc:
                answer.note = f"{exc}，已改为抽取式回答。"
            answer.timings["llm"] = time.perf_counter() - llm_started
        yield answer

    def as_runnable(self) -> Runnable:
        """LangChain face: {"question", "history"?, "mode"?} -> Answer."""
        return RunnableLambda(lambda x: self.ask(x["question"], x.get("history"), x.get("mode", "auto")))


def checked_llm_answer(text: str, extractive: Answer) -> Answer:
    """The LLM's text if it is grounded in the extractive answer's sources, else that answer with a note."""
    found = problems(text, cited_chunks(extractive.citations), extractive.derived_numbers, require_marks=True)
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
        confidence=extractive.confidence,
        resolved_question=extractive.resolved_question,
    )


def answer_problems(answer: Answer) -> list[str]:
    """Grounding problems of a finished answer against the chunks its citations hold."""
    if not answer.citations:
        return [] if answer.refused else ["回答没有标注来源"]
    return problems(answer.text, cited_chunks(answer.citations), answer.derived_numbers)


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


__all__ = ["Assistant", "Route", "answer_problems", "render"]
