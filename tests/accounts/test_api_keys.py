"""API keys of users: made by the CLI, shown once, stored hashed, found by the server, removable."""

from __future__ import annotations

import pytest

from assistant.accounts.api_keys import key_hash
from assistant.accounts.store import AccountError, AccountStore
from assistant.web.api import ApiError, Caller, api_access, check_key

ADMIN_KEY = "sk-bootstrap-admin-01"


def test_a_key_is_printed_once_and_stored_only_as_a_hash(run, tmp_path):
    run("users", "add", "李四", "--password-stdin", stdin="lisi-password\n")
    code, out, err = run("users", "key", "add", "李四", "--label", "办公系统")
    key = out.strip()
    assert code == 0 and key.startswith("dj-") and len(key) > 40
    assert "只显示这一次" in err and "李四" in err
    store = AccountStore.in_index(tmp_path / "index")
    raw = b"".join(p.read_bytes() for p in (tmp_path / "index").glob("accounts.sqlite3*"))
    assert key.encode() not in raw and key_hash(key) == store.db.execute("SELECT hash FROM api_keys").fetchone()[0]
    assert store.api_key_user(key) == "李四" and store.api_key_user(key + "x") is None
    (listed,) = store.api_keys()
    assert listed.user == "李四" and listed.label == "办公系统" and listed.last_used is not None
    code, out, _ = run("users", "key", "list")
    assert listed.id in out and key not in out and "办公系统" in out

    assert run("users", "key", "remove", listed.id)[0] == 0
    assert store.api_key_user(key) is None
    actions = [e.action for e in store.audit_log()]
    assert actions[:2] == ["api_key_remove", "api_key_add"]


def test_keys_go_with_their_user_and_unknown_ones_are_named(tmp_path):
    store = AccountStore(tmp_path / "accounts.sqlite3")
    with pytest.raises(AccountError, match="没有用户"):
        store.add_api_key("nobody")
    store.add_user("王五", "wangwu-password")
    _, key = store.add_api_key("王五")
    store.remove_user("王五")
    assert store.api_key_user(key) is None and not store.has_api_keys()
    with pytest.raises(AccountError, match="没有编号为 abc 的接口密钥"):
        store.remove_api_key("abc")


def test_who_a_key_speaks_for():
    users = {"dj-user-key-0001": "李四"}.get
    assert check_key("keys", (ADMIN_KEY,), f"Bearer {ADMIN_KEY}", users) == Caller(None)  # every knowledge base
    assert check_key("keys", (), "Bearer dj-user-key-0001", users) == Caller("李四")
    assert check_key("open", (), None, users) == Caller(None)
    with pytest.raises(ApiError) as refused:
        check_key("keys", (ADMIN_KEY,), "Bearer dj-someone-else", users)
    assert refused.value.status == 401


def test_a_users_key_turns_the_api_on_behind_a_login():
    assert api_access((), "0.0.0.0", web_login=True) == "off"
    assert api_access((), "0.0.0.0", web_login=True, user_keys=True) == "keys"
    assert api_access((), "127.0.0.1", web_login=False, user_keys=True) == "keys"
