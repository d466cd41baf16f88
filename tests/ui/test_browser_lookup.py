"""Regulation look-ups in headless Chromium: two revisions compared with their changes marked, and a
cross-reference (依照本条例第十一条) opened in place, then followed up with 第十一条呢."""

from __future__ import annotations

import pytest
from ui_support import ask, copy_screenshot, open_app, write_report

from tests.answer.regulation_fixtures import NEW_TITLE, OLD_TITLE, write_regulations
from tests.support import index_corpus, start_ui

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-lookup")
    corpus, index = root / "corpus", root / "index"
    write_report(corpus)
    write_regulations(corpus)
    index_corpus(index, corpus)
    running = start_ui(corpus, index, root / "ui.log")
    yield running
    running.stop()


def test_two_revisions_are_shown_with_their_changes_marked(app, new_page, tmp_path):
    page = new_page()
    open_app(page, app.url)
    message = ask(page, "新旧两版效能监督条例关于不得提升职务的规定有什么区别？")
    answer = message.locator(".kb-answer")
    text = answer.inner_text()
    assert OLD_TITLE in text and NEW_TITLE in text and "第八条" in text and "第九条" in text
    assert "[-" not in text and "{+" not in text  # the text form is for the CLI
    deleted, inserted = answer.locator("del.kb-del"), answer.locator("ins.kb-ins")
    assert [deleted.nth(i).inner_text() for i in range(deleted.count())] == [
        "删去",
        "升",
    ]  # the legend, then the change
    assert [inserted.nth(i).inner_text() for i in range(inserted.count())] == ["新增", "拔", "或者进一步使用"]
    colours = [x.first.evaluate("e => getComputedStyle(e).backgroundColor") for x in (deleted, inserted)]
    assert len(set(colours)) == 2 and "rgba(0, 0, 0, 0)" not in colours, colours
    assert deleted.first.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    shot = tmp_path / "regulation-diff.png"
    message.screenshot(path=str(shot))
    copy_screenshot(shot, "regulation-diff.png")


def test_a_cross_reference_opens_the_article_and_a_follow_up_asks_for_it(app, new_page, tmp_path):
    page = new_page()
    open_app(page, app.url)
    message = ask(page, "效能监督条例第八条是什么？")
    closed = [message.locator("details.kb-xref > summary", has_text=f"第{n}条").first.bounding_box() for n in "六七"]
    assert closed[0]["y"] == closed[1]["y"], closed  # links sit in the line of text, not on lines of their own
    link = message.locator("details.kb-xref", has_text="本条例第十一条")
    article = link.locator(".kb-xref-text")
    assert not article.is_visible()  # closed until clicked
    link.locator("summary").click()
    article.wait_for(state="visible")
    assert f"《{NEW_TITLE}》第十一条" in article.inner_text()
    assert "自收到决定之日起一个月内提出书面申诉" in article.inner_text()
    assert message.locator(".kb-source").count() == 1  # the article asked for is the only source
    shot = tmp_path / "regulation-link.png"
    message.screenshot(path=str(shot))
    copy_screenshot(shot, "regulation-link.png")

    followed = ask(page, "第十一条呢？")
    assert "第十一条" in followed.locator(".kb-answer").inner_text()
    assert "一个月内提出书面申诉" in followed.locator(".kb-answer").inner_text()
    assert f"《{NEW_TITLE}》" in followed.locator(".kb-source .kb-doc").first.inner_text()
