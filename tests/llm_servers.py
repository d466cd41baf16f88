"""A scripted chat server on loopback that speaks both protocols the assistant supports.

OpenAI-compatible (`POST /v1/chat/completions`, server-sent events, reasoning in
`reasoning_content`) and Ollama (`POST /api/chat`, one JSON object per line, reasoning in
`message.thinking`). Each request takes the next step of the script (the last one repeats): a
streamed reply, an HTTP failure, or a hang that never answers. Used by the tests that must run
against a real HTTP server, with no fake object inside the process.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Reply:
    content: tuple[str, ...] = ()  # content pieces, one stream chunk each
    reasoning: tuple[str, ...] = ()  # sent first, in the protocol's own reasoning field


@dataclass(frozen=True)
class Failure:
    status: int
    message: str = "scripted failure"
    retry_after: str | None = None


Step = Reply | Failure | Literal["hang", "drop"]
HANG: Step = "hang"  # never answers
DROP: Step = "drop"  # starts a streamed reply, then closes the connection mid-way


@dataclass
class ScriptedServer:
    script: list[Step]
    port: int = 0
    received: list[dict] = field(default_factory=list)  # the chat requests' bodies
    probes: list[str] = field(default_factory=list)  # paths of GET requests (model lists)
    released: threading.Event = field(default_factory=threading.Event)  # ends hanging requests

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_url(self) -> str:
        return self.url + "/v1"

    def next_step(self) -> Step:
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    @property
    def chats(self) -> list[dict]:
        return self.received


def openai_events(reply: Reply) -> Iterator[bytes]:
    def event(delta: dict, finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        body = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "scripted", "choices": [choice]}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()

    yield event({"role": "assistant", "content": ""})
    for piece in reply.reasoning:
        yield event({"reasoning_content": piece, "content": None})
    for piece in reply.content:
        yield event({"content": piece})
    yield event({}, "stop")
    yield b"data: [DONE]\n\n"


def ollama_lines(reply: Reply) -> Iterator[bytes]:
    def line(message: dict, done: bool = False) -> bytes:
        body = {"model": "scripted", "created_at": "2026-01-01T00:00:00Z", "message": message, "done": done}
        return (json.dumps(body, ensure_ascii=False) + "\n").encode()

    for piece in reply.reasoning:
        yield line({"role": "assistant", "content": "", "thinking": piece})
    for piece in reply.content:
        yield line({"role": "assistant", "content": piece})
    yield line({"role": "assistant", "content": ""}, done=True)


def whole_reply(reply: Reply, openai: bool) -> dict:
    message = {"role": "assistant", "content": "".join(reply.content)}
    if not openai:
        return {"model": "scripted", "message": message | {"thinking": "".join(reply.reasoning)}, "done": True}
    message["reasoning_content"] = "".join(reply.reasoning)
    choice = {"index": 0, "message": message, "finish_reason": "stop"}
    return {"id": "s", "object": "chat.completion", "created": 0, "model": "scripted", "choices": [choice]}


def handler_for(server: ScriptedServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            server.probes.append(self.path)
            models = (
                {"data": [{"id": "scripted", "object": "model"}]} if self.path.startswith("/v1") else {"models": []}
            )
            self.send_json(200, models)

        def do_POST(self) -> None:  # noqa: N802
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            server.received.append(request)
            step = server.next_step()
            if step == HANG:
                server.released.wait()
                return
            if isinstance(step, Failure):
                error = {"message": step.message, "type": "scripted"} if self.path.startswith("/v1") else step.message
                self.send_json(step.status, {"error": error}, step.retry_after)
                return
            openai = self.path.endswith("/chat/completions")
            if step != DROP and not request.get("stream", not openai):  # Ollama streams unless told not to
                self.send_json(200, whole_reply(step, openai))
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream" if openai else "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            reply = Reply(("上半年",)) if step == DROP else step
            parts = list((openai_events if openai else ollama_lines)(reply))
            for part in parts[:1] if step == DROP else parts:
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.flush()
            if step == DROP:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(b"0\r\n\r\n")

        def send_json(self, status: int, body: dict, retry_after: str | None = None) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if retry_after:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    return Handler


@contextmanager
def chat_server(*script: Step) -> Iterator[ScriptedServer]:
    """A ScriptedServer listening on 127.0.0.1 (a free port) for the duration of the block."""
    scripted = ScriptedServer(list(script) or [Reply()])
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for(scripted))
    scripted.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield scripted
    finally:
        scripted.released.set()
        httpd.shutdown()
        httpd.server_close()
