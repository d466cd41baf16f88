"""Conversation history of the web chat: one SQLite file in the index folder, rows per user.

Every call names the user, and every query filters on it: a user can list, read, rename,
delete or continue only their own conversations. A turn keeps what is needed to show it
again (the answer's HTML), to continue it (the plain answer text the follow-up logic reads)
and to export or copy it (the answer with its sources as plain text).
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import AssistantError

HISTORY_FILE = "history.sqlite3"
LOCAL_USER = "本机用户"  # the user when the app runs without login
MAX_TITLE_CHARS = 40
MAX_CONVERSATIONS_LISTED = 200

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_by_user ON conversations (user, updated_at);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    question TEXT NOT NULL,
    mode TEXT NOT NULL,
    answer_text TEXT NOT NULL,
    answer_html TEXT NOT NULL,
    rendered TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (conversation_id, n)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class HistoryError(AssistantError):
    """The history file cannot be opened or written; str() is a Chinese message."""


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    updated_at: float
    turns: int


@dataclass(frozen=True)
class Turn:
    question: str
    mode: str  # the Assistant mode it was asked in (auto, qa, draft, lookup)
    answer_text: str  # the answer as the follow-up logic reads it
    answer_html: str  # the chat message as shown (escaped HTML with sources)
    rendered: str  # the answer with its numbered sources, as plain text (copy, export)
    created_at: float = 0.0


def title_from(question: str) -> str:
    """A conversation's first title: its first question, on one line, shortened."""
    line = " ".join((question or "").split())
    return line if len(line) <= MAX_TITLE_CHARS else line[: MAX_TITLE_CHARS - 1] + "…"


def user_of(username: str | None) -> str:
    return (username or "").strip() or LOCAL_USER


class HistoryStore:
    """Thread-safe: each call opens its own connection; writes are serialised by a lock."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._write_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(
                f"无法打开对话记录文件 {self.path}（{exc}）。请检查索引文件夹是否可写，或删除该文件后重启。"
            ) from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:  # one transaction: committed on success, rolled back on error
                yield db
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock, self._connect() as db:
            yield db

    # ------------------------------------------------------------ reading
    def conversations(self, user: str) -> list[Conversation]:
        """The user's conversations, most recently continued first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT c.id, c.title, c.updated_at, (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) "
                "FROM conversations c WHERE c.user = ? ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?",
                (user, MAX_CONVERSATIONS_LISTED),
            ).fetchall()
        return [Conversation(*row) for row in rows]

    def owns(self, user: str, conversation_id: str | None) -> bool:
        if not conversation_id:
            return False
        with self._connect() as db:
            row = db.execute(
                "SELECT 1 FROM conversations WHERE id = ? AND user = ?", (conversation_id, user)
            ).fetchone()
        return row is not None

    def title(self, user: str, conversation_id: str) -> str:
        with self._connect() as db:
            row = db.execute(
                "SELECT title FROM conversations WHERE id = ? AND user = ?", (conversation_id, user)
            ).fetchone()
        return row[0] if row else ""

    def turns(self, user: str, conversation_id: str) -> list[Turn]:
        """The turns of one of the user's conversations, in order; [] if it is not theirs."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT t.question, t.mode, t.answer_text, t.answer_html, t.rendered, t.created_at "
                "FROM turns t JOIN conversations c ON c.id = t.conversation_id "
                "WHERE c.id = ? AND c.user = ? ORDER BY t.n",
                (conversation_id, user),
            ).fetchall()
        return [Turn(*row) for row in rows]

    def browser_secret(self) -> str:
        """A random key kept with the history, so that what the browser remembers (which conversation
        to reopen) stays readable after the server restarts."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('browser_secret', ?)", (secrets.token_urlsafe(24),))
            return db.execute("SELECT value FROM meta WHERE key = 'browser_secret'").fetchone()[0]

    # ------------------------------------------------------------ writing
    def add_turn(self, user: str, conversation_id: str | None, turn: Turn) -> str:
        """Append a turn to the user's conversation, or start a new one (titled by the question).

        Returns the conversation's id; an id that is not the user's starts a new conversation.
        """
        now = time.time()
        with self._write() as db:
            owned = (
                conversation_id
                and db.execute(
                    "SELECT 1 FROM conversations WHERE id = ? AND user = ?", (conversation_id, user)
                ).fetchone()
            )
            if not owned:
                conversation_id = uuid.uuid4().hex
                db.execute(
                    "INSERT INTO conversations (id, user, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (conversation_id, user, title_from(turn.question), now, now),
                )
            db.execute(  # the turn's number in the same statement: safe with another process writing too
                "INSERT INTO turns SELECT ?, COALESCE(MAX(n) + 1, 0), ?, ?, ?, ?, ?, ? FROM turns WHERE conversation_id = ?",
                (
                    conversation_id,
                    turn.question,
                    turn.mode,
                    turn.answer_text,
                    turn.answer_html,
                    turn.rendered,
                    now,
                    conversation_id,
                ),
            )
            db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
        return str(conversation_id)

    def rename(self, user: str, conversation_id: str | None, title: str) -> bool:
        title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
        if not title or not conversation_id:
            return False
        with self._write() as db:
            changed = db.execute(
                "UPDATE conversations SET title = ? WHERE id = ? AND user = ?", (title, conversation_id, user)
            ).rowcount
        return changed == 1

    def delete(self, user: str, conversation_id: str | None) -> bool:
        if not conversation_id:
            return False
        with self._write() as db:
            removed = db.execute(
                "DELETE FROM conversations WHERE id = ? AND user = ?", (conversation_id, user)
            ).rowcount
        return removed == 1
