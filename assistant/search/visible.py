"""A read-only view of the knowledge base that holds only some documents (a user's knowledge bases).

`Retriever.restricted(doc_ids)` searches through this view, so every path of the answer stage —
evidence, sources, 相关内容 tails, refusals that list what exists, document lists, 第N条 look-ups,
the places citing a regulation — sees only the granted documents. The set is given by the
caller (the web app from the user's grants), never derived from the question.
"""

from __future__ import annotations

from assistant.core.schema import Chunk
from assistant.index.knowledge_base import DocRecord, KnowledgeBase


class VisibleDocuments:
    """`KnowledgeBase`'s read API narrowed to `doc_ids`; everything else (settings, embeddings …) passes through."""

    def __init__(self, kb: KnowledgeBase, doc_ids: frozenset[str]):
        self.inner = kb
        self.doc_ids = frozenset(doc_ids)

    def _narrow(self, doc_ids: set[str] | None) -> set[str]:
        return set(self.doc_ids) if doc_ids is None else set(doc_ids) & self.doc_ids

    def documents(self) -> list[DocRecord]:
        return [d for d in self.inner.documents() if d.doc_id in self.doc_ids]

    def document(self, doc_id: str) -> DocRecord | None:
        return self.inner.document(doc_id) if doc_id in self.doc_ids else None

    def chunks(self, ids: list[str]) -> list[Chunk]:
        return [c for c in self.inner.chunks(ids) if c.doc_id in self.doc_ids]

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        return self.inner.doc_chunks(doc_id) if doc_id in self.doc_ids else []

    def article_chunks(self, article: str, doc_ids: list[str] | None = None) -> list[Chunk]:
        return self.inner.article_chunks(article, sorted(self._narrow(set(doc_ids) if doc_ids is not None else None)))

    def keyword_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        return self.inner.keyword_search(query, k, self._narrow(doc_ids))

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        return self.inner.dense_search(query, k, self._narrow(doc_ids))

    def chunk_count(self) -> int:
        return sum(d.n_chunks for d in self.documents())

    def __getattr__(self, name: str):
        # Writes are not part of a view: a restricted retriever must never change the index.
        if name in {"replace_document", "replace_documents", "remove_document", "repair", "writing"}:
            raise AttributeError(f"{name} is not available on a restricted view")
        return getattr(self.inner, name)
