"""With login, each user sees only their own conversation history, even when handed another's id."""

from __future__ import annotations

import pytest
from ui_support import BOT, ask, open_app, start_app

from tests.support import start_ui

pytestmark = pytest.mark.slow

USERS = {"alice": "pass-a", "bob": "pass-b"}
SECRET_QUESTION = "上半年召开党委会几次？"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-history-users")
    users = root / "users.txt"
    users.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()), encoding="utf-8")
    running = start_app(root, ASSISTANT_AUTH=str(users))
    yield running
    running.stop()


def log_in(page, url: str, user: str) -> None:
    page.goto(url)
    page.locator("input[type=text]").first.fill(user)
    page.locator("input[type=password]").fill(USERS[user])
    page.locator("input[type=password]").press("Enter")
    page.locator("#kb-question textarea").wait_for()


def test_a_user_never_sees_another_users_conversations(app, new_page):
    alice = new_page()
    log_in(alice, app.url, "alice")
    ask(alice, SECRET_QUESTION)
    alice.locator("#kb-history label").filter(has_text=SECRET_QUESTION).wait_for()
    alice.wait_for_function("(localStorage.getItem('kb-conversation') || '').length > 8")
    remembered = alice.evaluate("localStorage.getItem('kb-conversation')")

    bob = new_page()
    log_in(bob, app.url, "bob")
    bob.locator("#kb-history-empty").get_by_text("还没有对话记录").wait_for()
    assert bob.locator("#kb-history label").count() == 0
    # Bob's browser is handed alice's remembered conversation: the server still refuses it.
    bob.evaluate("value => localStorage.setItem('kb-conversation', value)", remembered)
    bob.reload()
    bob.locator("#kb-question textarea").wait_for()
    bob.wait_for_timeout(1500)  # the page has loaded what it would restore
    assert bob.locator(BOT).count() == 0
    assert SECRET_QUESTION not in bob.locator("body").inner_text()

    alice.reload()  # alice's own browser still reopens it
    alice.locator(BOT).first.locator(".kb-sources").wait_for()
    assert SECRET_QUESTION in alice.locator("#kb-chat").inner_text()


def test_the_open_conversation_comes_back_after_a_server_restart(tmp_path, new_page):
    first = start_app(tmp_path)
    try:
        page = new_page()
        open_app(page, first.url)
        ask(page, SECRET_QUESTION)
        page.wait_for_function("(localStorage.getItem('kb-conversation') || '').length > 8")
    finally:
        first.stop()
    port = int(first.url.rstrip("/").rsplit(":", 1)[1])  # the same origin: the browser keeps what it remembered
    again = start_ui(first.corpus, first.index, tmp_path / "ui-again.log", port=port)
    try:
        page.reload()
        page.locator(BOT).first.locator(".kb-sources").wait_for()
        assert SECRET_QUESTION in page.locator("#kb-chat").inner_text()
    finally:
        again.stop()
