"""Chroma server mode: what the server stores so that any app instance can rebuild its manifest.

In server mode the Chroma server is the shared truth. Besides the vectors it holds
- per chunk, on its first vector ("<chunk_id>#0"): the chunk text (as the Chroma document)
  and its section path, article and character span (metadata);
- per document, one record in a small docs collection: the DocRecord fields as metadata
  and the ordered chunk-id list (JSON) as the Chroma document. Its embedding is a constant
  dummy vector: nothing is ever searched there, and Chroma must never embed anything itself.

A document's record is written only after all its vectors are, so a record on the server
always names chunks that exist (see KnowledgeBase.replace_documents). The local SQLite
manifest is a cache rebuilt from these records (`ServerMirror`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import asdict
from typing import Any

from assistant.core.schema import Chunk, Document
from assistant.index.manifest import SQL_BATCH, DocRecord, Manifest
from assistant.index.storage import server_errors
from assistant.index.vectors import ChromaVectorIndex, chunk_id_of, vector_metadata

log = logging.getLogger(__name__)

DOCS_PREFIX = "assistant_docs"
DUMMY_EMBEDDING = [1.0]
SYNC_INTERVAL = 3.0  # seconds between cheap checks of the server's doc set before a read
ORPHAN_GRACE = 600.0  # seconds: an unreferenced vector younger than this may be another instance's write


def docs_collection_name(embedder: str) -> str:
    return f"{DOCS_PREFIX}_{hashlib.sha1(embedder.encode()).hexdigest()[:10]}"


def vector_records(chunk: Chunk, n: int) -> tuple[list[dict[str, Any]], list[str]]:
    """Metadata and Chroma documents of a chunk's n vectors.

    The first vector carries the chunk itself, so any instance can rebuild its manifest; the
    write time lets repair tell a crashed write from another instance's running one.
    """
    base = {**vector_metadata(chunk), "t": time.time()}
    first = {
        **base,
        "section": json.dumps(list(chunk.section_path), ensure_ascii=False),
        "article": chunk.article or "",  # Chroma drops None values
        "start": chunk.start,
        "end": chunk.end,
    }
    return [first] + [base] * (n - 1), [chunk.text] + [""] * (n - 1)


def old_enough(metadata: dict[str, Any], now: float) -> bool:
    """Whether an unreferenced vector is surely no write in progress, so repair may remove it."""
    return now - float(metadata.get("t", 0.0)) > ORPHAN_GRACE


def doc_stamp(meta: dict) -> tuple[str, float]:
    """What identifies one indexed version of a document (same on server and in the cache)."""
    return str(meta.get("content_hash", "")), float(meta.get("indexed_at", 0.0))


def fingerprint(ids: list[str], metadatas: list[dict]) -> str:
    """A digest of the server's doc set; it changes whenever any document is added, replaced or removed."""
    h = hashlib.sha1()
    for doc_id, meta in sorted(zip(ids, metadatas)):
        h.update(f"{doc_id}\0{doc_stamp(meta or {})}\n".encode())
    return h.hexdigest()


def record_of(doc_id: str, meta: dict, n_chunks: int) -> DocRecord:
    return DocRecord(
        doc_id,
        str(meta.get("source", "")),
        str(meta.get("title", "")),
        str(meta.get("kind", "other")),
        *doc_stamp(meta),
        int(meta.get("n_chunks", n_chunks)),
        int(meta.get("chars", 0)),
        ocr_confidence=meta.get("ocr_confidence"),
    )


def chunk_of(chunk_id: str, record: DocRecord, meta: dict, text: str) -> Chunk:
    """A chunk from its first-vector record on the server."""
    return Chunk(
        chunk_id,
        record.doc_id,
        record.title,
        record.kind,
        tuple(json.loads(meta.get("section", "[]"))),
        meta.get("article") or None,
        text,
        int(meta.get("start", 0)),
        int(meta.get("end", 0)),
    )


class ServerRecords:
    """The server's document records and the chunks they name, for one vector space."""

    def __init__(self, vectors: ChromaVectorIndex, embedder: str, space: str):
        self.vectors = vectors
        self.embedder = embedder
        self.space = space

    def _docs(self):
        with server_errors(self.vectors.url):
            return self.vectors.client.get_or_create_collection(
                docs_collection_name(self.embedder), embedding_function=None
            )

    def listing(self) -> dict[str, dict]:
        """doc id -> record metadata of every document on the server."""
        docs = self._docs()
        with server_errors(self.vectors.url):
            got = docs.get(include=["metadatas"])
        return {doc_id: meta or {} for doc_id, meta in zip(got["ids"], got["metadatas"])}

    def fetch(self, listing: dict[str, dict], doc_ids: list[str]) -> tuple[dict[str, list[Chunk]], bool]:
        """The chunks of these documents; False if some record named chunks that are not (yet) there."""
        fetched: dict[str, list[Chunk]] = {}
        complete = True
        if not doc_ids:
            return fetched, complete
        collection = self.vectors.collection(self.space, fresh=True)
        with server_errors(self.vectors.url):
            records = self._docs().get(ids=doc_ids, include=["documents"])
            for doc_id, chunk_list in zip(records["ids"], records["documents"]):
                chunk_ids = json.loads(chunk_list or "[]")
                record = record_of(doc_id, listing[doc_id], len(chunk_ids))
                found: dict[str, Chunk] = {}
                for i in range(0, len(chunk_ids), SQL_BATCH):
                    part = [f"{cid}#0" for cid in chunk_ids[i : i + SQL_BATCH]]
                    got = collection.get(ids=part, include=["metadatas", "documents"])
                    for vid, meta, text in zip(got["ids"], got["metadatas"], got["documents"]):
                        found[chunk_id_of(vid)] = chunk_of(chunk_id_of(vid), record, meta or {}, text or "")
                if len(found) < len(chunk_ids):
                    complete = False
                    log.warning("document %s on the server lacks chunks; skipped until re-indexed", doc_id)
                    continue
                fetched[doc_id] = [found[cid] for cid in chunk_ids]
        return fetched, complete

    def commit(self, items: list[tuple[Document, list[Chunk]]], indexed_at: float) -> None:
        """Publish documents whose vectors are all written: the commit point every instance sees."""
        records = [
            DocRecord(
                d.doc_id,
                d.source,
                d.title,
                d.kind,
                d.content_hash,
                float(indexed_at),
                len(c),
                len(d.text),
                ocr_confidence=d.ocr_confidence,
            )
            for d, c in items
        ]
        docs = self._docs()
        with server_errors(self.vectors.url):
            docs.upsert(
                ids=[r.doc_id for r in records],
                embeddings=[DUMMY_EMBEDDING] * len(records),
                metadatas=[asdict(r) for r in records],
                documents=[json.dumps([c.id for c in chunks]) for _, chunks in items],
            )

    def remove(self, doc_id: str) -> None:
        docs = self._docs()
        with server_errors(self.vectors.url):
            docs.delete(ids=[doc_id])


class ServerMirror:
    """Keeps the local manifest a cache of the server's doc set."""

    def __init__(self, records: ServerRecords, manifest: Manifest, write_lock: threading.RLock):
        self.records = records
        self.manifest = manifest
        self.write_lock = write_lock
        self._synced_at = float("-inf")  # monotonic time of the last check against the server
        self._fingerprint: str | None = None

    def sync(self, force: bool = False) -> bool:
        """Bring the local manifest in line with the server's doc set; True if anything changed.

        Without `force` this is a cheap, rate-limited check (one small request at most every
        SYNC_INTERVAL seconds, only doc metadata) made before reads; if the server cannot be
        reached then, answers go on from the cache and the next check retries.
        """
        if not force and time.monotonic() - self._synced_at < SYNC_INTERVAL:
            return False
        try:
            return self._sync()
        except Exception:
            if force:
                raise
            log.warning("Chroma server check failed; answering from the local cache", exc_info=True)
            self._synced_at = time.monotonic()
            return False

    def _sync(self) -> bool:
        self._synced_at = time.monotonic()
        server = self.records.listing()
        digest = fingerprint(list(server), list(server.values()))
        if digest == self._fingerprint:
            return False
        local = self.manifest.stamps()
        changed = [d for d, m in server.items() if local.get(d) != doc_stamp(m)]
        gone = [d for d in local if d not in server]
        if not changed and not gone:
            self._fingerprint = digest
            return False
        fetched, complete = self.records.fetch(server, changed)
        # Never wait behind a local writer (it may be embedding for minutes); it updates the cache itself.
        if not self.write_lock.acquire(blocking=False):
            self._synced_at = float("-inf")
            return False
        try:
            with self.manifest.transaction():
                for doc_id in gone + [d for d in changed if d not in fetched]:
                    self.manifest.delete_document(doc_id)
                for doc_id, chunks in fetched.items():
                    self.manifest.put_record(record_of(doc_id, server[doc_id], len(chunks)), chunks)
        finally:
            self.write_lock.release()
        # A record whose chunks vanished mid-read (a concurrent replace) is fetched again next time.
        self._fingerprint = digest if complete else None
        return True
