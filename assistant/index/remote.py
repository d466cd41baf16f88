"""Chroma server mode: what the server stores so that any app instance can rebuild its manifest.

In server mode the Chroma server is the shared truth. Besides the vectors it holds
- per chunk, on its first vector ("<chunk_id>#0"): the chunk text (as the Chroma document)
  and its section path, article and character span (metadata);
- per document, one record in a small docs collection: the DocRecord fields as metadata
  and the ordered chunk-id list (JSON) as the Chroma document. Its embedding is a constant
  dummy vector: nothing is ever searched there, and Chroma must never embed anything itself.

A document's record is written only after all its vectors are, so a record on the server
always names chunks that exist (see KnowledgeBase.replace_document). The local SQLite
manifest is a cache rebuilt from these records (KnowledgeBase.sync).
"""

from __future__ import annotations

import hashlib
import json

from assistant.core.schema import Chunk

DOCS_PREFIX = "assistant_docs"
DUMMY_EMBEDDING = [1.0]
SYNC_INTERVAL = 3.0  # seconds between cheap checks of the server's doc set before a read
ORPHAN_GRACE = 600.0  # seconds: an unreferenced vector younger than this may be another instance's write


def docs_collection_name(embedder: str) -> str:
    return f"{DOCS_PREFIX}_{hashlib.sha1(embedder.encode()).hexdigest()[:10]}"


def chunk_metadata(chunk: Chunk) -> dict:
    """Metadata of a chunk's first vector: enough, with the text, to rebuild its manifest row."""
    return {
        "section": json.dumps(list(chunk.section_path), ensure_ascii=False),
        "article": chunk.article or "",  # Chroma drops None values
        "start": chunk.start,
        "end": chunk.end,
    }


def doc_metadata(
    doc_id: str, source: str, title: str, kind: str, content_hash: str, indexed_at: float, n_chunks: int, chars: int
) -> dict:
    return {
        "doc_id": doc_id,
        "source": source,
        "title": title,
        "kind": kind,
        "content_hash": content_hash,
        "indexed_at": float(indexed_at),
        "n_chunks": int(n_chunks),
        "chars": int(chars),
    }


def doc_stamp(meta: dict) -> tuple[str, float]:
    """What identifies one indexed version of a document (same on server and in the cache)."""
    return str(meta.get("content_hash", "")), float(meta.get("indexed_at", 0.0))


def fingerprint(ids: list[str], metadatas: list[dict]) -> str:
    """A digest of the server's doc set; it changes whenever any document is added, replaced or removed."""
    h = hashlib.sha1()
    for doc_id, meta in sorted(zip(ids, metadatas)):
        h.update(f"{doc_id}\0{doc_stamp(meta or {})}\n".encode())
    return h.hexdigest()


def chunk_row(chunk_id: str, doc_id: str, position: int, meta: dict, text: str) -> tuple:
    """A manifest `chunks` row (without tokens) from a chunk's first-vector record."""
    return (
        chunk_id,
        doc_id,
        position,
        meta.get("section", "[]"),
        meta.get("article") or None,
        text,
        int(meta.get("start", 0)),
        int(meta.get("end", 0)),
    )
