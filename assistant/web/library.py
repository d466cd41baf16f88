"""Knowledge-base management for the web UI: uploads, document list, delete, re-index, status.

Plain functions over the library (no gradio import), testable without a browser.
Every message returned here is meant for the user and is in Chinese.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.index.indexing import FileResult, IndexReport, index_paths
from assistant.index.knowledge_base import DocRecord, IndexWriteError, KnowledgeBase
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.search.preview import PreviewError, document_preview, ocr_warning, render_preview

KIND_NAMES = {"report": "报告", "regulation": "法规", "other": "其他"}
STATUS_NAMES = {
    "added": "已加入",
    "updated": "已更新",
    "unchanged": "未变化",
    "removed": "已移除",
    "error": "失败",
    "rejected": "未接收",
    "duplicate": "已存在",
}
DOC_HEADERS = ["标题", "类型", "片段数", "字数", "索引时间", "文件", "识别置信度"]
RESULT_HEADERS = ["文件", "结果", "标题", "片段数", "说明"]
UPLOAD_SUFFIXES = tuple(s for s in SUPPORTED_SUFFIXES)  # .txt .md .docx .pdf .html .htm
MAX_NAME_CHARS = 120
UNSAFE_NAME_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\/]')

Progress = Callable[[int, int, str], None]


# ---------------------------------------------------------------- uploads
def safe_filename(name: str) -> str:
    """A file name that stays inside the corpus folder: no directories, no '..', no control chars."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]  # drop any directory part, Windows or POSIX
    name = UNSAFE_NAME_CHARS.sub("_", name).strip().lstrip(".").strip()
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.strip(" .") or "上传文件"
    suffix = suffix.lower()
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class SavedUpload:
    name: str  # the name the user uploaded
    path: Path | None  # where it is in the corpus folder (None: refused)
    status: str  # saved | duplicate | rejected
    message: str = ""


def save_upload(source: Path, original_name: str, corpus_dir: Path, max_mb: int) -> SavedUpload:
    """Copy one uploaded file into the corpus folder, never overwriting an existing file.

    A file whose content is already in the folder under the same name is not copied again;
    a different file with a taken name is saved as 名称-2.txt, 名称-3.txt, ...
    """
    source = Path(source)
    shown = Path(str(original_name)).name or source.name
    name = safe_filename(original_name or source.name)
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        allowed = "、".join(UPLOAD_SUFFIXES)
        return SavedUpload(shown, None, "rejected", f"不支持的文件类型“{suffix or '无扩展名'}”，只接受 {allowed}")
    try:
        size = source.stat().st_size
    except OSError as exc:
        return SavedUpload(shown, None, "rejected", f"上传的文件无法读取（{exc.strerror}）")
    if size > max_mb * 1024 * 1024:
        return SavedUpload(shown, None, "rejected", f"文件过大（{size / 1024 / 1024:.1f} MB），上限 {max_mb} MB")
    if size == 0:
        return SavedUpload(shown, None, "rejected", "文件为空")
    corpus_dir = Path(corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    root = corpus_dir.resolve()
    stem, suffix = Path(name).stem, Path(name).suffix
    digest = _digest(source)
    for n in range(1, 1000):
        target = corpus_dir / (name if n == 1 else f"{stem}-{n}{suffix}")
        if target.resolve().parent != root:  # defence in depth: never leave the corpus folder
            return SavedUpload(shown, None, "rejected", "文件名不合法")
        if target.exists():
            if target.is_file() and _digest(target) == digest:
                return SavedUpload(shown, target, "duplicate", f"语料文件夹中已有相同文件 {target.name}，未重复保存")
            continue
        try:
            with open(source, "rb") as src, open(target, "xb") as dst:  # "x": fail rather than overwrite
                shutil.copyfileobj(src, dst)
        except FileExistsError:
            continue
        except OSError as exc:
            return SavedUpload(shown, None, "rejected", f"无法保存到语料文件夹（{exc.strerror}）")
        renamed = f"同名文件已存在，另存为 {target.name}" if target.name != name else ""
        return SavedUpload(shown, target, "saved", renamed)
    return SavedUpload(shown, None, "rejected", "同名文件过多，请改名后再上传")


def upload_and_index(
    kb: KnowledgeBase,
    settings: Settings,
    files: list[tuple[Path, str]],
    progress: Progress | None = None,
) -> tuple[list[list], str]:
    """Save uploaded (temp path, original name) pairs under the corpus folder and index them.

    Returns result rows (RESULT_HEADERS) and a one-line summary.
    """
    if not files:
        return [], "请先选择要上传的文件。"
    saved = [save_upload(Path(p), name, settings.corpus_dir, settings.max_upload_mb) for p, name in files]
    rows: list[list] = []
    for s in saved:
        if s.status == "rejected":
            rows.append([s.name, STATUS_NAMES["rejected"], "", 0, s.message])
    to_index = [s for s in saved if s.path is not None]
    if not to_index:
        return rows, f"没有文件被接收：{len(rows)} 个文件不符合要求。"
    try:
        report = index_paths(kb, [s.path for s in to_index], progress)
    except IndexWriteError as exc:  # disk full, read-only folder: the old index is intact
        return rows, f"文件已保存到语料文件夹，但索引失败：{exc}"
    by_path = {str(Path(r.path)): r for r in report.results}
    for s in to_index:
        result = by_path.get(str(s.path))
        if result is None:
            rows.append([s.name, STATUS_NAMES["error"], "", 0, "未被索引"])
            continue
        status = "duplicate" if s.status == "duplicate" and result.status == "unchanged" else result.status
        detail = "；".join(x for x in (s.message, result.error) if x)
        rows.append([s.name, STATUS_NAMES.get(status, status), result.title, result.chunks, detail])
    rows += [result_row(r) for r in report.results if r.status == "removed"]
    rejected = sum(1 for s in saved if s.status == "rejected")
    summary = f"上传 {len(files)} 个文件：{report.summary()}" + (f"；{rejected} 个未接收" if rejected else "") + "。"
    return rows, summary


# ---------------------------------------------------------------- documents
def result_row(r: FileResult) -> list:
    return [Path(r.path).name, STATUS_NAMES.get(r.status, r.status), r.title, r.chunks, r.error]


def report_rows(report: IndexReport) -> list[list]:
    return [result_row(r) for r in report.results]


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def doc_rows(docs: list[DocRecord], query: str = "") -> list[list]:
    """Rows of the document table, filtered by a case-insensitive match on title, type or file."""
    words = (query or "").strip().lower().split()
    rows = []
    for d in docs:
        row = [d.title, KIND_NAMES.get(d.kind, d.kind), d.n_chunks, d.chars, _when(d.indexed_at), Path(d.source).name]
        row.append(ocr_cell(d.ocr_confidence))
        haystack = " ".join(str(x) for x in row).lower()
        if all(w in haystack for w in words):
            rows.append(row)
    return rows


def ocr_cell(confidence: float | None) -> str:
    """A scanned document's OCR confidence; a low one says to check the original ("" for text documents)."""
    if confidence is None:
        return ""
    return ocr_warning(confidence) or f"{confidence:.2f}"


def document_text_view(kb: KnowledgeBase, doc_id: str | None) -> str:
    """查看原文: how the chosen document was read, as plain text (shown in a text box, never as Markdown)."""
    if not doc_id:
        return ""
    try:
        return render_preview(document_preview(kb, doc_id))
    except PreviewError as exc:
        return str(exc)


def doc_choices(docs: list[DocRecord]) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for the delete selector; labels name the file to tell twins apart."""
    return [(f"{d.title}（{Path(d.source).name}）", d.doc_id) for d in docs]


def in_corpus(source: str, corpus_dir: Path) -> bool:
    try:
        return Path(source).resolve().is_relative_to(Path(corpus_dir).resolve())
    except OSError:
        return False


def delete_plan(kb: KnowledgeBase, settings: Settings, doc_id: str | None) -> tuple[str, bool]:
    """What deleting `doc_id` will do, for the confirmation step: (question, file can be deleted)."""
    doc = kb.document(doc_id) if doc_id else None
    if doc is None:
        return "请先选择要删除的文档。", False
    path = Path(doc.source)
    if in_corpus(doc.source, settings.corpus_dir) and path.is_file():
        return (
            f"确认从知识库删除《{doc.title}》？原文件 {path.name} 位于语料文件夹中："
            "勾选“同时删除原文件”则一并删除，否则下次重新索引语料时它会再次加入。",
            True,
        )
    return f"确认从知识库删除《{doc.title}》？原文件 {doc.source} 不在语料文件夹中，只从索引中移除、不删除文件。", False


def delete_document(kb: KnowledgeBase, settings: Settings, doc_id: str | None, delete_file: bool) -> str:
    """Remove a document from the index (vectors + keywords + manifest) and optionally its file."""
    doc = kb.document(doc_id) if doc_id else None
    if doc is None:
        return "该文档已不在知识库中。"
    kb.remove_document(doc.doc_id)
    message = f"已从知识库删除《{doc.title}》。"
    path = Path(doc.source)
    if delete_file:
        if not in_corpus(doc.source, settings.corpus_dir):
            message += f"原文件 {doc.source} 不在语料文件夹中，未删除。"
        elif path.is_file():
            try:
                path.unlink()
                message += f"原文件 {path.name} 已删除。"
            except OSError as exc:
                message += f"原文件 {path.name} 无法删除（{exc.strerror}），重新索引语料时它会再次加入。"
    elif path.is_file() and in_corpus(doc.source, settings.corpus_dir):
        message += f"原文件 {path.name} 保留在语料文件夹中，重新索引语料时会再次加入。"
    return message


def reindex_corpus(kb: KnowledgeBase, settings: Settings, progress: Progress | None = None) -> tuple[list[list], str]:
    corpus = Path(settings.corpus_dir)
    if not corpus.is_dir():
        return [], f"语料文件夹 {corpus} 不存在。"
    try:
        report = index_paths(kb, [corpus], progress)
    except IndexWriteError as exc:
        return [], f"重新索引失败：{exc}"
    return report_rows(report), f"重新索引语料文件夹：{report.summary()}。"


# ---------------------------------------------------------------- status
def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


# Embedder names as recorded in the index -> what a user reads in the status tab.
EMBEDDER_LABELS = {"use-m3": "内置多语言句向量模型（离线，无需下载）"}


def embedder_label(name: str) -> str:
    if name in EMBEDDER_LABELS:
        return EMBEDDER_LABELS[name]
    return f"句向量模型 {name.removeprefix('st:')}" if name else "未知"


def status_rows(kb: KnowledgeBase, settings: Settings, auth_users: int = 0) -> list[list[str]]:
    """(item, value) rows for the 设置/状态 tab."""
    docs = kb.documents()
    llm = settings.llm.strip()
    return [
        ["向量模型（embedder）", embedder_label(kb.embeddings.name)],
        ["重排序模型（reranker）", settings.reranker or "未启用"],
        ["回答方式", f"大模型 {llm}（输出经引用与数字校验）" if llm else "抽取式（直接引用原文，不使用大模型）"],
        ["文档数", str(len(docs))],
        ["片段数", str(kb.chunk_count())],
        ["索引大小", _size(kb.disk_bytes())],
        ["索引位置", settings.chroma_url or str(settings.index_dir)],
        ["语料文件夹", str(settings.corpus_dir)],
        ["上传大小上限", f"{settings.max_upload_mb} MB"],
        ["登录", f"已启用（{auth_users} 个账号）" if auth_users else "未启用（仅建议本机使用）"],
    ]
