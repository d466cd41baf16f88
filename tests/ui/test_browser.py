"""End to end in headless Chromium: the app started as `python ui.py`, a real index, no fakes."""

from __future__ import annotations

import shutil
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
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ" + b"\0" * 64)
    original = next(app.corpus.glob("*.txt")).read_bytes()

    page = new_page()
    open_app(page, app.url)
    open_tab(page, "知识库")
    assert REPORT_TITLE in table_text(page, "kb-docs", containing=REPORT_TITLE)
    choose_files(page, "kb-upload", [str(good), str(bad), str(clash), str(exe)], shown=UPLOAD_NAME)
    page.locator("#kb-upload-btn").click()
    page.locator("#kb-result-msg").get_by_text("已接收 3 个文件").wait_for()
    assert "另存为" in page.locator("#kb-result-msg").inner_text()  # same name as a corpus file: saved anew
    assert "1 个未接收" in page.locator("#kb-result-msg").inner_text()  # the .exe is reported, not dropped
    page.locator("#kb-job-msg").get_by_text("已完成").wait_for(timeout=120_000)

    progress = table_text(page, "kb-progress", containing="setup.exe")
    assert "已完成" in progress and "失败" in progress
    assert "损坏的文件.pdf" in progress and "PDF" in progress  # the loader's Chinese reason for the bad file
    assert "不支持的文件类型" in progress and "steps" not in progress
    assert (app.corpus / UPLOAD_NAME).is_file()
    assert next(app.corpus.glob(f"{REPORT_TITLE}.txt")).read_bytes() == original  # never overwritten
    assert UPLOAD_TITLE in table_text(page, "kb-docs", containing=UPLOAD_TITLE)

    # The broken file left the corpus for the quarantine, listed with its reason and removable there.
    assert not (app.corpus / "损坏的文件.pdf").exists()
    page.locator("#kb-quarantine-box").get_by_text("隔离区").first.click()
    assert "PDF" in table_text(page, "kb-quarantine", containing="损坏的文件.pdf")
    page.locator("#kb-quarantine-select input").click()
    page.get_by_role("option", name="损坏的文件.pdf").first.click()
    page.locator("#kb-quarantine-delete").click()
    page.locator("#kb-result-msg").get_by_text("已从隔离区删除").wait_for()
    assert not list((app.corpus / ".quarantine").glob("损坏的文件*"))

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


def test_knowledge_base_tab_during_indexing(app, new_page, tmp_path):
    """A long re-index runs in the background: per-file progress, answers meanwhile, cancel; at 1366 and 390 px."""
    from bench.index_latency import write_corpus as write_reports

    batch = app.corpus / "批量"
    write_reports(batch, 150, version=1)  # far more than is embedded before the cancel, even on a fast machine
    try:
        page = new_page()
        page.set_viewport_size({"width": 1366, "height": 900})
        open_app(page, app.url)
        open_tab(page, "知识库")
        page.locator("#kb-reindex").click()
        page.locator("#kb-job-msg").get_by_text("正在重新索引语料文件夹").wait_for(timeout=60_000)
        progress = table_text(page, "kb-progress", containing="向量化")
        assert "支部报告000.txt" in progress and "向量化" in progress  # per-file states (the table scrolls)
        assert "steps" not in page.locator("#kb-job-msg").inner_text()
        shot = tmp_path / "kb-indexing.png"
        page.screenshot(path=str(shot), full_page=True)
        copy_screenshot(shot, "screenshot-kb-indexing.png")

        phone = new_page()
        phone.set_viewport_size({"width": 390, "height": 844})
        open_app(phone, app.url)
        open_tab(phone, "知识库")
        phone.locator("#kb-job-msg").get_by_text("正在重新索引语料文件夹").wait_for()
        shot = tmp_path / "kb-indexing-phone.png"
        phone.screenshot(path=str(shot), full_page=True)
        copy_screenshot(shot, "screenshot-kb-indexing-phone.png")
        open_tab(phone, "对话")
        assert "4次" in ask(phone, "上半年召开党委会几次？").inner_text()  # answered while indexing runs
        assert "正在重新索引" in page.locator("#kb-job-msg").inner_text()

        page.locator("#kb-cancel-index").click()
        page.locator("#kb-job-msg").get_by_text("已取消").wait_for(timeout=120_000)
        assert "取消" in page.locator("#kb-job-msg").inner_text().split("已取消", 1)[1]  # the summary counts them
        assert REPORT_TITLE in table_text(page, "kb-docs", containing=REPORT_TITLE)
    finally:
        shutil.rmtree(batch)
    page.locator("#kb-reindex").click()  # the generated reports leave the index again
    page.locator("#kb-job-msg").get_by_text("已完成").wait_for(timeout=120_000)
    page.wait_for_function("!document.querySelector('#kb-docs').innerText.includes('支部')", timeout=30_000)


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
