"""Any sentence-transformers model by local path or (cached) name; torch loads only here."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

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

    def check_available(self) -> None:
        """A ConfigError if the model is neither a folder here nor a name in the local model cache."""
        path = Path(self.name_or_path).expanduser()
        if path.exists():
            return
        if path.is_absolute() or self.name_or_path.startswith((".", "~")) or "\\" in self.name_or_path:
            raise ConfigError(
                f"ASSISTANT_EMBEDDINGS=st:{self.name_or_path}：找不到模型文件夹 {path}。"
                "请填写本机上模型文件夹的路径（本程序不会从网上下载模型），或改回 use（内置模型）。"
            )
        if not _cached(self.name_or_path):
            raise ConfigError(
                f"ASSISTANT_EMBEDDINGS=st:{self.name_or_path}：本机没有这个模型（既不是文件夹，也不在模型缓存中）。"
                "请填写本机上模型文件夹的路径（本程序不会从网上下载模型），或改回 use（内置模型）。"
            )

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


def _cached(name: str) -> bool:
    """Whether a model name (org/name, or a sentence-transformers short name) is in the Hugging Face cache."""
    from huggingface_hub import try_to_load_from_cache

    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    return any(isinstance(try_to_load_from_cache(repo, "config.json"), str) for repo in candidates)
