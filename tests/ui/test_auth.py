"""With ASSISTANT_AUTH set, nothing answers before login: pages, config, API, queue, uploads, files."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from ui_support import REPORT_NAME, ask, start_app, stop_app

USER, PASSWORD = "dangjian", "s3cret:with-colon"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-auth")
    users = root / "users.txt"
    users.write_text(f"# 账号文件\n{USER}:{PASSWORD}\nreader:another\n", encoding="utf-8")
    running = start_app(root, ASSISTANT_AUTH=str(users))
    yield running
    stop_app(running)


def request(url: str, data: bytes | None = None, opener=None, content_type: str = "application/json"):
    """(status, body) of one request; HTTP errors are returned, not raised."""
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if data else {})
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def test_anonymous_requests_are_refused(app):
    status, page = request(app.url)
    assert status == 200  # the login page
    assert '"auth_required":true' in page
    assert '"components":[]' in page and '"named_endpoints":{}' in page  # no layout, no API description
    for text in ("讲党课", "kb-chat", "知识库"):
        assert text not in page

    for path in (
        "config",
        "gradio_api/info",
        "gradio_api/file=" + urllib.parse.quote(str(app.corpus / REPORT_NAME)),
        "monitoring",
    ):
        status, body = request(app.url + path)
        assert status == 401, (path, status, body[:200])
        assert "讲党课" not in body

    call = json.dumps({"data": ["上半年讲党课几次？", [], None, "自动"]}).encode()
    join = json.dumps({"data": ["上半年讲党课几次？"], "fn_index": 0, "session_hash": "x1"}).encode()
    for path, body in (
        ("gradio_api/call/ask", call),
        ("gradio_api/run/ask", call),
        ("gradio_api/queue/join", join),
        ("gradio_api/upload", b"--x--\r\n"),
    ):
        status, answer = request(app.url + path, body)
        assert status == 401, (path, status, answer[:200])
        assert "讲党课" not in answer
    status, _ = request(app.url + "gradio_api/queue/data?session_hash=x1")
    assert status == 401


def test_login_with_http(app):
    form = urllib.parse.urlencode({"username": USER, "password": "wrong"}).encode()
    status, _ = request(app.url + "login", form, content_type="application/x-www-form-urlencoded")
    assert status == 400

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()
    status, _ = request(app.url + "login", form, opener, content_type="application/x-www-form-urlencoded")
    assert status == 200
    status, config = request(app.url + "config", opener=opener)
    assert status == 200 and "kb-chat" in config


def test_login_in_browser(app, new_page):
    page = new_page()
    page.goto(app.url)
    page.locator("input[type=password]").wait_for()
    assert page.locator("#kb-chat").count() == 0
    page.locator("input[type=text]").first.fill(USER)
    page.locator("input[type=password]").fill("wrong")
    page.locator("input[type=password]").press("Enter")
    page.get_by_text("凭据不正确").or_(page.get_by_text("Incorrect")).first.wait_for(timeout=10_000)
    assert page.locator("#kb-chat").count() == 0

    page.locator("input[type=text]").first.fill(USER)  # the form is cleared after a failed attempt
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("input[type=password]").press("Enter")
    page.locator("#kb-question textarea").wait_for()
    message = ask(page, "上半年讲党课几次？")
    assert "〔1〕" in message.inner_text()
    assert page.external_requests == []
