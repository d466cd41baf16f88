"""Password hashes: scrypt with a per-user random salt, compared in constant time.

Stored as one string "scrypt$n$r$p$salt$hash" (hex), so the cost can be raised later and old
hashes still verify with the parameters they were made with.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import lru_cache

from assistant.core.errors import AssistantError

SCHEME = "scrypt"
COST = 2**14  # ~16 MB and ~50 ms per check: slow for a guesser, fine for a login
BLOCK_SIZE = 8
PARALLEL = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_CHARS = 256


class WeakPassword(AssistantError):
    """A new password that must not be set; the message says what a good one needs."""


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=0, dklen=HASH_BYTES)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, COST, BLOCK_SIZE, PARALLEL)
    return f"{SCHEME}${COST}${BLOCK_SIZE}${PARALLEL}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches `stored`; a malformed stored value matches nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        computed = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
        return hmac.compare_digest(computed, bytes.fromhex(digest))
    except (ValueError, TypeError):
        return False


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """Checked against for unknown user names, so that a login takes as long whether or not the name exists.
    Made at the first login, not at import: a one-shot `ask` should not pay a scrypt it never uses."""
    return hash_password(secrets.token_hex(8))


def check_new_password(password: str) -> str:
    """The password if it may be set, else WeakPassword with what to change."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise WeakPassword(f"密码太短：至少需要 {MIN_PASSWORD_CHARS} 个字符。")
    if len(password) > MAX_PASSWORD_CHARS:
        raise WeakPassword(f"密码太长：最多 {MAX_PASSWORD_CHARS} 个字符。")
    if password.strip() != password:
        raise WeakPassword("密码首尾不能有空格。")
    if len(set(password)) < 4:
        raise WeakPassword("密码过于简单：请混用字母、数字和符号。")
    return password
