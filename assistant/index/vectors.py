"""Dense side of the index: what is embedded per chunk, and the stores that hold the vectors.

A store keeps one collection per vector space (embedder + how chunks are cut into windows), so
switching embedders never mixes vectors. Embeddings are always computed by us and passed in:
Chroma must never embed anything itself.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlparse

import numpy as np

from assistant.config import ConfigError, Settings
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences
from assistant.index.storage import open_failure, server_errors

VECTOR_SCHEME = "w2"  # bump when vector_texts changes: the next index run re-embeds everything
COLLECTION_PREFIX = "assistant_chunks"
WINDOW_CHARS = 120
MAX_WINDOWS = 8
DELETE_BATCH = 5000
T = TypeVar("T")


def vector_texts(chunk: Chunk) -> list[str]:
    """Texts embedded for one chunk: its sentences in small windows.

    A small encoder dilutes a long article into a vague average; matching a question
    against the chunk's own sentences (best window wins) keeps a precise sentence findable.
    """
    context = " ".join([chunk.doc_title, *chunk.section_path[-1:]])
    windows: list[str] = []
    for sentence in split_sentences(chunk.text):
        if windows and len(windows[-1]) + len(sentence) <= WINDOW_CHARS:
            windows[-1] += sentence
        else:
            windows.append(sentence)
    # The windows cover the whole text; a separate whole-chunk vector would double the encoding
    # work (the bulk of index time) for little gain once keyword and coverage scoring rank too.
    return [f"{context} {w}" for w in windows[:MAX_WINDOWS]] or [f"{context} {chunk.text}"]


def vector_ids(chunk: Chunk) -> list[str]:
    return [f"{chunk.id}#{i}" for i in range(len(vector_texts(chunk)))]


def vector_metadata(chunk: Chunk) -> dict[str, Any]:
    return {"doc_id": chunk.doc_id, "kind": chunk.doc_kind}


def chunk_id_of(vector_id: str) -> str:
    return vector_id.split("#", 1)[0]


def collection_name(space: str) -> str:
    return f"{COLLECTION_PREFIX}_{hashlib.sha1(space.encode()).hexdigest()[:10]}"


class VectorIndex(Protocol):
    """Vectors by id, one collection per vector space; every vector's metadata has its `doc_id`."""

    def upsert(
        self,
        space: str,
        ids: list[str],
        embeddings: list[list[float]],
        metadatas: list[dict[str, Any]],
        documents: list[str] | None = None,
    ) -> None: ...

    def delete(self, space: str, ids: list[str]) -> None: ...

    def query(
        self, space: str, embedding: list[float], n: int, doc_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Up to n (vector id, cosine similarity), most similar first, only from `doc_ids` if given."""
        ...

    def count(self, space: str) -> int: ...

    def records(self, space: str, metadata: bool = False) -> dict[str, dict[str, Any]]:
        """Every vector id, with its metadata if asked (else an empty dict)."""
        ...

    def drop(self, space: str) -> None:
        """Delete a whole collection (an embedder no longer used); no error if it is gone."""
        ...


class InMemoryVectorIndex:
    """Exact cosine search in numpy; for tests and small experiments, nothing is persisted."""

    def __init__(self) -> None:
        self._spaces: dict[str, dict[str, tuple[np.ndarray, dict[str, Any]]]] = {}

    def upsert(self, space, ids, embeddings, metadatas, documents=None) -> None:
        store = self._spaces.setdefault(space, {})
        for vid, vector, meta in zip(ids, embeddings, metadatas):
            array = np.asarray(vector, dtype=np.float64)
            store[vid] = (array / (np.linalg.norm(array) or 1.0), dict(meta))

    def delete(self, space, ids) -> None:
        store = self._spaces.get(space, {})
        for vid in ids:
            store.pop(vid, None)

    def query(self, space, embedding, n, doc_ids=None) -> list[tuple[str, float]]:
        items = [
            (vid, vector)
            for vid, (vector, meta) in self._spaces.get(space, {}).items()
            if doc_ids is None or meta.get("doc_id") in doc_ids
        ]
        if not items or n <= 0:
            return []
        query = np.asarray(embedding, dtype=np.float64)
        query = query / (np.linalg.norm(query) or 1.0)
        scores = np.stack([v for _, v in items]) @ query
        order = np.argsort(-scores, kind="stable")[:n]
        return [(items[i][0], float(scores[i])) for i in order]

    def count(self, space) -> int:
        return len(self._spaces.get(space, {}))

    def records(self, space, metadata=False) -> dict[str, dict[str, Any]]:
        return {vid: dict(meta) if metadata else {} for vid, (_, meta) in self._spaces.get(space, {}).items()}

    def drop(self, space) -> None:
        self._spaces.pop(space, None)


class ChromaVectorIndex:
    """Chroma, embedded in the index folder or a server by URL (then every call may raise StoreUnavailable)."""

    def __init__(self, client, url: str = ""):
        self.client = client
        self.url = url
        self._collections: dict[str, Any] = {}  # by space: looking one up by name costs as much as a query

    @classmethod
    def connect(cls, settings: Settings) -> ChromaVectorIndex:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        url = settings.chroma_url
        if not url:
            index_dir = Path(settings.index_dir)
            try:
                return cls(chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=chroma_settings))
            except Exception as exc:  # e.g. a damaged chroma.sqlite3, a full disk, a read-only folder
                damaged = f"无法打开索引 {index_dir / 'chroma'}（{exc}）。请运行 assistant index --rebuild 重建索引。"
                raise open_failure(index_dir, exc, damaged) from exc
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(f"ASSISTANT_CHROMA_URL=“{url}” 不是有效地址，应形如 http://127.0.0.1:8000")
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname, port=parsed.port or 8000, ssl=parsed.scheme == "https", settings=chroma_settings
            )
        except Exception as exc:
            raise ConfigError(f"无法连接 Chroma 服务 {url}：{exc}。请确认服务已启动（chroma run）。") from exc
        return cls(client, url)

    def collection(self, space: str, fresh: bool = False):
        """The space's collection; `fresh` looks it up again (the server's records changed: it may be new)."""
        if fresh or space not in self._collections:
            with server_errors(self.url):
                self._collections[space] = self.client.get_or_create_collection(
                    collection_name(space), configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
                )
        return self._collections[space]

    def on_collection(self, space: str, call: Callable[[Any], T]) -> T:
        """call(collection of the space); once more with a fresh handle when the kept one fails, as it does
        after another process rebuilt the index and the collection of that name is a new one."""
        try:
            with server_errors(self.url):
                return call(self.collection(space))
        except Exception:
            if self._collections.pop(space, None) is None:
                raise
        with server_errors(self.url):
            return call(self.collection(space))

    def upsert(self, space, ids, embeddings, metadatas, documents=None) -> None:
        self.on_collection(
            space, lambda c: c.upsert(ids=ids, embeddings=embeddings, metadatas=metadatas, documents=documents)
        )

    def delete(self, space, ids) -> None:
        def delete_batches(collection) -> None:
            for i in range(0, len(ids), DELETE_BATCH):
                collection.delete(ids=ids[i : i + DELETE_BATCH])

        self.on_collection(space, delete_batches)

    def query(self, space, embedding, n, doc_ids=None) -> list[tuple[str, float]]:
        where = None if doc_ids is None else {"doc_id": {"$in": sorted(doc_ids)}}
        result = self.on_collection(
            space, lambda c: c.query(query_embeddings=[embedding], n_results=n, where=where, include=["distances"])
        )
        return [(vid, 1.0 - float(d)) for vid, d in zip(result["ids"][0], result["distances"][0])]

    def count(self, space) -> int:
        return self.on_collection(space, lambda c: c.count())

    def records(self, space, metadata=False) -> dict[str, dict[str, Any]]:
        got = self.on_collection(space, lambda c: c.get(include=["metadatas"] if metadata else []))
        metas = got["metadatas"] if metadata else [None] * len(got["ids"])
        return {vid: dict(meta or {}) for vid, meta in zip(got["ids"], metas)}

    def drop(self, space) -> None:
        self._collections.pop(space, None)
        with contextlib.suppress(Exception):  # already gone: nothing to clean up
            self.client.delete_collection(collection_name(space))
