"""The one wiring point: settings -> embedder, knowledge base, reranker, retriever, LLM, Assistant.

The CLI, the web app, evaluation, the benchmarks and the load script all build the pipeline
here, so that every entry point answers with the same configured parts (the web app once ran
without the configured LLM because it wired the pipeline by hand).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.answer.llm import chat_client
from assistant.answer.pipeline import Assistant
from assistant.config import Settings
from assistant.embeddings import NamedEmbeddings, check_embeddings
from assistant.embeddings.reranker import CrossEncoderReranker
from assistant.index.knowledge_base import KnowledgeBase
from assistant.search.retriever import Retriever

if TYPE_CHECKING:  # seconds of import that only the annotations use
    from langchain_core.language_models import BaseChatModel


@dataclass
class Runtime:
    """The built pipeline. The answer part (LLM client, Assistant) is built on first use, so that
    `index`, `search` and `docs` neither import an LLM client nor fail on an LLM setting they do not use."""

    settings: Settings
    kb: KnowledgeBase
    retriever: Retriever
    chat_model: BaseChatModel | None = None  # injected (tests); None: the one `settings.llm` names, if any

    @classmethod
    def from_settings(
        cls, settings: Settings, embeddings: NamedEmbeddings | None = None, llm: BaseChatModel | None = None
    ) -> Runtime:
        """Open the knowledge base and build the retriever; the models load lazily on first use.

        `embeddings` shares an already loaded embedder (tests, benchmarks, evaluation); `llm`
        replaces the configured chat model (tests inject a fake one).
        """
        if embeddings is None:
            check_embeddings(settings.embeddings)  # a bad ASSISTANT_EMBEDDINGS: said now, not at the first search
        kb = KnowledgeBase.open(settings, embeddings)
        reranker = CrossEncoderReranker(settings.reranker) if settings.reranker else None
        return cls(settings, kb, Retriever(kb, reranker), llm)

    @cached_property
    def assistant(self) -> Assistant:
        llm = self.chat_model if self.chat_model is not None else chat_client(self.settings)
        return Assistant(self.retriever, llm)
