"""Password hashes: salted scrypt, verified in constant time, weak new passwords refused in Chinese."""

from __future__ import annotations

import pytest

from assistant.accounts.passwords import WeakPassword, check_new_password, hash_password, verify_password


def test_a_hash_verifies_its_password_only():
    stored = hash_password("正确的密码abc")
    assert stored.startswith("scrypt$")
    assert verify_password("正确的密码abc", stored)
    assert not verify_password("正确的密码abd", stored)
    assert not verify_password("", stored)


def test_the_same_password_gets_a_different_salt_each_time():
    first, second = hash_password("same-password"), hash_password("same-password")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]  # the salt
    assert verify_password("same-password", first) and verify_password("same-password", second)


@pytest.mark.parametrize("stored", ["", "plain-text", "md5$abc$def", "scrypt$x$8$1$zz$zz", "scrypt$16384$8$1$00"])
def test_a_malformed_stored_value_matches_nothing(stored):
    assert not verify_password("anything", stored)


@pytest.mark.parametrize(
    ("password", "says"),
    [("short", "太短"), ("aaaaaaaaaa", "过于简单"), (" padded-pass ", "空格"), ("x" * 300, "太长")],
)
def test_weak_passwords_are_refused_with_the_reason(password, says):
    with pytest.raises(WeakPassword, match=says):
        check_new_password(password)


def test_a_good_password_is_accepted():
    assert check_new_password("dangjian-2024") == "dangjian-2024"
