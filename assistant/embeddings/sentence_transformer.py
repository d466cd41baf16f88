"""Any sentence-transformers model by local path or (cached) name; torch loads only here."""

from __future__ import annotations

from functools import cached_property

from assistant.config import ConfigError
from assistant.embeddings import NamedEmbeddings

BATCH_SIZE = 32


def load_sentence_transformer(name_or_path: str, cls_name: str = "SentenceTransformer"):
    """Load a model without touching the network; a clear Chinese error if it is not local."""
    import sentence_transformers

    cls = getattr(sentence_transformers, cls_name)
    try:
        return cls(name_or_path, device="cpu")
    except Exception as exc:  # missing files, wrong format, would need a download …
        raise ConfigError(
            f"无法加载模型“{name_or_path}”：{type(exc).__name__}。"
            "请提供本地模型目录的路径（本程序不会从网上下载模型）。"
        ) from exc


class SentenceTransformerEmbeddings(NamedEmbeddings):
    def __init__(self, name_or_path: str):
        if not name_or_path:
            raise ConfigError("ASSISTANT_EMBEDDINGS=st: 后面需要写模型路径，例如 st:/models/bge-small-zh-v1.5")
        self.name_or_path = name_or_path
        self.name = f"st:{name_or_path}"

    @cached_property
    def model(self):
        return load_sentence_transformer(self.name_or_path)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode(
            list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.astype("float32").tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
