"""Re-indexing one knowledge base from the web, reporting only that base's files.

Indexing also drops documents whose files vanished anywhere in the corpus; those rows, and any
other base's, are left out of what the user sees, so that an editor of one base never reads the
titles of another.
"""

from __future__ import annotations

from pathlib import Path

from assistant.accounts.knowledge_bases import kb_of, kb_paths
from assistant.index.indexing import IndexReport, index_paths
from assistant.index.knowledge_base import IndexWriteError, KnowledgeBase
from assistant.web.library import Progress, report_rows


def reindex_knowledge_base(
    kb: KnowledgeBase, corpus_dir: Path, name: str, progress: Progress | None = None
) -> tuple[list[list], str]:
    try:
        report = index_paths(kb, kb_paths(name, corpus_dir), progress)
    except IndexWriteError as exc:  # disk full, read-only folder: the old index is intact
        return [], f"重新索引失败：{exc}"
    own = IndexReport([r for r in report.results if kb_of(r.path, corpus_dir) == name], report.seconds)
    return report_rows(own), f"重新索引知识库“{name}”：{own.summary()}。"
