"""Derived tables kept between processes in the user's cache folder, so that a one-shot command (`ask`)
need not rebuild in pure Python what an earlier process already built.

A cache file holds a key (what the table was built from: package versions, sizes and mtimes of source
files), a SHA-256 digest and the payload bytes. `read` returns the payload only when the key matches and the
digest checks; anything else (missing, unreadable, truncated, stale) is None, and the caller rebuilds:
a cache may cost a rebuild, never a wrong answer or a crash.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """The assistant's per-user cache folder ($XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "assistant"


def file_stamp(path: str | os.PathLike) -> tuple[int, int]:
    """Size and mtime of a file: what a cache key records of the source it was built from."""
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def read(name: str, key: tuple) -> bytes | None:
    """The payload cached under `name` if it was stored with this key and is intact, else None."""
    path = cache_dir() / name
    try:
        stored_key, digest, payload = marshal.loads(path.read_bytes())
        if stored_key == key and hashlib.sha256(payload).hexdigest() == digest:
            return payload
        log.info("cache %s is stale or damaged; rebuilding it", path)
    except FileNotFoundError:
        pass
    except Exception as error:  # any unreadable file only means a rebuild
        log.info("cache %s unreadable (%s); rebuilding it", path, error)
    return None


def write(name: str, key: tuple, payload: bytes) -> None:
    """Store a payload atomically (a reader never sees half a file); an unwritable folder is no error."""
    path = cache_dir() / name
    record = marshal.dumps((key, hashlib.sha256(payload).hexdigest(), payload))
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as f:
            temporary = Path(f.name)
            f.write(record)
        os.replace(temporary, path)
    except OSError as error:
        log.info("cache %s not written (%s)", path, error)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
