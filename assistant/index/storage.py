"""The index folder on disk: what may live there, and the disk's errors told to the user in Chinese."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from assistant.core.errors import AssistantError

MANIFEST_FILE = "manifest.sqlite3"
LOCK_FILE = ".lock"
KEEP_FILE = ".gitkeep"
# Users and grants (assistant.accounts) live beside the index but cannot be rebuilt: --rebuild keeps them.
ACCOUNTS_FILES = ("accounts.sqlite3", "accounts.sqlite3-wal", "accounts.sqlite3-shm")

StorageProblem = Literal["full", "readonly"]


class IndexUnusable(AssistantError):
    """The index folder cannot be used; str() tells the user what to do (Chinese)."""


class StoreUnavailable(IndexUnusable):
    """The Chroma server cannot be reached (server mode); str() is for the user (Chinese)."""


class IndexWriteError(IndexUnusable):
    """Writing the index failed (disk full, read-only folder …); what was indexed before is intact."""


STORAGE_ADVICE: dict[StorageProblem, tuple[str, str]] = {
    "full": ("磁盘空间不足", "请清理磁盘空间后重新索引（网页“知识库”页或 assistant index）"),
    "readonly": (
        "索引文件夹为只读或没有写入权限",
        "请检查该文件夹的权限或挂载方式，或用 ASSISTANT_INDEX_DIR 指定可写的文件夹",
    ),
}


def check_folder(index_dir: Path) -> None:
    """Refuse a path that is a file, or a folder holding something other than our index."""
    if not index_dir.exists():
        return
    if not index_dir.is_dir():
        raise IndexUnusable(f"索引路径 {index_dir} 不是文件夹。请通过 ASSISTANT_INDEX_DIR 指定一个文件夹。")
    entries = {p.name for p in index_dir.iterdir()} - {KEEP_FILE, LOCK_FILE, *ACCOUNTS_FILES}
    if entries and MANIFEST_FILE not in entries:
        raise IndexUnusable(
            f"文件夹 {index_dir} 不是本助手的索引（缺少 {MANIFEST_FILE}）。"
            "请用 ASSISTANT_INDEX_DIR 指定一个空文件夹，或运行 assistant index --rebuild 重建。"
        )


def storage_problem(exc: BaseException, folder: Path | None = None) -> StorageProblem | None:
    """'full' or 'readonly' when an error comes from the disk refusing writes, else None."""
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if errno_ == errno.ENOSPC or "disk is full" in text or "no space" in text:
        return "full"
    if folder is not None:  # SQLite may only say "unable to open database file" on a read-only mount
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
                return "readonly"
    # SQLite reports a full disk while creating its WAL index as a plain "disk I/O error".
    if "disk i/o error" in text and folder is not None:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < 1024 * 1024:
                return "full"
    if errno_ in (errno.EROFS, errno.EACCES, errno.EPERM) or any(
        w in text for w in ("readonly", "read-only", "permission denied")
    ):
        return "readonly"
    return None


def open_failure(index_dir: Path, exc: BaseException, damaged: str) -> IndexUnusable:
    """The error for an index that cannot be opened: the disk's fault, or `damaged` (rebuild advice)."""
    problem = storage_problem(exc, index_dir)
    if problem:  # the index is fine, the disk is not: a rebuild would be the wrong advice
        reason, fix = STORAGE_ADVICE[problem]
        return IndexWriteError(f"无法打开索引 {index_dir}：{reason}（{exc}）。已索引的内容保持不变。{fix}。")
    return IndexUnusable(damaged)


def write_failure_message(index_dir: Path, exc: BaseException) -> str:
    detail = str(exc).strip() or type(exc).__name__
    reason, fix = STORAGE_ADVICE.get(
        storage_problem(exc, index_dir) or "",
        ("写入索引时出错", "请稍后重试；如反复出现，请由管理员重建索引（assistant index --rebuild）"),
    )
    return f"{reason}，本次索引未完成（{detail}）。已索引的内容保持不变，仍可正常问答。{fix}。"


@contextmanager
def write_errors(index_dir: Path) -> Iterator[None]:
    """Report a failed write (ENOSPC, EROFS, SQLite/Chroma refusing to write) in Chinese, not as a traceback.

    Safe to surface as an error because the write order keeps the old index consistent.
    """
    from chromadb.errors import ChromaError

    try:
        yield
    except IndexUnusable:
        raise
    except (sqlite3.Error, OSError, ChromaError) as exc:
        raise IndexWriteError(write_failure_message(index_dir, exc)) from exc


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn a dropped connection to the Chroma server into a clear message instead of a traceback."""
    import httpx

    try:
        yield
    except (httpx.TransportError, ConnectionError) as exc:
        raise StoreUnavailable(f"无法连接 Chroma 服务 {url}（{exc}）。请确认服务已启动（chroma run）后重试。") from exc


def folder_bytes(index_dir: Path) -> int:
    return sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())


def wipe_folder(index_dir: Path) -> None:
    """Remove an index folder's contents for a rebuild, keeping the keep-file."""
    if not index_dir.exists():
        return
    for child in index_dir.iterdir():
        if child.name in (KEEP_FILE, *ACCOUNTS_FILES):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
