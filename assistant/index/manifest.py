"""The SQLite manifest: which documents and chunks are indexed, with their keyword tokens.

It is the source of truth for what is indexed (a vector whose chunk it does not know is an
orphan). In server mode it is a per-instance cache of the server's records (see `remote`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.schema import Chunk, DocProfile, Document
from assistant.index.keyword import keyword_tokens
from assistant.index.storage import MANIFEST_FILE, IndexUnusable, open_failure
from assistant.ingest.profiles import build_profile

SCHEMA_VERSION = "1"
OCR_CONFIDENCE = "ocr_confidence"  # key in a profile's JSON: no new column, so older indexes need no migration
SQL_BATCH = 500  # ids per `IN (...)`: SQLite limits the number of parameters

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
CREATE TABLE IF NOT EXISTS profiles (doc_id TEXT PRIMARY KEY, data TEXT NOT NULL);
"""

DOC_COLUMNS = "doc_id, source, title, kind, content_hash, indexed_at, n_chunks, chars"
CHUNK_COLUMNS = 'id, doc_id, section_path, article, text, start, "end"'
INSERT_CHUNK = (
    'INSERT OR REPLACE INTO chunks (id, doc_id, position, section_path, article, text, start, "end", tokens) '
    "VALUES (?,?,?,?,?,?,?,?,?)"
)
INSERT_DOC = f"INSERT OR REPLACE INTO docs ({DOC_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)"
INSERT_PROFILE = "INSERT OR REPLACE INTO profiles (doc_id, data) VALUES (?, ?)"
SELECT_DOCS = (
    "SELECT " + ", ".join(f"docs.{c.strip()}" for c in DOC_COLUMNS.split(",")) + ", profiles.data "
    "FROM docs LEFT JOIN profiles ON profiles.doc_id = docs.doc_id"
)


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
    # Organisation, period, genre, 落款 (None for an index written before profiles existed).
    profile: DocProfile | None = field(default=None, compare=False)
    # Mean OCR confidence (0..1) of a scanned document; None when it had a text layer. Kept with the profile.
    ocr_confidence: float | None = field(default=None, compare=False)

    def to_json(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k != "profile"}
        return {**data, "profile": self.profile.to_json() if self.profile else None}


def chunk_row(chunk: Chunk, position: int) -> tuple:
    """A `chunks` row, keyword tokens included."""
    return (
        chunk.id,
        chunk.doc_id,
        position,
        json.dumps(list(chunk.section_path), ensure_ascii=False),
        chunk.article,
        chunk.text,
        chunk.start,
        chunk.end,
        " ".join(keyword_tokens(chunk)),
    )


def record_of(row: tuple) -> DocRecord:
    """A DocRecord from a `docs` row joined with its profile (JSON)."""
    stored = json.loads(row[-1]) if row[-1] else None
    profile = DocProfile.from_storage(stored) if stored else None
    return DocRecord(*row[:-1], profile=profile, ocr_confidence=(stored or {}).get(OCR_CONFIDENCE))


def profile_row(doc_id: str, profile: DocProfile, ocr_confidence: float | None = None) -> tuple[str, str]:
    data = profile.to_storage()
    if ocr_confidence is not None:
        data[OCR_CONFIDENCE] = round(ocr_confidence, 4)
    return doc_id, json.dumps(data, ensure_ascii=False)


def batches(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), SQL_BATCH):
        yield ids[i : i + SQL_BATCH]


def placeholders(values: list) -> str:
    return ",".join("?" * len(values))


class Manifest:
    """Two connections to the manifest file, safe to share between threads.

    `db` writes; `read` serves every read. A transaction open on `db` is invisible to `read`
    (WAL), so a question answered in another thread while a document is being swapped in sees
    the document before or after, never half of it.
    """

    def __init__(self, index_dir: Path):
        path = index_dir / MANIFEST_FILE
        self._writes = 0  # our own commits, counted for `version`
        try:
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.read = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            version = self.meta("schema")
            if version is None:
                self.set_meta("schema", SCHEMA_VERSION)
            elif version != SCHEMA_VERSION:
                raise IndexUnusable(f"索引 {index_dir} 的格式版本不兼容。请运行 assistant index --rebuild 重建。")
        except sqlite3.DatabaseError as exc:
            raise open_failure(
                index_dir,
                exc,
                f"索引文件 {path} 已损坏或无法写入（{exc}）。请运行 assistant index --rebuild 重建索引。",
            ) from exc

    def close(self) -> None:
        self.read.close()
        self.db.close()

    # ---------- meta ----------
    def meta(self, key: str) -> str | None:
        row = self.read.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def delete_meta(self, key: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key=?", (key,))

    def version(self) -> tuple[int, int]:
        """Changes whenever the manifest does: our own writes, or another process's commits.

        The read connection's data_version counts every other connection's commits, ours included.
        """
        return self._writes, self.read.execute("PRAGMA data_version").fetchone()[0]

    # ---------- reads ----------
    def has_documents(self) -> bool:
        return self.read.execute("SELECT 1 FROM docs LIMIT 1").fetchone() is not None

    def documents(self) -> list[DocRecord]:
        rows = self.read.execute(f"{SELECT_DOCS} ORDER BY docs.title").fetchall()
        return [record_of(row) for row in rows]

    def document(self, doc_id: str) -> DocRecord | None:
        row = self.read.execute(f"{SELECT_DOCS} WHERE docs.doc_id=?", (doc_id,)).fetchone()
        return record_of(row) if row else None

    def stamps(self) -> dict[str, tuple[str, float]]:
        """doc id -> (content hash, indexed at): what identifies each indexed version."""
        return {
            r[0]: (r[1], float(r[2])) for r in self.read.execute("SELECT doc_id, content_hash, indexed_at FROM docs")
        }

    def chunk_count(self) -> int:
        return self.read.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def chunk_ids(self) -> list[str]:
        return [r[0] for r in self.read.execute("SELECT id FROM chunks")]

    def keyword_rows(self) -> list[tuple[str, str, list[str]]]:
        """(chunk id, doc id, tokens) of every chunk, in insertion order."""
        rows = self.read.execute("SELECT id, doc_id, tokens FROM chunks ORDER BY rowid").fetchall()
        return [(cid, doc_id, tokens.split(" ") if tokens else []) for cid, doc_id, tokens in rows]

    def chunks(self, ids: list[str]) -> list[Chunk]:
        """Chunks by id, in the order given; unknown ids are dropped."""
        found: dict[str, Chunk] = {}
        for part in batches(ids):
            rows = self.read.execute(f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE id IN ({placeholders(part)})", part)
            found.update((c.id, c) for c in self._to_chunks(rows))
        return [found[i] for i in ids if i in found]

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        rows = self.read.execute(f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,))
        return self._to_chunks(rows)

    def article_chunks(self, article: str, doc_ids: list[str] | None = None) -> list[Chunk]:
        query = f"SELECT {CHUNK_COLUMNS} FROM chunks WHERE article=?"
        params: list = [article]
        if doc_ids is not None:
            query += f" AND doc_id IN ({placeholders(doc_ids)})"
            params += doc_ids
        return self._to_chunks(self.read.execute(query + " ORDER BY doc_id, position", params))

    def _to_chunks(self, rows: Iterable[tuple]) -> list[Chunk]:
        rows = list(rows)
        # Only the documents these rows belong to: loading every record here made each look-up O(corpus).
        docs: dict[str, tuple[str, str]] = {}
        for part in batches(sorted({r[1] for r in rows})):
            query = f"SELECT doc_id, title, kind FROM docs WHERE doc_id IN ({placeholders(part)})"
            docs.update((r[0], (r[1], r[2])) for r in self.read.execute(query, part))
        chunks = []
        for cid, doc_id, section, article, text, start, end in rows:
            doc = docs.get(doc_id)
            if doc is None:
                continue
            chunks.append(Chunk(cid, doc_id, doc[0], doc[1], tuple(json.loads(section)), article, text, start, end))
        return chunks

    # ---------- writes ----------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing, as seen by readers in every process."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._writes += 1

    def put_documents(self, items: list[tuple[Document, list[Chunk]]], indexed_at: float) -> None:
        """Inside a transaction: make each document's chunks exactly the ones given."""
        self.db.executemany("DELETE FROM chunks WHERE doc_id=?", [(d.doc_id,) for d, _ in items])
        self.db.executemany(INSERT_CHUNK, [chunk_row(c, pos) for _, chunks in items for pos, c in enumerate(chunks)])
        self.db.executemany(
            INSERT_DOC,
            [
                (d.doc_id, d.source, d.title, d.kind, d.content_hash, indexed_at, len(chunks), len(d.text))
                for d, chunks in items
            ],
        )
        self.db.executemany(
            INSERT_PROFILE,
            [
                profile_row(d.doc_id, build_profile(d.title, d.text, d.kind, d.source), d.ocr_confidence)
                for d, _ in items
            ],
        )

    def put_record(self, record: DocRecord, chunks: list[Chunk]) -> None:
        """Inside a transaction: cache a document as another instance indexed it (server mode)."""
        self.db.execute("DELETE FROM chunks WHERE doc_id=?", (record.doc_id,))
        self.db.executemany(INSERT_CHUNK, [chunk_row(c, pos) for pos, c in enumerate(chunks)])
        self.db.execute(INSERT_DOC, tuple(getattr(record, c.strip()) for c in DOC_COLUMNS.split(",")))
        # The server keeps no profile: it is read again from the chunks' text.
        text = "\n".join(c.text for c in chunks)
        self.db.execute(
            INSERT_PROFILE,
            profile_row(
                record.doc_id, build_profile(record.title, text, record.kind, record.source), record.ocr_confidence
            ),
        )

    def delete_document(self, doc_id: str) -> bool:
        """Inside a transaction: forget a document; False if it was not indexed."""
        self.db.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
        self.db.execute("DELETE FROM profiles WHERE doc_id=?", (doc_id,))
        return bool(self.db.execute("DELETE FROM docs WHERE doc_id=?", (doc_id,)).rowcount)


def claim_folder(manifest: Manifest, index_dir: Path, chroma_url: str) -> None:
    """Record whether this folder is a local index or a server cache; refuse to mix the two.

    A server cache is emptied to match the server, so a local index must never be used as one
    (its manifest would be wiped); a server cache has no vectors, so it is no local index.
    """
    stored = manifest.meta("store")
    if chroma_url:
        if stored is not None and not stored.startswith("server ") or stored is None and manifest.has_documents():
            raise IndexUnusable(
                f"文件夹 {index_dir} 中是本机索引，不能用作 Chroma 服务的本地缓存。"
                "请用 ASSISTANT_INDEX_DIR（或 --index-dir）为服务模式另指定一个文件夹，例如 index-server/。"
            )
        value = f"server {chroma_url}"
    else:
        if stored is not None and stored.startswith("server "):
            raise IndexUnusable(
                f"文件夹 {index_dir} 是 Chroma 服务 {stored[7:]} 的本地缓存，不是本机索引。"
                "请设置 ASSISTANT_CHROMA_URL（或 --chroma-url）使用该服务，或用 ASSISTANT_INDEX_DIR 另指定文件夹。"
            )
        value = "embedded"
    if stored != value:
        with contextlib.suppress(sqlite3.Error):  # a read-only folder can still be read
            manifest.set_meta("store", value)
