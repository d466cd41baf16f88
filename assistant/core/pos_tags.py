"""jieba.posseg with its part-of-speech table from the user's cache: importing jieba.posseg reads all of
jieba's dict.txt (350k lines) to build word → tag, about a second of CPU that every one-shot `ask` asking
for tags paid again. The table is kept marshalled (core.disk_cache, keyed by jieba's version and the
dictionary file) and handed to posseg instead.
"""

from __future__ import annotations

import io
import marshal
import os
import sys
from functools import lru_cache
from types import ModuleType

from assistant.core import disk_cache

CACHE_NAME = "jieba-word-tags.marshal"


def _dictionary(jieba: ModuleType) -> str:
    return jieba.dt.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


@lru_cache(maxsize=1)
def posseg() -> ModuleType:
    """The jieba.posseg module, its word → tag table loaded from the cache when the cache is valid."""
    import jieba

    dictionary = _dictionary(jieba)
    key = ("jieba-word-tags", jieba.__version__, dictionary, disk_cache.file_stamp(dictionary))
    payload = disk_cache.read(CACHE_NAME, key)
    if payload is None or "jieba.posseg" in sys.modules:
        fresh = "jieba.posseg" not in sys.modules
        import jieba.posseg

        if fresh:  # only a table no cut has touched yet is dict.txt's alone (no user words' tags merged)
            disk_cache.write(CACHE_NAME, key, marshal.dumps(jieba.posseg.dt.word_tag_tab))
        return jieba.posseg
    # posseg builds its table from dict.txt when imported: give it an empty file, then the cached table.
    jieba.dt.get_dict_file = io.BytesIO
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = marshal.loads(payload)
    return jieba.posseg
