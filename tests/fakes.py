"""Test doubles: an embedder with no model, a knowledge base with no Chroma, a loopback OpenAI-compatible chat server."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.embeddings import NamedEmbeddings
from assistant.index.knowledge_base import KnowledgeBase
from assistant.index.vectors import InMemoryVectorIndex

DIMENSION = 256


class FakeEmbeddings(NamedEmbeddings):
    """Hashed character uni- and bigrams, L2-normalised: texts sharing characters are close.

    Deterministic across processes (no Python hash()), instant, and good enough for a question
    to find the chunk that contains its words.
    """

    name = "fake-ngrams"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    @staticmethod
    def _vector(text: str) -> list[float]:
        vector = np.zeros(DIMENSION)
        text = "".join(text.lower().split())
        for n in (1, 2):
            for i in range(len(text) - n + 1):
                digest = hashlib.blake2b(text[i : i + n].encode(), digest_size=8).digest()
                vector[int.from_bytes(digest, "little") % DIMENSION] += 1.0
        norm = np.linalg.norm(vector)
        if norm == 0:
            vector[0], norm = 1.0, 1.0
        return (vector / norm).tolist()


class GatedEmbeddings(FakeEmbeddings):
    """Blocks `embed_documents` until released, to look at the index while a write is under way."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def embed_documents(self, texts):
        self.entered.set()
        assert self.release.wait(10)
        return super().embed_documents(texts)


def fake_kb(index_dir: Path) -> KnowledgeBase:
    """A knowledge base on the fake embedder and an in-memory vector index (the manifest is still SQLite)."""
    return KnowledgeBase(Settings(index_dir=index_dir), FakeEmbeddings(), InMemoryVectorIndex())


def _chunk(content: str | None, finish: str | None) -> bytes:
    delta = {"role": "assistant", "content": content} if content is not None else {}
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    body = {"id": "scripted", "object": "chat.completion.chunk", "created": 0, "model": "scripted", "choices": [choice]}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


@contextmanager
def openai_server(reply: str = "", status: int = 200) -> Iterator[tuple[str, list[dict]]]:
    """(base URL, received requests) of a loopback chat-completions endpoint.

    With status 200 every request gets `reply` (streamed when asked); any other status answers
    with an OpenAI-style error, e.g. 401 for a wrong API key.
    """
    received: list[dict] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            received.append(request)
            if status != 200:
                body = json.dumps({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}})
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body.encode())
                return
            self.send_response(200)
            if request.get("stream"):
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                self.wfile.write(_chunk(reply, None) + _chunk(None, "stop") + b"data: [DONE]\n\n")
                return
            message = {"role": "assistant", "content": reply}
            body = {
                "id": "scripted",
                "object": "chat.completion",
                "created": 0,
                "model": "scripted",
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(body, ensure_ascii=False).encode())

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", received
    finally:
        server.shutdown()
        server.server_close()
