"""The running app (ui.py) with accounts: users without a grant get nothing, through gradio_client,
raw queue calls of the page's hidden endpoints and the file routes; browser screenshots at 1366 px
and 390 px of choosing a knowledge base, the admin tab, and a reader refused an editor action.

One app process for the module; the index is built with the CLI and the real embedder.
"""

from __future__ import annotations

import http.cookiejar
import json
import sqlite3
import urllib.parse
import urllib.request
import uuid

import pytest
from ui_support import REPORT, REPORT_NAME, REPORT_TITLE, ask, copy_screenshot, open_tab, table_text

from assistant.accounts.knowledge_bases import DEFAULT_KB
from assistant.accounts.store import AccountStore
from tests.support import http_request, index_corpus, start_ui

pytestmark = pytest.mark.slow

BRANCH = "第一支部"
SECRET_TITLE = "第一支部2023年上半年工作总结"
SECRET = f"""{SECRET_TITLE}
一、组织建设
上半年第一支部发展预备党员3名，开展青松计划结对帮扶17次。
二、下一步打算
继续推进青松计划，做好发展党员工作。
"""
SECRET_WORDS = ("青松", "17次", SECRET_TITLE, "预备党员3名")
QUESTION = "第一支部青松计划结对帮扶几次？"
PASSWORD = "password-123"
WIDTHS = {"1366": {"width": 1366, "height": 900}, "390": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("permissions-app")
    corpus, index = root / "corpus", root / "index"
    (corpus / BRANCH).mkdir(parents=True)
    (corpus / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    (corpus / BRANCH / f"{SECRET_TITLE}.txt").write_text(SECRET, encoding="utf-8")
    index_corpus(index, corpus)
    store = AccountStore.in_index(index)
    store.add_kb(BRANCH, "第一支部的总结、计划和会议记录")
    store.add_kb("党内法规", "全体党员共用")
    for name, admin in (("boss", True), ("reader", False), ("outsider", False)):
        store.add_user(name, PASSWORD, admin)
    store.grant("reader", DEFAULT_KB, "reader")
    store.grant("reader", BRANCH, "reader")
    store.grant("outsider", DEFAULT_KB, "reader")
    store.close()
    running = start_ui(corpus, index, root / "ui.log")
    yield running
    running.stop()


def secret_doc_id(app) -> str:
    with sqlite3.connect(app.index / "manifest.sqlite3") as db:
        return db.execute("SELECT doc_id FROM docs WHERE title=?", (SECRET_TITLE,)).fetchone()[0]


def leaked(text: str) -> list[str]:
    return [w for w in SECRET_WORDS if w in text.replace(QUESTION, "")]


class RawSession:
    """What a user can send without the page: login, then any event of the page by its index."""

    def __init__(self, url: str, user: str):
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        form = urllib.parse.urlencode({"username": user, "password": PASSWORD}).encode()
        status, _ = http_request(
            url + "login", form, opener=self.opener, content_type="application/x-www-form-urlencoded"
        )
        assert status == 200
        _, config = http_request(url + "config", opener=self.opener, limit=5_000_000)
        self.events = {d["api_name"]: i for i, d in enumerate(json.loads(config)["dependencies"])}

    def call(self, name: str, data: list) -> str:
        session = uuid.uuid4().hex[:12]
        body = {"data": data, "fn_index": self.events[name], "session_hash": session, "event_data": None}
        status, _ = http_request(self.url + "gradio_api/queue/join", json.dumps(body).encode(), opener=self.opener)
        assert status == 200
        _, stream = http_request(self.url + f"gradio_api/queue/data?session_hash={session}", opener=self.opener)
        assert "process_completed" in stream, stream[-500:]
        return stream


def test_a_user_without_the_grant_gets_nothing(app):
    from gradio_client import Client

    outsider = Client(app.url, auth=("outsider", PASSWORD), verbose=False)
    for kbs in ([], [BRANCH], [BRANCH, DEFAULT_KB]):
        display, _box, last = outsider.predict(QUESTION, [], "自动", kbs, api_name="/ask")
        assert not leaked(json.dumps(display, ensure_ascii=False) + last), kbs

    raw = RawSession(app.url, "outsider")
    doc_id = secret_doc_id(app)
    for name, data in (
        ("documents_view", [""]),
        ("status_view", []),
        ("kb_choices", []),
        ("show", []),
        ("ask_delete", [doc_id]),
        ("confirm_delete", [doc_id, True, ""]),
        ("reindex", [BRANCH]),
    ):
        stream = raw.call(name, data)
        assert not leaked(stream), (name, stream)
        assert BRANCH not in stream.replace(f"知识库“{BRANCH}”重新索引", ""), (name, stream)
    assert (app.corpus / BRANCH / f"{SECRET_TITLE}.txt").is_file()  # the delete did nothing
    assert "没有在知识库“第一支部”重新索引的权限" in raw.call("reindex", [BRANCH])
    assert "只有管理员" in raw.call("add_user", ["mallory", "mallory-pass-1", True])

    secret_file = app.corpus / BRANCH / f"{SECRET_TITLE}.txt"
    for route in ("gradio_api/file=", "gradio_api/file/"):
        status, body = http_request(app.url + route + urllib.parse.quote(str(secret_file)), opener=raw.opener)
        assert status in (403, 404), (route, status)
        assert not leaked(body.replace(str(secret_file), "")), body  # only the path asked for is echoed


def test_a_reader_of_the_branch_gets_its_answers(app):
    from gradio_client import Client

    reader = Client(app.url, auth=("reader", PASSWORD), verbose=False)
    display, _box, last = reader.predict(QUESTION, [], "自动", [BRANCH], api_name="/ask")
    assert "17次" in last and SECRET_TITLE in json.dumps(display, ensure_ascii=False)
    _, _, last = reader.predict(QUESTION, [], "自动", [DEFAULT_KB], api_name="/ask")
    assert "17次" not in last  # the chooser narrows the search


# ---------------------------------------------------------------- browser
def login(new_page, app, user: str, width: str):
    page = new_page()
    page.set_viewport_size(WIDTHS[width])
    page.goto(app.url)
    page.locator("input[type=password]").wait_for()
    page.locator("input[type=text]").first.fill(user)
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("input[type=password]").press("Enter")
    page.locator("#kb-question textarea").wait_for()
    return page


def shoot(page, tmp_path, name: str) -> None:
    shot = tmp_path / name
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    copy_screenshot(shot, name)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_choosing_a_knowledge_base(app, new_page, tmp_path, width):
    page = login(new_page, app, "reader", width)
    chooser = page.locator("#kb-choose-kbs")
    chooser.get_by_text(BRANCH).first.wait_for()
    assert chooser.get_by_text(DEFAULT_KB).count() >= 1
    chooser.locator(".token").filter(has_text=DEFAULT_KB).locator(".token-remove").click()
    message = ask(page, QUESTION)
    assert "17次" in message.inner_text() and SECRET_TITLE in message.inner_text()
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, tmp_path, f"screenshot-kb-choose-{width}.png")
    assert page.external_requests == []


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_admin_tab(app, new_page, tmp_path, width):
    page = login(new_page, app, "boss", width)
    open_tab(page, "管理")
    assert "outsider" in table_text(page, "kb-admin-users", "outsider")
    assert BRANCH in table_text(page, "kb-admin-kbs", BRANCH)
    assert "reader" in table_text(page, "kb-admin-grants", "reader")
    assert "登录" in table_text(page, "kb-admin-audit", "登录")
    shoot(page, tmp_path, f"screenshot-admin-{width}.png")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_reader_is_refused_an_editor_action(app, new_page, tmp_path, width):
    page = login(new_page, app, "outsider", width)
    assert page.get_by_role("tab", name="管理").count() == 0
    open_tab(page, "知识库")
    page.get_by_text("您只有查看权限").first.wait_for()
    assert SECRET_TITLE not in table_text(page, "kb-docs", REPORT_TITLE)
    page.locator("#kb-reindex").click()
    page.locator("#kb-result-msg").get_by_text("没有在知识库").wait_for()
    page.locator("#kb-result-msg").scroll_into_view_if_needed()
    shoot(page, tmp_path, f"screenshot-reader-refused-{width}.png")
