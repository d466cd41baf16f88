"""The OpenAI chat-completions format, without HTTP: a request body -> `ChatRequest`, an `Answer` -> responses.

Pure functions and small dataclasses (tested fast); `web.api` serves them. Answers are shaped
exactly as OpenAI's (id, object, created, model, choices, usage) plus two fields of ours:
`citations` (the structured sources) and `answer_meta` (refusal, kind, who wrote it).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.core.errors import AssistantError
from assistant.core.schema import Answer
from assistant.search.retriever import QueryError, check_query
from assistant.web.chat import MAX_HISTORY_MESSAGES, Message, where

MODEL = "dangjian-assistant"
# Model id -> Assistant mode: a front-end that cannot send our options picks a mode by its model.
MODEL_MODES = {MODEL: "auto", f"{MODEL}-qa": "qa", f"{MODEL}-draft": "draft", f"{MODEL}-lookup": "lookup"}
SOURCES_HEADING = "资料来源："
NOTE_START = "（说明："
# What `answer_content` appends to the answer; cut off again when a client sends the answer back as history.
APPENDED = re.compile(rf"\n\n(?:{NOTE_START}|{SOURCES_HEADING}\n)")
CONVERSATION_ROLES = ("user", "assistant")
IGNORED_ROLES = ("system", "developer", "tool", "function")  # a front-end's own prompts: not questions
MAX_MESSAGE_CHARS = 20_000  # one earlier message (a long draft fits); the question itself: `check_query`
STREAM_PIECE = re.compile(r".{1,80}\n?|\n")  # answer lines (long ones in 80-character pieces), newlines kept


class ApiError(AssistantError):
    """An error answered as OpenAI does: an HTTP status and {"error": {...}} with a Chinese message."""

    def __init__(
        self, status: int, message: str, param: str | None = None, code: str | None = None, kind: str = ""
    ) -> None:
        super().__init__(message)
        self.status = status
        self.param = param
        self.code = code
        self.kind = kind or ("server_error" if status >= 500 else "invalid_request_error")

    def body(self) -> dict:
        return {"error": {"message": str(self), "type": self.kind, "param": self.param, "code": self.code}}


# ---------------------------------------------------------------- the request
@dataclass(frozen=True)
class ChatRequest:
    model: str
    question: str
    history: list[Message] = field(default_factory=list)
    stream: bool = False
    include_usage: bool = False
    prompt_chars: int = 0  # every message's text: the `usage` figures count characters

    @property
    def mode(self) -> str:
        return MODEL_MODES[self.model]


def message_text(content: object, name: str) -> str:
    """A message's text: a string, or an array of {"type": "text", "text": …} parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise ApiError(400, f"{name} 应为字符串或文字片段数组。", param=name)
    texts = []
    for n, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind != "text" or not isinstance(part.get("text"), str):
            raise ApiError(400, f"{name}[{n}] 不受支持：只能发送文字（type 为 text），不能发送图片或文件。", param=name)
        texts.append(part["text"])
    return "\n".join(texts)


def strip_appended(text: str) -> str:
    """An earlier answer as the web chat keeps it for follow-ups: without the note and source list we appended."""
    found = APPENDED.search(text)
    return text[: found.start()] if found else text


def _conversation(messages: list) -> list[tuple[str, str]]:
    """(role, text) of every user/assistant message, checked one by one."""
    kept = []
    for n, message in enumerate(messages):
        name = f"messages[{n}]"
        role = message.get("role") if isinstance(message, dict) else None
        if role not in CONVERSATION_ROLES + IGNORED_ROLES:
            raise ApiError(400, f"{name}.role 应为 user、assistant 或 system。", param=f"{name}.role")
        text = message_text(message.get("content"), f"{name}.content")
        if len(text) > MAX_MESSAGE_CHARS:
            raise ApiError(400, f"{name}.content 过长（{len(text)} 字，上限 {MAX_MESSAGE_CHARS} 字）。", param=name)
        if role in CONVERSATION_ROLES:
            kept.append((role, text))
    return kept


OPTION_TYPES = {bool: "true 或 false", int: "整数", dict: "JSON 对象"}


def _option(body: dict, name: str, kind: type, default: object) -> object:
    value = body.get(name)
    if value is None:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ApiError(400, f"{name} 应为{OPTION_TYPES[kind]}，收到的是“{value}”。", param=name)
    return value


def unknown_model(name: str, param: str | None = None) -> ApiError:
    return ApiError(
        404, f"模型“{name}”不存在。可用模型：{'、'.join(MODEL_MODES)}。", param=param, code="model_not_found"
    )


def parse_request(body: object) -> ChatRequest:
    """A chat-completions body -> ChatRequest; anything unusable is a 400 naming the field."""
    if not isinstance(body, dict):
        raise ApiError(400, "请求体应为 JSON 对象。")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise ApiError(400, f"缺少 model 字段。可用模型：{'、'.join(MODEL_MODES)}。", param="model")
    if model not in MODEL_MODES:
        raise unknown_model(model, param="model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages 应为非空数组，最后一条为用户的问题。", param="messages")
    if _option(body, "n", int, 1) != 1:
        raise ApiError(400, "n 只能为 1：每次只生成一个回答。", param="n")
    stream = _option(body, "stream", bool, False)
    options = _option(body, "stream_options", dict, {})
    conversation = _conversation(messages)
    last = messages[-1]
    if not conversation or last.get("role") != "user":
        raise ApiError(400, "messages 的最后一条应为用户（user）的问题。", param="messages")
    try:
        question = check_query(conversation[-1][1])
    except QueryError as exc:
        raise ApiError(400, str(exc), param=f"messages[{len(messages) - 1}].content") from None
    history = [
        {"role": role, "content": strip_appended(text) if role == "assistant" else text}
        for role, text in conversation[:-1]
    ]
    return ChatRequest(
        model=model,
        question=question,
        history=history[-MAX_HISTORY_MESSAGES:],
        stream=bool(stream),
        include_usage=bool(options.get("include_usage")),  # type: ignore[union-attr]
        prompt_chars=sum(len(text) for _, text in conversation),
    )


# ---------------------------------------------------------------- the response
def source_line(n: int, citation) -> str:
    loc = where(citation)
    return f"〔{n}〕《{citation.doc}》" + (f"位置：{loc}；" if loc else "") + f"原文：“{citation.quote}”"


def answer_content(answer: Answer) -> str:
    """The answer as one text: the 〔n〕-marked answer, the note if any, then the numbered sources."""
    parts = [answer.text.strip()]
    if answer.note:
        parts.append(f"{NOTE_START}{answer.note}）")
    if answer.citations:
        parts.append("\n".join([SOURCES_HEADING, *(source_line(n, c) for n, c in enumerate(answer.citations, 1))]))
    return "\n\n".join(parts)


def citations_json(answer: Answer) -> list[dict]:
    """The sources for programs: numbered as the 〔n〕 marks of the text."""
    chunks = {e.chunk.id: e.chunk for e in answer.retrieved}
    rows = []
    for n, c in enumerate(answer.citations, 1):
        chunk = c.chunk or chunks.get(c.chunk_id)
        rows.append(
            {
                "n": n,
                "doc": c.doc,
                "doc_id": chunk.doc_id if chunk else "",
                "location": where(c),  # as shown in the source list; section and article as in `ask --json`
                "section": c.section,
                "article": c.article,
                "quote": c.quote,
                "chunk_id": c.chunk_id,
            }
        )
    return rows


def answer_meta(answer: Answer) -> dict:
    """What `assistant ask --json` also tells: a refusal, the answer kind, who wrote it."""
    return {
        "refused": answer.refused,
        "kind": answer.kind,
        "confidence": answer.confidence,
        "backend": answer.backend,
        "note": answer.note,
        "resolved_question": answer.resolved_question,
    }


@dataclass(frozen=True)
class Reply:
    """The OpenAI-shaped objects of one completion (one id and timestamp for all its chunks)."""

    request: ChatRequest
    id: str = field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex}")
    created: int = field(default_factory=lambda: int(time.time()))

    def _head(self, kind: str) -> dict:
        return {"id": self.id, "object": kind, "created": self.created, "model": self.request.model}

    def usage(self, content: str) -> dict:
        prompt, completion = self.request.prompt_chars, len(content)
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def completion(self, answer: Answer) -> dict:
        content = answer_content(answer)
        message = {"role": "assistant", "content": content, "refusal": None}
        if answer.reasoning:  # a reasoning model's thinking, as DeepSeek's API names it; never in `content`
            message["reasoning_content"] = answer.reasoning
        return {
            **self._head("chat.completion"),
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
            "usage": self.usage(content),
            "citations": citations_json(answer),
            "answer_meta": answer_meta(answer),
        }

    def chunk(self, delta: dict, finish: str | None = None, **extra: object) -> dict:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return {**self._head("chat.completion.chunk"), "choices": [choice], **extra}

    def chunks(self, answer: Answer) -> Iterator[dict]:
        """The answer's stream after the opening role chunk: text pieces, the closing chunk, usage if asked."""
        content = answer_content(answer)
        if answer.reasoning:
            yield self.chunk({"reasoning_content": answer.reasoning})
        for piece in STREAM_PIECE.findall(content):
            yield self.chunk({"content": piece})
        yield self.chunk({}, "stop", citations=citations_json(answer), answer_meta=answer_meta(answer))
        if self.request.include_usage:
            yield {**self._head("chat.completion.chunk"), "choices": [], "usage": self.usage(content)}


def sse(data: dict | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n"


def models_json(created: int) -> dict:
    return {"object": "list", "data": [model_json(name, created) for name in MODEL_MODES]}


def model_json(name: str, created: int) -> dict:
    return {"id": name, "object": "model", "created": created, "owned_by": "dangjian-assistant"}
