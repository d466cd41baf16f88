"""Optional sentence-transformers CrossEncoder reranker (ASSISTANT_RERANKER=<path>)."""

from __future__ import annotations

from functools import cached_property

from assistant.embeddings.sentence_transformer import load_sentence_transformer


class CrossEncoderReranker:
    def __init__(self, name_or_path: str):
        self.name = name_or_path

    @cached_property
    def model(self):
        return load_sentence_transformer(self.name, "CrossEncoder")

    def scores(self, query: str, texts: list[str]) -> list[float]:
        if not texts:
            return []
        return [float(s) for s in self.model.predict([(query, t) for t in texts], show_progress_bar=False)]
