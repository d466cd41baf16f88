"""The conversation sidebar of the chat: list, open, rename, delete, export; reopen after a reload.

Layout and handlers over `HistoryStore`. Every handler takes the user from the gradio request
(the login name, or 本机用户 without login) and the store only ever answers for that user.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import gradio as gr

from assistant.web.chat import ChatState, display_from_turns, state_from_turns
from assistant.web.conversation_export import ExportKind, export_conversation
from assistant.web.history import Conversation, HistoryStore, user_of
from assistant.web.safe import escape

CONVERSATION_KEY = "kb-conversation"  # browser storage: the conversation to reopen after a reload
LABEL_SEPARATOR = "\u00a0· "  # the time wraps to its own line, the dot stays with the title
NO_CONVERSATION = "还没有对话记录。提问后，对话会自动保存在这里。"


def list_label(conversation: Conversation) -> str:
    """How a conversation is listed: its title and when it was last continued."""
    # non-breaking hyphen and space: a wrapped label never splits the date or the time
    when = time.strftime("%m\u2011%d\u00a0%H:%M", time.localtime(conversation.updated_at))
    return f"{conversation.title}{LABEL_SEPARATOR}{when}"


def request_user(request: gr.Request | None) -> str:
    return user_of(getattr(request, "username", None) if request else None)


@dataclass
class ChatParts:
    """The chat components the sidebar reads and replaces when a conversation is opened."""

    chatbot: gr.Chatbot
    state: gr.State
    last_answer: gr.Textbox


class HistoryPanel:
    def __init__(self, store: HistoryStore):
        self.store = store

    # ------------------------------------------------------------ handlers
    def listing(self, state: ChatState | None, request: gr.Request | None = None) -> tuple[dict, dict, str]:
        """The sidebar list with the session's conversation selected, the note shown when it is empty,
        and the conversation for the browser to reopen after a reload (stored with the list, so that
        a reload right after an answer finds it)."""
        conversations = self.store.conversations(request_user(request))
        current = state.conversation_id if isinstance(state, ChatState) else ""
        choices = [(list_label(c), c.id) for c in conversations]
        ids = {c.id for c in conversations}
        return (
            gr.update(choices=choices, value=current if current in ids else None),
            gr.update(visible=not conversations),
            current if current in ids else "",
        )

    def open(self, conversation_id: str | None, request: gr.Request | None = None):
        """Show a stored conversation and continue it: its follow-up state is rebuilt from the turns."""
        user = request_user(request)
        turns = self.store.turns(user, conversation_id) if conversation_id else []
        if not turns:
            state = ChatState()
            return [], state, "", "", *self.listing(state, request)
        state = state_from_turns(turns, str(conversation_id))
        title = self.store.title(user, str(conversation_id))
        return display_from_turns(turns), state, state.last_answer, title, *self.listing(state, request)

    def rename(self, conversation_id: str | None, title: str, state, request: gr.Request | None = None):
        if not conversation_id:
            return "请先在列表中选择一个对话。", gr.update(), gr.update(), gr.update()
        if not (title or "").strip():
            return "请输入新的对话名称。", gr.update(), gr.update(), gr.update()
        done = self.store.rename(request_user(request), conversation_id, title)
        message = f"已重命名为“{escape(title.strip())}”。" if done else "该对话已不存在，请刷新列表。"
        return message, *self.listing(state, request)

    def ask_delete(self, conversation_id: str | None, request: gr.Request | None = None):
        title = self.store.title(request_user(request), conversation_id) if conversation_id else ""
        if not title:
            return gr.update(visible=False), "请先在列表中选择一个对话。"
        return gr.update(visible=True), f"确认删除对话“{escape(title)}”？删除后无法恢复。"

    def delete(self, conversation_id: str | None, state, display, last_answer, request: gr.Request | None = None):
        """Delete the selected conversation; if it is the one on screen, the chat starts afresh."""
        done = self.store.delete(request_user(request), conversation_id)
        current = isinstance(state, ChatState) and state.conversation_id == conversation_id
        if current:
            state, display, last_answer = ChatState(), [], ""
        message = "对话已删除。" if done else "该对话已不存在。"
        return gr.update(visible=False), message, state, display, last_answer, *self.listing(state, request)

    def export_markdown(self, conversation_id: str | None, request: gr.Request | None = None):
        return self.export("md", conversation_id, request)

    def export_docx(self, conversation_id: str | None, request: gr.Request | None = None):
        return self.export("docx", conversation_id, request)

    def export(self, kind: ExportKind, conversation_id: str | None, request: gr.Request | None = None):
        user = request_user(request)
        turns = self.store.turns(user, conversation_id) if conversation_id else []
        if not turns:
            return gr.update(value=None, visible=False), "请先在列表中选择一个有内容的对话。"
        path = export_conversation(self.store.title(user, str(conversation_id)), turns, kind)
        return gr.update(value=str(path), visible=True), f"已导出，共 {len(turns)} 问，请点击下方文件下载。"

    # ------------------------------------------------------------ layout
    def build(self) -> None:
        """The sidebar's components (call inside the page's layout); wire them with `wire`."""
        with gr.Sidebar(label="对话记录", open=True, elem_id="kb-sidebar", width=280):
            gr.Markdown("#### 对话记录", elem_id="kb-history-title")
            self.conversations = gr.Radio(
                choices=[], label="对话记录", show_label=False, elem_id="kb-history", container=False
            )
            self.empty = gr.Markdown(NO_CONVERSATION, elem_id="kb-history-empty")
            with gr.Accordion("管理所选对话", open=False, elem_id="kb-history-manage"):
                self.title = gr.Textbox(label="对话名称", max_lines=1, elem_id="kb-history-name")
                self.rename_btn = gr.Button("重命名", size="sm", elem_id="kb-history-rename")
                with gr.Row():
                    self.md_btn = gr.Button("导出 Markdown", size="sm", elem_id="kb-export-md")
                    self.docx_btn = gr.Button("导出 Word", size="sm", elem_id="kb-export-docx")
                self.export_file = gr.File(label="导出文件", visible=False, interactive=False, elem_id="kb-export-file")
                self.delete_btn = gr.Button("删除对话", size="sm", variant="stop", elem_id="kb-history-delete")
                with gr.Row(visible=False, elem_id="kb-history-confirm") as self.confirm_box:
                    self.confirm_btn = gr.Button(
                        "确认删除", size="sm", variant="stop", elem_id="kb-history-confirm-delete"
                    )
                    self.cancel_btn = gr.Button("取消", size="sm", elem_id="kb-history-cancel")
            self.message = gr.Markdown(elem_id="kb-history-msg")
        self.saved = gr.BrowserState("", storage_key=CONVERSATION_KEY, secret=self.store.browser_secret())

    def wire(self, demo: gr.Blocks, chat: ChatParts, finished: list, tabs: gr.Tabs) -> None:
        """Connect the sidebar; `finished` are the chat events after which the list is refreshed,
        `tabs` switch to the chat (tab id "chat") when a conversation is opened."""
        private = {"api_visibility": "private", "show_progress": "hidden"}  # quick: no timer over the chat
        c = self.conversations
        listed = [c, self.empty, self.saved]
        opened = [chat.chatbot, chat.state, chat.last_answer, self.title, *listed]
        for event in finished:
            event.then(self.listing, [chat.state], listed, **private)
        c.input(self.open, [c], opened, **private).then(lambda: gr.Tabs(selected="chat"), None, tabs, **private)
        demo.load(self.open, [self.saved], opened, **private)
        self.rename_btn.click(self.rename, [c, self.title, chat.state], [self.message, *listed], **private)
        self.title.submit(self.rename, [c, self.title, chat.state], [self.message, *listed], **private)
        self.md_btn.click(self.export_markdown, [c], [self.export_file, self.message], **private)
        self.docx_btn.click(self.export_docx, [c], [self.export_file, self.message], **private)
        self.delete_btn.click(self.ask_delete, [c], [self.confirm_box, self.message], **private)
        self.cancel_btn.click(lambda: (gr.update(visible=False), ""), None, [self.confirm_box, self.message], **private)
        self.confirm_btn.click(
            self.delete,
            [c, chat.state, chat.chatbot, chat.last_answer],
            [self.confirm_box, self.message, chat.state, chat.chatbot, chat.last_answer, *listed],
            **private,
        )
