"""Keys of the OpenAI-compatible API, each belonging to one user, stored hashed in the accounts database.

A key is shown once, when it is made (`assistant users key add NAME`); the database keeps only its
SHA-256. A key is 256 random bits, so a fast hash is enough (no guessing to slow down, unlike a
password) and lets a request's key be found by its hash. The first characters after the prefix
are the key's id: listed, and given to remove it, without revealing the rest.
A key answers from its user's knowledge bases only (see `web.api`); removing the user removes
their keys (foreign key).
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass

API_KEYS_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    hash TEXT NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '', created REAL NOT NULL, last_used REAL
);
"""
KEY_PREFIX = "dj-"
ID_CHARS = 8
SECRET_BYTES = 32
API_KEY_HEADERS = ["编号", "用户", "说明", "创建时间", "最近使用"]


@dataclass(frozen=True)
class ApiKey:
    id: str
    user: str
    label: str
    created: float
    last_used: float | None

    def row(self) -> list[str]:
        """A row under API_KEY_HEADERS."""

        def when(at: float | None) -> str:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(at)) if at else "从未使用"

        return [self.id, self.user, self.label, when(self.created), when(self.last_used)]


def key_hash(key: str) -> str:
    return hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


def new_key() -> tuple[str, str]:
    """(id, key): the key is "dj-" + id + the secret, all URL-safe characters."""
    secret = secrets.token_urlsafe(SECRET_BYTES)
    while not secret[:ID_CHARS].isalnum():  # an id without "-" or "_" reads and types cleanly
        secret = secrets.token_urlsafe(SECRET_BYTES)
    return secret[:ID_CHARS], KEY_PREFIX + secret


def add(db: sqlite3.Connection, user: str, label: str = "") -> tuple[str, str]:
    key_id, key = new_key()
    db.execute(
        "INSERT INTO api_keys (id, user, hash, label, created) VALUES (?,?,?,?,?)",
        (key_id, user, key_hash(key), label.strip(), time.time()),
    )
    return key_id, key


def owner(db: sqlite3.Connection, key: str) -> tuple[str, str] | None:
    """(key id, user) of a presented key, or None."""
    row = db.execute("SELECT id, user FROM api_keys WHERE hash=?", (key_hash(key),)).fetchone()
    return (row[0], row[1]) if row else None


def listed(db: sqlite3.Connection, user: str = "") -> list[ApiKey]:
    sql = "SELECT id, user, label, created, last_used FROM api_keys"
    rows = db.execute(sql + " WHERE user=? ORDER BY created", (user,)) if user else db.execute(sql + " ORDER BY user")
    return [ApiKey(*row) for row in rows]
