"""The Gradio web app: 对话 / 知识库 / 设置·状态, over the same library calls as the CLI.

Layout and event wiring only; the 知识库 tab is `library_panel`, the 管理 tab `admin`, the conversation
list `history_panel`. The logic lives in `chat` (chat turns), `library` (uploads, documents, status) and
`auth` (login), which do not import gradio.
"""

from __future__ import annotations

import time

import gradio as gr
import uvicorn
from starlette.middleware import Middleware

from assistant.answer.llm import llm_status
from assistant.config import Settings
from assistant.search.retriever import MAX_INPUT_CHARS
from assistant.web.access import Access
from assistant.web.admin import AdminPanel
from assistant.web.api import access_summary, api_app
from assistant.web.auth import api_visibility, launch_options, login_middleware
from assistant.web.chat import (
    DEFAULT_MODE_LABEL,
    EXAMPLE_QUESTIONS,
    MODE_LABELS,
    ChatState,
    chat_turn,
    notice_html,
)
from assistant.web.export import export_last_answer
from assistant.web.history import Turn
from assistant.web.history_panel import ChatParts, HistoryPanel, request_user
from assistant.web.library import status_rows
from assistant.web.library_panel import LibraryPanel
from assistant.web.look import COPY_JS, CSS, NO_MATH, PAGE_JS, theme
from assistant.web.page_head import ChinesePage
from assistant.web.state import Backend
from assistant.web.ui_strings import PAGE_LOCALE, flat_translations

TITLE = "党建知识助手"
CHAT_CONCURRENCY = 4  # answers run side by side; the knowledge base is thread-safe for reads
REVEAL_PAUSE = 0.04  # seconds between the steps of an answer shown growing (see chat.reveal)
UPLOAD_CEILING_FACTOR = 5


class WebApp:
    """The page over a `Backend` (shared knowledge base and pipeline); one instance per process."""

    def __init__(self, backend: Backend):
        self.backend = backend
        self.settings = backend.settings
        self.kb = backend.kb
        self.assistant = backend.assistant
        self.auth = backend.auth
        self.access = Access(backend)  # every handler's permission check
        self.admin = AdminPanel(self.access)
        self.library = LibraryPanel(self.access, self.status_view)

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
                    kb_outputs = self.library.build()
                with gr.Tab("设置/状态", id="status"):
                    status_table = gr.Dataframe(
                        headers=["项目", "当前值"], interactive=False, wrap=True, elem_id="kb-status"
                    )
                    refresh = gr.Button("刷新状态", size="sm")
                self.admin.build()
            refresh.click(self.status_view, None, status_table, api_visibility="private")
            doc_table, doc_select, kb_filter = kb_outputs
            demo.load(self.library.documents_view, [kb_filter], [doc_table, doc_select], api_visibility="private")
            demo.load(self.status_view, None, status_table, api_visibility="private")
            demo.load(self.kb_choices, None, [self.kb_chooser, self.library.parts["target"]], api_visibility="private")
            demo.load(self.admin.show, None, self.admin.outputs, api_visibility="private")
            self.library.wire(status_table)
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
