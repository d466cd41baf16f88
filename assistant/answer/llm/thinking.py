"""Reasoning models think before they answer: the thinking is kept apart and is never the answer.

DeepSeek-R1, QwQ and Qwen3 served without a reasoning parser put it in the content between
<think> and </think>; the tags may arrive split across stream chunks, the opening tag may be
missing (it was part of the prompt template) and a reply cut short leaves the block unclosed.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN, CLOSE = "<think>", "</think>"


def held_back(text: str, tags: tuple[str, ...]) -> int:
    """Length of the longest end of `text` that could be the start of one of `tags`."""
    return max((n for tag in tags for n in range(1, len(tag)) if text.endswith(tag[:n])), default=0)


@dataclass
class ThinkSplitter:
    """Feed content pieces; read `answer` (the visible text so far) and `reasoning`."""

    content: str = ""
    reasoning: str = ""
    _pending: str = ""
    _inside: bool = False

    @property
    def answer(self) -> str:
        return self.content.strip()

    def think(self, text: str) -> None:
        """Reasoning sent in its own field (reasoning_content, Ollama's thinking)."""
        self.reasoning += text

    def feed(self, text: str) -> None:
        self._pending += text
        while self._pending:
            if self._inside:
                if not self._step_inside():
                    return
            elif not self._step_outside():
                return

    def finish(self) -> None:
        """End of the reply: what is held back is text after all (an unclosed block stays reasoning)."""
        if self._inside:
            self.reasoning += self._pending
        else:
            self.content += self._pending
        self._pending = ""

    def _step_inside(self) -> bool:
        at = self._pending.find(CLOSE)
        if at < 0:
            keep = held_back(self._pending, (CLOSE,))
            self.reasoning += self._pending[: len(self._pending) - keep]
            self._pending = self._pending[len(self._pending) - keep :]
            return False
        self.reasoning += self._pending[:at]
        self._pending = self._pending[at + len(CLOSE) :]
        self._inside = False
        return True

    def _step_outside(self) -> bool:
        opened, closed = self._pending.find(OPEN), self._pending.find(CLOSE)
        if closed >= 0 and (opened < 0 or closed < opened):  # </think> without <think>: all so far was thinking
            self.reasoning += self.content + self._pending[:closed]
            self.content = ""
            self._pending = self._pending[closed + len(CLOSE) :]
            return True
        if opened >= 0:
            self.content += self._pending[:opened]
            self._pending = self._pending[opened + len(OPEN) :]
            self._inside = True
            if self.reasoning and not self.reasoning.endswith("\n"):  # a second block, or after the field's
                self.reasoning += "\n"
            return True
        keep = held_back(self._pending, (OPEN, CLOSE))
        self.content += self._pending[: len(self._pending) - keep]
        self._pending = self._pending[len(self._pending) - keep :]
        return False
