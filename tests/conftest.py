"""Shared fixtures: the fixture corpus (tests/corpus.py) indexed, the real USE embedder, real Chroma.

Nothing here reads the shipped corpus or ../shared: every document is written by the tests.
The documents are re-exported for the modules that still import them from `conftest`; new code
imports `tests.corpus` (a bare `conftest` is ambiguous once tests/ui/conftest.py is loaded too).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.index.knowledge_base import KnowledgeBase
from tests.corpus import (  # noqa: F401 (re-exported, see above)
    NOTE,
    NOTE_NAME,
    REG_2018_NAME,
    REG_2023_NAME,
    REGULATION_2018,
    REGULATION_2023,
    REPORT,
    REPORT_NAME,
    write_corpus,
)


@pytest.fixture(scope="session")
def embeddings():
    """The real default embedder (USE-multilingual, bundled weights), loaded once per session."""
    from assistant.embeddings import get_embeddings

    embedder = get_embeddings("use")
    embedder.embed_query("预热")  # load the weights now, not inside the first timed test
    return embedder


@pytest.fixture
def make_kb(embeddings):
    """Open a real knowledge base (Chroma persistent client + SQLite) in a given folder."""
    opened: list[KnowledgeBase] = []

    def _open(index_dir: Path, embedder=None) -> KnowledgeBase:
        kb = KnowledgeBase.open(Settings(index_dir=Path(index_dir)), embedder or embeddings)
        opened.append(kb)
        return kb

    yield _open
    for kb in opened:
        kb.close()


@pytest.fixture(scope="session")
def indexed_kb(tmp_path_factory, embeddings):
    """The four fixture documents indexed once; tests must only read from it."""
    root = tmp_path_factory.mktemp("shared-kb")
    corpus = write_corpus(root / "corpus")
    kb = KnowledgeBase.open(Settings(index_dir=root / "index", corpus_dir=corpus), embeddings)
    report = index_paths(kb, [corpus])
    assert not report.errors, [r.error for r in report.errors]
    assert report.count("added") == 4
    return kb


@pytest.fixture(scope="session")
def cjk_font() -> Path | None:
    """A font with Chinese glyphs for building PDFs (fonts-noto-cjk, installed by `make test`)."""
    for candidate in (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    ):
        if Path(candidate).is_file():
            return Path(candidate)
    if shutil.which("fc-list"):
        listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout
        for line in listing.splitlines():
            path = Path(line.split(":", 1)[0].strip())
            if path.suffix.lower() in (".ttf", ".otf", ".ttc") and path.is_file():
                return path
    return None


@pytest.fixture(scope="session")
def tiny_bert_dir(tmp_path_factory) -> Path:
    """A tiny randomly initialised BERT with a character vocabulary, saved like a hub model."""
    from transformers import BertConfig, BertModel, BertTokenizer

    folder = tmp_path_factory.mktemp("tiny-bert")
    chars = sorted(set(REPORT + REGULATION_2023 + REGULATION_2018 + NOTE) - set(" \n\t　"))
    vocab = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars])}
    tokenizer = BertTokenizer(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
    )
    BertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_st_model(tiny_bert_dir, tmp_path_factory) -> Path:
    """A sentence-transformers model (Transformer + mean Pooling) built from the tiny BERT."""
    from sentence_transformers import SentenceTransformer

    try:  # sentence-transformers >= 6
        from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    except ImportError:  # 5.x
        from sentence_transformers.models import Pooling, Transformer

    folder = tmp_path_factory.mktemp("tiny-st")
    transformer = Transformer(str(tiny_bert_dir), max_seq_length=256)
    dimension = getattr(transformer, "get_embedding_dimension", None) or transformer.get_word_embedding_dimension
    SentenceTransformer(modules=[transformer, Pooling(dimension(), "mean")], device="cpu").save(str(folder))
    return folder


@pytest.fixture(scope="session")
def tiny_cross_encoder(tiny_bert_dir, tmp_path_factory) -> Path:
    """A tiny CrossEncoder: a one-label BERT sequence classifier with the same vocabulary."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder = tmp_path_factory.mktemp("tiny-ce")
    config = BertConfig.from_pretrained(tiny_bert_dir, num_labels=1)
    BertForSequenceClassification(config).save_pretrained(folder)
    BertTokenizer.from_pretrained(tiny_bert_dir).save_pretrained(folder)
    return folder
