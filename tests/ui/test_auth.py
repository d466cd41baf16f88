"""With ASSISTANT_AUTH set, nothing answers before login: pages, config, API, queue, uploads, files.

After login: no file outside the app, and no script from a question or a document runs in the page.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from ui_support import REPORT_NAME, ask, start_app

from tests.support import REPO, http_request

pytestmark = pytest.mark.slow

USER, PASSWORD = "dangjian", "s3cret:with-colon"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-auth")
    users = root / "users.txt"
    users.write_text(f"# 账号文件\n{USER}:{PASSWORD}\nreader:another\n", encoding="utf-8")
    running = start_app(root, ASSISTANT_AUTH=str(users))
    yield running
    running.stop()


def logged_in_opener(url: str) -> urllib.request.OpenerDirector:
    """An HTTP client with the session cookie of a successful login."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()
    status, _ = http_request(url + "login", form, opener=opener, content_type="application/x-www-form-urlencoded")
    assert status == 200
    return opener


def test_anonymous_requests_are_refused(app):
    status, page = http_request(app.url)
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
        status, body = http_request(app.url + path)
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
        status, answer = http_request(app.url + path, body)
        assert status == 401, (path, status, answer[:200])
        assert "讲党课" not in answer
    status, _ = http_request(app.url + "gradio_api/queue/data?session_hash=x1")
    assert status == 401


def test_login_with_http(app):
    form = urllib.parse.urlencode({"username": USER, "password": "wrong"}).encode()
    status, _ = http_request(app.url + "login", form, content_type="application/x-www-form-urlencoded")
    assert status == 400

    opener = logged_in_opener(app.url)
    status, config = http_request(app.url + "config", opener=opener)
    assert status == 200 and "kb-chat" in config


def test_login_in_browser(app, new_page):
    page = new_page()
    page.goto(app.url)
    page.locator("input[type=password]").wait_for()
    assert page.locator("#kb-chat").count() == 0
    page.locator("input[type=text]").first.fill(USER)
    page.locator("input[type=password]").fill("wrong")
    page.locator("input[type=password]").press("Enter")
    page.get_by_text("用户名或密码不正确").wait_for(timeout=10_000)  # gradio's 凭据不正确, reworded by page_head
    assert page.locator("#kb-chat").count() == 0

    page.locator("input[type=text]").first.fill(USER)  # the form is cleared after a failed attempt
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("input[type=password]").press("Enter")
    page.locator("#kb-question textarea").wait_for()
    message = ask(page, "上半年讲党课几次？")
    assert "〔1〕" in message.inner_text()
    assert page.external_requests == []


# ---------------------------------------------------------------- every route, files, scripts
PUBLIC_ASSETS = ("/static/", "/assets/", "/svelte/", "/favicon.ico", "/theme.css", "/gradio_api/theme.css",
                 "/robots.txt", "/pwa_icon", "/manifest.json")  # fmt: skip


def app_routes() -> list[tuple[str, str]]:
    """(method, path) of every route gradio serves, read from gradio itself (not a hand-made list)."""
    import gradio as gr  # here: the other tests of this module do not need it in the test process

    app = gr.routes.App.create_app(gr.Blocks())
    found = []
    for route in app.routes:
        if hasattr(route, "path"):
            found += [(m, route.path) for m in getattr(route, "methods", None) or ()]
        else:  # an included router (the /gradio_api routes)
            prefix = route.include_context.prefix or ""
            found += [(m, prefix + r.path) for r in route.original_router.routes for m in r.methods or ()]
    return sorted({(m, p) for m, p in found if m in ("GET", "POST")})


def fill(path: str, secret_file: Path) -> str:
    path = path.replace("{path_or_url:path}", urllib.parse.quote(str(secret_file)))
    return re.sub(r"\{[^}]+\}", "x1", path)


def test_every_route_refuses_anonymous_requests(app):
    """Beyond the list above: every route gradio has, by method, without a session."""
    secret = app.corpus / REPORT_NAME
    base = app.url.rstrip("/")
    served = []
    for method, path in app_routes():
        data = b"{}" if method == "POST" else None
        status, body = http_request(base + fill(path, secret), data, method=method, timeout=3)
        leaked = any(word in body for word in ("讲党课", "kb-chat", "工作情况报告", str(app.index)))
        assert not leaked, (method, path, status, body[:300])
        if status == 200 and not path.startswith(PUBLIC_ASSETS) and path not in ("/", "/login", "/login/"):
            served.append((method, path, body))
    # What answers 200 without login carries no data: pages are the login page, the rest are
    # gradio's own data-free probes (ids, "not logged in", keep-alive stream, its route schema).
    probes = ("app_id", "heartbeat", "startup-events", "token", "user", "queue/status", "login_check", "openapi.json")
    for method, path, body in served:
        assert '"auth_required":true' in body or any(p in path for p in probes), (method, path, body[:300])


def test_logged_in_user_gets_no_file_outside_the_app(app):
    opener = logged_in_opener(app.url)
    for target in (
        "/etc/passwd",
        str(app.index / "manifest.sqlite3"),
        str(REPO / "ui.py"),
        str(app.corpus / ".." / "users.txt"),
        "../../../../etc/passwd",
    ):
        for route in ("gradio_api/file=", "gradio_api/file/"):
            status, body = http_request(app.url + route + urllib.parse.quote(target), opener=opener)
            assert status in (403, 404), (route, target, status)
            assert "root:" not in body and "SQLite" not in body


def test_script_in_questions_and_documents_never_runs_in_the_page(app, new_page, tmp_path):
    page = new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app.url)
    page.locator("input[type=text]").first.fill(USER)
    page.locator("input[type=password]").fill(PASSWORD)
    page.locator("input[type=password]").press("Enter")
    page.locator("#kb-question textarea").wait_for()
    for question in (
        '<img src=x onerror="window.__xss=1;alert(1)">上半年讲党课几次？',
        "<script>window.__xss=2</script>讲党课",
        '"><svg onload="window.__xss=3">',
    ):
        message = ask(page, question)
        assert message.inner_text()
    assert page.evaluate("window.__xss") is None and dialogs == []
    # gradio's sanitiser may keep an inert <img src=x> from the user's own message, but no
    # script element and no event-handler attribute may reach the page.
    active = page.evaluate(
        """() => [...document.querySelectorAll('#kb-chat *')].filter(e => e.tagName === 'SCRIPT'
             || [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML)"""
    )
    assert active == []
    page.screenshot(path=str(tmp_path / "xss.png"))
