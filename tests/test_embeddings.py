"""Embedders chosen by config: the bundled USE model, a sentence-transformers model built in the
test, the optional CrossEncoder reranker, and re-embedding when the embedder changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.answer.routing import hints_for
from assistant.config import ConfigError, Settings
from assistant.embeddings import NamedEmbeddings, get_embeddings
from assistant.embeddings.reranker import CrossEncoderReranker
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import VECTOR_SCHEME, KnowledgeBase, collection_name, vector_ids
from assistant.runtime import Runtime
from tests.corpus import write_corpus

pytestmark = pytest.mark.slow


def collections(index_dir: Path) -> dict[str, int]:
    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    return {c.name: c.count() for c in client.list_collections()}


def expected_vectors(kb: KnowledgeBase) -> int:
    return sum(len(vector_ids(c)) for d in kb.documents() for c in kb.doc_chunks(d.doc_id))


# ---------- the default: USE-multilingual shipped in a PyPI package ----------


def test_default_embedder_is_use(embeddings):
    assert isinstance(embeddings, NamedEmbeddings)
    assert embeddings.name == "use-m3"
    assert get_embeddings("").name == get_embeddings("use").name == "use-m3"


def test_use_vectors_are_normalised_and_meaningful(embeddings):
    texts = ["上半年党委班子成员讲党课4次", "收受礼金的给予警告处分", "党员讲党课的次数"]
    vectors = np.array(embeddings.embed_documents(texts))
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = np.array(embeddings.embed_query(texts[2]))
    assert np.allclose(query, vectors[2], atol=1e-5)
    similarity = vectors @ query
    assert similarity[0] > similarity[1] + 0.2  # about 讲党课, not about 礼金


def test_use_handles_empty_batches_and_long_texts(embeddings):
    assert embeddings.embed_documents([]) == []
    (vector,) = embeddings.embed_documents(["党" * 5000])
    assert len(vector) == 512


def test_torch_is_not_imported_for_the_default_embedder(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import assistant.cli, assistant.index.indexing\n"
        "from assistant.config import Settings\n"
        "from assistant.runtime import Runtime\n"
        "runtime = Runtime.from_settings(Settings(index_dir=Path(sys.argv[1])))\n"
        "runtime.kb.embeddings.embed_query('讲党课')\n"
        "runtime.assistant\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "index")], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_unknown_embedder_setting(tmp_path):
    with pytest.raises(ConfigError, match="未知的向量模型设置 ASSISTANT_EMBEDDINGS=“word2vec”"):
        get_embeddings("word2vec")
    with pytest.raises(ConfigError, match="st: 后面需要写模型路径"):
        get_embeddings("st:")


def test_missing_sentence_transformers_model_is_a_clear_error(tmp_path):
    embedder = get_embeddings(f"st:{tmp_path / '没有这个模型'}")
    with pytest.raises(ConfigError, match="无法加载模型.*请提供本地模型目录的路径"):
        embedder.embed_query("讲党课")


# ---------- sentence-transformers, with a tiny model built by the test ----------


def test_sentence_transformer_embedder(tiny_st_model):
    embedder = get_embeddings(f"st:{tiny_st_model}")
    assert embedder.name == f"st:{tiny_st_model}"
    vectors = np.array(embedder.embed_documents(["讲党课4次", "收受礼金", "讲党课4次"]))
    assert vectors.shape == (3, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vectors[0], vectors[2])
    assert not np.allclose(vectors[0], vectors[1])
    assert np.allclose(embedder.embed_query("收受礼金"), vectors[1], atol=1e-5)


def test_index_and_search_with_a_sentence_transformer(tmp_path, tiny_st_model):
    corpus = write_corpus(tmp_path / "corpus", with_old_revision=False)
    settings = Settings(index_dir=tmp_path / "index", embeddings=f"st:{tiny_st_model}")
    runtime = Runtime.from_settings(settings)  # the embedder comes from the setting
    kb = runtime.kb
    report = index_paths(kb, [corpus])
    assert not report.errors
    assert kb.meta("embedder") == kb.vector_space == f"st:{tiny_st_model}+{VECTOR_SCHEME}"
    assert collections(tmp_path / "index") == {collection_name(kb.vector_space): expected_vectors(kb)}
    dense = kb.dense_search("收受礼金", 3)
    assert len(dense) == 3
    # the random tiny model ranks arbitrarily; keyword scoring still finds the sentence
    question = "上半年讲党课几次"
    top = runtime.retriever.search(question, 3, hints=hints_for(question))[0].chunk
    assert "讲党课4次" in top.text


def test_changing_the_embedder_re_embeds_everything(tmp_path, embeddings, tiny_st_model):
    corpus = write_corpus(tmp_path / "corpus", with_old_revision=False)
    index_dir = tmp_path / "index"
    use_kb = KnowledgeBase.open(Settings(index_dir=index_dir), embeddings)
    index_paths(use_kb, [corpus])
    n_vectors = expected_vectors(use_kb)
    assert collections(index_dir) == {collection_name(use_kb.vector_space): n_vectors}
    chunk_ids = {c.id for d in use_kb.documents() for c in use_kb.doc_chunks(d.doc_id)}

    st_name = f"st:{tiny_st_model}"
    st_kb = KnowledgeBase.open(Settings(index_dir=index_dir, embeddings=st_name))
    report = index_paths(st_kb, [corpus])
    assert {r.status for r in report.results} == {"unchanged"}  # the files did not change …
    assert report.repaired == {"orphans_removed": 0, "re_embedded": len(chunk_ids), "embedder_changed": 1}
    assert collections(index_dir) == {collection_name(st_kb.vector_space): n_vectors}  # … but every vector is new
    assert st_kb.meta("embedder") == st_kb.vector_space
    assert len(st_kb.vectors.collection(st_kb.vector_space).get(limit=1, include=["embeddings"])["embeddings"][0]) == 32

    # and back again
    back = KnowledgeBase.open(Settings(index_dir=index_dir), embeddings)
    assert index_paths(back, [corpus]).repaired["embedder_changed"] == 1
    assert collections(index_dir) == {collection_name(back.vector_space): n_vectors}
    assert {c.id for d in back.documents() for c in back.doc_chunks(d.doc_id)} == chunk_ids


# ---------- the optional CrossEncoder reranker ----------


def test_cross_encoder_reranker_scores(tiny_cross_encoder):
    reranker = CrossEncoderReranker(str(tiny_cross_encoder))
    scores = reranker.scores("讲党课几次", ["党委班子成员讲党课4次", "收受礼金", "讲党课"])
    assert len(scores) == 3
    assert all(isinstance(s, float) for s in scores)
    assert scores == reranker.scores("讲党课几次", ["党委班子成员讲党课4次", "收受礼金", "讲党课"])
    assert reranker.scores("讲党课", []) == []


def test_retriever_uses_the_configured_reranker(tmp_path, embeddings, tiny_cross_encoder):
    corpus = write_corpus(tmp_path / "corpus")
    settings = Settings(index_dir=tmp_path / "index", reranker=str(tiny_cross_encoder))
    runtime = Runtime.from_settings(settings, embeddings)
    index_paths(runtime.kb, [corpus])
    retriever = runtime.retriever
    assert isinstance(retriever.reranker, CrossEncoderReranker)
    results = retriever.search("上半年讲党课几次", 5)
    assert len(results) == 5
    expected = retriever.reranker.scores("上半年讲党课几次", [e.chunk.text for e in results])
    assert [e.score for e in results] == pytest.approx(expected, rel=1e-4)
    assert [e.score for e in results] == sorted((e.score for e in results), reverse=True)
    # an exact article reference stays first whatever the reranker thinks
    pinned = retriever.search("《纪律处分条例》第八条", 5)
    assert [(e.chunk.doc_title, e.chunk.article) for e in pinned[:2]] == [
        ("中国共产党纪律处分条例（2023年修订）", "第八条"),
        ("中国共产党纪律处分条例（2018年修订）", "第八条"),
    ]


def test_missing_reranker_model_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="无法加载模型"):
        CrossEncoderReranker(str(tmp_path / "no-model")).scores("讲党课", ["讲党课4次"])
