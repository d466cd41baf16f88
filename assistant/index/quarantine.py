"""The quarantine folder: files that failed to index, moved out of the corpus with the reason.

A corrupt PDF or a zip bomb left in the corpus would fail again on every re-index and could
not be removed from the web page. It is moved to `<corpus>/.quarantine/` (a hidden folder,
which indexing skips) beside a `<name>.reason.json` that says why; the knowledge-base tab
lists these and removes them.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

QUARANTINE_DIR = ".quarantine"
REASON_SUFFIX = ".reason.json"


@dataclass(frozen=True)
class QuarantinedFile:
    name: str  # its name in the quarantine folder
    original: str  # where it was in the corpus
    reason: str
    moved_at: float


def quarantine_dir(corpus_dir: Path) -> Path:
    return Path(corpus_dir) / QUARANTINE_DIR


def free_name(folder: Path, name: str) -> Path:
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, 10_000):
        target = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        if not target.exists() and not reason_file(target).exists():
            return target
    raise OSError(f"隔离区中同名文件过多：{name}")


def reason_file(path: Path) -> Path:
    return path.with_name(path.name + REASON_SUFFIX)


def quarantine_file(path: Path, corpus_dir: Path, reason: str) -> QuarantinedFile:
    """Move a corpus file into quarantine with its reason; OSError if the disk refuses."""
    folder = quarantine_dir(corpus_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, path.name)
    record = QuarantinedFile(target.name, str(path), reason, time.time())
    reason_file(target).write_text(json.dumps(record.__dict__, ensure_ascii=False), encoding="utf-8")
    shutil.move(str(path), target)
    return record


def list_quarantine(corpus_dir: Path) -> list[QuarantinedFile]:
    """Quarantined files, newest first; a file without its reason file is still listed."""
    folder = quarantine_dir(corpus_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.endswith(REASON_SUFFIX) or not path.is_file():
            continue
        try:
            data = json.loads(reason_file(path).read_text(encoding="utf-8"))
            found.append(QuarantinedFile(path.name, data["original"], data["reason"], float(data["moved_at"])))
        except (OSError, ValueError, KeyError, TypeError):
            found.append(QuarantinedFile(path.name, "", "原因未记录", path.stat().st_mtime))
    return sorted(found, key=lambda q: -q.moved_at)


def remove_quarantined(corpus_dir: Path, name: str) -> bool:
    """Delete a quarantined file and its reason; False if there is no such file."""
    folder = quarantine_dir(corpus_dir)
    path = folder / Path(str(name)).name  # a name, never a path out of the folder
    if name != path.name or name.endswith(REASON_SUFFIX) or not path.is_file():
        return False
    path.unlink()
    reason_file(path).unlink(missing_ok=True)
    return True
