"""The 知识库 tab: upload, indexing progress, quarantine, deletion and the 查看原文 preview.

Layout, event wiring and the tab's handlers; the logic lives in `library` (no gradio there). Every
handler checks the user's grant on the server (`Access`) before it acts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import gradio as gr

from assistant.accounts.guard import PermissionDenied
from assistant.accounts.knowledge_bases import DEFAULT_KB, kb_folder, kb_of
from assistant.config import Settings
from assistant.core.errors import AssistantError
from assistant.index.jobs import IndexJobs, JobsView
from assistant.web.access import Access, address_of, user_of
from assistant.web.chat import notice_html
from assistant.web.library import (
    DOC_HEADERS,
    PROGRESS_HEADERS,
    QUARANTINE_HEADERS,
    UPLOAD_SUFFIXES,
    cancel_jobs,
    delete_document,
    delete_plan,
    doc_choices,
    doc_rows,
    document_text_view,
    progress_rows,
    progress_text,
    quarantine_choices,
    quarantine_rows,
    queue_reindex,
    queue_upload,
    remove_from_quarantine,
)
from assistant.web.look import NO_MATH
from assistant.web.safe import escape

# Fixed widths (about 930 px: the desktop page beside the open history sidebar, at 1366 px): short columns
# such as 片段数 keep their header on one line and every column, 识别置信度 included, is in view; a phone
# scrolls the table sideways instead of squeezing it.
DOC_COLUMN_WIDTHS = ["260px", "60px", "70px", "70px", "140px", "220px", "100px"]
SUFFIX_SEPARATOR = "、\u200b"  # a zero-width space: a phone's line may break there (never before the "." of ".pdf")
POLL_SECONDS = 1.0  # how often the tab asks for indexing progress


class LibraryPanel:
    """The 知识库 tab over the shared knowledge base; `status_view` refreshes the 设置/状态 table with it."""

    def __init__(self, access: Access, status_view: Callable):
        self.access = access
        self.backend = access.backend
        self.settings = self.backend.settings
        self.kb = self.backend.kb
        self.status_view = status_view
        self.jobs = IndexJobs(self.kb, self.settings.corpus_dir)  # indexing runs here, never in a request

    def documents_view(self, query: str = "", request: gr.Request | None = None, keep_selection: bool = False):
        """The documents of the user's knowledge bases; the delete list only those they may delete.

        `keep_selection`: a refresh (the timer) leaves the document chosen for deletion chosen."""
        docs = self.access.documents(request)
        deletable = self.access.documents(request, "delete")
        choices = doc_choices(deletable)
        update = gr.update(choices=choices) if keep_selection else gr.update(choices=choices, value=None)
        return doc_rows(docs, query), update

    def _target(self, request, action, target: str | None) -> Settings:
        """Settings whose corpus folder is the knowledge base to upload into / re-index (default 公共),
        once the user may act there."""
        target = target or DEFAULT_KB
        self.access.require(request, action, target)
        return self.settings.with_values({"corpus_dir": kb_folder(target, self.settings.corpus_dir)})

    def _audit(self, request, action, target: str, detail: str, ok: bool = True) -> None:
        address = address_of(request)
        self.backend.accounts.audit(user_of(request) or "", action, target, ok, detail, address)

    def upload(self, files, target=None, request: gr.Request | None = None):
        """Save the files and queue their indexing; returns at once (progress comes from `poll`)."""
        try:
            settings = self._target(request, "upload", target)
        except AssistantError as exc:  # no grant, or a name that is no folder
            return (notice_html(str(exc)), None, *self.progress_view(request))
        pairs = [(Path(f), Path(f).name) for f in (files or [])]
        message = queue_upload(self.jobs, settings, pairs)
        self._audit(request, "upload", target or DEFAULT_KB, "、".join(name for _, name in pairs))
        return (message, None, *self.progress_view(request))

    def reindex(self, target=None, request: gr.Request | None = None):
        try:
            settings = self._target(request, "reindex", target)
        except AssistantError as exc:
            return (notice_html(str(exc)), *self.progress_view(request))
        self._audit(request, "reindex", target or DEFAULT_KB, "")
        return (queue_reindex(self.jobs, settings), *self.progress_view(request))

    def cancel_index(self, request: gr.Request | None = None):
        if not self.access.kbs(request, "reindex"):  # stopping a job is an editor's action: not a reader's
            return (notice_html("您没有取消索引任务的权限：需要某个知识库的编辑权限。"), *self.progress_view(request))
        return (cancel_jobs(self.jobs), *self.progress_view(request))

    def progress_view(self, request: gr.Request | None = None, view: JobsView | None = None):
        """The job's progress line and the files of it the user may see (those of their knowledge bases)."""
        view = view or self.jobs.snapshot()
        readable = set(self.access.kbs(request, "ask"))
        files = [f for f in view.files if kb_of(f.path, self.settings.corpus_dir) in readable]
        return progress_text(view), progress_rows(replace(view, files=files))

    def quarantine_view(self, keep_selection: bool = False):
        choices = quarantine_choices(self.settings)
        update = gr.update(choices=choices) if keep_selection else gr.update(choices=choices, value=None)
        return quarantine_rows(self.settings), update

    def poll(self, query, seen, request: gr.Request | None = None):
        """Timer tick: progress always; the document list, status and quarantine when the index or a job changed."""
        view = self.jobs.snapshot()
        progress = self.progress_view(request, view)
        now = [view.changes, *self.kb.version()]  # a written batch shows while the job still runs
        if now == seen:
            return (*progress, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), seen)
        lists = (
            *self.documents_view(query, request, keep_selection=True),
            self.status_view(request),
            *self.quarantine_view(),
        )
        return (*progress, *lists, now)

    def remove_quarantined(self, name):
        return (remove_from_quarantine(self.settings, name), *self.quarantine_view())

    def _deletable(self, request, doc_id) -> str | None:
        """`doc_id` if the user may delete it; a document they cannot see is treated as absent."""
        doc = self.kb.document(doc_id) if doc_id else None
        if doc is None or not self.access.guard.can(user_of(request), "ask", self.access.kb_of(doc)):
            return None
        self.access.require(request, "delete", self.access.kb_of(doc))
        return doc_id

    def ask_delete(self, doc_id, request: gr.Request | None = None):
        try:
            doc_id = self._deletable(request, doc_id)
        except PermissionDenied as exc:
            return gr.update(visible=True), notice_html(str(exc)), gr.update(visible=False)
        question, file_deletable = delete_plan(self.kb, self.settings, doc_id)
        if not doc_id or self.kb.document(doc_id) is None:
            return gr.update(visible=False), escape(question), gr.update()
        return (
            gr.update(visible=True),
            escape(question),  # names a document title: shown as text, never as Markdown
            gr.update(value=file_deletable, interactive=file_deletable, visible=True),
        )

    def confirm_delete(self, doc_id, delete_file, query, request: gr.Request | None = None):
        try:
            doc = self.kb.document(self._deletable(request, doc_id) or "")
            message = escape(delete_document(self.kb, self.settings, doc.doc_id if doc else None, bool(delete_file)))
            if doc:
                self._audit(request, "delete", self.access.kb_of(doc), f"《{doc.title}》 {Path(doc.source).name}")
        except PermissionDenied as exc:
            message = notice_html(str(exc))
        table, choices = self.documents_view(query, request)
        return gr.update(visible=False), message, table, choices, self.status_view(request)

    def _target_dropdown(self) -> gr.Dropdown:
        return gr.Dropdown(
            label="目标知识库（上传到此、重新索引此库；需编辑权限）",
            choices=[],
            allow_custom_value=True,  # per-user choices; the handler checks the grant
            elem_id="kb-target",
        )

    def build(self):
        target = self._target_dropdown()
        with gr.Row():
            kb_filter = gr.Textbox(label="筛选", placeholder="按标题、类型或文件名筛选", elem_id="kb-filter", scale=3)
            reindex_btn = gr.Button("重新索引所选知识库", elem_id="kb-reindex", scale=1)
        doc_table = gr.Dataframe(
            headers=DOC_HEADERS,
            interactive=False,
            wrap=True,
            elem_id="kb-docs",
            latex_delimiters=NO_MATH,
            column_widths=DOC_COLUMN_WIDTHS,
        )
        with gr.Accordion("上传文件", open=True):
            # No file_types: a refused file (.exe in a batch) reaches the server and is listed with a
            # Chinese reason, instead of the browser's English "Invalid file type" and a silent drop.
            files = gr.File(
                label=f"选择文件（{SUFFIX_SEPARATOR.join(UPLOAD_SUFFIXES)}，可多选，每个不超过 {self.settings.max_upload_mb} MB）",
                file_count="multiple",
                elem_id="kb-upload",
            )
            upload_btn = gr.Button("上传并索引", variant="primary", elem_id="kb-upload-btn")
        result_msg = gr.Markdown(elem_id="kb-result-msg", latex_delimiters=NO_MATH)
        with gr.Group(elem_id="kb-progress-box"):
            with gr.Row():
                job_msg = gr.Markdown("当前没有索引任务。", elem_id="kb-job-msg", latex_delimiters=NO_MATH)
                cancel_btn = gr.Button("取消索引", variant="stop", size="sm", elem_id="kb-cancel-index", scale=0)
            progress = gr.Dataframe(
                headers=PROGRESS_HEADERS,
                interactive=False,
                wrap=True,
                column_widths=["45%", "20%", "35%"],
                label="索引进度",
                elem_id="kb-progress",
                latex_delimiters=NO_MATH,
            )
        with gr.Accordion("隔离区（未能索引的文件）", open=False, elem_id="kb-quarantine-box"):
            gr.Markdown("这些文件未能索引，已移出语料文件夹，重新索引时不会再处理。修正后可重新上传。")
            quarantine = gr.Dataframe(
                headers=QUARANTINE_HEADERS,
                interactive=False,
                wrap=True,
                elem_id="kb-quarantine",
                latex_delimiters=NO_MATH,
            )
            with gr.Row():
                quarantine_select = gr.Dropdown(label="选择文件", choices=[], elem_id="kb-quarantine-select", scale=3)
                quarantine_btn = gr.Button("从隔离区删除", variant="stop", elem_id="kb-quarantine-delete", scale=1)
        with gr.Accordion("删除文档", open=True):
            with gr.Row():
                doc_select = gr.Dropdown(label="选择文档", choices=[], elem_id="kb-delete-select", scale=3)
                delete_btn = gr.Button("删除所选文档", variant="stop", elem_id="kb-delete", scale=1)
            with gr.Group(visible=False, elem_id="kb-confirm") as confirm_box:
                confirm_msg = gr.Markdown(elem_id="kb-confirm-msg", latex_delimiters=NO_MATH)
                delete_file = gr.Checkbox(label="同时删除原文件", value=True, elem_id="kb-delete-file")
                with gr.Row():
                    confirm_btn = gr.Button("确认删除", variant="stop", elem_id="kb-confirm-delete")
                    cancel_delete = gr.Button("取消", elem_id="kb-cancel-delete")
        with gr.Accordion("查看原文", open=False, elem_id="kb-preview-box"):
            preview_select = gr.Dropdown(
                label="选择文档，查看它是怎样被读取和分段的", choices=[], elem_id="kb-preview-select"
            )
            # Plain text, never Markdown: the document's own characters are shown as they are.
            preview_text = gr.Textbox(
                label="读取结果", lines=18, max_lines=40, interactive=False, buttons=["copy"], elem_id="kb-preview"
            )
        self.parts = {
            "preview_select": preview_select,
            "preview": preview_text,
            "target": target,
            "filter": kb_filter,
            "table": doc_table,
            "files": files,
            "upload": upload_btn,
            "reindex": reindex_btn,
            "result_msg": result_msg,
            "job_msg": job_msg,
            "progress": progress,
            "cancel_index": cancel_btn,
            "timer": gr.Timer(POLL_SECONDS),
            "seen": gr.State(None),  # the job counter and index version this page last refreshed its lists for
            "quarantine": quarantine,
            "quarantine_select": quarantine_select,
            "quarantine_delete": quarantine_btn,
            "select": doc_select,
            "delete": delete_btn,
            "confirm_box": confirm_box,
            "confirm_msg": confirm_msg,
            "delete_file": delete_file,
            "confirm": confirm_btn,
            "cancel": cancel_delete,
        }
        return doc_table, doc_select, kb_filter

    def wire(self, status_table) -> None:
        k = self.parts
        private = {"api_visibility": "private"}
        writes = {"concurrency_limit": 1, "concurrency_id": "kb-write", **private}
        progress = [k["job_msg"], k["progress"]]
        k["filter"].change(self.documents_view, [k["filter"]], [k["table"], k["select"]], **private)
        k["preview_select"].focus(
            lambda: gr.update(choices=doc_choices(self.kb.documents())), None, k["preview_select"], **private
        )
        k["preview_select"].change(
            lambda doc_id: document_text_view(self.kb, doc_id), k["preview_select"], k["preview"], **private
        )
        k["upload"].click(self.upload, [k["files"], k["target"]], [k["result_msg"], k["files"], *progress], **writes)
        quiet = {"show_progress": "hidden"}  # these return at once; the table shows the job's own progress
        k["reindex"].click(self.reindex, [k["target"]], [k["result_msg"], *progress], **quiet, **writes)
        k["cancel_index"].click(self.cancel_index, None, [k["result_msg"], *progress], **quiet, **private)
        lists = [k["table"], k["select"], status_table, k["quarantine"], k["quarantine_select"]]
        k["timer"].tick(
            self.poll, [k["filter"], k["seen"]], [*progress, *lists, k["seen"]], show_progress="hidden", **private
        )
        k["quarantine_delete"].click(
            self.remove_quarantined,
            [k["quarantine_select"]],
            [k["result_msg"], k["quarantine"], k["quarantine_select"]],
            **private,
        )
        k["delete"].click(
            self.ask_delete, [k["select"]], [k["confirm_box"], k["confirm_msg"], k["delete_file"]], **private
        )
        k["cancel"].click(lambda: gr.update(visible=False), None, k["confirm_box"], **private)
        k["confirm"].click(
            self.confirm_delete,
            [k["select"], k["delete_file"], k["filter"]],
            [k["confirm_box"], k["result_msg"], k["table"], k["select"], status_table],
            **writes,
        )
