"""LangChain face of our retrieval, kept apart so that answering never imports LangChain (seconds of start-up)."""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.search.retriever import NO_HINTS, Filters, Retriever, SearchHints


class HybridRetriever(BaseRetriever):
    """LangChain face of `Retriever`, so our retrieval composes into other chains.

    `hints_for` reads a query the way the assistant's router does (`assistant.answer.routing.hints_for`).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: Retriever
    k: int = 5
    filters: Filters | None = None
    hints_for: Callable[[str], SearchHints] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=e.chunk.text,
                metadata={
                    "chunk_id": e.chunk.id,
                    "doc": e.chunk.doc_title,
                    "kind": e.chunk.doc_kind,
                    "section": e.chunk.location,
                    "article": e.chunk.article,
                    "score": e.score,
                },
            )
            for e in self.retriever.search(
                query, self.k, self.filters, self.hints_for(query) if self.hints_for else NO_HINTS
            )
        ]
