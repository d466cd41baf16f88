"""Which knowledge base a document belongs to: the first folder of its path under the corpus.

corpus/党内法规/纪律处分条例.docx is in 党内法规, corpus/第一支部/2023/总结.docx in 第一支部; a file
directly in corpus/ (or indexed from elsewhere) is in the default base 公共. The folder is the one
source of truth, so an index written before knowledge bases existed needs no migration, and
moving a file to another folder (then re-indexing) moves it to that base.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from assistant.core.errors import AssistantError
from assistant.index.knowledge_base import DocRecord

DEFAULT_KB = "公共"
MAX_KB_CHARS = 40
# A knowledge-base name is a folder name: no path separators, no characters Windows refuses.
BAD_KB_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\/]')


class BadKnowledgeBaseName(AssistantError):
    """A knowledge-base name that cannot be a folder name."""


def check_kb_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise BadKnowledgeBaseName("知识库名称为空，请输入名称，例如“党内法规”。")
    if len(name) > MAX_KB_CHARS or BAD_KB_CHARS.search(name) or name.startswith(".") or name in ("..", "."):
        raise BadKnowledgeBaseName(
            f"知识库名称“{name[:MAX_KB_CHARS]}”不可用：最多 {MAX_KB_CHARS} 个字，"
            '不能以“.”开头，不能含 / \\ : * ? " < > | 等字符。'
        )
    return name


def kb_of(source: str, corpus_dir: Path) -> str:
    """The knowledge base of a document, from where its file is under `corpus_dir`."""
    try:
        relative = Path(source).resolve().relative_to(Path(corpus_dir).resolve())
    except (ValueError, OSError):
        return DEFAULT_KB
    return relative.parts[0] if len(relative.parts) > 1 else DEFAULT_KB


def kb_folder(name: str, corpus_dir: Path) -> Path:
    """The folder uploads into `name` go to (the corpus folder itself for the default base)."""
    return Path(corpus_dir) if name == DEFAULT_KB else Path(corpus_dir) / check_kb_name(name)


class Membership:
    """doc id -> knowledge base for a list of documents; built once per list (documents() is cached)."""

    def __init__(self, docs: list[DocRecord], corpus_dir: Path):
        self.docs = docs
        self.kb = {d.doc_id: kb_of(d.source, corpus_dir) for d in docs}

    def doc_ids(self, kbs: Iterable[str]) -> frozenset[str]:
        wanted = set(kbs)
        return frozenset(doc_id for doc_id, kb in self.kb.items() if kb in wanted)

    def documents(self, kbs: Iterable[str]) -> list[DocRecord]:
        wanted = set(kbs)
        return [d for d in self.docs if self.kb[d.doc_id] in wanted]

    def names(self) -> set[str]:
        return set(self.kb.values())


def kb_paths(name: str, corpus_dir: Path) -> list[Path]:
    """What re-indexing one knowledge base reads: its folder, or for the default base the files directly in corpus/."""
    corpus = Path(corpus_dir)
    if name != DEFAULT_KB:
        return [kb_folder(name, corpus)]
    return sorted(p for p in corpus.iterdir() if p.is_file()) if corpus.is_dir() else []
