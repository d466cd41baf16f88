"""Login backoff: a few free failures, then waits that double, per account and per address."""

from __future__ import annotations

from assistant.accounts.limiter import Backoff, LoginLimiter
from assistant.accounts.store import AccountStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: Clock) -> LoginLimiter:
    return LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock)


def test_free_failures_then_doubling_waits_up_to_the_cap():
    clock = Clock()
    guard = limiter(clock)
    for _ in range(2):
        guard.failed("bob", "10.0.0.1")
        assert guard.wait_seconds("bob", "10.0.0.1") == 0
    waits = []
    for _ in range(7):
        guard.failed("bob", "10.0.0.1")
        waits.append(guard.wait_seconds("bob", "10.0.0.1"))
    assert waits == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0]


def test_the_wait_runs_out():
    clock = Clock()
    guard = limiter(clock)
    for _ in range(4):
        guard.failed("bob", "10.0.0.1")
    assert guard.wait_seconds("bob", "10.0.0.1") == 4.0
    clock.now += 3
    assert guard.wait_seconds("bob", "10.0.0.1") == 1.0
    clock.now += 1
    assert guard.wait_seconds("bob", "10.0.0.1") == 0


def test_the_account_waits_from_any_address_and_names_are_case_insensitive():
    guard = limiter(Clock())
    for n in range(3):
        guard.failed("Bob", f"10.0.0.{n}")
    assert guard.wait_seconds("bob", "10.9.9.9") > 0
    assert guard.wait_seconds("alice", "10.9.9.9") == 0


def test_an_address_guessing_many_accounts_waits():
    guard = limiter(Clock())
    for n in range(10):
        guard.failed(f"user{n}", "10.0.0.66")
    assert guard.wait_seconds("someone-new", "10.0.0.66") == 2.0
    assert guard.wait_seconds("someone-new", "10.0.0.67") == 0


def test_success_clears_the_account_but_not_the_address():
    guard = limiter(Clock())
    for n in range(10):
        guard.failed("bob", "10.0.0.66") if n < 3 else guard.failed(f"user{n}", "10.0.0.66")
    guard.succeeded("bob", "10.0.0.66")
    assert guard.wait_seconds("bob", "10.0.0.1") == 0
    assert guard.wait_seconds("bob", "10.0.0.66") > 0  # the address keeps its failures


def test_old_failures_are_forgotten_after_the_window():
    clock = Clock()
    guard = limiter(clock)
    for _ in range(5):
        guard.failed("bob", "10.0.0.1")
    clock.now += 3601
    assert guard.wait_seconds("bob", "10.0.0.1") == 0
    guard.failed("bob", "10.0.0.1")
    assert guard.wait_seconds("bob", "10.0.0.1") == 0  # counting starts again


def test_made_up_names_do_not_pile_up(monkeypatch):
    monkeypatch.setattr("assistant.accounts.limiter.MAX_KEYS", 50)
    clock = Clock()
    guard = limiter(clock)
    for n in range(40):
        guard.failed(f"guess{n}", f"10.0.{n}.1")
    clock.now += 3601
    for n in range(40):
        guard.failed(f"other{n}", f"10.1.{n}.1")
    remembered = {name for _, name in guard._failures}
    assert not any(name.startswith(("guess", "10.0.")) for name in remembered)  # expired ones were swept
    assert len(remembered) == 80


def test_the_backoff_survives_a_restart(tmp_path):
    clock = Clock()
    store = AccountStore(tmp_path / "accounts.sqlite3")
    before = LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock, store)
    for _ in range(4):
        before.failed("bob", "10.0.0.1")
    assert before.wait_seconds("bob", "10.0.0.1") == 4.0
    store.close()

    clock.now += 1  # the server restarts with a fresh limiter over the same database
    reopened = AccountStore(tmp_path / "accounts.sqlite3")
    after = LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock, reopened)
    assert after.wait_seconds("bob", "10.0.0.2") == 3.0
    after.succeeded("bob", "10.0.0.1")
    assert after.wait_seconds("bob", "10.0.0.2") == 0
    restarted = LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock, reopened)
    assert restarted.wait_seconds("bob", "10.0.0.2") == 0  # the success cleared the stored count too


def test_stored_failures_older_than_the_window_are_dropped(tmp_path):
    clock = Clock()
    store = AccountStore(tmp_path / "accounts.sqlite3")
    first = LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock, store)
    for _ in range(5):
        first.failed("bob", "10.0.0.1")
    clock.now += 3601
    LoginLimiter(Backoff(3, 2.0, 60.0, 3600.0), Backoff(10, 2.0, 60.0, 3600.0), clock, store)
    assert store.login_failures(since=0) == []
