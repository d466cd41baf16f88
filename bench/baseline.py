"""The standard LangChain recipe, as users would build it: split, embed, Chroma similarity top-k.

RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50, Chinese separators) + langchain_chroma.Chroma
with an explicit embedder (the same one the assistant uses); the answer is the top chunk, cited as itself.
"""

from __future__ import annotations

import time
from pathlib import Path

from assistant.core.schema import Answer, Chunk

CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
SEPARATORS = ["\n\n", "\n", "。", "！", "？", "；", "，", ""]
COLLECTION = "baseline_chunks"
SUFFIXES = {".md", ".txt"}
ADD_BATCH = 1000


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in Path(corpus).rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


class LangChainBaseline:
    def __init__(self, embeddings, persist_dir: Path):
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, separators=SEPARATORS
        )
        self.store = Chroma(
            collection_name=COLLECTION,
            embedding_function=embeddings,  # always explicit: never Chroma's own default embedder
            persist_directory=str(persist_dir),
            client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True),
        )
        self.chunks = 0

    def build(self, corpus: Path) -> float:
        """Load every .md/.txt file as plain text, split, embed and store; returns seconds."""
        started = time.perf_counter()
        for path in corpus_files(corpus):
            text = path.read_text(encoding="utf-8", errors="replace")
            title = text.strip().splitlines()[0].strip() if text.strip() else path.stem
            docs = self.splitter.create_documents([text], metadatas=[{"source": path.name, "title": title}])
            for i in range(0, len(docs), ADD_BATCH):
                self.store.add_documents(docs[i : i + ADD_BATCH])
            self.chunks += len(docs)
        return time.perf_counter() - started

    def search(self, question: str, k: int = 5) -> list[Chunk]:
        docs = self.store.similarity_search(question, k=k)
        return [
            Chunk(
                f"{d.metadata['source']}:{i}",
                d.metadata["source"],
                d.metadata.get("title", d.metadata["source"]),
                "other",
                (),
                None,
                d.page_content,
                0,
                len(d.page_content),
            )
            for i, d in enumerate(docs)
        ]

    def ask(self, question: str, k: int = 5) -> tuple[Answer, list[Chunk], list[Chunk]]:
        """(answer, retrieved, cited): the answer is the top chunk's text; it refuses only when nothing is found."""
        retrieved = self.search(question, k)
        if not retrieved:
            return Answer("（未检索到相关内容）", "baseline", refused=True), [], []
        return Answer(retrieved[0].text, "baseline"), retrieved, retrieved[:1]
