"""End to end in headless Chromium: the app started as `python ui.py`, a real index, no fakes."""

from __future__ import annotations

import socket
import time

import pytest
from ui_support import (
    BOT,
    REPORT_TITLE,
    UPLOAD,
    UPLOAD_NAME,
    UPLOAD_TITLE,
    ask,
    choose_files,
    copy_screenshot,
    open_app,
    open_tab,
    start_app,
    table_text,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    running = start_app(tmp_path_factory.mktemp("ui-app"))
    yield running
    running.stop()


def test_chat_answers_with_numbered_expandable_sources(app, new_page, tmp_path):
    page = new_page()
    open_app(page, app.url)
    first_answer_at = time.perf_counter()
    message = ask(page, "上半年讲党课几次？")
    print(
        f"cold start to first answer: {time.perf_counter() - app.started:.1f}s "
        f"(port up after {app.ready:.1f}s, answer took {time.perf_counter() - first_answer_at:.1f}s)"
    )

    answer = message.locator(".kb-answer").inner_text()
    assert "8" in answer and "〔1〕" in answer, answer
    source = message.locator("details.kb-source").first
    assert source.locator(".kb-n").inner_text() == "〔1〕"
    assert source.locator(".kb-doc").inner_text() == f"《{REPORT_TITLE}》"
    assert "严肃党内政治生活" in source.locator(".kb-loc").inner_text()
    quote = source.locator(".kb-quote mark").inner_text()
    assert "党委班子成员讲党课5次" in quote and "党支部书记讲党课3次" in quote

    chunk = source.locator(".kb-chunk")
    assert not chunk.is_visible()  # collapsed until asked for
    source.locator("summary").click()
    chunk.wait_for(state="visible")
    assert "落实“三会一课”制度" in chunk.inner_text()  # the whole chunk, not just the quote
    assert "党委班子成员讲党课5次" in chunk.locator("mark").inner_text()

    shot = tmp_path / "screenshot-chat.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    copy_screenshot(shot, "screenshot-chat.png")

    page.locator("#kb-copy").click()
    page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)", timeout=5000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(answer.strip()) and "来源" in copied and REPORT_TITLE in copied

    assert page.external_requests == [], page.external_requests


def test_examples_modes_refusal_and_separate_sessions(app, new_page):
    alice, bob = new_page(), new_page()
    open_app(alice, app.url)
    open_app(bob, app.url)

    # Both sessions ask at once: neither waits for the other, and each keeps its own history.
    alice.get_by_role("button", name="报告引用了哪些党内法规？").click()
    ask(bob, "今天天气怎么样？", mode="查法规")
    alice.locator(BOT).first.locator(".kb-answer:not(.kb-streaming)").wait_for()

    cited = alice.locator(BOT).first
    assert "纪律处分条例" in cited.inner_text()
    refused = bob.locator(BOT).first
    assert refused.locator(".kb-refused").is_visible()
    assert refused.locator(".kb-answer").count() == 0
    assert "没有找到" in refused.inner_text()

    draft = ask(alice, "起草一段廉政建设情况总结", mode="起草段落")
    assert draft.locator(".kb-sources").is_visible()
    assert "〔1〕" in draft.locator(".kb-answer").inner_text()

    assert alice.locator(BOT).count() == 2
    assert bob.locator(BOT).count() == 1
    assert "报告引用了哪些党内法规" not in bob.locator("#kb-chat").inner_text()

    alice.locator("#kb-clear").click()
    alice.wait_for_function(f"document.querySelectorAll('{BOT}').length === 0")
    assert bob.locator(BOT).count() == 1


def test_upload_ask_delete(app, new_page, tmp_path):
    good = tmp_path / UPLOAD_NAME
    good.write_text(UPLOAD, encoding="utf-8")
    bad = tmp_path / "损坏的文件.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    clash = tmp_path / "clash" / app.corpus.joinpath(next(app.corpus.glob("*.txt")).name).name
    clash.parent.mkdir()
    clash.write_text("二、另一份同名文件\n（一）内容不同。同名上传的文件不会覆盖原文件。\n", encoding="utf-8")
    original = next(app.corpus.glob("*.txt")).read_bytes()

    page = new_page()
    open_app(page, app.url)
    open_tab(page, "知识库")
    assert REPORT_TITLE in table_text(page, "kb-docs", containing=REPORT_TITLE)
    choose_files(page, "kb-upload", [str(good), str(bad), str(clash)], shown=UPLOAD_NAME)
    page.locator("#kb-upload-btn").click()
    page.locator("#kb-result-msg").get_by_text("上传 3 个文件").wait_for()

    results = table_text(page, "kb-results")
    assert "已加入" in results and "失败" in results
    assert "损坏的文件.pdf" in results and "PDF" in results  # the loader's Chinese reason for the bad file
    assert "另存为" in results  # same name as an existing corpus file: saved under a new name
    assert (app.corpus / UPLOAD_NAME).is_file()
    assert next(app.corpus.glob(f"{REPORT_TITLE}.txt")).read_bytes() == original  # never overwritten
    assert UPLOAD_TITLE in table_text(page, "kb-docs", containing=UPLOAD_TITLE)

    page.locator("#kb-filter textarea, #kb-filter input").first.fill("读书")
    page.wait_for_function(
        "!document.querySelector('#kb-docs').innerText.includes('机关党建工作情况报告')", timeout=10_000
    )
    assert UPLOAD_TITLE in table_text(page, "kb-docs", containing=UPLOAD_TITLE)
    page.locator("#kb-filter textarea, #kb-filter input").first.fill("")

    open_tab(page, "对话")
    message = ask(page, "读书分享会举办了几场？")
    assert "7场" in message.inner_text()
    assert f"《{UPLOAD_TITLE}》" in message.locator(".kb-sources").inner_text()

    open_tab(page, "知识库")
    page.locator("#kb-delete-select input").click()
    page.get_by_role("option", name=UPLOAD_TITLE).first.click()
    page.locator("#kb-delete").click()
    page.locator("#kb-confirm-msg").get_by_text(UPLOAD_TITLE).wait_for()
    assert page.locator("#kb-delete-file input").is_checked()
    page.locator("#kb-confirm-delete").click()
    page.locator("#kb-result-msg").get_by_text("已从知识库删除").wait_for()
    page.wait_for_function(f"!document.querySelector('#kb-docs').innerText.includes('{UPLOAD_TITLE}')", timeout=10_000)
    assert not (app.corpus / UPLOAD_NAME).exists()
    assert REPORT_TITLE in table_text(page, "kb-docs", containing=REPORT_TITLE)

    open_tab(page, "对话")
    after = ask(page, "读书分享会举办了几场？")
    assert UPLOAD_TITLE not in after.inner_text()


def test_status_tab(app, new_page):
    page = new_page()
    open_app(page, app.url)
    open_tab(page, "设置/状态")
    page.locator("#kb-status").get_by_text("内置多语言句向量模型").wait_for()
    status = table_text(page, "kb-status")
    assert "抽取式" in status and "未启用" in status
    assert "片段数" in status and "索引大小" in status
    assert page.external_requests == []


def test_listens_on_loopback_only(app):
    """Default host is 127.0.0.1: the port is not reachable on the machine's other addresses."""
    port = int(app.url.rstrip("/").rsplit(":", 1)[1])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # picks the outgoing interface; sends nothing
            address = probe.getsockname()[0]
        except OSError:
            address = ""
    if not address or address.startswith("127."):
        pytest.skip("no non-loopback address on this machine")
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex((address, port)) != 0


def test_preview_shows_how_a_document_was_read(app, new_page):
    page = new_page()
    open_app(page, app.url)
    open_tab(page, "知识库")
    assert "识别置信度" in table_text(page, "kb-docs", containing=REPORT_TITLE)  # the column, empty for text files
    page.get_by_text("查看原文").first.click()
    page.locator("#kb-preview-select input").click()
    page.get_by_role("option", name=REPORT_TITLE).first.click()
    box = page.locator("#kb-preview textarea")
    page.wait_for_function("() => document.querySelector('#kb-preview textarea').value.includes('级标题')")
    shown = box.input_value()
    assert shown.startswith(f"《{REPORT_TITLE}》") and "片段：" in shown and "单位：" in shown
