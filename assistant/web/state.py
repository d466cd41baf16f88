"""Process-wide state of the web app, without gradio: the pipeline built by `runtime`, login, warm-up.

`Backend.start()` opens the index and loads the models in a background thread, so that
this overlaps with importing gradio and building the page (a shorter cold start).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from langchain_core.language_models import BaseChatModel

from assistant.accounts.guard import Guard
from assistant.accounts.store import AccountStore
from assistant.config import Settings
from assistant.embeddings import NamedEmbeddings
from assistant.runtime import Runtime
from assistant.web.auth import parse_auth
from assistant.web.history import HISTORY_FILE, HistoryStore

log = logging.getLogger(__name__)
WARMUP_TIMEOUT = 180  # seconds a first question waits for the models to finish loading


class Backend:
    """Shared by all sessions: the knowledge base is thread-safe for reads and serialises writes."""

    def __init__(self, settings: Settings, embeddings: NamedEmbeddings | None = None, llm: BaseChatModel | None = None):
        """`embeddings` and `llm` replace the configured ones (tests); see `Runtime.from_settings`."""
        self.settings = settings
        self.auth = parse_auth(settings.auth)  # first: a bad ASSISTANT_AUTH fails before anything loads
        self.accounts = AccountStore.in_index(settings.index_dir)
        self.guard = Guard(self.accounts, self.auth)  # ASSISTANT_AUTH accounts are global admins
        runtime = Runtime.from_settings(settings, embeddings, llm)
        self.kb = runtime.kb
        self.assistant = runtime.assistant  # now: a bad ASSISTANT_LLM fails at start, not at the first question
        self.history = HistoryStore(Path(settings.index_dir) / HISTORY_FILE)
        self.ready = threading.Event()

    @classmethod
    def start(cls, settings: Settings) -> Backend:
        backend = cls(settings)
        backend.warm_up()
        return backend

    def warm_up(self) -> None:
        """Load the embedder, keyword index and tokenizer now rather than on the first question."""

        def run() -> None:
            try:
                if self.kb.documents():
                    self.assistant.retriever.search("党建工作", 1)
                else:
                    self.kb.embeddings.embed_query("党建工作")
            except Exception:
                log.exception("warm-up failed; the first question will load the models")
            finally:
                self.ready.set()

        threading.Thread(target=run, name="warm-up", daemon=True).start()

    def wait_ready(self) -> None:
        """A question asked during warm-up waits for it instead of loading the models a second time."""
        self.ready.wait(WARMUP_TIMEOUT)
