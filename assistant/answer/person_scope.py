"""One person's part of a compilation of several people's 述职 (ingest makes each part an outermost section
named by the person): a question naming that person is answered from their part, never from a colleague's
part that happens to say the same kind of thing (存在问题, 分管工作). A document holding no part of theirs
answers only by the sentences that name them."""

from __future__ import annotations

from assistant.core.names import is_name
from assistant.core.schema import Chunk, Evidence
from assistant.core.words import tagged_words
from assistant.search.retriever import NO_HINTS, Filters, SearchHints
from assistant.search.source import EvidenceSource

PERSON_DEPTH = 3  # how much deeper a question naming a person searches when colleagues' parts fill the top


def part_of(chunk: Chunk) -> str:
    """The person whose part of a 述职 compilation holds `chunk`; "" outside any part."""
    head = chunk.section_path[0] if chunk.section_path else ""
    return head if is_name(head) else ""


def people_asked(question: str, chunks: list[Chunk]) -> set[str]:
    """The people a question names: those whose part is among `chunks`, and any word jieba reads as a
    person's name (a person whose part is in no document found)."""
    parts = {part for c in chunks if (part := part_of(c))}
    named = {part for part in parts if part in question}
    named |= {w for w, flag in tagged_words(question) if flag.startswith("nr") and is_name(w)}
    return {name for name in named if not any(name != other and name in other for other in named)}


def in_scope(chunk: Chunk, people: set[str]) -> bool:
    """Whether `chunk` may answer of `people`: outside every person's part, in one of their parts, or naming
    one of them in its own text (a colleague's part telling what the asked person did)."""
    part = part_of(chunk)
    return not part or part in people or any(name in chunk.text for name in people)


def people_in_parts(question: str, chunks: list[Chunk]) -> set[str]:
    """The people the question names when `chunks` hold anyone's part; else none (nothing to narrow)."""
    if not any(part_of(c) for c in chunks):
        return set()
    return people_asked(question, chunks)


class PersonSource:
    """An EvidenceSource for one question naming a person: other people's parts of a 述职 compilation are
    neither found nor read (a document's chunks are its parts of the asked person and its common text)."""

    def __init__(self, source: EvidenceSource, question: str):
        self.inner = source
        self.question = question

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = NO_HINTS
    ) -> list[Evidence]:
        found = self.inner.search(query, k, filters, hints)
        people = people_in_parts(self.question, [e.chunk for e in found])
        if not people or all(in_scope(e.chunk, people) for e in found):
            return found
        # colleagues' parts filled the top: look deeper for the asked person's own
        deeper = self.inner.search(query, k * PERSON_DEPTH, filters, hints)
        return [e for e in deeper if in_scope(e.chunk, people)][:k]

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        chunks = self.inner.document_chunks(doc_id)
        people = people_in_parts(self.question, chunks)
        return [c for c in chunks if in_scope(c, people)] if people else chunks

    def __getattr__(self, name: str):
        return getattr(self.inner, name)
