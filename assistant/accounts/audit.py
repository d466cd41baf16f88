"""The audit log: who logged in (or failed to), uploaded, deleted, re-indexed, granted — and when.

A table in the accounts database; written by `AccountService`, read by `assistant audit` and the
admin tab. Entries are never updated or deleted by the application.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Literal

AUDIT_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, user TEXT NOT NULL, address TEXT NOT NULL,
    action TEXT NOT NULL, target TEXT NOT NULL, ok INTEGER NOT NULL, detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
"""

ActionName = Literal[
    "login",
    "login_blocked",
    "login_foreign_origin",
    "session_expired",
    "upload",
    "delete",
    "reindex",
    "denied",
    "user_add",
    "user_remove",
    "passwd",
    "grant",
    "revoke",
    "kb_add",
    "kb_remove",
    "api_key_add",
    "api_key_remove",
]
ACTION_NAMES: dict[str, str] = {
    "login": "登录",
    "login_blocked": "登录被暂停",
    "login_foreign_origin": "外站登录请求",
    "session_expired": "会话过期",
    "upload": "上传",
    "delete": "删除文档",
    "reindex": "重新索引",
    "denied": "无权操作",
    "user_add": "添加用户",
    "user_remove": "删除用户",
    "passwd": "修改密码",
    "grant": "授权",
    "revoke": "撤销授权",
    "kb_add": "新建知识库",
    "kb_remove": "删除知识库",
    "api_key_add": "新建接口密钥",
    "api_key_remove": "删除接口密钥",
}
AUDIT_HEADERS = ["时间", "用户", "地址", "操作", "对象", "结果", "说明"]


@dataclass(frozen=True)
class AuditEntry:
    at: float
    user: str
    address: str
    action: str
    target: str
    ok: bool
    detail: str

    def row(self) -> list[str]:
        """A row under AUDIT_HEADERS, for the admin tab and the CLI."""
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.at))
        name = ACTION_NAMES.get(self.action, self.action)
        return [when, self.user, self.address, name, self.target, "成功" if self.ok else "失败", self.detail]


def record(
    db: sqlite3.Connection,
    user: str,
    action: ActionName,
    target: str = "",
    ok: bool = True,
    detail: str = "",
    address: str = "",
) -> None:
    db.execute(
        "INSERT INTO audit (at, user, address, action, target, ok, detail) VALUES (?,?,?,?,?,?,?)",
        (time.time(), user or "", address or "", action, target or "", int(ok), detail or ""),
    )


def entries(db: sqlite3.Connection, limit: int = 200, user: str = "", action: str = "") -> list[AuditEntry]:
    """Newest first, optionally of one user and/or one action."""
    where, params = [], []
    if user:
        where.append("user=?")
        params.append(user)
    if action:
        where.append("action=?")
        params.append(action)
    sql = "SELECT at, user, address, action, target, ok, detail FROM audit"
    sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT ?"
    return [AuditEntry(a, u, ad, ac, t, bool(o), d) for a, u, ad, ac, t, o, d in db.execute(sql, [*params, limit])]
