"""The knowledge base: Chroma (vectors) + SQLite manifest and keyword tokens.

SQLite is the source of truth for what is indexed. Writes go in an order that
keeps the visible state consistent if the process dies at any point:
new vectors are upserted first, then the manifest commits in one transaction,
then vectors that are no longer referenced are deleted. Readers only trust ids
the manifest knows, and `repair()` removes orphans and re-embeds gaps.

With a Chroma server (settings.chroma_url) the server is the shared truth and the SQLite
file is a per-instance cache of it, re-synchronised at start-up and whenever the server's
doc set changes (see `remote` and `sync()`); the document record on the server plays the
role of the manifest commit.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
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

from assistant.config import ConfigError, Settings
from assistant.core.errors import AssistantError
from assistant.core.schema import Chunk, Document
from assistant.core.text import split_sentences
from assistant.core.words import tokenize
from assistant.embeddings import NamedEmbeddings, get_embeddings
from assistant.index.keyword import BM25Index
from assistant.index.remote import (
    DUMMY_EMBEDDING,
    ORPHAN_GRACE,
    SYNC_INTERVAL,
    chunk_metadata,
    chunk_row,
    doc_metadata,
    doc_stamp,
    docs_collection_name,
    fingerprint,
)

log = logging.getLogger(__name__)


MANIFEST_FILE = "manifest.sqlite3"
SCHEMA_VERSION = "1"
COLLECTION_PREFIX = "assistant_chunks"
WRITE_BATCH = 256
WINDOW_CHARS = 120
VECTOR_SCHEME = "w2"  # bump when vector_texts changes: the next index run re-embeds everything
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


class IndexUnusable(AssistantError):
    """The index folder cannot be used; str() tells the user what to do (Chinese)."""


class StoreUnavailable(IndexUnusable):
    """The Chroma server cannot be reached (server mode); str() is for the user (Chinese)."""


class IndexWriteError(IndexUnusable):
    """Writing the index failed (disk full, read-only folder …); what was indexed before is intact."""


def storage_problem(exc: BaseException, folder: Path | None = None) -> str | None:
    """'full' or 'readonly' when an error comes from the disk refusing writes, else None."""
    import shutil

    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if errno_ == errno.ENOSPC or "disk is full" in text or "no space" in text:
        return "full"
    if folder is not None:  # SQLite may only say "unable to open database file" on a read-only mount
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
                return "readonly"
    # SQLite reports a full disk while creating its WAL index as a plain "disk I/O error".
    if "disk i/o error" in text and folder is not None:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < 1024 * 1024:
                return "full"
    if errno_ in (errno.EROFS, errno.EACCES, errno.EPERM) or any(
        w in text for w in ("readonly", "read-only", "permission denied")
    ):
        return "readonly"
    return None


STORAGE_ADVICE = {
    "full": ("磁盘空间不足", "请清理磁盘空间后重新运行 assistant index（或在网页中重新索引）"),
    "readonly": (
        "索引文件夹为只读或没有写入权限",
        "请检查该文件夹的权限或挂载方式，或用 ASSISTANT_INDEX_DIR 指定可写的文件夹",
    ),
}


def write_failure_message(index_dir: Path, exc: BaseException) -> str:
    detail = str(exc).strip() or type(exc).__name__
    reason, fix = STORAGE_ADVICE.get(
        storage_problem(exc, index_dir) or "",
        ("写入索引时出错", "请稍后重试；如反复出现，请运行 assistant index --rebuild 重建索引"),
    )
    return f"{reason}，本次索引未完成（{detail}）。已索引的内容保持不变，仍可正常问答。{fix}。"


@contextmanager
def write_errors(index_dir: Path) -> Iterator[None]:
    """Report a failed write (ENOSPC, EROFS, SQLite/Chroma refusing to write) in Chinese, not as a traceback.

    Safe to surface as an error because the write order keeps the old index consistent.
    """
    from chromadb.errors import ChromaError

    try:
        yield
    except IndexUnusable:
        raise
    except (sqlite3.Error, OSError, ChromaError) as exc:
        raise IndexWriteError(write_failure_message(index_dir, exc)) from exc


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn a dropped connection to the Chroma server into a clear message instead of a traceback."""
    import httpx

    try:
        yield
    except (httpx.TransportError, ConnectionError) as exc:
        raise StoreUnavailable(f"无法连接 Chroma 服务 {url}（{exc}）。请确认服务已启动（chroma run）后重试。") from exc


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
        self._keyword: tuple[tuple[int, int], BM25Index, dict[str, tuple[str, int]]] | None = None
        self._generation = 0
        self._documents: tuple[tuple[int, int], list[DocRecord]] | None = None
        self.remote = bool(settings.chroma_url)
        self.recovered: dict[str, int] = {}  # what the open-time repair of an interrupted write did
        self._synced_at = float("-inf")  # monotonic time of the last check against the server
        self._server_fingerprint: str | None = None
        self._check_folder()
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self._db = self._connect()
        if not self.remote:
            self._claim_folder()  # before the embedded client creates chroma/ in someone else's folder
        self._client = self._chroma_client()
        if self.remote:
            self._claim_folder()  # after the URL is known to be good: that error is the one to show
            self.sync(force=True)
        else:
            self._recover()

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
            problem = storage_problem(exc, self.index_dir)
            if problem:  # the index is fine, the disk is not: a rebuild would be the wrong advice
                reason, fix = STORAGE_ADVICE[problem]
                raise IndexWriteError(
                    f"无法打开索引 {self.index_dir}：{reason}（{exc}）。已索引的内容保持不变。{fix}。"
                ) from exc
            raise IndexUnusable(
                f"索引文件 {path} 已损坏或无法写入（{exc}）。请运行 assistant index --rebuild 重建索引。"
            ) from exc
        return db

    def _claim_folder(self) -> None:
        """Record whether this folder is a local index or a server cache; refuse to mix the two.

        A server cache is emptied to match the server, so a local index must never be used as one
        (its manifest would be wiped); a server cache has no vectors, so it is no local index.
        """
        stored = self.meta("store")
        has_docs = self._db.execute("SELECT 1 FROM docs LIMIT 1").fetchone() is not None
        if self.remote:
            if stored is not None and not stored.startswith("server ") or stored is None and has_docs:
                raise IndexUnusable(
                    f"文件夹 {self.index_dir} 中是本机索引，不能用作 Chroma 服务的本地缓存。"
                    "请用 ASSISTANT_INDEX_DIR（或 --index-dir）为服务模式另指定一个文件夹，例如 index-server/。"
                )
            value = f"server {self.settings.chroma_url}"
        else:
            if stored is not None and stored.startswith("server "):
                raise IndexUnusable(
                    f"文件夹 {self.index_dir} 是 Chroma 服务 {stored[7:]} 的本地缓存，不是本机索引。"
                    "请设置 ASSISTANT_CHROMA_URL（或 --chroma-url）使用该服务，或用 ASSISTANT_INDEX_DIR 另指定文件夹。"
                )
            value = "embedded"
        if stored != value:
            with contextlib.suppress(sqlite3.Error):  # a read-only folder can still be read
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('store', ?)", (value,))

    def _chroma_client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        url = self.settings.chroma_url
        if not url:
            try:
                return chromadb.PersistentClient(path=str(self.index_dir / "chroma"), settings=chroma_settings)
            except Exception as exc:  # e.g. a damaged chroma.sqlite3, a full disk, a read-only folder
                problem = storage_problem(exc, self.index_dir)
                if problem:  # the index itself is fine: a rebuild would be the wrong advice
                    reason, fix = STORAGE_ADVICE[problem]
                    raise IndexWriteError(
                        f"无法打开索引 {self.index_dir}：{reason}（{exc}）。已索引的内容保持不变。{fix}。"
                    ) from exc
                raise IndexUnusable(
                    f"无法打开索引 {self.index_dir / 'chroma'}（{exc}）。请运行 assistant index --rebuild 重建索引。"
                ) from exc
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

    @property
    def vector_space(self) -> str:
        """Which vectors the collection holds: the embedder and how chunks are cut into windows."""
        return f"{self.embeddings.name}+{VECTOR_SCHEME}"

    def _collection(self, embedder: str | None = None):
        with server_errors(self.settings.chroma_url):
            return self._client.get_or_create_collection(
                collection_name(embedder or self.vector_space),
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )

    def _docs_collection(self):
        """Server mode: one record per indexed document (see `remote`)."""
        with server_errors(self.settings.chroma_url):
            return self._client.get_or_create_collection(
                docs_collection_name(self.embeddings.name), embedding_function=None
            )

    # ---------- server mode: the local manifest as a cache of the server ----------
    def sync(self, force: bool = False) -> bool:
        """Bring the local manifest in line with the server's doc set; True if anything changed.

        Without `force` this is a cheap, rate-limited check (one small request at most every
        SYNC_INTERVAL seconds, only doc metadata) made before reads; if the server cannot be
        reached then, answers go on from the cache and the next check retries.
        """
        if not self.remote or not force and time.monotonic() - self._synced_at < SYNC_INTERVAL:
            return False
        try:
            with server_errors(self.settings.chroma_url):
                return self._sync()
        except Exception:
            if force:
                raise
            log.warning("Chroma server check failed; answering from the local cache", exc_info=True)
            self._synced_at = time.monotonic()
            return False

    def _sync(self) -> bool:
        self._synced_at = time.monotonic()
        docs = self._docs_collection()
        listing = docs.get(include=["metadatas"])
        ids, metas = listing["ids"], [m or {} for m in listing["metadatas"]]
        digest = fingerprint(ids, metas)
        if digest == self._server_fingerprint:
            return False
        server = dict(zip(ids, metas))
        local = {
            r[0]: (r[1], float(r[2])) for r in self._db.execute("SELECT doc_id, content_hash, indexed_at FROM docs")
        }
        changed = [d for d, m in server.items() if local.get(d) != doc_stamp(m)]
        gone = [d for d in local if d not in server]
        if not changed and not gone:
            self._server_fingerprint = digest
            return False
        fetched, complete = self._fetch_documents(docs, changed)
        # Never wait behind a local writer (it may be embedding for minutes); it updates the cache itself.
        if not self._lock.acquire(blocking=False):
            self._synced_at = float("-inf")
            return False
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for doc_id in gone + [d for d in changed if d not in fetched]:
                    self._db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
                    self._db.execute("DELETE FROM docs WHERE doc_id=?", (doc_id,))
                for doc_id, rows in fetched.items():
                    meta = server[doc_id]
                    self._write_manifest_rows(doc_id, rows, meta)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._generation += 1
        finally:
            self._lock.release()
        # A record whose chunks vanished mid-read (a concurrent replace) is fetched again next time.
        self._server_fingerprint = digest if complete else None
        return True

    def _fetch_documents(self, docs, doc_ids: list[str]) -> tuple[dict[str, list[tuple]], bool]:
        """Manifest rows (doc_id -> chunk rows with tokens) for documents on the server."""
        fetched: dict[str, list[tuple]] = {}
        complete = True
        if not doc_ids:
            return fetched, complete
        collection = self._collection()
        records = docs.get(ids=doc_ids, include=["documents"])
        for doc_id, chunk_list in zip(records["ids"], records["documents"]):
            chunk_ids = json.loads(chunk_list or "[]")
            found: dict[str, tuple[dict, str]] = {}
            for i in range(0, len(chunk_ids), 500):
                part = [f"{cid}#0" for cid in chunk_ids[i : i + 500]]
                got = collection.get(ids=part, include=["metadatas", "documents"])
                for vid, meta, text in zip(got["ids"], got["metadatas"], got["documents"]):
                    found[vid.split("#", 1)[0]] = (meta or {}, text or "")
            if len(found) < len(chunk_ids):
                complete = False
                log.warning("document %s on the server lacks chunks; skipped until re-indexed", doc_id)
                continue
            fetched[doc_id] = [chunk_row(cid, doc_id, pos, *found[cid]) for pos, cid in enumerate(chunk_ids)]
        return fetched, complete

    def _write_manifest_rows(self, doc_id: str, rows: list[tuple], meta: dict) -> None:
        """Inside a transaction: make `rows` the cached chunks of `doc_id` (tokens computed here)."""
        title = str(meta.get("title", ""))
        self._db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        kind = str(meta.get("kind", "other"))
        full = []
        for cid, _doc, pos, section, article, text, start, end in rows:
            chunk = Chunk(cid, doc_id, title, kind, tuple(json.loads(section)), article, text, start, end)
            full.append((cid, doc_id, pos, section, article, text, start, end, " ".join(tokenize(keyword_text(chunk)))))
        self._db.executemany(
            'INSERT OR REPLACE INTO chunks (id, doc_id, position, section_path, article, text, start, "end", tokens) '
            "VALUES (?,?,?,?,?,?,?,?,?)",
            full,
        )
        self._db.execute(
            "INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?,?,?,?)",
            (
                doc_id,
                str(meta.get("source", "")),
                title,
                kind,
                *doc_stamp(meta),
                int(meta.get("n_chunks", len(rows))),
                int(meta.get("chars", 0)),
            ),
        )

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Serialise writers across threads and processes (the UI and the CLI may both index)."""
        with self._lock, write_errors(self.index_dir), open(self.index_dir / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                # Set until the write has finished: an open that finds it set repairs the index first.
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('pending', ?)", (str(time.time()),))
                yield
                self._db.execute("DELETE FROM meta WHERE key='pending'")
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _recover(self) -> None:
        """Finish an interrupted write (killed process, full disk) so this open sees no orphans.

        Skipped while another process is writing (it holds the lock and will finish itself)
        and when the folder cannot be written (answers still work from the consistent manifest).
        """
        if self.meta("pending") is None:
            return
        try:
            with open(self.index_dir / ".lock", "a") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(handle, fcntl.LOCK_UN)
            self.recovered = self.repair()
        except (OSError, IndexUnusable):
            log.warning("could not finish the interrupted index write at open", exc_info=True)

    # ---------- manifest reads ----------
    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def version(self) -> tuple[int, int]:
        """Changes whenever the manifest does: our own writes, or another process's commits."""
        with self._lock:
            return self._generation, self._db.execute("PRAGMA data_version").fetchone()[0]

    def documents(self) -> list[DocRecord]:
        # Asked several times per question; cached until the manifest changes.
        self.sync()
        version = self.version()
        with self._lock:
            if self._documents is None or self._documents[0] != version:
                rows = self._db.execute(
                    "SELECT doc_id, source, title, kind, content_hash, indexed_at, n_chunks, chars FROM docs ORDER BY title"
                ).fetchall()
                self._documents = (version, [DocRecord(*row) for row in rows])
            return list(self._documents[1])

    def document(self, doc_id: str) -> DocRecord | None:
        self.sync()
        row = self._db.execute(
            "SELECT doc_id, source, title, kind, content_hash, indexed_at, n_chunks, chars FROM docs WHERE doc_id=?",
            (doc_id,),
        ).fetchone()
        return DocRecord(*row) if row else None

    def chunk_count(self) -> int:
        self.sync()
        return self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def _rows_to_chunks(self, rows: Iterable[tuple]) -> list[Chunk]:
        rows = list(rows)
        # Only the documents these rows belong to: loading every record here made each look-up O(corpus).
        wanted = sorted({r[1] for r in rows})
        docs: dict[str, tuple[str, str]] = {}
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            docs.update(
                (r[0], (r[1], r[2]))
                for r in self._db.execute(
                    f"SELECT doc_id, title, kind FROM docs WHERE doc_id IN ({','.join('?' * len(part))})", part
                )
            )
        chunks = []
        for cid, doc_id, section, article, text, start, end in rows:
            doc = docs.get(doc_id)
            if doc is None:
                continue
            chunks.append(Chunk(cid, doc_id, doc[0], doc[1], tuple(json.loads(section)), article, text, start, end))
        return chunks

    _CHUNK_COLUMNS = 'id, doc_id, section_path, article, text, start, "end"'

    def chunks(self, ids: list[str]) -> list[Chunk]:
        """Chunks by id, in the order given; unknown ids are dropped."""
        if not ids:
            return []
        self.sync()
        found: dict[str, Chunk] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            rows = self._db.execute(
                f"SELECT {self._CHUNK_COLUMNS} FROM chunks WHERE id IN ({','.join('?' * len(part))})", part
            ).fetchall()
            found.update((c.id, c) for c in self._rows_to_chunks(rows))
        return [found[i] for i in ids if i in found]

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        self.sync()
        rows = self._db.execute(
            f"SELECT {self._CHUNK_COLUMNS} FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,)
        ).fetchall()
        return self._rows_to_chunks(rows)

    def article_chunks(self, article: str, doc_ids: list[str] | None = None) -> list[Chunk]:
        self.sync()
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

    def max_token_weight(self) -> float:
        """The weight of a token that no chunk contains."""
        return self._keyword_index()[1].max_idf

    def _keyword_index(self):
        self.sync()
        version = self.version()  # another process (the CLI beside the web app) may have indexed
        with self._lock:
            if self._keyword is None or self._keyword[0] != version:
                rows = self._db.execute("SELECT id, doc_id, tokens FROM chunks ORDER BY rowid").fetchall()
                index = BM25Index([r[0] for r in rows], [r[2].split(" ") if r[2] else [] for r in rows])
                positions = {r[0]: (r[1], i) for i, r in enumerate(rows)}
                self._keyword = (version, index, positions)
            return self._keyword

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        self.sync()
        collection = self._collection()
        with server_errors(self.settings.chroma_url):
            total = collection.count()
        if total == 0:
            return []
        where = None
        if doc_ids is not None:
            if not doc_ids:
                return []
            where = {"doc_id": {"$in": sorted(doc_ids)}}
        vector = self.embeddings.embed_query(query)
        with server_errors(self.settings.chroma_url):
            result = collection.query(
                query_embeddings=[vector], n_results=min(k * 4, total), where=where, include=["distances"]
            )
        best: dict[str, float] = {}  # a chunk scores as its best-matching window
        for vid, distance in zip(result["ids"][0], result["distances"][0]):
            best.setdefault(vid.split("#", 1)[0], 1.0 - float(distance))
        return list(best.items())[:k]

    # ---------- writing ----------
    def replace_document(self, document: Document, chunks: list[Chunk]) -> None:
        """Make `chunks` the indexed content of `document`, atomically as seen by readers."""
        self.replace_documents([(document, chunks)])

    def replace_documents(self, items: list[tuple[Document, list[Chunk]]]) -> None:
        """Replace several documents in one write: same order as for one, one Chroma call per batch.

        Chroma commits every upsert call (~15 ms), so a corpus of thousands of small files is
        written in batches; readers still see each batch all at once or not at all.
        """
        if not items:
            return
        with self.writing():
            self.sync(force=True)
            collection = self._collection()
            old_chunks = [c for document, _ in items for c in self.doc_chunks(document.doc_id)]
            old_ids = {c.id for c in old_chunks}
            new_chunks = [c for _, chunks in items for c in chunks]
            self._upsert_vectors(collection, [c for c in new_chunks if c.id not in old_ids])
            indexed_at = time.time()
            if self.remote:  # the server's doc records are the commit point every instance sees
                self._commit_remote(items, indexed_at)
            rows = []
            for _, chunks in items:
                rows += [
                    (
                        c.id,
                        c.doc_id,
                        pos,
                        json.dumps(list(c.section_path), ensure_ascii=False),
                        c.article,
                        c.text,
                        c.start,
                        c.end,
                        " ".join(tokenize(keyword_text(c))),
                    )
                    for pos, c in enumerate(chunks)
                ]
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("DELETE FROM chunks WHERE doc_id=?", [(d.doc_id,) for d, _ in items])
                self._db.executemany(
                    'INSERT OR REPLACE INTO chunks (id, doc_id, position, section_path, article, text, start, "end", tokens) '
                    "VALUES (?,?,?,?,?,?,?,?,?)",
                    rows,
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?,?,?,?)",
                    [
                        (d.doc_id, d.source, d.title, d.kind, d.content_hash, indexed_at, len(chunks), len(d.text))
                        for d, chunks in items
                    ],
                )
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('embedder', ?)", (self.vector_space,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._generation += 1
            stale = old_ids - {c.id for c in new_chunks}
            if stale:
                self._delete_vectors(collection, [c for c in old_chunks if c.id in stale])

    def _commit_remote(self, items: list[tuple[Document, list[Chunk]]], indexed_at: float) -> None:
        metas = [
            doc_metadata(d.doc_id, d.source, d.title, d.kind, d.content_hash, indexed_at, len(chunks), len(d.text))
            for d, chunks in items
        ]
        with server_errors(self.settings.chroma_url):
            self._docs_collection().upsert(
                ids=[d.doc_id for d, _ in items],
                embeddings=[DUMMY_EMBEDDING] * len(items),
                metadatas=metas,
                documents=[json.dumps([c.id for c in chunks]) for _, chunks in items],
            )

    def _upsert_vectors(self, collection, chunks: list[Chunk]) -> None:
        for i in range(0, len(chunks), WRITE_BATCH):
            part = chunks[i : i + WRITE_BATCH]
            ids, texts, metadatas, documents = [], [], [], []
            for chunk in part:
                chunk_texts = vector_texts(chunk)
                ids += vector_ids(chunk)
                texts += chunk_texts
                base = {"doc_id": chunk.doc_id, "kind": chunk.doc_kind}
                if self.remote:
                    # The first vector carries the chunk itself, so any instance can rebuild its manifest;
                    # the write time lets repair() tell a crashed write from another instance's running one.
                    base["t"] = time.time()
                    metadatas += [{**base, **chunk_metadata(chunk)}] + [base] * (len(chunk_texts) - 1)
                    documents += [chunk.text] + [""] * (len(chunk_texts) - 1)
                else:
                    metadatas += [base] * len(chunk_texts)
            vectors = self.embeddings.embed_documents(texts)
            with server_errors(self.settings.chroma_url):
                collection.upsert(ids=ids, embeddings=vectors, metadatas=metadatas, documents=documents or None)

    def _delete_vectors(self, collection, chunks: list[Chunk]) -> None:
        ids = [vid for chunk in chunks for vid in vector_ids(chunk)]
        with server_errors(self.settings.chroma_url):
            for i in range(0, len(ids), 5000):
                collection.delete(ids=ids[i : i + 5000])

    def remove_document(self, doc_id: str) -> bool:
        with self.writing():
            self.sync(force=True)
            old_chunks = self.doc_chunks(doc_id)
            if self.remote:
                with server_errors(self.settings.chroma_url):
                    self._docs_collection().delete(ids=[doc_id])
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
            removed = self._db.execute("DELETE FROM docs WHERE doc_id=?", (doc_id,)).rowcount
            self._db.execute("COMMIT")
            self._generation += 1
            self._delete_vectors(self._collection(), old_chunks)
            return bool(removed)

    def needs_repair(self) -> bool:
        """Whether an index run must first reconcile Chroma with the manifest.

        Reading every vector id is O(index size), so it is skipped when the last write finished
        cleanly and the embedder is unchanged. A shared server always reconciles: other instances
        write to it.
        """
        return self.remote or self.meta("pending") is not None or self.meta("embedder") != self.vector_space

    def repair(self) -> dict[str, int]:
        """Bring Chroma in line with the manifest: drop orphans, re-embed gaps, switch embedders.

        Called before an index run that needs it (see needs_repair), so an interrupted run or
        a changed embedder is finished here. In server mode the manifest is first synchronised from the server;
        an orphan there is only removed once it is ORPHAN_GRACE old (another instance may be
        writing it right now), and other embedders' collections are left alone (another
        instance may use them).
        """
        with self.writing():
            self.sync(force=True)
            current = self.vector_space
            previous = self.meta("embedder")
            collection = self._collection(current)
            with server_errors(self.settings.chroma_url):
                got = collection.get(include=["metadatas"] if self.remote else [])
            stored = set(got["ids"])
            known = {r[0] for r in self._db.execute("SELECT id FROM chunks")}
            if self.remote:
                now = time.time()
                written = {vid: float((m or {}).get("t", 0.0)) for vid, m in zip(got["ids"], got["metadatas"])}
                orphans = sorted(
                    v for v in stored if v.split("#", 1)[0] not in known and now - written[v] > ORPHAN_GRACE
                )
            else:
                orphans = sorted(v for v in stored if v.split("#", 1)[0] not in known)
            with server_errors(self.settings.chroma_url):
                for i in range(0, len(orphans), 5000):
                    collection.delete(ids=orphans[i : i + 5000])
            # A chunk whose vectors are incomplete (killed mid-upsert) is embedded again.
            missing = [c for c in self.chunks(sorted(known)) if not set(vector_ids(c)) <= stored]
            for i in range(0, len(missing), WRITE_BATCH):
                self._upsert_vectors(collection, missing[i : i + WRITE_BATCH])
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('embedder', ?)", (current,))
            changed = bool(previous and previous != current)
            if changed and not self.remote:
                with contextlib.suppress(Exception):  # already gone: nothing to clean up
                    self._client.delete_collection(collection_name(previous))
            return {"orphans_removed": len(orphans), "re_embedded": len(missing), "embedder_changed": int(changed)}

    def vector_count(self) -> int:
        with server_errors(self.settings.chroma_url):
            return self._collection().count()

    def disk_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.index_dir.rglob("*") if p.is_file())


def wipe_index(index_dir: Path) -> None:
    """Remove an index folder's contents for a rebuild (only files we could have written)."""
    import shutil

    from chromadb.api.client import SharedSystemClient

    # Chroma caches one client per path in the process; a stale one would write to deleted files.
    SharedSystemClient.clear_system_cache()
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
