"""The model's answer with the evidence it cited: marks renumbered 1, 2 … in order, quotes of exact sentences."""

from __future__ import annotations

from assistant.answer.citations import CitationBook
from assistant.answer.verification import MARK, claims, renumbered
from assistant.core.schema import Chunk, Citation
from assistant.core.text import split_sentences


def bigrams(text: str) -> set[str]:
    text = MARK.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def best_sentence(chunk: Chunk, claim: str) -> str:
    """The sentence of `chunk` that shares most with the claim citing it."""
    wanted = bigrams(claim)
    sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()] or [chunk.text.strip()]
    return max(sentences, key=lambda s: len(bigrams(s) & wanted))


def cite_evidence(text: str, evidence: list[Chunk], known: list[Citation]) -> tuple[str, list[Citation]]:
    """`text` with its 〔n〕 (numbers of `evidence`) renumbered to the cited chunks only, and their citations.

    A chunk the extractive answer cited keeps that answer's quote; another quotes the sentences that
    best match the claims citing it."""
    quotes = {c.chunk_id: c.quote for c in known}
    book = CitationBook()
    for n in dict.fromkeys(int(m) for m in MARK.findall(text)):
        chunk = evidence[n - 1]
        if chunk.id in quotes:
            book.cite(chunk, quotes[chunk.id])
            continue
        for claim, marks in claims(text):
            if n in marks:
                book.cite(chunk, best_sentence(chunk, claim))
    return in_order_of_use(text), book.citations()


def in_order_of_use(text: str) -> str:
    """Marks renumbered 1, 2 … in order of first use (the same on a growing text as on the whole)."""
    used = dict.fromkeys(int(m) for m in MARK.findall(text))
    return renumbered(text, {old: new for new, old in enumerate(used, 1)})
