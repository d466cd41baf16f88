"""Test doubles: an embedder with no model, a knowledge base with no Chroma, a loopback OpenAI-compatible chat server."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from assistant.config import Settings
from assistant.embeddings import NamedEmbeddings
from assistant.index.knowledge_base import KnowledgeBase
from assistant.index.vectors import InMemoryVectorIndex
from tests.llm_servers import Failure, Reply, chat_server

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


@contextmanager
def openai_server(reply: str = "", status: int = 200) -> Iterator[tuple[str, list[dict]]]:
    """(base URL, received requests) of a loopback chat-completions endpoint (tests/llm_servers.py).

    With status 200 every request gets `reply` (streamed when asked); any other status answers
    with an OpenAI-style error, e.g. 401 for a wrong API key.
    """
    step = Reply((reply,)) if status == 200 else Failure(status, "Incorrect API key provided")
    with chat_server(step) as server:
        yield server.openai_url, server.received
