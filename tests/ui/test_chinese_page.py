"""Chinese whatever the browser's language: the login page, a refused login, the footer's 设置 panel.

An en-US browser at desktop and phone width, on an app with a login; and the size of the page
config, which carries the Chinese table once (for zh-CN), not once per language gradio knows.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import urllib.parse
import urllib.request

import pytest
from ui_support import copy_screenshot, start_app

from tests.support import http_request

pytestmark = pytest.mark.slow

USER, PASSWORD = "zhangsan", "zhang-pass-2024"
WIDTHS = [1366, 390]
ENGLISH = re.compile(
    r"\b(Login|Username|Password|Incorrect|Settings|Light|Dark|System|Language|Record|history)\b", re.I
)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-chinese")
    running = start_app(root, ASSISTANT_AUTH=f"{USER}:{PASSWORD}")
    yield running
    running.stop()


def shoot(page, tmp_path, name: str) -> None:
    shot = tmp_path / name
    page.screenshot(path=str(shot))
    copy_screenshot(shot, name)


def log_in(page, user: str, password: str) -> None:
    page.locator("input[type=password]").wait_for()
    page.locator("input").first.fill(user)
    page.locator("input[type=password]").fill(password)
    page.get_by_role("button", name="登录").click()


@pytest.mark.parametrize("width", WIDTHS)
def test_login_page_and_settings_are_chinese_in_an_english_browser(app, new_page, tmp_path, width):
    page = new_page(locale="en-US", viewport={"width": width, "height": 900})
    page.goto(app.url)
    page.get_by_role("button", name="登录").wait_for()
    assert page.evaluate("navigator.language") == "zh-CN"  # pinned before gradio read it
    login_text = page.locator("body").inner_text()
    assert "用户名" in login_text and "密码" in login_text
    assert not ENGLISH.search(login_text), login_text

    log_in(page, USER, "wrong-password")
    page.get_by_text("用户名或密码不正确").wait_for()
    shoot(page, tmp_path, f"screenshot-login-en-browser-{width}.png")

    log_in(page, USER, PASSWORD)
    page.locator("#kb-question textarea").wait_for()
    page.locator("footer").get_by_role("button", name="设置").click()
    page.get_by_text("显示主题").wait_for()
    panel = page.locator(".banner-wrap:visible")
    shown = "\n".join(panel.all_inner_texts())
    assert "浅色" in shown and "深色" in shown and "跟随系统" in shown
    assert not ENGLISH.search(shown), shown
    assert page.locator(".record-button:visible, .history-section:visible").count() == 0
    shoot(page, tmp_path, f"screenshot-settings-en-browser-{width}.png")


def test_a_login_refused_by_the_backoff_says_why(app, new_page):
    page = new_page(locale="en-US")
    page.goto(app.url)
    for _ in range(4):  # three free failures, then the account waits
        log_in(page, "wanger", "not-the-password")
        page.wait_for_timeout(300)
    notice = page.locator("#kb-login-notice")
    notice.wait_for()
    assert "登录失败次数过多" in notice.inner_text()


def test_the_chinese_table_is_sent_once(app):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()
    status, _ = http_request(app.url + "login", form, opener=opener, content_type="application/x-www-form-urlencoded")
    assert status == 200
    status, body = http_request(app.url + "config", opener=opener)
    assert status == 200
    translations = json.loads(body)["i18n_translations"]
    assert list(translations) == ["zh-CN"]
    assert translations["zh-CN"]["upload_text.drop_file"] == "将文件拖到此处"
