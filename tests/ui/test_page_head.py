"""The script page_head puts at the top of gradio's HTML pages, and only there."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from assistant.web.page_head import HEAD_SCRIPT, ChinesePage, with_head_script

PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><script>window.gradio_config = {};</script></head></html>"
)


def client() -> TestClient:
    routes = [
        Route("/", lambda request: HTMLResponse(PAGE)),
        Route("/config", lambda request: JSONResponse({"page": "<head>"})),
    ]
    return TestClient(Starlette(routes=routes, middleware=[Middleware(ChinesePage)]))


def test_the_script_comes_before_gradio_reads_the_language():
    page = with_head_script(PAGE.encode()).decode()
    assert page.index("<head><script>") < page.index("window.gradio_config")
    assert "navigator, 'language'" in page and '"zh-CN"' in page


def test_a_page_without_head_is_left_alone():
    assert with_head_script(b"<p>x</p>") == b"<p>x</p>"


def test_the_middleware_rewrites_html_with_its_new_length_and_nothing_else():
    with client() as http:
        page = http.get("/")
        assert HEAD_SCRIPT in page.text
        assert int(page.headers["content-length"]) == len(page.content)
        config = http.get("/config")
        assert config.json() == {"page": "<head>"}
        assert http.head("/").status_code == 200
