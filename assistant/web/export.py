"""导出Word in the web chat: the session's last answer as a 公文-format .docx the browser downloads.

The file is written when an answer arrives (a download button needs its file before the click),
each into its own folder under one export folder; folders older than a day are removed then.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from pathlib import Path

from assistant.present.docx import default_title, write_docx
from assistant.web.chat import ChatState

UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')
MAX_NAME = 40
EXPORT_FOLDER = "kb-export"
KEEP_SECONDS = 24 * 3600


def last_question(state: ChatState) -> str:
    return next((m["content"] for m in reversed(state.history) if m.get("role") == "user"), "")


def export_last_answer(state: ChatState | None, root: Path | None = None) -> str | None:
    """Path of a fresh .docx of the last answer (None before the first answer or after a refusal).

    Each export gets its own folder: two sessions never share, or overwrite, a file."""
    answer = state.answer if isinstance(state, ChatState) else None
    if answer is None or answer.refused:
        return None
    root = root or Path(tempfile.gettempdir()) / EXPORT_FOLDER
    root.mkdir(parents=True, exist_ok=True)
    remove_old_exports(root)
    # The question as understood (那党支部书记呢 → 上半年党支部书记讲党课几次), not the follow-up's own words.
    question = answer.resolved_question or last_question(state)
    name = UNSAFE_NAME.sub("_", default_title(answer, question))[:MAX_NAME] or "回答"
    folder = Path(tempfile.mkdtemp(dir=root))
    return str(write_docx(answer, folder / f"{name}.docx", question=question))


def remove_old_exports(root: Path, now: float | None = None) -> None:
    """Exports a day old have been downloaded or never will be."""
    cutoff = (now or time.time()) - KEEP_SECONDS
    for folder in root.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
