"""导出Word in the web chat: the session's last answer as a 公文-format .docx the browser downloads."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from assistant.present.docx import default_title, write_docx
from assistant.web.chat import ChatState

UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')
MAX_NAME = 40


def last_question(state: ChatState) -> str:
    return next((m["content"] for m in reversed(state.history) if m.get("role") == "user"), "")


def export_last_answer(state: ChatState | None) -> str | None:
    """Path of a fresh .docx of the last answer (None before the first answer or after a refusal).

    Each export gets its own temporary folder: two sessions never share, or overwrite, a file."""
    answer = state.answer if isinstance(state, ChatState) else None
    if answer is None or answer.refused:
        return None
    question = last_question(state)
    name = UNSAFE_NAME.sub("_", default_title(answer, question))[:MAX_NAME] or "回答"
    folder = Path(tempfile.mkdtemp(prefix="kb-export-"))
    return str(write_docx(answer, folder / f"{name}.docx", question=question))
