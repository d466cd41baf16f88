"""Support for the web UI tests: a small fixture corpus, the app as a subprocess, page helpers.

The app runs exactly as users start it (`python ui.py --port N`, see `tests.support`) against a
temporary index and corpus built here with the real embedder and real Chroma; one app process
per test module.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.support import REPO, RunningApp, index_corpus, start_ui

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ANSWER_TIMEOUT = 60_000  # ms

REPORT_TITLE = "2023年上半年机关党建工作情况报告"
REPORT_NAME = f"{REPORT_TITLE}.txt"
REPORT = f"""{REPORT_TITLE}
今年以来，机关党委坚持以党的政治建设为统领，认真落实全面从严治党主体责任，现将上半年工作情况报告如下。
一、落实管党治党责任
（一）压实政治责任。年初召开机关党建工作会议，签订党建工作责任书12份，把党建工作与业务工作同部署、同检查。
（二）坚持民主集中制。上半年召开党委会4次，重大事项一律由班子集体研究决定。
二、严肃党内政治生活
（一）落实“三会一课”制度。上半年召开民主生活会1次，组织全体党员集中学习6次，党委班子成员讲党课5次，党支部书记讲党课3次。
（二）开展主题党日活动。各支部结合业务工作开展主题党日活动9次，组织党员到革命教育基地参观学习。
三、加强党风廉政建设
（一）开展廉洁教育。组织党员干部观看警示教育片2次，重温《中国共产党廉洁自律准则》《中国共产党纪律处分条例》，增强纪律规矩意识。
（二）强化监督执纪。运用监督执纪“四种形态”，开展提醒谈话8人次，对苗头性问题早发现、早纠正。
四、存在的问题和下一步打算
党员教育方式还比较单一。下一步，将持续丰富党课形式，推动书记讲党课常态化。
"""

UPLOAD_TITLE = "青年理论学习小组读书活动情况报告"
UPLOAD_NAME = f"{UPLOAD_TITLE}.txt"
UPLOAD = f"""{UPLOAD_TITLE}
一、基本情况
（一）组织读书分享会。上半年青年理论学习小组共举办读书分享会7场，参加青年党员86人次。
（二）撰写心得体会。青年党员撰写读书心得体会41篇，择优汇编成册。
二、下一步打算
继续办好读书分享会，推动青年党员学深悟透。
"""


def write_report(corpus: Path) -> Path:
    corpus.mkdir(parents=True, exist_ok=True)
    path = corpus / REPORT_NAME
    path.write_text(REPORT, encoding="utf-8")
    return path


def start_app(root: Path, **extra_env: str) -> RunningApp:
    """Index a fresh fixture corpus under `root` and start `ui.py` on a free port."""
    corpus, index = root / "corpus", root / "index"
    write_report(corpus)
    index_corpus(index, corpus)
    return start_ui(corpus, index, root / "ui.log", **extra_env)


def copy_screenshot(source: Path, name: str) -> None:
    """Publish a screenshot taken by a test for the README (docs/), when asked: UPDATE_SCREENSHOTS=1.

    Only on request, so that an ordinary test run leaves the working tree unchanged."""
    if os.environ.get("UPDATE_SCREENSHOTS") != "1":
        return
    target = REPO / "docs" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(source, target)


# ---------------------------------------------------------------- page helpers
BOT = "#kb-chat [data-testid=bot]"
FINISHED = ".kb-answer:not(.kb-streaming), .kb-refused"


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("#kb-question textarea").wait_for()


def ask(page: Page, question: str, mode: str | None = None) -> Locator:
    """Type a question, send it, and return the finished answer message."""
    if mode:
        page.locator("#kb-mode").get_by_text(mode, exact=True).click()
    before = page.locator(BOT).count()
    box = page.locator("#kb-question textarea")
    box.fill(question)
    box.press("Enter")
    return wait_answer(page, before + 1)


def wait_answer(page: Page, n: int) -> Locator:
    """The n-th bot message (1-based) once it has stopped streaming."""
    message = page.locator(BOT).nth(n - 1)
    message.locator(FINISHED).first.wait_for()
    return message


def open_tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def table_text(page: Page, elem_id: str, containing: str = "") -> str:
    """A component's text; with `containing`, once that text has appeared (tables load after the tab opens)."""
    if containing:  # innerText: what is rendered (the table also keeps hidden copies of its cells)
        page.wait_for_function(
            "([id, text]) => document.getElementById(id)?.innerText.includes(text)", arg=[elem_id, containing]
        )
    return page.locator(f"#{elem_id}").inner_text()


def choose_files(page: Page, elem_id: str, paths: list[str], shown: str) -> None:
    """Put files into an upload component and wait until their upload has finished.

    The uploaded list (table.file-preview, a row per file labelled with its name) appears only then: the names alone also show in the
    progress view while the upload runs, and a click sent before it ends is dropped by gradio
    ("Waiting for file(s) to finish uploading"). On a busy machine the browser's first upload
    request was seen to stall; choosing the files again starts a fresh one.
    """
    for attempt in range(3):
        page.locator(f"#{elem_id} input[type=file]").set_input_files(paths)
        try:
            uploaded = page.locator(f'#{elem_id} table.file-preview td.filename[aria-label="{shown}"]')
            uploaded.first.wait_for(timeout=30_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
