"""The knowledge base: Chroma (vectors) + SQLite manifest and keyword tokens.

SQLite is the source of truth for what is indexed. Writes go in an order that
keeps the visible state consistent if the process dies at any point:
new vectors are upserted first, then the manifest commits in one transaction,
then vectors that are no longer referenced are deleted. Readers only trust ids
the manifest knows, and `repair()` removes orphans and re-embeds gaps.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from .chunking import split_sentences
from .config import ConfigError, Settings
from .embeddings import NamedEmbeddings, get_embeddings
from .keyword import BM25Index, tokenize
from .schema import Chunk, Document

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

MANIFEST_FILE = "manifest.sqlite3"
SCHEMA_VERSION = "1"
COLLECTION_PREFIX = "assistant_chunks"
WRITE_BATCH = 256
WINDOW_CHARS = 120
MAX_WINDOWS = 8

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
    content_hash TEXT NOT NULL, indexed_at REAL NOT NULL, n_chunks INTEGER NOT NULL,
    chars INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL,
    section_path TEXT NOT NULL, article TEXT, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, position);
"""


class IndexUnusable(Exception):
    """The index folder cannot be used; str() tells the user what to do (Chinese)."""


@dataclass(frozen=True)
class DocRecord:
    doc_id: str
    source: str
    title: str
    kind: str
    content_hash: str
    indexed_at: float
    n_chunks: int
    chars: int


def keyword_text(chunk: Chunk) -> str:
    """What the keyword index sees: the chunk's title and section path, then its words."""
    return " ".join([chunk.doc_title, *chunk.section_path, chunk.text])


def vector_texts(chunk: Chunk) -> list[str]:
    """Texts embedded for one chunk: the whole chunk, then its sentences in small windows.

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
    if len(windows) <= 1:
        return [f"{context} {chunk.text}"]
    return [f"{context} {chunk.text}"] + [f"{context} {w}" for w in windows[:MAX_WINDOWS]]


def vector_ids(chunk: Chunk) -> list[str]:
    return [f"{chunk.id}#{i}" for i in range(len(vector_texts(chunk)))]


def collection_name(embedder: str) -> str:
    import hashlib

    return f"{COLLECTION_PREFIX}_{hashlib.sha1(embedder.encode()).hexdigest()[:10]}"


class KnowledgeBase:
    """Open with `KnowledgeBase.open(settings)`; safe to share between threads."""

    def __init__(self, settings: Settings, embeddings: NamedEmbeddings | None = None):
        self.settings = settings
        self.index_dir = Path(settings.index_dir)
        self._embeddings = embeddings
        self._lock = threading.RLock()
        self._keyword: tuple[int, BM25Index, dict[str, int]] | None = None
        self._generation = 0
        self._check_folder()
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._db = self._connect()
        self._client = self._chroma_client()

    @classmethod
    def open(cls, settings: Settings, embeddings: NamedEmbeddings | None = None) -> KnowledgeBase:
        return cls(settings, embeddings)

    # ---------- set-up ----------
    def _check_folder(self) -> None:
        if not self.index_dir.exists():
            return
        if not self.index_dir.is_dir():
            raise IndexUnusable(f"索引路径 {self.index_dir} 不是文件夹。请通过 ASSISTANT_INDEX_DIR 指定一个文件夹。")
        entries = {p.name for p in self.index_dir.iterdir()} - {".gitkeep", ".lock"}
        if entries and MANIFEST_FILE not in entries:
            raise IndexUnusable(
                f"文件夹 {self.index_dir} 不是本助手的索引（缺少 {MANIFEST_FILE}）。"
                "请用 ASSISTANT_INDEX_DIR 指定一个空文件夹，或运行 assistant index --rebuild 重建。"
            )

    def _connect(self) -> sqlite3.Connection:
        path = self.index_dir / MANIFEST_FILE
        try:
            db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version is None:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif version[0] != SCHEMA_VERSION:
                raise IndexUnusable(f"索引 {self.index_dir} 的格式版本不兼容。请运行 assistant index --rebuild 重建。")
        except sqlite3.DatabaseError as exc:
            raise IndexUnusable(
                f"索引文件 {path} 已损坏或无法写入（{exc}）。请运行 assistant index --rebuild 重建索引。"
            ) from exc
        return db

    def _chroma_client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        url = self.settings.chroma_url
        if not url:
            return chromadb.PersistentClient(path=str(self.index_dir / "chroma"), settings=chroma_settings)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(f"ASSISTANT_CHROMA_URL=“{url}” 不是有效地址，应形如 http://127.0.0.1:8000")
        try:
            return chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or 8000,
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise ConfigError(f"无法连接 Chroma 服务 {url}：{exc}。请确认服务已启动（chroma run）。") from exc

    @property
    def embeddings(self) -> NamedEmbeddings:
        if self._embeddings is None:
            self._embeddings = get_embeddings(self.settings.embeddings)
        return self._embeddings

    def _collection(self, embedder: str | None = None):
        return self._client.get_or_create_collection(
            collection_name(embedder or self.embeddings.name),
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,
        )

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Serialise writers across threads and processes (the UI and the CLI may both index)."""
        with self._lock, open(self.index_dir / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ---------- manifest reads ----------
    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def documents(self) -> list[DocRecord]:
        rows = self._db.execute(
            "SELECT doc_id, source, title, kind, content_hash, indexed_at, n_chunks, chars FROM docs ORDER BY title"
        ).fetchall()
        return [DocRecord(*row) for row in rows]

    def document(self, doc_id: str) -> DocRecord | None:
        row = self._db.execute(
            "SELECT doc_id, source, title, kind, content_hash, indexed_at, n_chunks, chars FROM docs WHERE doc_id=?",
            (doc_id,),
        ).fetchone()
        return DocRecord(*row) if row else None

    def chunk_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def _rows_to_chunks(self, rows: Iterable[tuple]) -> list[Chunk]:
        docs = {d.doc_id: d for d in self.documents()}
        chunks = []
        for cid, doc_id, section, article, text, start, end in rows:
            doc = docs.get(doc_id)
            if doc is None:
                continue
            chunks.append(
                Chunk(cid, doc_id, doc.title, doc.kind, tuple(json.loads(section)), article, text, start, end)
            )
        return chunks

    _CHUNK_COLUMNS = 'id, doc_id, section_path, article, text, start, "end"'

    def chunks(self, ids: list[str]) -> list[Chunk]:
        """Chunks by id, in the order given; unknown ids are dropped."""
        if not ids:
            return []
        found: dict[str, Chunk] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            rows = self._db.execute(
                f"SELECT {self._CHUNK_COLUMNS} FROM chunks WHERE id IN ({','.join('?' * len(part))})", part
            ).fetchall()
            found.update((c.id, c) for c in self._rows_to_chunks(rows))
        return [found[i] for i in ids if i in found]

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        rows = self._db.execute(
            f"SELECT {self._CHUNK_COLUMNS} FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,)
        ).fetchall()
        return self._rows_to_chunks(rows)

    def article_chunks(self, article: str, doc_ids: list[str] | None = None) -> list[Chunk]:
        query = f"SELECT {self._CHUNK_COLUMNS} FROM chunks WHERE article=?"
        params: list = [article]
        if doc_ids is not None:
            query += f" AND doc_id IN ({','.join('?' * len(doc_ids))})"
            params += doc_ids
        return self._rows_to_chunks(self._db.execute(query + " ORDER BY doc_id, position", params).fetchall())

    # ---------- searching ----------
    def keyword_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        generation, index, positions = self._keyword_index()
        allowed = None
        if doc_ids is not None:
            allowed = np.zeros(len(index.ids), dtype=bool)
            for _cid, (doc_id, pos) in positions.items():
                if doc_id in doc_ids:
                    allowed[pos] = True
        return index.search(tokenize(query), k, allowed)

    def token_weights(self, tokens: list[str]) -> list[float]:
        index = self._keyword_index()[1]
        return [index.token_weight(t) for t in tokens]

    def _keyword_index(self):
        with self._lock:
            if self._keyword is None or self._keyword[0] != self._generation:
                rows = self._db.execute("SELECT id, doc_id, tokens FROM chunks ORDER BY rowid").fetchall()
                index = BM25Index([r[0] for r in rows], [r[2].split(" ") if r[2] else [] for r in rows])
                positions = {r[0]: (r[1], i) for i, r in enumerate(rows)}
                self._keyword = (self._generation, index, positions)
            return self._keyword

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        collection = self._collection()
        total = collection.count()
        if total == 0:
            return []
        where = None
        if doc_ids is not None:
            if not doc_ids:
                return []
            where = {"doc_id": {"$in": sorted(doc_ids)}}
        result = collection.query(
            query_embeddings=[self.embeddings.embed_query(query)],
            n_results=min(k * 4, total),
            where=where,
            include=["distances"],
        )
        best: dict[str, float] = {}  # a chunk scores as its best-matching window
        for vid, distance in zip(result["ids"][0], result["distances"][0]):
            best.setdefault(vid.split("#", 1)[0], 1.0 - float(distance))
        return list(best.items())[:k]

    # ---------- writing ----------
    def replace_document(self, document: Document, chunks: list[Chunk]) -> None:
        """Make `chunks` the indexed content of `document`, atomically as seen by readers."""
        with self.writing():
            collection = self._collection()
            old_chunks = self.doc_chunks(document.doc_id)
            old_ids = {c.id for c in old_chunks}
            self._upsert_vectors(collection, [c for c in chunks if c.id not in old_ids])
            tokens = [" ".join(tokenize(keyword_text(c))) for c in chunks]
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM chunks WHERE doc_id=?", (document.doc_id,))
                self._db.executemany(
                    'INSERT OR REPLACE INTO chunks (id, doc_id, position, section_path, article, text, start, "end", tokens) '
                    "VALUES (?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            c.id,
                            c.doc_id,
                            pos,
                            json.dumps(list(c.section_path), ensure_ascii=False),
                            c.article,
                            c.text,
                            c.start,
                            c.end,
                            tok,
                        )
                        for pos, (c, tok) in enumerate(zip(chunks, tokens))
                    ],
                )
                self._db.execute(
                    "INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?,?,?,?)",
                    (
                        document.doc_id,
                        document.source,
                        document.title,
                        document.kind,
                        document.content_hash,
                        time.time(),
                        len(chunks),
                        len(document.text),
                    ),
                )
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('embedder', ?)", (self.embeddings.name,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._generation += 1
            stale = old_ids - {c.id for c in chunks}
            if stale:
                self._delete_vectors(collection, [c for c in old_chunks if c.id in stale])

    def _upsert_vectors(self, collection, chunks: list[Chunk]) -> None:
        for i in range(0, len(chunks), WRITE_BATCH):
            part = chunks[i : i + WRITE_BATCH]
            ids, texts, metadatas = [], [], []
            for chunk in part:
                chunk_texts = vector_texts(chunk)
                ids += vector_ids(chunk)
                texts += chunk_texts
                metadatas += [{"doc_id": chunk.doc_id, "kind": chunk.doc_kind}] * len(chunk_texts)
            collection.upsert(ids=ids, embeddings=self.embeddings.embed_documents(texts), metadatas=metadatas)

    @staticmethod
    def _delete_vectors(collection, chunks: list[Chunk]) -> None:
        ids = [vid for chunk in chunks for vid in vector_ids(chunk)]
        for i in range(0, len(ids), 5000):
            collection.delete(ids=ids[i : i + 5000])

    def remove_document(self, doc_id: str) -> bool:
        with self.writing():
            old_chunks = self.doc_chunks(doc_id)
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
            removed = self._db.execute("DELETE FROM docs WHERE doc_id=?", (doc_id,)).rowcount
            self._db.execute("COMMIT")
            self._generation += 1
            self._delete_vectors(self._collection(), old_chunks)
            return bool(removed)

    def repair(self) -> dict[str, int]:
        """Bring Chroma in line with the manifest: drop orphans, re-embed gaps, switch embedders.

        Called before every index run, so an interrupted run or a changed embedder
        is finished here.
        """
        with self.writing():
            current = self.embeddings.name
            previous = self.meta("embedder")
            collection = self._collection(current)
            stored = set(collection.get(include=[])["ids"])
            known = {r[0] for r in self._db.execute("SELECT id FROM chunks")}
            orphans = sorted(v for v in stored if v.split("#", 1)[0] not in known)
            for i in range(0, len(orphans), 5000):
                collection.delete(ids=orphans[i : i + 5000])
            # A chunk whose vectors are incomplete (killed mid-upsert) is embedded again.
            missing = [c for c in self.chunks(sorted(known)) if not set(vector_ids(c)) <= stored]
            for i in range(0, len(missing), WRITE_BATCH):
                self._upsert_vectors(collection, missing[i : i + WRITE_BATCH])
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('embedder', ?)", (current,))
            if previous and previous != current:
                with contextlib.suppress(Exception):  # already gone: nothing to clean up
                    self._client.delete_collection(collection_name(previous))
            return {
                "orphans_removed": len(orphans),
                "re_embedded": len(missing),
                "embedder_changed": int(bool(previous and previous != current)),
            }

    def vector_count(self) -> int:
        return self._collection().count()

    def disk_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.index_dir.rglob("*") if p.is_file())


def wipe_index(index_dir: Path) -> None:
    """Remove an index folder's contents for a rebuild (only files we could have written)."""
    import shutil

    index_dir = Path(index_dir)
    if not index_dir.exists():
        return
    for child in index_dir.iterdir():
        if child.name == ".gitkeep":
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
