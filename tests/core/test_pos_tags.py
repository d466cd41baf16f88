"""jieba's part-of-speech table from the user's cache: the same tags as jieba.posseg reading dict.txt,
and a damaged or stale cache is rebuilt."""

from __future__ import annotations

import sys

import pytest

from assistant.core import disk_cache, pos_tags
from assistant.core.words import tagged_words

SENTENCES = ("区农业农村局组织开展秸秆禁烧专项督查", "张敏同志已完成三轮走访并提交了整改报告")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache in a fresh folder and a process that has not imported jieba.posseg yet."""
    import jieba

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delitem(sys.modules, "jieba.posseg", raising=False)
    if hasattr(jieba, "posseg"):
        monkeypatch.delattr(jieba, "posseg")
    pos_tags.posseg.cache_clear()
    yield
    pos_tags.posseg.cache_clear()


def restart() -> None:
    """As a new process would: forget the module, keep the cache file."""
    del sys.modules["jieba.posseg"]
    pos_tags.posseg.cache_clear()


def tags() -> list[list[tuple[str, str]]]:
    return [tagged_words(text) for text in SENTENCES]


def cache_file():
    return disk_cache.cache_dir() / pos_tags.CACHE_NAME


def test_tags_from_the_cache_equal_tags_from_dict_txt(fresh):
    from_dictionary = tags()
    table = pos_tags.posseg().dt.word_tag_tab
    assert cache_file().exists()
    restart()
    assert tags() == from_dictionary
    assert pos_tags.posseg().dt.word_tag_tab == table


def test_a_damaged_cache_is_rebuilt_from_dict_txt(fresh):
    from_dictionary = tags()
    table = dict(pos_tags.posseg().dt.word_tag_tab)
    cache_file().write_bytes(cache_file().read_bytes()[:1000])
    restart()
    assert tags() == from_dictionary
    assert pos_tags.posseg().dt.word_tag_tab == table
    assert cache_file().stat().st_size > 1000  # written again whole
