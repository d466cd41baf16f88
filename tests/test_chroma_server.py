"""Server mode: a real `chroma run` is the shared truth; each app instance keeps a local cache.

Index and answer through the server, restart it and answer again, and check that a second
instance (its own cache folder) sees what the first one indexed, changed and removed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from chroma_support import ChromaServer, free_port

import assistant.index.remote as remote
from assistant.answer.pipeline import Assistant
from assistant.cli import main
from assistant.config import ConfigError, Settings
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import IndexUnusable, KnowledgeBase, StoreUnavailable
from assistant.search.retriever import Retriever
from tests.corpus import REPORT_NAME, write_corpus

pytestmark = pytest.mark.slow  # a `chroma run` server subprocess and the real USE embedder

QUESTION = "2023年上半年讲党课几次？"
NEW_NAME = "2023年青年理论学习小组情况报告.txt"
NEW_DOC = "2023年青年理论学习小组情况报告\n一、基本情况\n（一）读书分享。青年理论学习小组上半年举办读书分享会7场。\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data").start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("server-corpus") / "corpus")


@pytest.fixture(scope="module")
def first(server, corpus, tmp_path_factory, embeddings) -> KnowledgeBase:
    """Instance A: indexes the fixture corpus into the server."""
    cache = tmp_path_factory.mktemp("instance-a") / "cache"
    kb = KnowledgeBase.open(Settings(index_dir=cache, chroma_url=server.url), embeddings)
    report = index_paths(kb, [corpus])
    assert not report.errors and report.count("added") == 4
    return kb


def open_instance(server: ChromaServer, folder: Path, embeddings) -> KnowledgeBase:
    return KnowledgeBase.open(Settings(index_dir=folder, chroma_url=server.url), embeddings)


def answer_text(kb: KnowledgeBase, question: str = QUESTION) -> str:
    answer = Assistant(Retriever(kb)).ask(question)
    assert not answer.refused, answer.text
    return answer.text


def test_index_and_answer_through_the_server(first):
    text = answer_text(first)
    assert "6次" in text and "〔1〕" in text
    # The vectors live on the server, not in the cache folder.
    assert not (first.index_dir / "chroma").exists()
    assert first.vector_count() >= first.chunk_count() > 0


def test_second_instance_rebuilds_its_cache_from_the_server(first, server, tmp_path, embeddings):
    second = open_instance(server, tmp_path / "cache-b", embeddings)
    assert [d.doc_id for d in second.documents()] == [d.doc_id for d in first.documents()]
    assert second.chunk_count() == first.chunk_count()
    some = first.doc_chunks(first.documents()[0].doc_id)
    assert second.doc_chunks(some[0].doc_id) == some  # text, section path, article, span, order
    assert answer_text(second) == answer_text(first)
    # The keyword index was rebuilt from the server's chunks: a keyword-only hit works.
    assert second.keyword_search("讲党课", 3)[0][0] == first.keyword_search("讲党课", 3)[0][0]


def test_changes_by_one_instance_reach_the_other(first, server, corpus, tmp_path, embeddings, monkeypatch):
    second = open_instance(server, tmp_path / "cache-b", embeddings)
    monkeypatch.setattr(remote, "SYNC_INTERVAL", 0.5)
    (corpus / NEW_NAME).write_text(NEW_DOC, encoding="utf-8")
    try:
        report = index_paths(first, [corpus / NEW_NAME])
        assert report.count("added") == 1
        time.sleep(0.6)
        assert NEW_NAME.removesuffix(".txt") in [d.title for d in second.documents()]
        assert "7场" in answer_text(second, "青年理论学习小组举办读书分享会几场？")
    finally:
        (corpus / NEW_NAME).unlink()
        index_paths(first, [corpus])  # the deleted file leaves the index
    time.sleep(0.6)
    assert NEW_NAME.removesuffix(".txt") not in [d.title for d in second.documents()]
    assert second.chunk_count() == first.chunk_count()


def test_restarted_server_answers_again(first, server, tmp_path, embeddings):
    before = answer_text(first)
    server.restart()
    assert answer_text(first) == before  # the same client reconnects
    third = open_instance(server, tmp_path / "cache-c", embeddings)
    assert answer_text(third) == before
    assert index_paths(first, [first.documents()[0].source]).count("unchanged") == 1


def test_repair_keeps_young_orphans_and_removes_old_ones(first, monkeypatch):
    """Another instance's write in progress looks like an orphan: only old ones are removed."""
    collection = first.vectors.collection(first.vector_space)
    collection.upsert(
        ids=["feedface#0"],
        embeddings=[first.embeddings.embed_query("孤儿")],
        metadatas=[{"doc_id": "x", "t": time.time()}],
    )
    assert first.repair()["orphans_removed"] == 0
    assert collection.get(ids=["feedface#0"])["ids"] == ["feedface#0"]
    monkeypatch.setattr(remote, "ORPHAN_GRACE", 0.0)
    assert first.repair()["orphans_removed"] == 1
    assert collection.get(ids=["feedface#0"])["ids"] == []


def test_cli_index_and_ask_through_the_server(server, corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for key in ("ASSISTANT_CHROMA_URL", "ASSISTANT_INDEX_DIR", "ASSISTANT_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    cache = str(tmp_path / "cli-cache")
    assert main(["--index-dir", cache, "--chroma-url", server.url, "index", "--quiet", str(corpus)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", server.url)
    assert main(["--index-dir", cache, "ask", QUESTION, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "6次" in out["answer"] and out["citations"][0]["doc"]


def test_local_index_is_never_used_as_a_server_cache(server, corpus, tmp_path, embeddings):
    local = KnowledgeBase.open(Settings(index_dir=tmp_path / "index"), embeddings)
    index_paths(local, [corpus / REPORT_NAME])
    local.close()
    with pytest.raises(IndexUnusable, match="本机索引"):
        open_instance(server, tmp_path / "index", embeddings)
    reopened = KnowledgeBase.open(Settings(index_dir=tmp_path / "index"), embeddings)
    assert len(reopened.documents()) == 1  # untouched

    cache = open_instance(server, tmp_path / "cache", embeddings)
    cache.close()
    with pytest.raises(IndexUnusable, match="本地缓存"):
        KnowledgeBase.open(Settings(index_dir=tmp_path / "cache"), embeddings)


def test_unreachable_server_is_a_chinese_error(tmp_path, embeddings):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ConfigError, match="无法连接 Chroma 服务"):
        KnowledgeBase.open(Settings(index_dir=tmp_path / "cache", chroma_url=url), embeddings)


def test_server_lost_while_running(tmp_path, corpus, embeddings):
    """A server that goes away: a clear message for the question, answers again once it is back."""
    server = ChromaServer(tmp_path / "data").start()
    try:
        kb = open_instance(server, tmp_path / "cache", embeddings)
        index_paths(kb, [corpus / REPORT_NAME])
        before = answer_text(kb)
        server.stop()
        with pytest.raises(StoreUnavailable, match="无法连接 Chroma 服务"):
            Assistant(Retriever(kb)).ask(QUESTION)
        server.start()
        assert answer_text(kb) == before
    finally:
        server.stop()
