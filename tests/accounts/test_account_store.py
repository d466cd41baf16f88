"""Users, knowledge bases, grants and the audit log in SQLite; what survives a restart and a rebuild."""

from __future__ import annotations

import pytest

from assistant.accounts.knowledge_bases import DEFAULT_KB, BadKnowledgeBaseName
from assistant.accounts.passwords import WeakPassword
from assistant.accounts.store import ACCOUNTS_FILE, AccountError, AccountStore
from assistant.index.storage import check_folder, wipe_folder


@pytest.fixture
def store(tmp_path):
    return AccountStore.in_index(tmp_path / "index")


def test_users_are_stored_with_a_salted_hash_not_the_password(store):
    store.add_user("bob", "bob-password-1")
    raw = store.path.read_bytes()
    assert b"bob-password-1" not in raw
    assert store.verify("bob", "bob-password-1")
    assert not store.verify("bob", "bob-password-2")
    assert not store.verify("nobody", "bob-password-1")
    assert [u.name for u in store.users()] == ["bob"]


def test_user_mistakes_are_chinese_errors(store):
    store.add_user("bob", "bob-password-1")
    with pytest.raises(AccountError, match="已存在"):
        store.add_user("bob", "another-pass-2")
    with pytest.raises(AccountError, match="不可用"):
        store.add_user("a:b", "another-pass-2")
    with pytest.raises(WeakPassword):
        store.add_user("carol", "123")
    with pytest.raises(AccountError, match="没有用户"):
        store.grant("nobody", DEFAULT_KB, "reader")
    with pytest.raises(AccountError, match="没有知识库"):
        store.grant("bob", "第九支部", "reader")
    with pytest.raises(AccountError, match="未知角色"):
        store.grant("bob", DEFAULT_KB, "owner")


def test_grants_per_knowledge_base_and_their_removal(store):
    store.add_user("bob", "bob-password-1")
    store.add_kb("第一支部", "支部材料")
    store.grant("bob", DEFAULT_KB, "reader")
    store.grant("bob", "第一支部", "editor")
    assert store.roles("bob") == {DEFAULT_KB: "reader", "第一支部": "editor"}
    store.grant("bob", "第一支部", "reader")  # a second grant replaces the first
    assert store.roles("bob")["第一支部"] == "reader"
    assert store.revoke("bob", "第一支部") and not store.revoke("bob", "第一支部")
    store.grant("bob", "第一支部", "editor")
    store.remove_kb("第一支部")
    assert store.roles("bob") == {DEFAULT_KB: "reader"}
    store.remove_user("bob")
    assert store.grants() == []


def test_knowledge_base_names_are_folder_names(store):
    assert list(store.kbs()) == [DEFAULT_KB]
    for bad in ("", "../etc", "a/b", ".hidden", "x" * 41, "问题?"):
        with pytest.raises(BadKnowledgeBaseName):
            store.add_kb(bad)
    with pytest.raises(AccountError, match="不能删除"):
        store.remove_kb(DEFAULT_KB)


def test_a_password_change_is_dated(store):
    user = store.add_user("bob", "bob-password-1")
    store.set_password("bob", "bob-password-2")
    assert store.user("bob").password_changed >= user.password_changed
    assert store.verify("bob", "bob-password-2") and not store.verify("bob", "bob-password-1")


def test_audit_log_newest_first_and_filtered(store):
    store.audit("bob", "login", ok=False, detail="用户名或密码错误", address="10.0.0.1")
    store.audit("bob", "login", address="10.0.0.1")
    store.audit("admin", "grant", "bob 公共 reader")
    entries = store.audit_log()
    assert [e.action for e in entries] == ["grant", "login", "login"]
    assert [e.ok for e in store.audit_log(user="bob")] == [True, False]
    assert store.audit_log(action="grant")[0].row()[3:6] == ["授权", "bob 公共 reader", "成功"]


def test_accounts_survive_a_restart_and_an_index_rebuild(tmp_path):
    index = tmp_path / "index"
    AccountStore.in_index(index).add_user("bob", "bob-password-1")
    (index / "manifest.sqlite3").write_bytes(b"")
    wipe_folder(index)  # what `assistant index --rebuild` does
    assert (index / ACCOUNTS_FILE).exists() and not (index / "manifest.sqlite3").exists()
    check_folder(index)  # a folder holding only the accounts is still fine for a new index
    assert AccountStore.in_index(index).verify("bob", "bob-password-1")


def test_an_unreadable_database_is_a_chinese_error(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    (index / ACCOUNTS_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AccountError, match="账号数据库"):
        AccountStore.in_index(index)
