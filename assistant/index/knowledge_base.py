"""The knowledge base: a vector index + the SQLite manifest with keyword tokens, written in a safe order.

The manifest is the source of truth for what is indexed. Writes go in an order that
keeps the visible state consistent if the process dies at any point:
new vectors are upserted first, then the manifest commits in one transaction,
then vectors that are no longer referenced are deleted. Readers only trust ids
the manifest knows, and `repair()` removes orphans and re-embeds gaps.

With a Chroma server (settings.chroma_url) the server is the shared truth and the SQLite
file is a per-instance cache of it, re-synchronised at start-up and whenever the server's
doc set changes (see `remote`); the document record on the server plays the role of the
manifest commit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from assistant.config import Settings
from assistant.core.schema import Chunk, Document
from assistant.embeddings import NamedEmbeddings, get_embeddings
from assistant.index import remote
from assistant.index.keyword import KeywordCache, KeywordIndex
from assistant.index.manifest import DocRecord, Manifest, claim_folder
from assistant.index.storage import (
    LOCK_FILE,
    MANIFEST_FILE,
    IndexUnusable,
    IndexWriteError,
    StoreUnavailable,
    check_folder,
    folder_bytes,
    wipe_folder,
    write_errors,
)
from assistant.index.vectors import (
    VECTOR_SCHEME,
    ChromaVectorIndex,
    VectorIndex,
    chunk_id_of,
    collection_name,
    vector_ids,
    vector_metadata,
    vector_texts,
)

# The index stage's public names, importable from here.
__all__ = [
    "MANIFEST_FILE",
    "VECTOR_SCHEME",
    "DocRecord",
    "IndexUnusable",
    "IndexWriteError",
    "KnowledgeBase",
    "StoreUnavailable",
    "VectorBatch",
    "collection_name",
    "vector_ids",
    "wipe_index",
]

log = logging.getLogger(__name__)

WRITE_BATCH = 256  # chunks embedded and upserted per vector-store call


@dataclass
class VectorBatch:
    """Vectors of some chunks' windows, computed outside the write lock (`KnowledgeBase.embed`)."""

    ids: list[str]
    embeddings: list[list[float]]
    metadatas: list[dict]
    documents: list[str] | None = None


class KnowledgeBase:
    """Open with `KnowledgeBase.open(settings)`; safe to share between threads."""

    def __init__(
        self, settings: Settings, embeddings: NamedEmbeddings | None = None, vectors: VectorIndex | None = None
    ):
        self.settings = settings
        self.index_dir = Path(settings.index_dir)
        self.remote = bool(settings.chroma_url)
        self.recovered: dict[str, int] = {}  # what the open-time repair of an interrupted write did
        self._embeddings = embeddings
        self._lock = threading.RLock()
        self._file_lock = FileLock(self.index_dir / LOCK_FILE, preserve_lock_file=True, fallback_to_soft=False)
        self._keyword = KeywordCache()
        self._documents: tuple[tuple[int, int], list[DocRecord]] | None = None
        check_folder(self.index_dir)
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # /proc/…, a missing drive, no permission: say so in Chinese
            raise IndexUnusable(
                f"无法创建索引文件夹 {self.index_dir}（{exc.strerror or exc}）。请用 ASSISTANT_INDEX_DIR 指定一个可写的文件夹。"
            ) from exc
        self.manifest = Manifest(self.index_dir)
        if not self.remote:  # before the embedded client creates chroma/ in someone else's folder
            claim_folder(self.manifest, self.index_dir, "")
        # Embedded Chroma is opened on first use: listing documents (`docs`) never needs it, and its
        # import and start take seconds of a one-shot CLI call. A server is checked at once (below).
        self._vectors: VectorIndex | None = vectors
        self._mirror: remote.ServerMirror | None = None
        if self.remote:
            server = self.vectors  # connecting checks the URL: a bad one is said before anything about the folder
            claim_folder(self.manifest, self.index_dir, settings.chroma_url)  # the URL is good: this error shows
            if not isinstance(server, ChromaVectorIndex):
                raise TypeError("server mode keeps its records on the Chroma server")
            records = remote.ServerRecords(server, self.embeddings.name, self.vector_space)
            self._mirror = remote.ServerMirror(records, self.manifest, self._lock)
            self.sync(force=True)
        else:
            self._recover()

    @classmethod
    def open(cls, settings: Settings, embeddings: NamedEmbeddings | None = None) -> KnowledgeBase:
        return cls(settings, embeddings)

    def close(self) -> None:
        self.manifest.close()

    @property
    def vectors(self) -> VectorIndex:
        if self._vectors is None:
            with self._lock:
                if self._vectors is None:
                    self._vectors = ChromaVectorIndex.connect(self.settings)
        return self._vectors

    @property
    def embeddings(self) -> NamedEmbeddings:
        if self._embeddings is None:
            self._embeddings = get_embeddings(self.settings.embeddings)
        return self._embeddings

    @property
    def vector_space(self) -> str:
        """Which vectors the collection holds: the embedder and how chunks are cut into windows."""
        return f"{self.embeddings.name}+{VECTOR_SCHEME}"

    def sync(self, force: bool = False) -> bool:
        """Server mode: bring the local manifest in line with the server (see remote.ServerMirror.sync)."""
        return self._mirror is not None and self._mirror.sync(force)

    # ---------- writing ----------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Serialise writers across threads and processes (the UI and the CLI may both index)."""
        with self._lock, write_errors(self.index_dir), self._file_lock:
            # Set until the write has finished: an open that finds it set repairs the index first.
            self.manifest.set_meta("pending", str(time.time()))
            yield
            self.manifest.delete_meta("pending")

    def replace_document(self, document: Document, chunks: list[Chunk]) -> None:
        """Make `chunks` the indexed content of `document`, atomically as seen by readers."""
        self.replace_documents([(document, chunks)])

    def replace_documents(self, items: list[tuple[Document, list[Chunk]]], vectors: Sequence[VectorBatch] = ()) -> None:
        """Replace several documents in one write: same order as for one, one vector-store call per batch.

        `vectors` are the new chunks' vectors computed beforehand by `embed` (see `new_chunks`), so
        that the write lock, which every reader waits for, is held for seconds' worth of storing
        and never for the embedding. A chunk they do not cover is embedded here, under the lock.
        Chroma commits every upsert call (~15 ms), so a corpus of thousands of small files is
        written in batches; readers still see each batch all at once or not at all.
        """
        if not items:
            return
        with self.writing():
            self.sync(force=True)
            old_chunks = [c for document, _ in items for c in self.manifest.doc_chunks(document.doc_id)]
            old_ids = {c.id for c in old_chunks}
            new_chunks = [c for _, chunks in items for c in chunks]
            ready = {vid for batch in vectors for vid in batch.ids}
            for batch in (b for b in vectors if b.ids):
                self.vectors.upsert(self.vector_space, batch.ids, batch.embeddings, batch.metadatas, batch.documents)
            late = [c for c in new_chunks if c.id not in old_ids and not set(vector_ids(c)) <= ready]
            self._upsert_vectors(late)
            indexed_at = time.time()
            if self._mirror is not None:  # the server's doc records are the commit point every instance sees
                self._mirror.records.commit(items, indexed_at)
            with self.manifest.transaction():
                self.manifest.put_documents(items, indexed_at)
                self.manifest.set_meta("embedder", self.vector_space)
            stale = old_ids - {c.id for c in new_chunks}
            self._delete_vectors([c for c in old_chunks if c.id in stale])

    def new_chunks(self, items: list[tuple[Document, list[Chunk]]]) -> list[Chunk]:
        """The chunks of `items` that have no vectors yet (an unchanged chunk keeps its vectors)."""
        old_ids = {c.id for document, _ in items for c in self.manifest.doc_chunks(document.doc_id)}
        return [c for _, chunks in items for c in chunks if c.id not in old_ids]

    def embed(self, chunks: list[Chunk]) -> VectorBatch:
        """Embed chunks without taking any lock (the slow part of a write); pass the result to replace_documents."""
        ids, texts, metadatas, documents = [], [], [], []
        for chunk in chunks:
            windows = vector_texts(chunk)
            ids += vector_ids(chunk)
            texts += windows
            if self.remote:
                metas, docs = remote.vector_records(chunk, len(windows))
                metadatas += metas
                documents += docs
            else:
                metadatas += [vector_metadata(chunk)] * len(windows)
        embeddings = self.embeddings.embed_documents(texts) if texts else []
        return VectorBatch(ids, embeddings, metadatas, documents or None)

    def remove_document(self, doc_id: str) -> bool:
        with self.writing():
            self.sync(force=True)
            old_chunks = self.manifest.doc_chunks(doc_id)
            if self._mirror is not None:
                self._mirror.records.remove(doc_id)
            with self.manifest.transaction():
                removed = self.manifest.delete_document(doc_id)
            self._delete_vectors(old_chunks)
            return removed

    def _upsert_vectors(self, chunks: list[Chunk]) -> None:
        for i in range(0, len(chunks), WRITE_BATCH):
            batch = self.embed(chunks[i : i + WRITE_BATCH])
            self.vectors.upsert(self.vector_space, batch.ids, batch.embeddings, batch.metadatas, batch.documents)

    def _delete_vectors(self, chunks: list[Chunk]) -> None:
        if chunks:
            self.vectors.delete(self.vector_space, [vid for chunk in chunks for vid in vector_ids(chunk)])

    # ---------- recovery ----------
    def needs_repair(self) -> bool:
        """Whether an index run must first reconcile the vectors with the manifest.

        Reading every vector id is O(index size), so it is skipped when the last write finished
        cleanly and the embedder is unchanged. A shared server always reconciles: other instances
        write to it.
        """
        return self.remote or self.meta("pending") is not None or self.meta("embedder") != self.vector_space

    def repair(self) -> dict[str, int]:
        """Bring the vectors in line with the manifest: drop orphans, re-embed gaps, switch embedders.

        Called before an index run that needs it (see needs_repair), so an interrupted run or
        a changed embedder is finished here. In server mode the manifest is first synchronised from the server;
        an orphan there is only removed once it is remote.ORPHAN_GRACE old (another instance may be
        writing it right now), and other embedders' collections are left alone (another
        instance may use them).
        """
        with self.writing():
            self.sync(force=True)
            current = self.vector_space
            previous = self.meta("embedder")
            stored = self.vectors.records(current, metadata=self.remote)
            known = set(self.manifest.chunk_ids())
            now = time.time()
            orphans = sorted(
                vid
                for vid, meta in stored.items()
                if chunk_id_of(vid) not in known and (not self.remote or remote.old_enough(meta, now))
            )
            self.vectors.delete(current, orphans)
            # A chunk whose vectors are incomplete (killed mid-upsert) is embedded again.
            missing = [c for c in self.manifest.chunks(sorted(known)) if not set(vector_ids(c)) <= stored.keys()]
            self._upsert_vectors(missing)
            self.manifest.set_meta("embedder", current)
            changed = bool(previous and previous != current)
            if changed and not self.remote:
                self.vectors.drop(previous)
            return {"orphans_removed": len(orphans), "re_embedded": len(missing), "embedder_changed": int(changed)}

    def _recover(self) -> None:
        """Finish an interrupted write (killed process, full disk) so this open sees no orphans.

        Skipped while another process is writing (it holds the lock and will finish itself)
        and when the folder cannot be written (answers still work from the consistent manifest).
        """
        if self.meta("pending") is None:
            return
        try:
            with self._file_lock.acquire(timeout=0):  # filelock.Timeout is an OSError
                pass
            self.recovered = self.repair()
        except (OSError, IndexUnusable):
            log.warning("could not finish the interrupted index write at open", exc_info=True)

    # ---------- manifest reads ----------
    def meta(self, key: str) -> str | None:
        return self.manifest.meta(key)

    def version(self) -> tuple[int, int]:
        """Changes whenever the manifest does: our own writes, or another process's commits."""
        with self._lock:
            return self.manifest.version()

    def documents(self) -> list[DocRecord]:
        # Asked several times per question; cached until the manifest changes.
        self.sync()
        version = self.version()
        with self._lock:
            if self._documents is None or self._documents[0] != version:
                self._documents = (version, self.manifest.documents())
            return list(self._documents[1])

    def document(self, doc_id: str) -> DocRecord | None:
        self.sync()
        return self.manifest.document(doc_id)

    def chunk_count(self) -> int:
        self.sync()
        return self.manifest.chunk_count()

    def chunks(self, ids: list[str]) -> list[Chunk]:
        """Chunks by id, in the order given; unknown ids are dropped."""
        if not ids:
            return []
        self.sync()
        return self.manifest.chunks(ids)

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        self.sync()
        return self.manifest.doc_chunks(doc_id)

    def article_chunks(self, article: str, doc_ids: list[str] | None = None) -> list[Chunk]:
        self.sync()
        return self.manifest.article_chunks(article, doc_ids)

    # ---------- searching ----------
    def keyword_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        return self._keyword_index().search(query, k, doc_ids)

    def token_weights(self, tokens: list[str]) -> list[float]:
        bm25 = self._keyword_index().bm25
        return [bm25.token_weight(t) for t in tokens]

    def max_token_weight(self) -> float:
        """The weight of a token that no chunk contains."""
        return self._keyword_index().bm25.max_idf

    def warm_keywords(self) -> None:
        """Build the keyword index of the current version now (after a write), not in the next question."""
        self._keyword_index()

    def _keyword_index(self) -> KeywordIndex:
        self.sync()
        # Another process (the CLI beside the web app) may have indexed: the version tells.
        return self._keyword.get(self.version(), self.manifest.keyword_rows)

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        self.sync()
        # No count first: a store gives up to n hits, and counting costs Chroma as much as the query.
        if not self.documents() or doc_ids is not None and not doc_ids:
            return []
        hits = self.vectors.query(self.vector_space, self.embeddings.embed_query(query), k * 4, doc_ids)
        best: dict[str, float] = {}  # a chunk scores as its best-matching window
        for vid, similarity in hits:
            best.setdefault(chunk_id_of(vid), similarity)
        return list(best.items())[:k]

    # ---------- figures ----------
    def vector_count(self) -> int:
        return self.vectors.count(self.vector_space)

    def disk_bytes(self) -> int:
        return folder_bytes(self.index_dir)


def wipe_index(index_dir: Path) -> None:
    """Remove an index folder's contents for a rebuild (only files we could have written)."""
    from chromadb.api.client import SharedSystemClient

    # Chroma caches one client per path in the process; a stale one would write to deleted files.
    SharedSystemClient.clear_system_cache()
    wipe_folder(Path(index_dir))
