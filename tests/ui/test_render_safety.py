"""A document whose title and text hold Markdown, HTML and $$…$$ is shown literally in headless Chromium:
no outside request, no script run, no image, link or formula made from it — in the chat, the sources,
the knowledge-base table, the delete confirmation and its result message."""

from __future__ import annotations

import pytest
from ui_support import BOT, ask, open_app, open_tab, table_text

from tests.support import index_corpus, start_ui

pytestmark = pytest.mark.slow

TITLE = '![x](http://evil.example/t.png)防汛<img src=x onerror="window.__xss=1">$$\\frac{1}{2}$$[点我](javascript:window.__xss=2)工作报告'
SENTENCE = '上半年开展防汛演练![y](http://evil.example/q.png)共4次<img src=y onerror="window.__xss=3">，$$x^2$$记录在案[链接](javascript:window.__xss=4)。'
HOSTILE_HTML = f"""<html><head><meta charset="utf-8"><title>t</title></head><body>
<h1>{TITLE.replace("<", "&lt;").replace(">", "&gt;")}</h1>
<p>一、基本情况</p>
<p>（一）开展防汛演练。{SENTENCE.replace("<", "&lt;").replace(">", "&gt;")}</p>
<p>（二）加强值班值守。汛期安排干部值班120人次。</p>
</body></html>
"""
# What must never appear in the page as markup made from the document.
MADE_FROM_DOCUMENT = "img[src*='evil'], img[src='x'], img[src='y'], a[href^='javascript'], a[href*='evil'], .katex, math, script:not([src])"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-render")
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir()
    (corpus / "防汛报告.html").write_text(HOSTILE_HTML, encoding="utf-8")
    index_corpus(index, corpus)
    running = start_ui(corpus, index, root / "ui.log")
    yield running
    running.stop()


def assert_inert(page, where: str) -> None:
    found = page.locator(where).locator(MADE_FROM_DOCUMENT)
    assert found.count() == 0, found.first.evaluate("e => e.outerHTML")
    assert page.evaluate("window.__xss") is None
    assert page.external_requests == [], page.external_requests  # type: ignore[attr-defined]


def test_chat_answer_and_sources_show_the_document_literally(app, new_page):
    page = new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, app.url)
    message = ask(page, "上半年开展防汛演练几次？")

    text = message.inner_text()
    assert "[y](http://evil.example/q.png)共4次" in text  # the quote starts after "!", a sentence end
    assert '<img src=y onerror="window.__xss=3">' in text and "$$x^2$$" in text
    assert message.locator(".kb-doc").first.inner_text() == f"《{TITLE}》"
    message.locator("details.kb-source summary").first.click()
    chunk = message.locator(".kb-chunk").first
    chunk.wait_for(state="visible")
    assert "[链接](javascript:window.__xss=4)" in chunk.inner_text()
    page.wait_for_timeout(500)  # time for any image or script that should not be there to load or run
    assert_inert(page, "#kb-chat")
    assert dialogs == []

    # The conversation list shows the question as text too, and reopening it after a reload stays literal.
    page.reload()
    page.locator(BOT).first.locator(".kb-sources").wait_for()
    assert TITLE in page.locator(BOT).first.inner_text()
    assert_inert(page, "gradio-app")


def test_knowledge_base_table_and_delete_dialog_show_the_title_literally(app, new_page):
    page = new_page()
    open_app(page, app.url)
    open_tab(page, "知识库")
    assert TITLE in table_text(page, "kb-docs", containing="防汛")
    page.locator("#kb-delete-select input").click()
    page.get_by_role("option").filter(has_text="工作报告").first.click()
    page.locator("#kb-delete").click()
    confirm = page.locator("#kb-confirm-msg")
    confirm.get_by_text("确认从知识库删除").wait_for()
    assert TITLE in confirm.inner_text()
    page.wait_for_timeout(500)
    assert_inert(page, "gradio-app")

    page.locator("#kb-delete-file input").uncheck()  # keep the file: the other test's index stays as it was
    page.locator("#kb-confirm-delete").click()
    result = page.locator("#kb-result-msg")
    result.get_by_text("已从知识库删除").wait_for()
    assert TITLE in result.inner_text()
    page.wait_for_timeout(500)
    assert_inert(page, "gradio-app")
