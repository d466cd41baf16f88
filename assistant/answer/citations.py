"""Numbered citations whose quotes are exact substrings of the cited chunk."""

from __future__ import annotations

from assistant.core.schema import Chunk, Citation


class CitationBook:
    """Hands out 〔n〕 marks: one number per chunk, quoting the span of the sentences used."""

    def __init__(self) -> None:
        self._chunks: list[Chunk] = []
        self._spans: dict[str, tuple[int, int]] = {}

    def cite(self, chunk: Chunk, quote: str) -> str:
        start = chunk.text.find(quote)
        if start < 0:
            raise ValueError(f"quote not in chunk {chunk.id}: {quote!r}")
        end = start + len(quote)
        if chunk.id not in self._spans:
            self._chunks.append(chunk)
            self._spans[chunk.id] = (start, end)
        else:
            old_start, old_end = self._spans[chunk.id]
            self._spans[chunk.id] = (min(old_start, start), max(old_end, end))
        return f"〔{self.number(chunk)}〕"

    def number(self, chunk: Chunk) -> int:
        return next(i for i, c in enumerate(self._chunks, 1) if c.id == chunk.id)

    @property
    def chunks(self) -> list[Chunk]:
        return list(self._chunks)

    def citations(self) -> list[Citation]:
        result = []
        for chunk in self._chunks:
            start, end = self._spans[chunk.id]
            result.append(
                Citation(chunk.id, chunk.doc_title, chunk.location, chunk.article, chunk.text[start:end].strip(), chunk)
            )
        return result


def cited_chunks(citations: list[Citation]) -> list[Chunk]:
    """The chunks behind 〔1〕〔2〕…, in mark order (a hand-made citation without its chunk is skipped)."""
    return [c.chunk for c in citations if c.chunk is not None]
