"""The guard: roles per knowledge base, global admins, the bootstrap accounts, and the documented matrix."""

from __future__ import annotations

import re

import pytest

from assistant.accounts.guard import Guard, PermissionDenied
from assistant.accounts.knowledge_bases import DEFAULT_KB
from assistant.accounts.store import AccountStore
from tests.support import REPO

MATRIX_ROWS = {"无授权": None, "读者 reader": "reader", "编辑 editor": "editor", "知识库管理员 admin": "admin"}
IN_KB = ["ask", "upload", "delete", "reindex", "grant"]


@pytest.fixture
def store(tmp_path):
    store = AccountStore.in_index(tmp_path / "index")
    for kb in ("第一支部", "第二支部"):
        store.add_kb(kb)
    return store


def documented_matrix() -> list[tuple[str, list[bool]]]:
    text = (REPO / "docs" / "RELIABILITY.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- permission-matrix -->\n(.*?)<!-- /permission-matrix -->", text, re.S).group(1)
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.strip().splitlines()[2:]]
    return [(row[0], [cell == "✓" for cell in row[1:]]) for row in rows]


def test_the_documented_matrix(store):
    rows = documented_matrix()
    assert [name for name, _ in rows] == [*MATRIX_ROWS, "全局管理员"]
    for name, cells in rows:
        user = f"u{len(store.users())}"
        store.add_user(user, "password-123", admin=name == "全局管理员")
        if MATRIX_ROWS.get(name):
            store.grant(user, "第一支部", MATRIX_ROWS[name])
        guard = Guard(store)
        actual = [guard.can(user, action, "第一支部") for action in IN_KB]
        actual += [guard.can(user, "ask", "第二支部"), guard.is_admin(user)]
        assert actual == cells, name


def test_require_names_the_knowledge_base_and_the_action(store):
    store.add_user("bob", "password-123")
    store.grant("bob", "第一支部", "reader")
    guard = Guard(store)
    guard.require("bob", "ask", "第一支部")
    with pytest.raises(PermissionDenied, match="您没有在知识库“第一支部”上传文件的权限"):
        guard.require("bob", "upload", "第一支部")
    with pytest.raises(PermissionDenied, match="管理员"):
        guard.require_admin("bob")


def test_kbs_lists_what_a_user_may_do_including_unregistered_folders(store):
    store.add_user("bob", "password-123")
    store.grant("bob", "第一支部", "editor")
    store.grant("bob", DEFAULT_KB, "reader")
    store.add_user("boss", "password-123", admin=True)
    guard = Guard(store)
    assert guard.kbs("bob", "ask") == [DEFAULT_KB, "第一支部"]
    assert guard.kbs("bob", "upload") == ["第一支部"]
    assert guard.kbs("boss", "ask", extra={"旧材料"}) == [DEFAULT_KB, "第一支部", "第二支部", "旧材料"]
    assert guard.kbs("bob", "ask", extra={"旧材料"}) == [DEFAULT_KB, "第一支部"]


def test_bootstrap_accounts_are_global_admins_with_their_own_password(store):
    guard = Guard(store, [("root", "boot:strap")])
    assert guard.login_required
    assert guard.authenticate("root", "boot:strap") and not guard.authenticate("root", "boot")
    assert guard.is_admin("root") and guard.can("root", "grant", "第二支部")
    assert guard.session_valid("root", 0.0)


def test_without_any_account_the_local_user_is_admin_and_with_accounts_nobody_is_by_default(store):
    assert not Guard(store).login_required
    assert Guard(store).is_admin(None)
    store.add_user("bob", "password-123")
    guard = Guard(store)
    assert guard.login_required
    assert not guard.is_admin(None) and not guard.can(None, "ask", DEFAULT_KB)
    assert guard.kbs("bob") == []


def test_a_session_ends_with_its_account_or_a_password_change(store):
    user = store.add_user("bob", "password-123")
    guard = Guard(store)
    assert guard.session_valid("bob", user.password_changed + 1)
    store.set_password("bob", "password-456")
    assert not guard.session_valid("bob", user.password_changed)
    store.remove_user("bob")
    assert not guard.session_valid("bob", 1e12)


def test_a_knowledge_base_admin_grants_readers_and_editors_but_not_admins(store):
    store.add_user("kbadmin", "password-123")
    store.grant("kbadmin", "第一支部", "admin")
    guard = Guard(store)
    guard.require_grant("kbadmin", "第一支部", "editor")
    with pytest.raises(PermissionDenied, match="只有全局管理员"):
        guard.require_grant("kbadmin", "第一支部", "admin")
    with pytest.raises(PermissionDenied, match="第二支部"):
        guard.require_grant("kbadmin", "第二支部", "reader")


def test_login_is_decided_when_the_guard_starts(store):
    guard = Guard(store)  # a web app started without accounts
    store.add_user("bob", "password-123")
    assert not guard.login_required and guard.is_admin(None)  # its local user is not locked out
    assert Guard(store).login_required  # the next start asks for a login
