"""Fixtures for the web UI tests: headless Chromium (Debian's chromium) driven by Playwright.

The app itself is started per test module by `ui_support.start_app` (one process per module).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_support import ANSWER_TIMEOUT, CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """A fresh browser context (its own cookies and gradio session) per call; records off-host requests."""
    contexts = []

    def _new(**kwargs):
        options = {
            "viewport": {"width": 1280, "height": 1000},
            "locale": "zh-CN",
            "permissions": ["clipboard-read", "clipboard-write"],
        }
        context = browser.new_context(**{**options, **kwargs})  # a test may ask for another locale or size
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(ANSWER_TIMEOUT)
        page.external_requests = []  # type: ignore[attr-defined]
        page.on(
            "request",
            lambda r: (
                page.external_requests.append(r.url)  # type: ignore[attr-defined]
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
                else None
            ),
        )
        return page

    yield _new
    for context in contexts:
        context.close()
