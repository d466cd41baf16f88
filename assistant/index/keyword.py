"""Keyword side of hybrid retrieval: jieba tokens with Party terms, scored by BM25."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable

import numpy as np
from scipy import sparse

from assistant.core.schema import Chunk
from assistant.core.words import tokenize


def keyword_tokens(chunk: Chunk) -> list[str]:
    """What the keyword index sees: the chunk's title and section path, then its words."""
    return tokenize(" ".join([chunk.doc_title, *chunk.section_path, chunk.text]))


class BM25Index:
    """Okapi BM25 over pre-tokenised documents, as one sparse matrix for fast scoring."""

    def __init__(self, ids: list[str], token_lists: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.ids = ids
        vocab: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = np.zeros(len(ids), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            lengths[row] = len(tokens)
            tf: dict[int, int] = {}
            for token in tokens:
                col = vocab.setdefault(token, len(vocab))
                tf[col] = tf.get(col, 0) + 1
            rows.extend([row] * len(tf))
            cols.extend(tf.keys())
            counts.extend(tf.values())
        self.vocab = vocab
        n = max(len(ids), 1)
        tf_matrix = sparse.csr_matrix((np.array(counts, dtype=np.float32), (rows, cols)), shape=(len(ids), len(vocab)))
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocab)).astype(np.float32)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        self.idf = idf
        self.max_idf = float(np.log(1.0 + (n + 0.5) / 0.5))
        avg = float(lengths.mean()) if len(ids) else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1.0))
        tf_matrix = tf_matrix.tocoo()
        weights = tf_matrix.data * (k1 + 1) / (tf_matrix.data + norm[tf_matrix.row])
        weights *= idf[tf_matrix.col]
        self.matrix = sparse.csc_matrix((weights, (tf_matrix.row, tf_matrix.col)), shape=tf_matrix.shape)

    def search(self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        cols = sorted({self.vocab[t] for t in query_tokens if t in self.vocab})
        if not cols or not self.ids:
            return []
        scores = np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def token_weight(self, token: str) -> float:
        """IDF of a token; a token no document contains weighs the most."""
        col = self.vocab.get(token)
        return self.max_idf if col is None else float(self.idf[col])


class KeywordIndex:
    """BM25 over every indexed chunk, searchable within a set of documents."""

    def __init__(self, rows: list[tuple[str, str, list[str]]]):
        """`rows`: (chunk id, doc id, tokens) in manifest order."""
        self.bm25 = BM25Index([r[0] for r in rows], [r[2] for r in rows])
        self.doc_ids = [r[1] for r in rows]

    def search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        allowed = None if doc_ids is None else np.array([d in doc_ids for d in self.doc_ids], dtype=bool)
        return self.bm25.search(tokenize(query), k, allowed)


class KeywordCache:
    """Holds the keyword index until the manifest's version changes (building it reads every chunk).

    While one thread builds the index of a newer version, others keep answering from the previous
    one instead of queueing behind the build: during a long re-index the manifest changes after
    every document, and a question must not wait for a rebuild each time.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entry: tuple[Hashable, KeywordIndex] | None = None
        self._building = False

    def get(self, version: Hashable, load: Callable[[], list[tuple[str, str, list[str]]]]) -> KeywordIndex:
        with self._lock:
            entry = self._entry
            if entry is not None and (entry[0] == version or self._building):
                return entry[1]
            self._building = True
        try:
            index = KeywordIndex(load())
        finally:
            with self._lock:
                self._building = False
        with self._lock:
            self._entry = (version, index)
        return index
