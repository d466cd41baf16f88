"""The Gradio web app: 对话 / 知识库 / 设置·状态, over the same library calls as the CLI.

Layout and event wiring only; the logic lives in `chat` (chat turns), `library` (uploads,
documents, status) and `auth` (login), which do not import gradio.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import gradio as gr  # noqa: E402  (the environment above must be set first)
import uvicorn  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from assistant.accounts.guard import PermissionDenied  # noqa: E402
from assistant.accounts.knowledge_bases import DEFAULT_KB, kb_folder, kb_of  # noqa: E402
from assistant.answer.llm import llm_status  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.core.errors import AssistantError  # noqa: E402
from assistant.index.jobs import IndexJobs, JobsView  # noqa: E402
from assistant.search.retriever import MAX_INPUT_CHARS  # noqa: E402
from assistant.web.access import Access, address_of, user_of  # noqa: E402
from assistant.web.admin import AdminPanel  # noqa: E402
from assistant.web.api import access_summary, api_app  # noqa: E402
from assistant.web.auth import api_visibility, launch_options, login_middleware  # noqa: E402
from assistant.web.chat import (  # noqa: E402
    DEFAULT_MODE_LABEL,
    EXAMPLE_QUESTIONS,
    MODE_LABELS,
    ChatState,
    chat_turn,
    notice_html,
)
from assistant.web.export import export_last_answer  # noqa: E402
from assistant.web.history import Turn  # noqa: E402
from assistant.web.history_panel import ChatParts, HistoryPanel, request_user  # noqa: E402
from assistant.web.library import (  # noqa: E402
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
    status_rows,
)
from assistant.web.look import COPY_JS, CSS, PAGE_JS, theme
from assistant.web.page_head import ChinesePage  # noqa: E402
from assistant.web.safe import escape  # noqa: E402
from assistant.web.state import Backend  # noqa: E402
from assistant.web.ui_strings import PAGE_LOCALE, flat_translations  # noqa: E402

TITLE = "党建知识助手"
CHAT_CONCURRENCY = 4  # answers run side by side; the knowledge base is thread-safe for reads
REVEAL_PAUSE = 0.04  # seconds between the steps of an answer shown growing (see chat.reveal)
NO_MATH: list = []  # document text with $$…$$ stays text: no LaTeX rendering anywhere
# Fixed widths (about 930 px: the desktop page beside the open history sidebar, at 1366 px): short columns
# such as 片段数 keep their header on one line and every column, 识别置信度 included, is in view; a phone
# scrolls the table sideways instead of squeezing it.
DOC_COLUMN_WIDTHS = ["260px", "60px", "70px", "70px", "140px", "220px", "100px"]
UPLOAD_CEILING_FACTOR = 5
SUFFIX_SEPARATOR = "、\u200b"  # a zero-width space: a phone's line may break there (never before the "." of ".pdf")
POLL_SECONDS = 1.0  # how often the knowledge-base tab asks for indexing progress


class WebApp:
    """The page over a `Backend` (shared knowledge base and pipeline); one instance per process."""

    def __init__(self, backend: Backend):
        self.backend = backend
        self.settings = backend.settings
        self.kb = backend.kb
        self.assistant = backend.assistant
        self.auth = backend.auth
        self.jobs = IndexJobs(self.kb, self.settings.corpus_dir)  # indexing runs here, never in a request
        self.access = Access(backend)  # every handler's permission check
        self.admin = AdminPanel(self.access)

    # ------------------------------------------------------------ handlers
    def respond(self, question, display, state, mode_label, kbs=None, request: gr.Request | None = None):
        self.backend.wait_ready()
        state = state if isinstance(state, ChatState) else ChatState()
        if not self.access.chosen_kbs(request, kbs):
            shown = [*(display or []), {"role": "user", "content": question or ""}]
            refusal = notice_html(self.access.no_readable_kb_message(request))
            yield [*shown, {"role": "assistant", "content": refusal}], state, "", state.last_answer
            return
        assistant = self.access.assistant_for(request, kbs)
        user = request_user(request)

        def record(turn: Turn, conversation_id: str) -> str:
            return self.backend.history.add_turn(user, conversation_id, turn)

        def pace() -> None:
            time.sleep(REVEAL_PAUSE)

        yielded = False
        for display_now, state_now in chat_turn(
            assistant, question, display, state, mode_label, record=record, pace=pace
        ):
            yielded = True
            yield display_now, state_now, "", state_now.last_answer
        if not yielded:
            yield display or [], state, "", state.last_answer

    def documents_view(self, query: str = "", request: gr.Request | None = None, keep_selection: bool = False):
        """The documents of the user's knowledge bases; the delete list only those they may delete.

        `keep_selection`: a refresh (the timer) leaves the document chosen for deletion chosen."""
        docs = self.access.documents(request)
        deletable = self.access.documents(request, "delete")
        choices = doc_choices(deletable)
        update = gr.update(choices=choices) if keep_selection else gr.update(choices=choices, value=None)
        return doc_rows(docs, query), update

    def status_view(self, request: gr.Request | None = None):
        accounts = len(self.auth) + len(self.backend.accounts.users())
        # The running client's last call says whether the model answers (no probe: a page load must not wait).
        answering = llm_status(self.settings, self.assistant.client) if self.assistant.client else ""
        return status_rows(self.access.visible_kb(request), self.settings, accounts, answering)

    def kb_choices(self, request: gr.Request | None = None):
        """The chat's knowledge-base chooser and the KB tab's target (only where the user may upload)."""
        readable = self.access.kbs(request, "ask")
        editable = self.access.kbs(request, "upload")
        read_only = "您只有查看权限：上传、删除和重新索引需要管理员授予某个知识库的编辑权限。"
        return (
            gr.update(choices=readable, value=readable),
            gr.update(
                choices=editable,
                value=editable[0] if editable else None,
                interactive=bool(editable),
                info=None if editable else read_only,
            ),
        )

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

    # ------------------------------------------------------------ layout
    def build(self) -> gr.Blocks:
        # delete_cache: uploaded temp copies go after an hour (the corpus folder keeps the real file).
        with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
            gr.Markdown(f"## {TITLE}\n离线问答党建工作报告与党内法规，每个回答都标明出处。", elem_id="kb-header")
            # The conversation list is on every tab; opening a conversation shows the chat tab.
            self.history_panel = HistoryPanel(self.backend.history)
            self.history_panel.build()
            with gr.Tabs() as self._tabs:
                with gr.Tab("对话", id="chat"):
                    self._chat_tab()
                with gr.Tab("知识库", id="kb"):
                    kb_outputs = self._kb_tab()
                with gr.Tab("设置/状态", id="status"):
                    status_table = gr.Dataframe(
                        headers=["项目", "当前值"], interactive=False, wrap=True, elem_id="kb-status"
                    )
                    refresh = gr.Button("刷新状态", size="sm")
                self.admin.build()
            refresh.click(self.status_view, None, status_table, api_visibility="private")
            doc_table, doc_select, kb_filter = kb_outputs
            demo.load(self.documents_view, [kb_filter], [doc_table, doc_select], api_visibility="private")
            demo.load(self.status_view, None, status_table, api_visibility="private")
            demo.load(self.kb_choices, None, [self.kb_chooser, self._kb["target"]], api_visibility="private")
            demo.load(self.admin.show, None, self.admin.outputs, api_visibility="private")
            self._wire_kb(status_table)
            self.history_panel.wire(demo, self._chat_parts, self._chat_events, self._tabs)
        return demo

    def _chat_tab(self) -> None:
        state = gr.State(ChatState())
        chatbot = gr.Chatbot(
            label="对话",
            show_label=False,  # the tab is named 对话; a floating label covered the top message
            height=560,
            elem_id="kb-chat",
            sanitize_html=True,
            latex_delimiters=NO_MATH,
            feedback_options=None,
            buttons=[],  # "copy" would copy our HTML, "share" posts to Hugging Face: 复制回答 instead
            placeholder="请输入问题，例如“上半年讲党课几次？”。回答只依据知识库中的文档，并附出处。",
        )
        with gr.Row():
            mode = gr.Radio(list(MODE_LABELS), value=DEFAULT_MODE_LABEL, label="模式", elem_id="kb-mode", scale=3)
            copy_btn = gr.Button("复制回答", size="sm", elem_id="kb-copy", scale=1)
            export_btn = gr.DownloadButton("导出Word", size="sm", elem_id="kb-export", scale=1)
            clear_btn = gr.Button("新对话", size="sm", elem_id="kb-clear", scale=1)
        self._kb_chooser_row()
        with gr.Row():
            question = gr.Textbox(
                label="问题",
                placeholder=f"输入问题，回车发送（不超过 {MAX_INPUT_CHARS} 字）",
                show_label=False,
                elem_id="kb-question",
                scale=8,
                max_length=MAX_INPUT_CHARS,
            )  # focused by PAGE_JS on a desktop only
            send = gr.Button("发送", variant="primary", elem_id="kb-send", scale=1)
        with gr.Row(elem_id="kb-examples"):
            gr.Markdown("示例：")
            examples = [gr.Button(q, size="sm") for q in EXAMPLE_QUESTIONS]
        last_answer = gr.Textbox(label="回答全文", visible="hidden", elem_id="kb-last-answer")

        io = {
            "inputs": [question, chatbot, state, mode, self.kb_chooser],
            "outputs": [chatbot, state, question, last_answer],
        }
        common = {"concurrency_limit": CHAT_CONCURRENCY, "concurrency_id": "chat"}
        api = api_visibility(self.access.guard.login_required)
        events = [
            question.submit(self.respond, **io, **common, api_name="ask", api_visibility=api),
            send.click(self.respond, **io, **common, api_visibility="private"),
        ]
        for button, text in zip(examples, EXAMPLE_QUESTIONS):
            events.append(
                button.click(lambda t=text: t, None, question, queue=False, api_visibility="private").then(
                    self.respond, **io, **common, api_visibility="private"
                )
            )
        # 新对话 and the chatbot's own trash icon: a fresh session, so no follow-up leans on the old one.
        for reset in (clear_btn.click, chatbot.clear):
            events.append(
                reset(lambda: ([], ChatState(), ""), None, [chatbot, state, last_answer], api_visibility="private")
            )
        self._chat_parts = ChatParts(chatbot, state, last_answer)
        self._chat_events = events
        copy_btn.click(None, [last_answer], None, js=COPY_JS, api_visibility="private")
        # Each new answer gets its .docx ready, so that 导出Word downloads it at once.
        state.change(export_last_answer, [state], export_btn, api_visibility="private")

    def _kb_chooser_row(self) -> None:
        """Which knowledge bases a question is asked in (choices: those the user may read, set on load)."""
        self.kb_chooser = gr.Dropdown(
            label="在这些知识库中提问（不选则为全部可用的）",
            choices=[],
            multiselect=True,
            allow_custom_value=True,  # choices differ per user (set on load); the handler narrows to the grants
            elem_id="kb-choose-kbs",
        )

    def _kb_target(self) -> gr.Dropdown:
        return gr.Dropdown(
            label="目标知识库（上传到此、重新索引此库；需编辑权限）",
            choices=[],
            allow_custom_value=True,  # per-user choices; the handler checks the grant
            elem_id="kb-target",
        )

    def _kb_tab(self):
        target = self._kb_target()
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
        self._kb = {
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

    def _wire_kb(self, status_table) -> None:
        k = self._kb
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


def build_app(backend: Backend) -> tuple[WebApp, gr.Blocks]:
    app = WebApp(backend)
    demo = app.build()
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY)
    return app, demo


def serve(settings_or_backend: Settings | Backend) -> None:
    """Build and launch the app on settings.host:settings.port; blocks until the server stops.

    Pass a started `Backend` to have the models load while gradio is imported (see ui.py).
    """
    backend = settings_or_backend
    if isinstance(backend, Settings):
        backend = Backend.start(backend)
    settings = backend.settings
    app, demo = build_app(backend)
    # One server for both: the OpenAI-compatible /v1 routes first, the page (with its login) on the rest.
    server, api = api_app(backend)
    guard = login_middleware(backend.guard, settings.session_hours)
    if guard is not None:
        server.user_middleware.insert(0, guard)
    server.user_middleware.insert(0, Middleware(ChinesePage))
    gr.mount_gradio_app(
        server,
        demo,
        "/",
        server_name=settings.host,
        server_port=settings.port,
        **launch_options(backend.guard, TITLE),
        # Well above our own limit: a file between the two is refused by save_upload with a Chinese
        # reason, not by the browser's English "File(s) exceed the maximum allowed size".
        max_file_size=f"{settings.max_upload_mb * UPLOAD_CEILING_FACTOR}mb",
        theme=theme(),
        css=CSS,
        js=PAGE_JS,
        i18n=gr.I18n(**{PAGE_LOCALE: flat_translations()}),  # the one language page_head pins
        ssr_mode=False,
        mcp_server=False,
        pwa=False,
        footer_links=["settings"],
        show_error=False,
    )
    url = f"http://{settings.host}:{settings.port}"
    print(
        f"网页界面：{url}/\nOpenAI 兼容接口：{url}/v1（{access_summary(api.access, api.keys, len(backend.accounts.api_keys()))}）",
        flush=True,
    )
    uvicorn.run(server, host=settings.host, port=settings.port, log_level="warning")
