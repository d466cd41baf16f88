"""Question (+ history) -> grounded Answer: route, answer extractively, optionally let an LLM write it."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator, Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from assistant.answer.breakdown_of import breakdown_of
from assistant.answer.citations import cited_chunks
from assistant.answer.each_part import answered_parts, parts_before, with_last_asked
from assistant.answer.extractive import answer_extractively
from assistant.answer.followup import conversation_state
from assistant.answer.followup_scope import known_organisations, scoped_source
from assistant.answer.followup_sources import asks_source_only
from assistant.answer.followup_turns import Organisations, Turn
from assistant.answer.llm import (
    ChatClient,
    LLMReply,
    LLMUnavailable,
    as_client,
    build_messages,
    evidence_for,
    write_reply,
)
from assistant.answer.llm.citing import cite_evidence, in_order_of_use
from assistant.answer.periods import compared_answer
from assistant.answer.person_scope import PersonSource
from assistant.answer.question import asks_source
from assistant.answer.question_parts import split_parts
from assistant.answer.recap import recap_of_turns
from assistant.answer.reported_penalties import penalties_reported
from assistant.answer.routing import Message, Route, understand_turn
from assistant.answer.sibling_sentence import filled_from_siblings
from assistant.answer.source_of import source_of, source_of_turn
from assistant.answer.verification import (
    MARK,
    marked_claims,
    partial_problems,
    problems,
    quantities,
    renumbered,
    stated_sums,
)
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer, Chunk, Citation
from assistant.search.retriever import Retriever, check_query
from assistant.search.source import EvidenceSource

if TYPE_CHECKING:  # LangChain's models and runnables take seconds to import; only their types are named here
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

log = logging.getLogger(__name__)
INTERNAL_ERROR = "抱歉，回答这个问题时程序出错，未能给出答案。请换一种问法，或把问题反馈给管理员。"
MODES = ("auto", "qa", "draft", "lookup")
ORDINALS = "一二三四五六七八九十"


class Assistant:
    """The answer pipeline used by the CLI and the web UI alike (built by `assistant.runtime`)."""

    def __init__(self, retriever: Retriever, llm: ChatClient | BaseChatModel | None = None):
        self.retriever = retriever
        self.llm = llm  # as given (a LangChain model is wrapped in `client`)
        self.client = as_client(llm)

    @property
    def backend(self) -> str:
        return f"LLM（{self.client.model}）" if self.client else "抽取式（默认，离线）"

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
        route, answer = self.answer_parts(question, history, mode if mode in MODES else "auto")
        answer.timings["extractive"] = time.perf_counter() - started
        found = answer_problems(answer)
        if found:  # a bug in the extractive composer: never show an unsupported statement
            answer = Answer(
                "抱歉，生成的回答未通过内部核验，已拦截。请换一种问法。",
                route.kind,
                refused=True,
                retrieved=answer.retrieved,
                note="；".join(found),
                resolved_question=answer.resolved_question,  # how the turn was understood, for the next turn
            )
        # An article's text with its diff marks or cross-reference links is the answer itself: no rewording.
        structured = bool(answer.diffs or answer.links)
        if self.client is not None and (answer.citations or answer.retrieved) and not structured:
            answer = yield from self.written_by_llm(route, answer)
        yield answer

    def written_by_llm(self, route: Route, extractive: Answer) -> Generator[str, None, Answer]:
        """The model writes from the top evidence, the extractive answer as a hint (also a refusal);
        its text streams out, then its verified answer or the extractive one with the reason."""
        started = time.perf_counter()
        evidence = evidence_for(extractive)
        try:
            growing = write_reply(self.client, build_messages(route, extractive, evidence))
            reply = yield from checked_while_streaming(growing, evidence, extractive.derived_numbers)
            answer = checked_llm_answer(reply, evidence, extractive)
        except LLMUnavailable as exc:
            answer = with_note(extractive, f"大模型暂时无法使用：{exc}，已改为抽取式回答。")
        answer.timings["llm"] = time.perf_counter() - started
        return answer

    def answer_parts(self, question: str, history: list[Message] | None, mode: str) -> tuple[Route, Answer]:
        """Each part of a multi-part question answered in turn, later parts resolved against earlier ones."""
        before = parts_before(question, history) if mode in ("auto", "qa") and history else []
        if before:  # 其中二支部呢 after 应到多少人，实到多少: asked of each count, joined
            asked = [self.parts_answered(question, with_last_asked(history, part), mode) for part in before]
            answers = answered_parts([answer for _, answer in asked])
            if len(answers) == 1:
                return asked[0][0], answers[0]
            joined = "；".join(route.question for route, _ in asked)
            return replace(asked[0][0], question=joined), merge_answers(answers, restated=True)
        return self.parts_answered(question, history, mode)

    def parts_answered(self, question: str, history: list[Message] | None, mode: str) -> tuple[Route, Answer]:
        """The parts of `question` answered in turn against the conversation as it stands."""
        organisations = known_organisations(self.retriever)  # which names are organisations of the knowledge base
        last = conversation_state(history, organisations)
        parts = split_parts(question) if mode in ("auto", "qa") else [question]
        answered: list[Answer] = []
        routes: list[Route] = []
        for n, part in enumerate(parts):
            route = understand_turn(part, last, mode, n > 0, organisations)
            # 出自哪个条例第几条？ after a part: the source of that part's answer, not a new search
            cited = source_of(answered[-1]) if answered and asks_source(part) else None
            # 给了几人处分？都是啥处分？: the kinds, as the sentence just quoted breaks its figure down
            cited = cited or (breakdown_of(answered[-1], part) if answered else None)
            if not answered and last is not None and asks_source_only(part):
                # 出自哪里 / 是第几条 / 17.2这个数出自哪: the turn it is about answered again as asked, for its sources
                again = partial(self.answered_again, route, mode, organisations)
                cited = source_of_turn(part, route.question, route.kind, last, again)
            answer = cited or self.answer_route(route, part, last)
            answer.resolved_question = "；".join((route.question, *route.compared))
            answered.append(answer)
            routes.append(route)
            turn = last.next(route.question, route.subset) if last else Turn(route.question, route.subset)
            # the turns before it kept (a later part may recap); the figures it was compared with, for its sources
            last = replace(turn, answer=answer.text, compared=route.compared, summed=route.summed)
        if len(answered) == 1:
            return routes[0], answered[0]
        # 投资多少？其中X多少: a part that found nothing alone may be stated in the sentence another part quoted
        answered = filled_from_siblings(parts, answered)
        # The LLM (if any) writes over the merged answer: it gets every part's question.
        return replace(routes[0], question="；".join(r.question for r in routes)), merge_answers(answered)

    def answer_route(self, route: Route, part: str, last: Turn | None) -> Answer:
        """One understood part: from the documents it refers to, or across periods or turns."""
        if route.recap:  # 把上面这些写成一段总结: every earlier turn answered again, joined in order
            # the length asked is in the understood question (压缩一下 → …，不超过N字), not in the words typed
            recap = recap_of_turns(route.question, route.recap, last, self.answer_alone, self.retriever)
            if recap is not None:
                return recap
        source = scoped_source(self.retriever, route, last)
        # 给的啥处分 of an organisation's period: the penalties its report states, counted and broken down
        reported = penalties_reported(
            route.question, lambda asked: guarded_answer(understand_turn(asked, None), source)
        )
        answer = merge_answers(reported, restated=True) if reported else guarded_answer(route, source)
        if route.carried_period and answer.refused and answer.text.startswith(ONLY_OTHER_PERIODS):
            # the organisation has other periods only
            wider = self.answer_alone(route.question.replace(route.carried_period, "", 1))
            if not wider.refused:
                answer = with_note(
                    wider, f"知识库中没有该单位{route.carried_period}的材料，以上按该单位现有的材料回答。"
                )
        if route.note and not answer.refused:  # 上半年 answered from the half there is: said so
            answer = with_note(answer, route.note)
        if route.compared:  # 和上半年比…: each period answered on its own, side by side
            others = [self.answer_alone(q) for q in route.compared]
            answer = compared_answer([route.question, *route.compared], [answer, *others], route.summed)
        return answer

    def answered_again(self, route: Route, mode: str, organisations: Organisations, turn: Turn) -> Answer:
        """`turn`'s question answered again as it was asked (its kind, from its answer's documents), for its sources."""
        kind = understand_turn(turn.question, None, mode, False, organisations).kind
        return self.answer_route(replace(route, kind=kind), turn.question, turn)

    def answer_alone(self, question: str) -> Answer:
        """A question that stands alone (a period compared, a turn recapped), answered extractively."""
        return guarded_answer(understand_turn(question, None), self.retriever)

    def as_runnable(self) -> Runnable:
        """LangChain face: {"question", "history"?, "mode"?} -> Answer."""
        from langchain_core.runnables import RunnableLambda  # lazy: seconds of import a CLI answer never needs

        return RunnableLambda(lambda x: self.ask(x["question"], x.get("history"), x.get("mode", "auto")))


def guarded_answer(route: Route, source: EvidenceSource) -> Answer:
    """The extractive answer; a defect in an answer module becomes a logged refusal, never a traceback.

    The project's own errors (an index that became unavailable …) carry their message to the user as they are."""
    try:
        return answer_extractively(route, PersonSource(source, route.question))
    except AssistantError:
        raise
    except Exception:
        log.exception("answering %r failed", route.question)
        return Answer(INTERNAL_ERROR, route.kind, refused=True, note="回答模块出现内部错误，已记入日志。")


def checked_while_streaming(
    growing: Generator[str, None, LLMReply], evidence: list[Chunk], derived: set[float]
) -> Generator[str, None, LLMReply]:
    """The growing model text, shown only while it checks out so far; returns the whole reply."""
    shown = ""
    while True:
        try:
            text = next(growing)
        except StopIteration as done:
            return done.value
        if text != shown and not partial_problems(text, evidence, derived):
            shown = text
            yield in_order_of_use(text)  # numbered as the finished answer will be


def checked_llm_answer(reply: LLMReply, evidence: list[Chunk], extractive: Answer) -> Answer:
    """The model's answer if every sentence is grounded in the evidence it cites, else the extractive
    answer with the reason. Its citations are the evidence it cited, renumbered in order."""
    if declines(reply.text):
        return with_note(extractive, DECLINED_AGAIN if extractive.refused else DECLINED)
    found = problems(reply.text, evidence, extractive.derived_numbers, require_marks=True)
    if found:
        return with_note(extractive, "大模型生成的回答未通过核验（" + "；".join(found) + "），已改为抽取式回答。")
    text, citations = cite_evidence(reply.text, evidence, extractive.citations)
    return Answer(
        text,
        extractive.kind,
        citations,
        extractive.retrieved,
        timings=extractive.timings,
        # sums the model stated from cited addends, so that the finished answer checks out as well
        derived_numbers=extractive.derived_numbers | stated_sums(marked_claims(reply.text, evidence)),
        backend="llm",
        confidence="low" if extractive.refused else extractive.confidence,
        resolved_question=extractive.resolved_question,
        reasoning=reply.reasoning,
    )


DECLINED = "大模型认为资料不足以回答，已改为抽取式回答。"
DECLINED_AGAIN = "大模型也未在资料中找到答案。"
DECLINING = re.compile(r"没有(?:找到)?(?:相关|能回答)|未(?:找到|检索到|提及)|无法(?:回答|确定)|不足以回答|未涉及")


def declines(text: str) -> bool:
    """The model says the evidence does not answer (short, no source marked, no quantity)."""
    return len(text) <= 120 and not MARK.search(text) and not quantities(text) and bool(DECLINING.search(text))


ONLY_OTHER_PERIODS = "知识库中只有"  # how a scope refusal for a period the organisation lacks begins (search.scope)


def with_note(answer: Answer, note: str) -> Answer:
    """`answer` with `note` added after any note it has."""
    answer.note = f"{answer.note}；{note}" if answer.note else note
    return answer


def merge_answers(parts: list[Answer], restated: bool = False) -> Answer:
    """One answer for a multi-part question: texts in order, citations renumbered into one list.

    A part without an answer is refused on its own (saying which); the whole only when every part is.
    `restated`: the parts are one follow-up asked of several counts, whose answers may quote the same row
    again; a line an earlier one holds with its marks is then left out.
    """
    answered = [a for a in parts if not a.refused]
    if not answered:
        first = parts[0]
        return Answer(
            first.text, first.kind, refused=True, retrieved=first.retrieved, resolved_question=first.resolved_question
        )
    citations: list[Citation] = []
    texts: list[str] = []
    derived: set[float] = set()
    for n, answer in enumerate(parts):
        if answer.refused:
            texts.append(f"第{ORDINALS[n]}问：知识库中没有找到能回答这一问的内容，不作推测。")
            continue
        numbers = {}
        for old, citation in enumerate(answer.citations, 1):
            if citation not in citations:
                citations.append(citation)
            numbers[old] = citations.index(citation) + 1
        # 什么时候交？交到哪里？: one sentence answering both parts is said once; so is the whole a 其中 part
        # states again after the part before answered it
        text = "\n".join(
            unsaid_lines(renumbered(answer.text, numbers), [line for t in texts for line in t.split("\n")], restated)
        )
        if text:
            texts.append(text)
        derived |= answer.derived_numbers
    retrieved = list({e.chunk.id: e for a in parts for e in a.retrieved}.values())
    diffs = [d for a in answered for d in a.diffs]
    links = [link for a in answered for link in a.links]
    return Answer(
        "\n".join(texts),
        answered[0].kind,
        citations,
        retrieved,
        derived_numbers=derived,
        confidence="low" if any(a.confidence == "low" for a in answered) else answered[0].confidence,
        resolved_question="；".join(a.resolved_question for a in parts),
        diffs=diffs,
        links=links,
    )


def unsaid_lines(text: str, said: list[str], restated: bool = False) -> list[str]:
    """The lines of `text` not said by an earlier part, nor held with their marks by a line of the same part
    (女党员47名〔2〕。 after 共124名：女党员47名〔2〕。) or, when `restated`, of an earlier part."""
    kept: list[str] = []
    for line in text.split("\n"):
        holders = [*said, *kept] if restated else kept
        if line not in said and not ("〔" in line and any(line in k for k in holders)):
            kept.append(line)
    return kept


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
