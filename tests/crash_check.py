"""Open an index the way the next app start does and report, as one JSON line, whether it is consistent.

Run as its own process by tests/test_crash.py after it SIGKILLs `assistant index`, so the check sees
exactly what a freshly started app would (no state cached in the killing process):
`python tests/crash_check.py INDEX_DIR QUESTIONS_JSON`.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from assistant.answer.pipeline import Assistant
from assistant.config import Settings
from assistant.index.knowledge_base import MANIFEST_FILE, KnowledgeBase, vector_ids
from assistant.search.retriever import Retriever


def main(index_dir: Path, questions: list[str]) -> dict:
    with sqlite3.connect(index_dir / MANIFEST_FILE) as db:  # before the open repairs anything
        pending = db.execute("SELECT value FROM meta WHERE key='pending'").fetchone() is not None
    kb = KnowledgeBase.open(Settings(index_dir=index_dir))
    ids = kb.manifest.chunk_ids()
    expected = {vid for chunk in kb.chunks(ids) for vid in vector_ids(chunk)}
    stored = set(kb.vectors.records(kb.vector_space))
    short_docs = [d.doc_id for d in kb.documents() if len(kb.doc_chunks(d.doc_id)) != d.n_chunks]
    assistant = Assistant(Retriever(kb))
    answers = {}
    for q in questions:
        a = assistant.ask(q)
        answers[q] = [a.text, [c.chunk_id for c in a.citations]]
    return {
        "pending_at_open": pending,
        "recovered": kb.recovered,
        "docs": {d.doc_id: d.content_hash for d in kb.documents()},
        "chunks": len(ids),
        "missing_vectors": len(expected - stored),
        "orphan_vectors": len(stored - expected),
        "docs_with_wrong_chunk_count": short_docs,
        "answers": answers,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text("utf-8"))), ensure_ascii=False))
