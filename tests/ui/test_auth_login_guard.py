"""The login middleware in front of gradio's login: backoff, foreign origins, audit, session expiry.

A stand-in for gradio's two routes (POST /login setting gradio's cookies and `app.tokens`, and a
page that needs the token), so that the middleware's rules are checked in milliseconds; the
real gradio login is exercised by tests/ui/test_permissions_client.py.
"""

from __future__ import annotations

import secrets
import time
import urllib.parse

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from assistant.accounts.guard import Guard
from assistant.accounts.limiter import LoginLimiter
from assistant.accounts.store import AccountStore
from assistant.web.auth import login_middleware
from assistant.web.login_guard import LoginGuard, foreign_origin

COOKIE = "access-token-test"
PASSWORD = "bob-password-1"


def gradio_like_app(guard: Guard, store: AccountStore, limiter: LoginLimiter, hours: float = 12) -> Starlette:
    async def login(request: Request):  # gradio's page posts multipart, scripts url-encoded
        form = await request.form()
        user, password = form["username"], form["password"]
        if not guard.authenticate(user, password):
            return JSONResponse({"detail": "Incorrect credentials."}, status_code=400)
        token = secrets.token_urlsafe(8)
        request.app.tokens[token] = user
        response = JSONResponse({"success": True})
        response.set_cookie(COOKIE, token)
        response.set_cookie("access-token-unsecure-test", token)
        return response

    async def page(request: Request):
        return JSONResponse({"user": request.app.tokens.get(request.cookies.get(COOKIE))})

    middleware = [Middleware(LoginGuard, guard=guard, store=store, limiter=limiter, session_hours=hours)]
    app = Starlette(routes=[Route("/login", login, methods=["POST"]), Route("/", page)], middleware=middleware)
    app.tokens = {}
    return app


@pytest.fixture
def store(tmp_path):
    store = AccountStore.in_index(tmp_path / "index")
    store.add_user("bob", PASSWORD)
    return store


def client(store, hours: float = 12) -> TestClient:
    return TestClient(gradio_like_app(Guard(store), store, LoginLimiter(), hours), base_url="http://127.0.0.1:7860")


def login(http: TestClient, password: str, user: str = "bob", **headers: str):
    return http.post(
        "/login",
        content=urllib.parse.urlencode({"username": user, "password": password}),
        headers={"content-type": "application/x-www-form-urlencoded", **headers},
    )


def test_failed_logins_back_off_then_refuse_without_checking_the_password(store):
    http = client(store)
    assert [login(http, f"wrong-{n}").status_code for n in range(3)] == [400, 400, 400]
    blocked = login(http, PASSWORD)  # even the right password waits
    assert blocked.status_code == 429
    assert "登录失败次数过多" in blocked.json()["detail"]
    assert http.get("/").json()["user"] is None
    actions = [(e.action, e.ok) for e in store.audit_log()]
    assert actions == [("login_blocked", False), *[("login", False)] * 3]


def test_a_flood_of_refused_logins_is_audited_once_a_minute(store):
    http = client(store)
    for n in range(3):
        login(http, f"wrong-{n}")
    for _ in range(20):
        assert login(http, "wrong-again").status_code == 429
    for _ in range(5):
        assert login(http, PASSWORD, origin="http://evil.example").status_code == 403
    actions = [e.action for e in store.audit_log()]
    assert actions.count("login_blocked") == 1 and actions.count("login_foreign_origin") == 1


def test_a_good_login_is_audited_with_the_address_and_clears_the_account(store):
    http = client(store)
    login(http, "wrong-1")
    assert login(http, PASSWORD).status_code == 200
    assert http.get("/").json()["user"] == "bob"
    entry = store.audit_log()[0]
    assert (entry.user, entry.action, entry.ok, entry.address) == ("bob", "login", True, "testclient")


@pytest.mark.parametrize(
    "headers",
    [{"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"}],
)
def test_a_login_from_another_site_is_refused(store, headers):
    http = client(store)
    response = login(http, PASSWORD, **headers)
    assert response.status_code == 403 and "其他网站" in response.json()["detail"]
    assert http.get("/").json()["user"] is None
    assert store.audit_log()[0].action == "login_foreign_origin"


def test_a_login_from_the_page_itself_is_accepted(store):
    http = client(store)
    assert login(http, PASSWORD, origin="http://127.0.0.1:7860", **{"sec-fetch-site": "same-origin"}).status_code == 200


def test_a_multipart_login_form_is_read_like_the_url_encoded_one(store):
    http = client(store)
    for n in range(4):
        http.post("/login", files={"username": (None, "bob"), "password": (None, f"wrong-{n}")})
    assert [e.user for e in store.audit_log()][:2] == ["bob", "bob"]
    assert store.audit_log()[0].action == "login_blocked"
    http = client(store)
    assert http.post("/login", files={"username": (None, "bob"), "password": (None, PASSWORD)}).status_code == 200
    assert http.get("/").json()["user"] == "bob"


def test_foreign_origin_rules():
    assert not foreign_origin({"host": "a:1"})  # no Origin: not a browser form
    assert not foreign_origin({"host": "a:1", "origin": "http://A:1"})
    assert foreign_origin({"host": "a:1", "origin": "http://a:2"})


def test_a_session_expires_after_the_configured_hours(store, monkeypatch):
    http = client(store, hours=1)
    login(http, PASSWORD)
    assert http.get("/").json()["user"] == "bob"
    later = time.time() + 3601
    monkeypatch.setattr(time, "time", lambda: later)
    assert http.get("/").json()["user"] is None  # gradio's token is gone: the login form shows again
    assert store.audit_log()[0].action == "session_expired"


def test_a_password_change_or_removal_ends_open_sessions(store):
    http = client(store)
    login(http, PASSWORD)
    store.set_password("bob", "bob-password-2")
    assert http.get("/").json()["user"] is None
    assert login(http, "bob-password-2").status_code == 200
    assert http.get("/").json()["user"] == "bob"
    store.remove_user("bob")
    assert http.get("/").json()["user"] is None


def test_the_apps_backoff_is_kept_in_the_accounts_database(store):
    """What `login_middleware` installs persists failures (the restart itself: tests/accounts/test_login_backoff)."""
    limiter = login_middleware(Guard(store), 12).kwargs["limiter"]
    with TestClient(gradio_like_app(Guard(store), store, limiter), base_url="http://127.0.0.1:7860") as http:
        assert login(http, "wrong-password").status_code == 400
    assert {(kind, key) for kind, key, _ in store.login_failures(since=0)} == {
        ("account", "bob"),
        ("address", "testclient"),
    }
