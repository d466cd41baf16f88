"""The permission check of every web handler, from the signed-in user of the request (server side).

Handlers never trust what the page sends: the knowledge bases chosen in the chat are narrowed to
the user's grants here, and an action outside them raises `PermissionDenied` (and is audited).
"""

from __future__ import annotations

import threading

from assistant.accounts.guard import ACTION_NAMES, Guard, KbAction, PermissionDenied
from assistant.accounts.knowledge_bases import Membership, kb_of
from assistant.answer.pipeline import Assistant
from assistant.index.knowledge_base import DocRecord
from assistant.search.visible import VisibleDocuments
from assistant.web.state import Backend


def user_of(request) -> str | None:
    """gradio's `Request.username` (None without login, or for a call made without a request)."""
    return getattr(request, "username", None) or None


def address_of(request) -> str:
    client = getattr(request, "client", None)
    return getattr(client, "host", "") or ""


class Access:
    def __init__(self, backend: Backend):
        self.backend = backend
        self.guard: Guard = backend.guard
        self._membership: tuple[object, Membership] | None = None
        self._lock = threading.Lock()

    def membership(self) -> Membership:
        """Which knowledge base each indexed document is in; rebuilt only when the index changed."""
        version = self.backend.kb.version()  # first: a change after this is seen on the next call
        docs = self.backend.kb.documents()
        with self._lock:
            if self._membership is None or self._membership[0] != version:
                self._membership = (version, Membership(docs, self.backend.settings.corpus_dir))
            return self._membership[1]

    def kbs(self, request, action: KbAction = "ask") -> list[str]:
        return self.guard.kbs(user_of(request), action, self.membership().names())

    def require(self, request, action: KbAction, kb: str) -> str | None:
        """The user, if they may do `action` in `kb`; else PermissionDenied, written to the audit log."""
        user = user_of(request)
        try:
            self.guard.require(user, action, kb)
        except PermissionDenied:
            detail = ACTION_NAMES[action]
            self.backend.accounts.audit(user or "", "denied", kb, ok=False, detail=detail, address=address_of(request))
            raise
        return user

    def require_grant(self, request, kb: str, role: str) -> str | None:
        user = user_of(request)
        try:
            self.guard.require_grant(user, kb, role)
        except PermissionDenied:
            self.backend.accounts.audit(
                user or "", "denied", kb, ok=False, detail=f"授权 {role}", address=address_of(request)
            )
            raise
        return user

    def require_admin(self, request) -> str | None:
        user = user_of(request)
        try:
            self.guard.require_admin(user)
        except PermissionDenied:
            self.backend.accounts.audit(
                user or "", "denied", ok=False, detail="管理用户和知识库", address=address_of(request)
            )
            raise
        return user

    def chosen_kbs(self, request, chosen: list[str] | None) -> list[str]:
        """The chat's choice narrowed to what the user may read; nothing chosen: all of those."""
        readable = self.kbs(request, "ask")
        return [kb for kb in chosen if kb in readable] if chosen else readable

    def no_readable_kb_message(self, request) -> str:
        readable = self.kbs(request, "ask")
        if not readable:
            return "您还没有任何知识库的提问权限，请联系管理员授权。"
        return f"您没有所选知识库的提问权限。您可以提问的知识库：{'、'.join(readable)}。"

    def documents(self, request, action: KbAction = "ask") -> list[DocRecord]:
        return self.membership().documents(self.kbs(request, action))

    def kb_of(self, doc: DocRecord) -> str:
        return kb_of(doc.source, self.backend.settings.corpus_dir)

    def assistant_for(self, request, chosen: list[str] | None) -> Assistant:
        """The pipeline over the chosen, granted knowledge bases (the shared one when that is all of them)."""
        kbs = self.chosen_kbs(request, chosen)
        membership = self.membership()
        if self.guard.is_admin(user_of(request)) and set(kbs) >= membership.names():
            return self.backend.assistant
        base = self.backend.assistant
        return Assistant(base.retriever.restricted(membership.doc_ids(kbs)), base.llm)

    def visible_kb(self, request) -> VisibleDocuments:
        """The knowledge base as this user may see it (status figures, document lists)."""
        return VisibleDocuments(self.backend.kb, self.membership().doc_ids(self.kbs(request)))
