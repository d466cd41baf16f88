"""Who may do what in which knowledge base: the one permission check every entry point calls.

Roles are per knowledge base (reader < editor < admin); a global admin (`users.admin`, or an
account of ASSISTANT_AUTH) has every role everywhere and alone manages users and knowledge bases.
Without any account (no ASSISTANT_AUTH, no users) the app is a single-user local tool: no login,
and the local user is a global admin, as before accounts existed.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Literal

from assistant.accounts.store import AccountStore, Role
from assistant.core.errors import AssistantError

KbAction = Literal["ask", "upload", "delete", "reindex", "grant"]
ROLE_ACTIONS: dict[Role, frozenset[KbAction]] = {
    "reader": frozenset({"ask"}),
    "editor": frozenset({"ask", "upload", "delete", "reindex"}),
    "admin": frozenset({"ask", "upload", "delete", "reindex", "grant"}),
}
ACTION_NAMES: dict[KbAction, str] = {
    "ask": "提问和查看文档",
    "upload": "上传文件",
    "delete": "删除文档",
    "reindex": "重新索引",
    "grant": "授权",
}

Bootstrap = list[tuple[str, str]]  # (user, password) of ASSISTANT_AUTH


class PermissionDenied(AssistantError):
    """The signed-in user lacks the role an action needs; the message says which and whom to ask."""


class Guard:
    def __init__(self, store: AccountStore, bootstrap: Bootstrap | None = None):
        self.store = store
        self.bootstrap = dict(bootstrap or [])
        # Decided once, as the web app's login is: a first user added while a no-login app runs must
        # not lock its local user out; login starts with the next start.
        self.login_required = bool(self.bootstrap) or store.has_users()

    def authenticate(self, user: str, password: str) -> bool:
        user = (user or "").strip()
        if user in self.bootstrap:
            return hmac.compare_digest(self.bootstrap[user].encode(), (password or "").encode())
        return self.store.verify(user, password)

    def exists(self, user: str | None) -> bool:
        return bool(user) and (user in self.bootstrap or self.store.user(user) is not None)

    def is_admin(self, user: str | None) -> bool:
        if not self.login_required:
            return True
        if not user:
            return False
        account = self.store.user(user)
        return user in self.bootstrap or (account is not None and account.admin)

    def role(self, user: str | None, kb: str) -> Role | None:
        if self.is_admin(user):
            return "admin"
        return self.store.roles(user).get(kb) if user else None

    def can(self, user: str | None, action: KbAction, kb: str) -> bool:
        role = self.role(user, kb)
        return role is not None and action in ROLE_ACTIONS[role]

    def kbs(self, user: str | None, action: KbAction = "ask", extra: Iterable[str] = ()) -> list[str]:
        """The knowledge bases (registered, plus `extra`, e.g. folders that hold documents) `user` may act in."""
        known = list(self.store.kbs()) + sorted(set(extra) - set(self.store.kbs()))
        return [kb for kb in known if self.can(user, action, kb)]

    def require(self, user: str | None, action: KbAction, kb: str) -> None:
        if not self.can(user, action, kb):
            raise PermissionDenied(f"您没有在知识库“{kb}”{ACTION_NAMES[action]}的权限。如需要，请联系管理员授权。")

    def require_grant(self, user: str | None, kb: str, role: str) -> None:
        """A knowledge-base admin hands out reader and editor there; only a global admin makes admins."""
        self.require(user, "grant", kb)
        if role == "admin" and not self.is_admin(user):
            raise PermissionDenied("只有全局管理员可以授予知识库管理员角色。")

    def require_admin(self, user: str | None) -> None:
        if not self.is_admin(user):
            raise PermissionDenied("只有管理员可以管理用户和知识库。")

    def session_valid(self, user: str, issued_at: float) -> bool:
        """A session ends when its account is removed or its password changed after it began."""
        if user in self.bootstrap:
            return True
        account = self.store.user(user)
        return account is not None and account.password_changed <= issued_at
