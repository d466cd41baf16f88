"""Backoff after failed logins, per account and per client address.

Each key (an account name, an address) may fail a few times freely; after that every further
attempt waits twice as long as the one before (2 s, 4 s, 8 s … up to 15 minutes), counted from
its last failure. Failures older than the window are forgotten, and a successful login clears
its account's count (not its address's: one valid account must not reset a guesser's address).
Attempts during a wait are refused without checking the password, so guessing stays slow.
With a `store` (the accounts database) the failures are also written there and read back when
the server starts, so that restarting the server does not give a guesser a fresh start; times
are therefore wall-clock times.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.accounts.store import AccountStore


@dataclass(frozen=True)
class Backoff:
    free: int  # failures allowed before any wait
    base_seconds: float
    max_seconds: float
    window_seconds: float = 3600.0


ACCOUNT_BACKOFF = Backoff(free=3, base_seconds=2.0, max_seconds=900.0)
MAX_KEYS = 10_000  # remembered accounts and addresses before old ones are swept
# Looser per address: an office behind one NAT address shares it.
ADDRESS_BACKOFF = Backoff(free=10, base_seconds=2.0, max_seconds=900.0)


@dataclass
class _Failures:
    times: list[float] = field(default_factory=list)


class LoginLimiter:
    def __init__(
        self,
        account: Backoff = ACCOUNT_BACKOFF,
        address: Backoff = ADDRESS_BACKOFF,
        clock: Callable[[], float] = time.time,
        store: AccountStore | None = None,
    ):
        self.rules = {"account": account, "address": address}
        self.clock = clock
        self.store = store
        self._failures: dict[tuple[str, str], _Failures] = {}
        self._lock = threading.Lock()
        if store is not None:
            self._load(store)

    def _load(self, store: AccountStore) -> None:
        window = max(rule.window_seconds for rule in self.rules.values())
        for kind, key, at in store.login_failures(since=self.clock() - window):
            if kind in self.rules:
                self._failures.setdefault((kind, key), _Failures()).times.append(at)

    def _keys(self, user: str, address: str) -> list[tuple[str, str]]:
        return [("account", (user or "").strip().lower()), ("address", address or "")]

    def _wait(self, key: tuple[str, str], now: float) -> float:
        rule = self.rules[key[0]]
        failures = self._failures.get(key)
        if failures is None:
            return 0.0
        failures.times = [t for t in failures.times if now - t < rule.window_seconds]
        over = len(failures.times) - rule.free
        if over < 0 or not failures.times:
            return 0.0
        delay = min(rule.max_seconds, rule.base_seconds * 2**over)
        return max(0.0, failures.times[-1] + delay - now)

    def wait_seconds(self, user: str, address: str) -> float:
        """Seconds before `user` may try again from `address` (0: now)."""
        now = self.clock()
        with self._lock:
            return max(self._wait(key, now) for key in self._keys(user, address))

    def failed(self, user: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= MAX_KEYS:  # many made-up names: forget the ones no longer counted
                self._forget_old(now)
            for key in self._keys(user, address):
                self._failures.setdefault(key, _Failures()).times.append(now)
                if self.store is not None:
                    self.store.add_login_failure(*key, now)

    def _forget_old(self, now: float) -> None:
        for key in list(self._failures):
            if all(now - t >= self.rules[key[0]].window_seconds for t in self._failures[key].times):
                del self._failures[key]
        if self.store is not None:
            self.store.forget_login_failures(before=now - max(rule.window_seconds for rule in self.rules.values()))

    def succeeded(self, user: str, address: str) -> None:
        account = self._keys(user, address)[0]
        with self._lock:
            self._failures.pop(account, None)
            if self.store is not None:
                self.store.clear_login_failures(*account)
