"""The chat side of the web app in headless Chromium: history in the sidebar (reopen after a reload,
continue, rename, export, delete), the trash icon, visible streaming, Chinese gradio text in an
English browser, and the layout at 1366 px and on a 390 px phone."""

from __future__ import annotations

import pytest
from ui_support import BOT, ask, choose_files, copy_screenshot, open_app, open_tab, start_app, table_text

pytestmark = pytest.mark.slow

FIRST = "党支部书记讲党课几次？"
FOLLOW_UP = "那党委班子成员呢？"
WITH_CONTEXT = "党委班子成员讲党课5次〔1〕。"  # the follow-up read against FIRST
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
HISTORY_ITEMS = "#kb-history label"
TRASH = "#kb-chat button[aria-label='清空对话并开始新对话']"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    running = start_app(tmp_path_factory.mktemp("ui-history"))
    yield running
    running.stop()


def answer_text(message) -> str:
    return message.locator(".kb-answer").inner_text().strip()


def history_titles(page) -> list[str]:
    return [t.rsplit("·", 1)[0].strip() for t in page.locator(HISTORY_ITEMS).all_inner_texts()]  # minus the time


def wait_history(page, title: str) -> None:
    page.locator(HISTORY_ITEMS).filter(has_text=title).first.wait_for()


def test_a_conversation_survives_a_reload_and_continues_with_its_context(app, new_page):
    page = new_page(viewport=DESKTOP)
    open_app(page, app.url)
    assert "党委班子成员讲党课5次" not in answer_text(ask(page, FIRST))
    wait_history(page, FIRST)
    page.wait_for_function("(localStorage.getItem('kb-conversation') || '').length > 8")  # remembered

    page.reload()
    page.locator(BOT).first.locator(".kb-sources").wait_for()  # the conversation is back, sources and all
    assert page.locator(BOT).count() == 1 and FIRST in page.locator("#kb-chat").inner_text()
    selected = page.locator(f"{HISTORY_ITEMS}.selected, {HISTORY_ITEMS}:has(input:checked)").inner_text()
    assert selected.rsplit("·", 1)[0].strip() == FIRST

    follow = ask(page, FOLLOW_UP)  # the follow-up state was rebuilt from the stored turns
    assert answer_text(follow) == WITH_CONTEXT
    assert history_titles(page).count(FIRST) == 1  # continued, not a new conversation
    assert page.external_requests == []


def test_the_trash_icon_starts_a_fresh_session(app, new_page):
    page = new_page(viewport=DESKTOP)
    open_app(page, app.url)
    ask(page, FIRST)
    assert answer_text(ask(page, FOLLOW_UP)) == WITH_CONTEXT

    page.locator(TRASH).click()
    page.wait_for_function(f"document.querySelectorAll('{BOT}').length === 0")
    alone = ask(page, FOLLOW_UP)  # no old context: answered as a question of its own
    assert answer_text(alone) != WITH_CONTEXT and "党支部书记讲党课3次" in answer_text(alone)
    wait_history(page, FOLLOW_UP)  # a new conversation beside the old one


def test_rename_export_and_delete_a_conversation(app, new_page):
    page = new_page(viewport=DESKTOP)
    open_app(page, app.url)
    ask(page, "上半年召开党委会几次？")
    wait_history(page, "上半年召开党委会几次？")
    page.locator("#kb-history-manage").get_by_text("管理所选对话").click()
    name = page.locator("#kb-history-name input, #kb-history-name textarea").first
    name.fill("党委会<b>统计</b>")
    page.locator("#kb-history-rename").click()
    wait_history(page, "党委会<b>统计</b>")  # shown as typed, not as markup
    assert "上半年召开党委会几次？" not in history_titles(page)

    page.locator("#kb-export-md").click()
    link = page.locator("#kb-export-file a").first
    link.wait_for()
    with page.expect_download() as download:
        link.click()
    exported = download.value.path().read_text(encoding="utf-8")
    assert exported.startswith("# 党委会\\<b\\>统计\\</b\\>") and "## 问1：上半年召开党委会几次？" in exported
    assert "来源" in exported and "〔1〕" in exported
    page.locator("#kb-export-docx").click()
    page.locator("#kb-export-file").get_by_text(".docx").first.wait_for()

    page.locator("#kb-history-delete").click()
    page.locator("#kb-history-confirm-delete").click()
    page.locator("#kb-history-msg").get_by_text("对话已删除").wait_for()
    page.wait_for_function(f"document.querySelectorAll('{BOT}').length === 0")  # it was on screen
    assert "党委会<b>统计</b>" not in history_titles(page)


def test_an_answer_is_seen_growing(app, new_page):
    page = new_page(viewport=DESKTOP)
    open_app(page, app.url)
    page.evaluate(
        """() => {
        window.__seen = [];
        new MutationObserver(() => {
          const growing = document.querySelector('#kb-chat .kb-streaming');
          if (growing) { window.__seen.push(growing.innerText.length); }
        }).observe(document.body, {childList: true, subtree: true, characterData: true});
      }"""
    )
    ask(page, "起草一段廉政建设情况总结", mode="起草段落")
    lengths = sorted(set(page.evaluate("window.__seen")))
    assert len(lengths) >= 3, lengths  # the placeholder, then text in several steps


def test_gradio_text_is_chinese_in_an_english_browser(app, new_page, tmp_path):
    page = new_page(locale="en-US", viewport=DESKTOP)
    open_app(page, app.url)
    assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().locale") == "en-US"  # an English browser
    assert page.evaluate("navigator.language") == "zh-CN"  # as gradio is told (page_head)
    ask(page, FIRST)
    assert page.locator(TRASH).count() == 1  # the chatbot's trash icon, labelled in Chinese
    assert page.locator("#kb-sidebar .toggle-button").get_attribute("aria-label") == "展开或收起侧栏"
    open_tab(page, "知识库")
    upload = page.locator("#kb-upload")
    upload.get_by_text("将文件拖到此处").wait_for()
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    choose_files(page, "kb-upload", [str(exe)], shown="setup.exe")
    # The browser accepts any file (no English "Invalid file type"); the server lists the refusal in Chinese.
    page.locator("#kb-upload-btn").click()
    assert "不支持的文件类型" in table_text(page, "kb-progress", containing="setup.exe")
    body = page.locator("body").inner_text()
    for english in ("Drop File Here", "Click to Upload", "Invalid file type", "Clear", "Submit", "Error"):
        assert english not in body, english


def test_phone_opens_at_the_top_with_title_and_tabs(app, new_page, tmp_path):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    open_app(page, app.url)
    page.wait_for_timeout(500)  # the page script has run
    assert page.evaluate("window.scrollY") == 0
    for visible in (page.locator("#kb-header"), page.get_by_role("tab", name="对话")):
        box = visible.bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"] / 3
    assert "open" not in (page.locator("#kb-sidebar").get_attribute("class") or "")  # not covering the chat
    message = ask(page, FIRST)
    assert "〔1〕" in answer_text(message)
    page.evaluate("window.scrollTo(0, 0)")
    shot = tmp_path / "screenshot-chat-phone.png"
    page.screenshot(path=str(shot))
    copy_screenshot(shot, "screenshot-chat-phone.png")
    # The conversation list on a phone: the sidebar opened over the chat.
    page.locator("#kb-sidebar .toggle-button").click()
    page.locator(HISTORY_ITEMS).filter(has_text=FIRST).first.wait_for()
    page.wait_for_timeout(400)  # the sidebar's slide-in has ended
    shot = tmp_path / "screenshot-chat-history-390.png"
    page.screenshot(path=str(shot))
    copy_screenshot(shot, "screenshot-chat-history-390.png")


def test_layout_label_and_tables(app, new_page, tmp_path):
    page = new_page(viewport=DESKTOP)
    open_app(page, app.url)
    for earlier in ("上半年召开党委会几次？", "起草一段廉政建设情况总结"):  # a few conversations in the sidebar
        ask(page, earlier)
        page.locator("#kb-clear").click()
        page.wait_for_function(f"document.querySelectorAll('{BOT}').length === 0")
    first = ask(page, FIRST)
    ask(page, FOLLOW_UP)
    label = page.locator("#kb-chat [data-testid=block-label]")
    assert label.count() == 0 or not label.first.is_visible()  # nothing floats over the top message
    assert first.is_visible()
    assert len(history_titles(page)) >= 3
    shot = tmp_path / "screenshot-chat-history.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot), full_page=True)
    copy_screenshot(shot, "screenshot-chat-history.png")
    open_tab(page, "知识库")
    table_text(page, "kb-docs", containing="2023")
    header = page.locator("#kb-docs th").filter(has_text="片段数").first
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('#kb-docs th span')).lineHeight) || 24")
    assert header.locator("span").first.bounding_box()["height"] < 1.5 * line  # one line, not 片/段/数

    # The list is on every tab: opening a conversation from here shows it in the chat tab.
    page.locator(HISTORY_ITEMS).filter(has_text="上半年召开党委会几次？").first.click()
    page.locator(BOT).first.locator(".kb-sources").wait_for()
    assert page.locator(BOT).count() == 1 and "上半年召开党委会几次？" in page.locator("#kb-chat").inner_text()
    assert page.get_by_role("tab", name="对话").get_attribute("aria-selected") == "true"
