"""Users, knowledge bases and grants in SQLite (index/accounts.sqlite3), next to the index.

One connection shared between threads; every write is its own transaction. The audit log lives
in the same file (see `audit`).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from assistant.accounts import api_keys
from assistant.accounts.api_keys import API_KEYS_SCHEMA, ApiKey
from assistant.accounts.audit import AUDIT_SCHEMA, ActionName, AuditEntry, entries, record
from assistant.accounts.knowledge_bases import DEFAULT_KB, check_kb_name
from assistant.accounts.passwords import check_new_password, dummy_hash, hash_password, verify_password
from assistant.core.errors import AssistantError
from assistant.index.storage import ACCOUNTS_FILES

ACCOUNTS_FILE = ACCOUNTS_FILES[0]
Role = Literal["reader", "editor", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)
ROLE_NAMES: dict[str, str] = {"reader": "读者", "editor": "编辑", "admin": "管理员"}
MAX_NAME_CHARS = 40

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, password TEXT NOT NULL, admin INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL, password_changed REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS kbs (name TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '', created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS grants (
    user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    kb TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (user, kb)
);
CREATE TABLE IF NOT EXISTS login_failures (kind TEXT NOT NULL, key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures(kind, key);
"""
    + AUDIT_SCHEMA
    + API_KEYS_SCHEMA
)


class AccountError(AssistantError):
    """A user-management request that cannot be done as asked (unknown user, bad role …)."""


@dataclass(frozen=True)
class User:
    name: str
    admin: bool
    created: float
    password_changed: float


def check_user_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME_CHARS or any(c in name for c in ":,/\\") or not name.isprintable():
        raise AccountError(
            f"用户名“{name[:MAX_NAME_CHARS]}”不可用：1–{MAX_NAME_CHARS} 个字，不能含 : , / \\ 或空白控制字符。"
        )
    return name


def check_role(role: str) -> Role:
    if role not in ROLES:
        names = "、".join(f"{r}（{ROLE_NAMES[r]}）" for r in ROLES)
        raise AccountError(f"未知角色“{role}”，可用角色：{names}。")
    return role  # type: ignore[return-value]


class AccountStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise AccountError(
                f"账号数据库 {self.path} 无法打开（{exc}）。请检查索引文件夹的权限，或从备份恢复该文件。"
            ) from exc

    @classmethod
    def in_index(cls, index_dir: Path) -> AccountStore:
        return cls(Path(index_dir) / ACCOUNTS_FILE)

    def close(self) -> None:
        self.db.close()

    def _write(self, sql: str, params: tuple = ()) -> int:
        with self._lock:
            return self.db.execute(sql, params).rowcount

    # ---------- users ----------
    def users(self) -> list[User]:
        rows = self.db.execute("SELECT name, admin, created, password_changed FROM users ORDER BY name")
        return [User(n, bool(a), c, p) for n, a, c, p in rows]

    def user(self, name: str) -> User | None:
        row = self.db.execute(
            "SELECT name, admin, created, password_changed FROM users WHERE name=?", (name,)
        ).fetchone()
        return User(row[0], bool(row[1]), row[2], row[3]) if row else None

    def has_users(self) -> bool:
        return self.db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def add_user(self, name: str, password: str, admin: bool = False) -> User:
        name = check_user_name(name)
        if self.user(name):
            raise AccountError(f"用户 {name} 已存在。修改密码请用 users passwd，修改权限请用 users grant。")
        now = time.time()
        self._write(
            "INSERT INTO users (name, password, admin, created, password_changed) VALUES (?,?,?,?,?)",
            (name, hash_password(check_new_password(password)), int(admin), now, now),
        )
        return User(name, admin, now, now)

    def remove_user(self, name: str) -> None:
        self._require_user(name)
        self._write("DELETE FROM users WHERE name=?", (name,))

    def set_password(self, name: str, password: str) -> None:
        self._require_user(name)
        digest = hash_password(check_new_password(password))
        self._write("UPDATE users SET password=?, password_changed=? WHERE name=?", (digest, time.time(), name))

    def set_admin(self, name: str, admin: bool) -> None:
        self._require_user(name)
        self._write("UPDATE users SET admin=? WHERE name=?", (int(admin), name))

    def verify(self, name: str, password: str) -> bool:
        """Constant-time check; an unknown user costs the same scrypt as a known one."""
        dummy = dummy_hash()  # before the look-up: the first login pays its making whether or not the name exists
        row = self.db.execute("SELECT password FROM users WHERE name=?", ((name or "").strip(),)).fetchone()
        matched = verify_password(password or "", row[0] if row else dummy)
        return matched and row is not None

    def _require_user(self, name: str) -> None:
        if self.user(name) is None:
            raise AccountError(f"没有用户 {name}。用 assistant users list 查看已有用户。")

    # ---------- knowledge bases ----------
    def kbs(self) -> dict[str, str]:
        """Registered knowledge bases (name -> description); the default one is always there."""
        rows = dict(self.db.execute("SELECT name, description FROM kbs ORDER BY name").fetchall())
        return {DEFAULT_KB: rows.pop(DEFAULT_KB, "默认知识库：语料文件夹中直接存放的文件"), **rows}

    def add_kb(self, name: str, description: str = "") -> str:
        name = check_kb_name(name)
        if name in self.kbs():
            raise AccountError(f"知识库“{name}”已存在。")
        self._write(
            "INSERT INTO kbs (name, description, created) VALUES (?,?,?)", (name, description.strip(), time.time())
        )
        return name

    def remove_kb(self, name: str) -> None:
        """Forget a knowledge base and its grants (its folder and documents stay; see the CLI)."""
        if name == DEFAULT_KB:
            raise AccountError(f"默认知识库“{DEFAULT_KB}”不能删除。")
        if name not in self.kbs():
            raise AccountError(f"没有知识库“{name}”。用 assistant kb list 查看。")
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM grants WHERE kb=?", (name,))
            self.db.execute("DELETE FROM kbs WHERE name=?", (name,))
            self.db.execute("COMMIT")

    # ---------- grants ----------
    def grant(self, user: str, kb: str, role: str) -> None:
        self._require_user(user)
        if kb not in self.kbs():
            raise AccountError(f"没有知识库“{kb}”。先用 assistant kb add {kb} 建立。")
        self._write("INSERT OR REPLACE INTO grants (user, kb, role) VALUES (?,?,?)", (user, kb, check_role(role)))

    def revoke(self, user: str, kb: str) -> bool:
        self._require_user(user)
        return bool(self._write("DELETE FROM grants WHERE user=? AND kb=?", (user, kb)))

    def roles(self, user: str) -> dict[str, Role]:
        """kb -> role of one user."""
        return dict(self.db.execute("SELECT kb, role FROM grants WHERE user=? ORDER BY kb", (user,)).fetchall())

    def grants(self) -> list[tuple[str, str, Role]]:
        return self.db.execute("SELECT user, kb, role FROM grants ORDER BY user, kb").fetchall()

    # ---------- API keys ----------
    def add_api_key(self, user: str, label: str = "") -> tuple[str, str]:
        """(id, key) of a new key of `user`; the key itself is not stored and cannot be shown again."""
        self._require_user(user)
        with self._lock:
            return api_keys.add(self.db, user, label)

    def api_key_user(self, key: str) -> str | None:
        """The user a presented key belongs to (and notes its use), or None."""
        found = api_keys.owner(self.db, key)
        if found is None:
            return None
        self._write("UPDATE api_keys SET last_used=? WHERE id=?", (time.time(), found[0]))
        return found[1]

    def api_keys(self, user: str = "") -> list[ApiKey]:
        return api_keys.listed(self.db, user)

    def has_api_keys(self) -> bool:
        return self.db.execute("SELECT 1 FROM api_keys LIMIT 1").fetchone() is not None

    def remove_api_key(self, key_id: str) -> str:
        """Remove a key by its id; returns its user."""
        row = self.db.execute("SELECT user FROM api_keys WHERE id=?", (key_id.strip(),)).fetchone()
        if row is None:
            raise AccountError(f"没有编号为 {key_id} 的接口密钥。用 assistant users key list 查看。")
        self._write("DELETE FROM api_keys WHERE id=?", (key_id.strip(),))
        return row[0]

    # ---------- failed logins (the backoff of `limiter`, kept across restarts) ----------
    def login_failures(self, since: float) -> list[tuple[str, str, float]]:
        """(kind, key, at) of the failures since `since`; older ones are deleted."""
        self.forget_login_failures(before=since)
        return self.db.execute("SELECT kind, key, at FROM login_failures ORDER BY at").fetchall()

    def forget_login_failures(self, before: float) -> None:
        self._write("DELETE FROM login_failures WHERE at<?", (before,))

    def add_login_failure(self, kind: str, key: str, at: float) -> None:
        self._write("INSERT INTO login_failures (kind, key, at) VALUES (?,?,?)", (kind, key, at))

    def clear_login_failures(self, kind: str, key: str) -> None:
        self._write("DELETE FROM login_failures WHERE kind=? AND key=?", (kind, key))

    # ---------- audit ----------
    def audit(
        self, user: str, action: ActionName, target: str = "", ok: bool = True, detail: str = "", address: str = ""
    ) -> None:
        with self._lock:
            record(self.db, user, action, target, ok, detail, address)

    def audit_log(self, limit: int = 200, user: str = "", action: str = "") -> list[AuditEntry]:
        return entries(self.db, limit, user, action)
