"""One settings object, read from the environment and an optional TOML file.

Every default works offline. Environment variables win over the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from assistant.core.errors import AssistantError

ENV_PREFIX = "ASSISTANT_"
DEFAULT_CONFIG_FILE = "assistant.toml"


class ConfigError(AssistantError):
    """A setting has a value we cannot use; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class Settings:
    index_dir: Path = Path("index")
    corpus_dir: Path = Path("corpus")
    embeddings: str = "use"  # "use" | "st:<name-or-path>"
    reranker: str = ""  # "" | "<cross-encoder name-or-path>"
    llm: str = ""  # "" | "openai:<model>" | "ollama:<model>"
    llm_base_url: str = ""  # "" = OPENAI_BASE_URL / OLLAMA_HOST / the provider's loopback default
    llm_timeout: int = 30  # seconds to wait for the LLM server (to connect: at most 5)
    llm_retry_after: int = 60  # seconds a server that failed is skipped before it is tried again
    chroma_url: str = ""  # "" = embedded persistent client in index_dir
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str = ""  # users file path, or "user:pass,user2:pass2"
    api_keys: str = ""  # keys of the OpenAI-compatible API: a file (one per line) or "key1,key2"
    max_upload_mb: int = 20
    # Per-file limits of indexing (0 = no limit): a .docx's uncompressed size, a PDF's pages, parse time and memory.
    max_expanded_mb: int = 100
    max_pages: int = 1000
    max_parse_seconds: int = 600
    max_parse_memory_mb: int = 2048
    session_hours: int = 12  # a web login lasts this long, then the login form shows again

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, object] = {}
        config_file = Path(environ.get(ENV_PREFIX + "CONFIG", DEFAULT_CONFIG_FILE))
        if config_file.is_file():
            try:
                values.update(tomllib.loads(config_file.read_text(encoding="utf-8")))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"配置文件 {config_file} 格式有误：{exc}。请修正或删除该文件。") from exc
        for f in fields(cls):
            key = ENV_PREFIX + f.name.upper()
            if key in environ:
                values[f.name] = environ[key]
        return cls().with_values(values)

    def with_values(self, values: dict[str, object]) -> Settings:
        known = {f.name: f for f in fields(self)}
        converted: dict[str, object] = {}
        for name, raw in values.items():
            if name not in known:
                raise ConfigError(f"未知配置项：{name}。可用配置项：{', '.join(known)}。")
            if raw is None:
                continue
            default = getattr(Settings, name)
            try:
                if isinstance(default, Path):
                    converted[name] = Path(str(raw)).expanduser()
                elif isinstance(default, int):
                    converted[name] = int(raw)
                else:
                    converted[name] = str(raw).strip()
            except ValueError:
                raise ConfigError(f"配置项 {name} 的值“{raw}”不是有效的数字。") from None
        return replace(self, **converted)
