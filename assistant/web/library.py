"""Knowledge-base management for the web UI: uploads, indexing progress, quarantine, documents, delete, status.

Plain functions over the library (no gradio import), testable without a browser.
Every message returned here is meant for the user and is in Chinese.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.index.indexing import FILE_STATE_NAMES
from assistant.index.jobs import JOB_KIND_NAMES, JOB_STATE_NAMES, IndexJobs, JobsView
from assistant.index.knowledge_base import DocRecord, KnowledgeBase
from assistant.index.quarantine import list_quarantine, remove_quarantined
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.search.preview import PreviewError, document_preview, ocr_warning, render_preview

KIND_NAMES = {"report": "报告", "regulation": "法规", "other": "其他"}
DOC_HEADERS = ["标题", "类型", "片段数", "字数", "索引时间", "文件", "识别置信度"]
PROGRESS_HEADERS = ["文件", "状态", "说明"]
QUARANTINE_HEADERS = ["文件", "原因", "原位置", "移入时间"]
UPLOAD_SUFFIXES = tuple(s for s in SUPPORTED_SUFFIXES)  # .txt .md .docx .pdf .html .htm
MAX_NAME_CHARS = 120
# Inline Markdown only: the texts never start a line with a name, so list and heading marks cannot act.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()!|~$])")
UNSAFE_NAME_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\/]')


def md_text(text: str) -> str:
    """Text from a file (its name, a reason naming it) shown literally in a gr.Markdown: no link, image, HTML or formula."""
    # "$" becomes a full-width "＄": the page typesets $$…$$ after Markdown, so an escaped "$" would still count.
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False)).replace("\\$", "＄")


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


def queue_upload(jobs: IndexJobs, settings: Settings, files: list[tuple[Path, str]]) -> str:
    """Save uploaded (temp path, original name) pairs in the corpus folder and queue their indexing.

    Returns at once with a message; a refused file (type, size) is listed with its reason in the
    job's progress, never dropped silently.
    """
    if not files:
        return "请先选择要上传的文件。"
    saved = [save_upload(Path(p), name, settings.corpus_dir, settings.max_upload_mb) for p, name in files]
    refused = {s.name: s.message for s in saved if s.path is None}
    accepted = [s.path for s in saved if s.path is not None]
    jobs.submit("upload", accepted, refused)
    if not accepted:
        return f"没有文件被接收：{len(refused)} 个文件不符合要求，原因见下表。"
    notes = [md_text(f"{s.name}：{s.message}") for s in saved if s.path is not None and s.message]  # renamed, duplicate
    notes += [f"{len(refused)} 个未接收，原因见下表"] if refused else []
    note = f"（{'；'.join(notes)}）" if notes else ""
    return f"已接收 {len(accepted)} 个文件，正在后台索引{note}。索引期间可以照常提问。"


def queue_reindex(jobs: IndexJobs, settings: Settings) -> str:
    corpus = Path(settings.corpus_dir)
    if not corpus.is_dir():
        return f"语料文件夹 {corpus} 不存在。"
    jobs.submit("reindex", [corpus])
    return "已开始重新索引语料文件夹（在后台进行，索引期间可以照常提问）。"


def cancel_jobs(jobs: IndexJobs) -> str:
    if not jobs.cancel():
        return "当前没有进行中的索引。"
    return "正在取消：当前文件处理到安全点后停止，已写入的文档保留，未完成的文档保持原样。"


# ---------------------------------------------------------------- progress
def progress_rows(view: JobsView) -> list[list]:
    """Rows of the progress table (PROGRESS_HEADERS): each file of the running or last job."""
    return [[f.name, FILE_STATE_NAMES[f.state], f.detail] for f in view.files]


def progress_text(view: JobsView) -> str:
    """One line above the progress table, in Chinese ("第 3/21 个文件", never "3/21 steps")."""
    job = view.job
    if job is None:
        return "当前没有索引任务。"
    done, total = job.counts()
    waiting = f"；另有 {view.queued} 个任务排队" if view.queued else ""
    kind = JOB_KIND_NAMES[job.kind]
    if job.state in ("queued", "running"):
        cancelling = "（正在取消）" if job.cancel.is_set() else ""
        current = next((f for f in view.files if f.state not in ("waiting", "done", "failed", "cancelled")), None)
        where = f"，当前：{md_text(current.name)}（{FILE_STATE_NAMES[current.state]}）" if current else ""
        return f"正在{kind}{cancelling}：已处理 {done} / {total} 个文件{where}{waiting}。"
    return f"{JOB_STATE_NAMES[job.state]}。{md_text(job.summary)}{waiting}"


# ---------------------------------------------------------------- quarantine
def quarantine_rows(settings: Settings) -> list[list]:
    return [
        [q.name, q.reason, Path(q.original).name if q.original else "", _when(q.moved_at)]
        for q in list_quarantine(settings.corpus_dir)
    ]


def quarantine_choices(settings: Settings) -> list[str]:
    return [q.name for q in list_quarantine(settings.corpus_dir)]


def remove_from_quarantine(settings: Settings, name: str | None) -> str:
    if not name:
        return "请先选择隔离区中的文件。"
    if remove_quarantined(settings.corpus_dir, name):
        return f"已从隔离区删除 {md_text(name)}。"
    return f"隔离区中没有 {md_text(name)}（可能已被删除）。"


# ---------------------------------------------------------------- documents
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


def status_rows(kb: KnowledgeBase, settings: Settings, auth_users: int = 0, answering: str = "") -> list[list[str]]:
    """(item, value) rows for the 设置/状态 tab; `answering` says how answers are written (the LLM's state)."""
    docs = kb.documents()
    llm = settings.llm.strip()
    answering = answering or (
        f"大模型 {llm}（输出经引用与数字校验）" if llm else "抽取式（直接引用原文，不使用大模型）"
    )
    return [
        ["向量模型（embedder）", embedder_label(kb.embeddings.name)],
        ["重排序模型（reranker）", settings.reranker or "未启用"],
        ["回答方式", answering],
        ["文档数", str(len(docs))],
        ["片段数", str(kb.chunk_count())],
        ["索引大小", _size(kb.disk_bytes())],
        ["索引位置", settings.chroma_url or str(settings.index_dir)],
        ["语料文件夹", str(settings.corpus_dir)],
        ["上传大小上限", f"{settings.max_upload_mb} MB"],
        [
            "单个文件索引限制",
            f"解压后 {settings.max_expanded_mb} MB、PDF {settings.max_pages} 页、"
            f"解析 {settings.max_parse_seconds} 秒、内存 {settings.max_parse_memory_mb} MB",
        ],
        ["登录", f"已启用（{auth_users} 个账号）" if auth_users else "未启用（仅建议本机使用）"],
    ]
