"""What the answer stage may ask of the search stage: ranked evidence and read-only views of the index.

`Retriever` is the implementation; answer code is typed against this protocol, so it never
holds the knowledge base and its unit tests can hand it a few chunks instead.
"""

from __future__ import annotations

from typing import Protocol

from assistant.core.schema import Chunk, Evidence
from assistant.index.knowledge_base import DocRecord  # what the answer stage sees of a document
from assistant.search.retriever import Filters, SearchHints
from assistant.search.scope import Scope
from assistant.search.terms import Terms


class EvidenceSource(Protocol):
    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = ...
    ) -> list[Evidence]: ...

    def resolve_article(self, query: str) -> list[Evidence]:
        """第N条 of a regulation the question names, newest revision first."""
        ...

    def named_documents(self, query: str) -> list[DocRecord]:
        """Documents the question names by title or short name, newest first."""
        ...

    def mentioned_documents(self, query: str) -> set[str]:
        """Ids of documents the question refers to, even loosely."""
        ...

    def older_revisions(self) -> set[str]:
        """Ids of regulations superseded by a newer revision in the knowledge base."""
        ...

    def documents(self) -> list[DocRecord]: ...

    def scope(self, question: str) -> Scope:
        """The documents the question is about (its period, organisation), or a refusal saying what exists."""
        ...

    def document(self, doc_id: str) -> DocRecord | None: ...

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        """A document's chunks in reading order."""
        ...

    def terms(self, question: str) -> Terms:
        """The question's words, weighted by how rare they are in the knowledge base; an organisation named by
        a contraction (公交集团) spelled as its documents' titles name it (see `organisations.spelled_out`)."""
        ...

    def citing_places(self, title: str) -> list[tuple[Chunk, str]]:
        """(chunk, sentence) wherever a document cites 《title》."""
        ...

    def titles_in_knowledge_base(self, title: str) -> list[str]:
        """Titles of indexed documents that are the cited 《title》."""
        ...


__all__ = ["DocRecord", "EvidenceSource"]
