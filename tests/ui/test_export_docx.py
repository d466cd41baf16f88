"""导出Word in the browser: the last answer downloads as a 公文-format .docx (real app, index, Chromium)."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from ui_support import REPORT_TITLE, ask, copy_screenshot, open_app, start_app

from assistant.present.docx import SOURCES_TITLE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    running = start_app(tmp_path_factory.mktemp("ui-export"))
    yield running
    running.stop()


def test_export_button_downloads_the_last_answer_as_docx(app, new_page, tmp_path):
    page = new_page(accept_downloads=True)
    open_app(page, app.url)
    message = ask(page, "根据上半年报告，起草一段关于党风廉政建设情况的总结")
    answer = message.locator(".kb-answer").inner_text()
    assert "〔1〕" in answer, answer

    button = page.locator("#kb-export")
    shot = tmp_path / "export-button.png"
    page.locator("#kb-chat").locator("xpath=..").screenshot(path=str(shot))
    copy_screenshot(shot, "export-button.png")
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    path = tmp_path / download.suggested_filename
    download.save_as(str(path))

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "关于党风廉政建设的情况总结"
    body = next(p for p in document.paragraphs if "〔1〕" in p.text)
    assert body.text.replace("\n", "") == answer.strip().replace("\n", "")
    assert body.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    sources = texts[texts.index(SOURCES_TITLE) + 1 :]
    assert sources and all(REPORT_TITLE in s for s in sources)
    assert page.external_requests == [], page.external_requests
